"""The run report as one self-contained HTML page, for a person to review by eye.

The page needs nothing but itself: styles are inline, the chart is inline
SVG, there are no scripts, fonts, images or links to fetch. It shows the
run's totals, a chart of what each stage removed, extracted and replaced,
the documents each input file gave, the rejects with their reasons, and a
sample of input files shown as they were read, each removed or changed line
marked and labelled with the stage that did it.

Like every cleanse statistic, the page is computed from the edits that
travel with the documents: the counts come from :class:`~cleanse.RunReport`,
the marks from each edit's ``line`` and ``text``, laid over the raw file.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from html import escape
from typing import Final

from .errors import InputError
from .files import read_text
from .model import Edit, Reject
from .report import FileResult, RunReport, StageStats

__all__ = ["HtmlReport"]

# The kinds drawn in the chart, in stacking order, with their colours.
_KINDS: Final = (("removed", "#c8453d"), ("extracted", "#3f7fcf"), ("replaced", "#d9a21b"))
# When several edits touch one line, the mark shows the strongest.
_STRENGTH: Final = {"removed": 3, "extracted": 2, "replaced": 1, "split": 0}
_MAX_ROWS: Final = 1000
# Unedited lines shown around each edit in the sample; longer runs fold away.
_CONTEXT: Final = 2

_CSS: Final = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232b;
  margin: 0; background: #f4f5f7; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 60px; }
h1 { font-size: 26px; margin: 8px 0 4px; }
h2 { font-size: 19px; margin: 34px 0 10px; border-bottom: 1px solid #d5d9e0; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 22px 0 6px; font-family: ui-monospace, monospace; }
.sub { color: #5b6573; margin: 0 0 18px; }
.totals { display: flex; flex-wrap: wrap; gap: 10px; }
.total { background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; padding: 10px 16px;
  min-width: 110px; }
.total b { display: block; font-size: 24px; }
.total span { color: #5b6573; font-size: 13px; }
.card { background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; padding: 14px 16px; }
svg text { font: 13px system-ui, sans-serif; fill: #1d232b; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid #e3e6eb;
  vertical-align: top; }
th { background: #eceff3; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.status-rejected, .status-failed { color: #b3261e; font-weight: 600; }
.src { background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; overflow: hidden;
  font: 13px/1.5 ui-monospace, "SFMono-Regular", Menlo, monospace; }
.row { display: flex; border-bottom: 1px solid #f0f1f4; }
.no { flex: 0 0 44px; text-align: right; padding: 0 8px; color: #8a93a0; background: #f7f8fa;
  user-select: none; }
.tx { flex: 1; padding: 0 10px; white-space: pre-wrap; word-break: break-word; }
.row.removed { background: #fbe9e7; }
.row.removed del { color: #8c1d18; text-decoration-color: #c8453d; }
.row.extracted { background: #e8f0fb; }
.row.replaced { background: #fdf5dc; }
.label { display: inline-block; margin-left: 10px; padding: 0 6px; border-radius: 4px;
  font: 11px/1.6 system-ui, sans-serif; color: #fff; white-space: nowrap; }
.label.removed { background: #c8453d; }
.label.extracted { background: #3f7fcf; }
.label.replaced { background: #b8860b; }
.split { background: #efe9fb; color: #4d3591; font: 12px system-ui, sans-serif;
  padding: 3px 10px; border-bottom: 1px solid #d8cdf3; }
.after { color: #6b5a12; }
.docs { color: #5b6573; font-size: 13px; margin: 2px 0 8px; }
ul.whole { margin: 6px 0 0; font-size: 13px; color: #3d4652; }
.more { color: #5b6573; font-size: 13px; }
details.gap > summary { cursor: pointer; color: #5b6573; background: #f7f8fa; padding: 1px 54px;
  font: 12px system-ui, sans-serif; border-bottom: 1px solid #f0f1f4; }
"""


def _kinds(stats: StageStats) -> list[tuple[str, int, str]]:
    return [(kind, getattr(stats, kind), colour) for kind, colour in _KINDS]


def _chart(report: RunReport, order: Sequence[str]) -> str:
    """A horizontal stacked bar per stage: removed, extracted, replaced lines."""
    names = list(order) + [s for s in report.stages if s not in order]
    label_w, bar_w, row_h, top = 190, 600, 30, 34
    width = label_w + bar_w + 190  # room for the count after the longest bar
    biggest = max([sum(n for _, n, _ in _kinds(s)) for s in report.stages.values()] + [1])
    height = top + row_h * len(names) + 10
    parts = [
        f'<svg id="stage-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        'aria-label="lines removed, extracted and replaced by each stage">'
    ]
    for k, (kind, colour) in enumerate(_KINDS):
        lx = label_w + 110 * k
        parts.append(f'<rect x="{lx}" y="8" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{lx + 17}" y="19">{kind}</text>')
    for row, name in enumerate(names):
        y = top + row * row_h
        parts.append(
            f'<text x="{label_w - 10}" y="{y + 17}" text-anchor="end">{escape(name)}</text>'
        )
        x = float(label_w)
        total = 0
        stats = report.stages.get(name, StageStats())
        for kind, count, colour in _kinds(stats):
            if not count:
                continue
            bar = max(2.0, bar_w * count / biggest)
            parts.append(
                f'<rect class="bar {kind}" data-stage="{escape(name)}" data-count="{count}" '
                f'x="{x:.1f}" y="{y + 4}" width="{bar:.1f}" height="{row_h - 10}" '
                f'fill="{colour}"><title>{escape(name)}: {count} {kind}</title></rect>'
            )
            x += bar
            total += count
        removed = stats.removed
        parts.append(
            f'<text x="{x + 8:.1f}" y="{y + 17}">{removed} removed'
            f"{f' · {total} in all' if total != removed else ''}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _line_marks(edits: Sequence[Edit]) -> dict[int, list[Edit]]:
    marks: dict[int, list[Edit]] = {}
    for e in edits:
        if e.line is not None:
            marks.setdefault(e.line, []).append(e)
    return marks


def _row(number: int, line: str, edits: Sequence[Edit]) -> str:
    """One line of the original, marked with the edits made to it."""
    out = [
        f'<div class="split">{escape(e.stage)}: {escape(e.reason)}</div>'
        for e in edits[:1]
        if e.kind == "split"
    ]
    here = sorted((e for e in edits if e.kind != "split"), key=lambda e: -_STRENGTH[e.kind])
    text = escape(line.rstrip("\r"))
    if not here:
        out.append(f'<div class="row"><span class="no">{number}</span>{_tx(text)}</div>')
        return "".join(out)
    kind, stage = here[0].kind, escape(here[0].stage)
    if kind == "removed":
        text = f'<del class="edit removed" data-stage="{stage}">{text}</del>'
    for e in here:
        text += (
            f'<span class="label {e.kind}" data-stage="{escape(e.stage)}" '
            f'title="{escape(e.reason)}">{escape(e.stage)}: {escape(e.reason)}</span>'
        )
        if e.replacement is not None and e.kind == "replaced":
            text += f' <span class="after">→ {escape(_short(e.replacement))}</span>'
    out.append(
        f'<div class="row {kind}" data-stage="{stage}"><span class="no">{number}</span>'
        f"{_tx(text)}</div>"
    )
    return "".join(out)


def _source_view(result: FileResult, read: Callable[[str], str]) -> str:
    """The raw file, line by line, each edited line marked with its stage.

    Runs of unedited lines more than ``_CONTEXT`` lines away from an edit fold
    into a ``<details>`` element, so the page shows the edits first.
    """
    parts: list[tuple[int | None, list[Edit]]] = [(d.part, d.edits) for d in result.documents]
    parts += [(r.part, r.edits) for r in result.rejects]
    try:
        lines = read(result.source).split("\n")
    except InputError as exc:
        return f'<p class="more">The original cannot be shown: {escape(exc.reason)}.</p>'
    marks = _line_marks([e for _, edits in parts for e in edits])
    near = {n + d for n in marks for d in range(-_CONTEXT, _CONTEXT + 1)}
    out = ['<div class="src">']
    number = 1
    while number <= len(lines):
        end = number
        while end <= len(lines) and end not in near:
            end += 1
        if end - number > 2 * _CONTEXT:
            rows = "".join(_row(n, lines[n - 1], []) for n in range(number, end))
            out.append(
                f'<details class="gap"><summary>{end - number} unchanged lines '
                f"({number}–{end - 1})</summary>{rows}</details>"
            )
            number = end
            continue
        out.append(_row(number, lines[number - 1], marks.get(number, [])))
        number += 1
    out.append("</div>")
    whole = [(part, e) for part, edits in parts for e in edits if e.line is None]
    if whole:
        out.append('<ul class="whole">')
        out += [
            f"<li>article {part}: <b>{escape(e.stage)}</b> {e.kind}: {escape(e.reason)}</li>"
            for part, e in whole
        ]
        out.append("</ul>")
    return "".join(out)


def _tx(inner: str) -> str:
    return f'<span class="tx">{inner}</span>'


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _score(result: FileResult) -> int:
    """How much of the pipeline a file shows: the stages that edited its lines."""
    edits = [e for d in result.documents for e in d.edits]
    edits += [e for r in result.rejects for e in r.edits]
    return len({e.stage for e in edits if e.line is not None and e.kind != "split"})


class HtmlReport:
    """Collects a run's sample and rejects while it goes on; renders the page at the end.

    The sample is the ``sample`` files whose lines were edited by the most
    stages (earlier files first on a tie), so the page shows as much of the
    pipeline as it can; only those results are kept in memory.
    """

    def __init__(self, *, sample: int = 6, stage_order: Sequence[str] = ()) -> None:
        self._size = sample
        self._order = list(stage_order)
        self._heap: list[tuple[int, int, FileResult]] = []
        self._seen = 0
        self.rejects: list[Reject] = []
        self.more_rejects = 0

    def add(self, result: FileResult) -> None:
        """Offer one file's result (in input order)."""
        self._seen += 1
        for rej in result.rejects:
            if len(self.rejects) < _MAX_ROWS:
                self.rejects.append(rej)
            else:
                self.more_rejects += 1
        score = _score(result)
        if not score or not self._size:
            return
        item = (score, -self._seen, result)
        if len(self._heap) < self._size:
            heapq.heappush(self._heap, item)
        elif item[:2] > self._heap[0][:2]:
            heapq.heapreplace(self._heap, item)

    @property
    def sample(self) -> list[FileResult]:
        """The sampled results, in input order."""
        return [r for _, _, r in sorted(self._heap, key=lambda item: -item[1])]

    def render(
        self,
        report: RunReport,
        *,
        read: Callable[[str], str] = read_text,
        title: str = "cleanse run report",
    ) -> str:
        """The page. ``read`` returns a source's original text (default: the file)."""
        removed = sum(s.removed for s in report.stages.values())
        totals = [
            ("files", report.files),
            ("documents", report.documents),
            ("lines removed", removed),
            ("files rejected", report.files_rejected),
            ("files failed", report.files_failed),
            ("reject records", report.rejects),
        ]
        body = [
            f"<h1>{escape(title)}</h1>",
            '<p class="sub">What each stage of the pipeline did, counted from the edits '
            "recorded on every document.</p>",
            '<section id="totals" class="totals">',
            *(
                f'<div class="total"><b>{n}</b><span>{escape(label)}</span></div>'
                for label, n in totals
            ),
            "</section>",
            "<h2>Lines each stage removed, extracted and replaced</h2>",
            f'<div class="card">{_chart(report, self._order)}</div>',
            *self._rejects(),
            *self._samples(read),
            *self._files(report),
        ]
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head>"
            f"<body><main>{''.join(body)}</main></body></html>\n"
        )

    def _files(self, report: RunReport) -> list[str]:
        rows = [
            f"<tr><td>{escape(s.source)}</td><td class='status-{s.status}'>{s.status}</td>"
            f"<td class='n'>{s.documents}</td><td class='n'>{s.rejects}</td>"
            f"<td>{escape(s.reason or '')}</td></tr>"
            for s in report.inputs[:_MAX_ROWS]
        ]
        more = len(report.inputs) - _MAX_ROWS
        return [
            "<h2>Documents per input file</h2>",
            '<table id="files"><tr><th>file</th><th>status</th><th class="n">documents</th>'
            '<th class="n">rejects</th><th>reason</th></tr>',
            *rows,
            "</table>",
            f'<p class="more">and {more} more files</p>' if more > 0 else "",
        ]

    def _rejects(self) -> list[str]:
        if not self.rejects:
            return ["<h2>Rejects</h2>", '<p class="more">Nothing was rejected.</p>']
        rows = [
            f"<tr><td>{escape(r.source)}</td><td class='n'>{'' if r.part is None else r.part}</td>"
            f"<td>{escape(r.stage)}</td><td>{escape(r.reason)}</td></tr>"
            for r in self.rejects
        ]
        more = f'<p class="more">and {self.more_rejects} more</p>' if self.more_rejects else ""
        return [
            "<h2>Rejects</h2>",
            '<table id="rejects"><tr><th>file</th><th class="n">article</th><th>stage</th>'
            "<th>reason</th></tr>",
            *rows,
            "</table>",
            more,
        ]

    def _samples(self, read: Callable[[str], str]) -> list[str]:
        out = [
            "<h2>Sample: the original text, with what each stage did</h2>",
            '<p class="sub">Struck-out lines were removed; blue lines moved into a field '
            "(title, caption); yellow lines were changed. Each label names the stage.</p>",
        ]
        for k, result in enumerate(self.sample, 1):
            titles = ", ".join(escape(d.title or "(no title)") for d in result.documents)
            n = len(result.documents)
            out.append(f'<section class="sample" id="sample-{k}"><h3>{escape(result.source)}</h3>')
            out.append(f'<p class="docs">{n} document{"s" if n != 1 else ""}: {titles}</p>')
            out.append(_source_view(result, read))
            out.append("</section>")
        if not self.sample:
            out.append('<p class="more">No file had lines removed or changed.</p>')
        return out
