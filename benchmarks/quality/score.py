"""Quality benchmark: how much debris each cleaner removes and how much article
text it keeps, per kind of defect, on labelled pages.

A page is a folder ``pages/NAME/`` with three files:

- ``page.txt``: the page as a scraper saved it, byte for byte;
- ``labels.txt``: one line per line of ``page.txt``, ``LABEL<TAB>TEXT``,
  where ``TEXT`` repeats the page line (the scorer checks it, so labels
  cannot drift from the page) and ``LABEL`` says what the line is (see
  :data:`KEEP` and :data:`DEBRIS`; ``.`` for a blank line); a ``>`` before
  the label marks the first line of a new article in a merged file;
- ``SOURCE``: where the page comes from and under which licence.

Run ``python -m benchmarks.quality.score`` for the table, ``--json`` for the
numbers, and ``init NAME`` to start ``labels.txt`` for a new ``page.txt``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cleanse import Draft, Pipeline

__all__ = [
    "DEBRIS",
    "KEEP",
    "Outcome",
    "Page",
    "Scores",
    "cleanse_outcome",
    "load_pages",
    "nothing_outcome",
    "regex_outcome",
    "score",
    "score_group",
]

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
SETS = (
    PAGES,
    HERE / "heldout",
    HERE / "heldout_final",
    HERE / "heldout_merged",
    HERE / "heldout_r5",
    HERE / "heldout_r6",
    HERE / "heldout_r7",
    HERE / "heldout_r8",
    HERE / "heldout_r9",
    HERE / "heldout_r10",
    HERE / "heldout_r11",
    HERE / "heldout_r12",
    HERE / "heldout_r13",
    HERE / "heldout_r14",
    HERE / "heldout_r15",
    HERE / "heldout_r16",
    HERE / "heldout_r17",
    HERE / "heldout_r18",
    HERE / "heldout_r19",
    HERE / "heldout_r20",
    HERE / "heldout_r21",
    HERE / "heldout_r22",
    HERE / "heldout_r23",
    HERE / "heldout_r24",
    HERE / "heldout_r25",
    HERE / "heldout_r26",
    HERE / "heldout_r27",
)
"""The page sets, in the order they were written (see README.md)."""

KEEP = ("text", "title", "caption")
"""Article text: body text, and the first copy of the title and of each caption
(which a cleaner may keep in the body or move to a field)."""
DEBRIS = ("title_copy", "caption_copy", "ui", "repeat", "meta")
"""Kinds of defect: copies of the title or a caption, UI debris, a paragraph or
block printed again, and metadata lines (dateline, byline, section, source
URL) that belong in fields, not in the body."""
BLANK = "."


@dataclass(frozen=True)
class Page:
    name: str
    text: str
    labels: tuple[str, ...]  # one per line; "." for blank lines
    articles: int


@dataclass(frozen=True)
class Outcome:
    """What a cleaner did with one page: per line (1-based) ``body``, ``field``
    or ``gone``; the kind of rule that took each line out of the body; the
    number of articles produced; the title each article got, if the cleaner
    gives one."""

    where: dict[int, str]
    rule_kind: dict[int, str]
    articles: int
    titles: tuple[str | None, ...] | None = None  # each article's title; None: no title field


def load_page(folder: Path) -> Page:
    text = (folder / "page.txt").read_text(encoding="utf-8")
    page_lines = text.split("\n")
    rows = (folder / "labels.txt").read_text(encoding="utf-8").split("\n")
    if rows and rows[-1] == "" and len(rows) == len(page_lines) + 1:
        rows.pop()
    if len(rows) != len(page_lines):
        raise ValueError(f"{folder}: labels.txt has {len(rows)} lines, page.txt {len(page_lines)}")
    labels: list[str] = []
    articles = 1
    for n, (row, line) in enumerate(zip(rows, page_lines, strict=True), 1):
        label, _, copy = row.partition("\t")
        if copy != line:
            raise ValueError(f"{folder}/labels.txt:{n}: text differs from page.txt line {n}")
        if label.startswith(">"):
            articles += 1
            label = label[1:]
        if label not in (*KEEP, *DEBRIS, BLANK):
            raise ValueError(f"{folder}/labels.txt:{n}: unknown label {label!r}")
        if (label == BLANK) != (not line.strip()):
            raise ValueError(f"{folder}/labels.txt:{n}: '.' is for blank lines, and only them")
        labels.append(label)
    return Page(folder.name, text, tuple(labels), articles)


def load_pages(root: Path = PAGES) -> list[Page]:
    return [load_page(p) for p in sorted(root.iterdir()) if (p / "labels.txt").is_file()]


# ---------------------------------------------------------------------------
# Cleaners


def nothing_outcome(page: Page) -> Outcome:
    """Doing nothing: every line stays, one article per file."""
    return Outcome({}, {}, 1)


# A simple regex script, the kind one writes in an afternoon: drop lines that
# are common UI words, drop exact repeats of a line, split on 3+ blank lines.
_UI_REGEX = re.compile(
    r"\s*(share|share this|tweet|print|email|advertisement|sponsored|read more|comments?"
    r"|subscribe|follow us( on \w+)?|tt|click to enlarge|related|next|previous)\s*",
    re.IGNORECASE,
)


def regex_outcome(page: Page) -> Outcome:
    where: dict[int, str] = {}
    kind: dict[int, str] = {}
    seen: set[str] = set()
    blanks, articles = 0, 1
    for n, line in enumerate(page.text.split("\n"), 1):
        if not line.strip():
            blanks += 1
            continue
        if blanks >= 3 and seen:
            articles += 1
            seen = set()
        blanks = 0
        if _UI_REGEX.fullmatch(line):
            where[n], kind[n] = "gone", "ui"
        elif line in seen:
            where[n], kind[n] = "gone", "repeat"
        seen.add(line)
    return Outcome(where, kind, articles)


def _kind_of(stage: str, reason: str) -> str:
    """The kind of defect a cleanse edit removes, from its stage and reason."""
    if stage == "collapse_header":
        if reason.startswith("the page's"):
            return "ui"
        if reason.startswith(("section", "source URL")):
            return "meta"
        return "title_copy" if "title" in reason else "caption_copy"
    if stage == "drop_repeated_blocks":
        return "caption_copy" if "caption" in reason else "repeat"
    if stage == "extract_metadata":
        return "meta"
    return "ui"


_FIELD_COPIES = ("copy of the title", "copy of caption")


def cleanse_outcome(page: Page, pipeline: Pipeline | None = None) -> Outcome:
    """The default pipeline (or ``pipeline``), read from the edits it records."""
    pipeline = pipeline or Pipeline()
    where: dict[int, str] = {}
    kind: dict[int, str] = {}
    articles = 0
    titles: list[str | None] = []
    for d in pipeline.run_draft(Draft.from_text(page.text, page.name)):
        lost = d.rejected is not None
        articles += not lost
        if not lost:
            titles.append(d.title)
        for e in d.edits:
            if e.line is None or e.kind not in ("removed", "extracted"):
                continue
            # A copy of the title or a caption that goes while its text is in
            # the field is in the field: which copy was kept does not matter.
            copy = e.stage == "collapse_header" and e.reason.startswith(_FIELD_COPIES)
            where[e.line] = "gone" if lost or (e.kind == "removed" and not copy) else "field"
            kind[e.line] = _kind_of(e.stage, e.reason)
        if lost:
            where.update(dict.fromkeys(d.numbers, "gone"))
    return Outcome(where, kind, articles, tuple(titles))


CLEANERS: dict[str, Callable[[Page], Outcome]] = {
    "do nothing": nothing_outcome,
    "regex script": regex_outcome,
    "cleanse": cleanse_outcome,
}

# ---------------------------------------------------------------------------
# Scores


@dataclass
class Scores:
    """Counts over a set of pages for one cleaner."""

    kept: int = 0
    keep_total: int = 0
    removed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DEBRIS, 0))
    debris_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DEBRIS, 0))
    predicted: dict[str, int] = field(default_factory=dict)
    predicted_right: dict[str, int] = field(default_factory=dict)
    merged_right: int = 0
    merged_total: int = 0
    split_right: int = 0
    titles: int = 0
    titles_right: int = 0
    pages: int = 0
    lost: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, page: Page, out: Outcome) -> None:
        lines = page.text.split("\n")
        self.pages += 1
        for n, label in enumerate(page.labels, 1):
            where = out.where.get(n, "body")
            if label in KEEP:
                self.keep_total += 1
                # Title and captions may live in their fields; body text must
                # stay in the body.
                ok = where == "body" or (where == "field" and label != "text")
                self.kept += ok
                if not ok:
                    self.lost.append(f"{page.name}:{n}: {label}: {lines[n - 1][:70]!r}")
            elif label in DEBRIS:
                self.debris_total[label] += 1
                if where != "body":
                    self.removed[label] += 1
                else:
                    self.missed.append(f"{page.name}:{n}: {label}: {lines[n - 1][:70]!r}")
            if where != "body" and not (where == "field" and label in ("title", "caption")):
                k = out.rule_kind.get(n, "?")
                self.predicted[k] = self.predicted.get(k, 0) + 1
                self.predicted_right[k] = self.predicted_right.get(k, 0) + (label in DEBRIS)
        self.split_right += out.articles == page.articles
        if out.titles is not None:
            wanted = [_words(lines[n]) for n, lab in enumerate(page.labels) if lab in _TITLES]
            for title in out.titles:
                self.titles += 1
                self.titles_right += _title_right(title, wanted)
        if page.articles > 1:
            self.merged_total += 1
            self.merged_right += out.articles == page.articles

    def as_dict(self) -> dict[str, object]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        removed = sum(self.removed.values())
        debris = sum(self.debris_total.values())
        right = sum(self.predicted_right.values())
        predicted = sum(self.predicted.values())
        return {
            "pages": self.pages,
            "text_kept": ratio(self.kept, self.keep_total),
            "debris_removed": ratio(removed, debris),
            "precision": ratio(right, predicted),
            "recall_by_kind": {k: ratio(self.removed[k], self.debris_total[k]) for k in DEBRIS},
            "precision_by_kind": {
                k: ratio(self.predicted_right.get(k, 0), self.predicted.get(k, 0)) for k in DEBRIS
            },
            "merged_split_right": ratio(self.merged_right, self.merged_total),
            "article_count_right": ratio(self.split_right, self.pages),
            "title_right": ratio(self.titles_right, self.titles),
            "counts": {
                "keep_lines": self.keep_total,
                "debris_lines": dict(self.debris_total),
                "merged_pages": self.merged_total,
            },
        }


_TITLES = ("title", "title_copy")


def _words(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.casefold()))


def _title_right(title: str | None, wanted: Sequence[str]) -> bool:
    """Whether an article's title is one of the page's labelled titles: the
    same words, or the words of one within the other (a copy with the site's
    name, a Markdown heading's marks). A page without a title wants none."""
    if title is None:
        return not wanted
    got = _words(title)
    return bool(got) and any(w and (got in w or w in got) for w in wanted)


def score(pages: Iterable[Page], cleaner: Callable[[Page], Outcome]) -> Scores:
    scores = Scores()
    for page in pages:
        scores.add(page, cleaner(page))
    return scores


def _pct(x: object) -> str:
    return "–" if x is None else f"{100 * float(x):.1f}%"  # type: ignore[arg-type]


def table(results: dict[str, dict[str, object]]) -> str:
    """A Markdown table of the headline numbers and per-kind recall/precision."""
    names = list(results)
    rows = [
        "| | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]

    def row(label: str, get: Callable[[dict[str, object]], object]) -> None:
        rows.append(f"| {label} | " + " | ".join(_pct(get(results[n])) for n in names) + " |")

    row("article text kept", lambda r: r["text_kept"])
    row("debris removed (recall)", lambda r: r["debris_removed"])
    row("removals that were debris (precision)", lambda r: r["precision"])
    for k in DEBRIS:
        row(f"`{k}` recall", lambda r, k=k: r["recall_by_kind"][k])  # type: ignore[index]
        row(f"`{k}` precision", lambda r, k=k: r["precision_by_kind"][k])  # type: ignore[index]
    row("merged files split right", lambda r: r["merged_split_right"])
    row("article count right, all pages", lambda r: r["article_count_right"])
    row("articles whose title is right", lambda r: r["title_right"])
    return "\n".join(rows) + "\n"


def score_group(
    title: str, pages: Sequence[Page], *, table_out: bool, details: bool
) -> dict[str, dict[str, object]]:
    """Every cleaner's numbers on ``pages``; printed as a table under
    ``title`` if ``table_out``, with cleanse's lost and missed lines if
    ``details``."""
    scores = {name: score(pages, fn) for name, fn in CLEANERS.items()}
    result = {name: s.as_dict() for name, s in scores.items()}
    if table_out:
        print(f"### {title}: {len(pages)} pages\n")
        print(table(result))
    if details:
        print("cleanse: article text lost:", *scores["cleanse"].lost, sep="\n  ")
        print("cleanse: debris missed:", *scores["cleanse"].missed, sep="\n  ")
    return result


def init_labels(folder: Path) -> Path:
    """Write ``labels.txt`` for ``folder/page.txt``: every line labelled
    ``text`` (``.`` if blank), ready to be corrected by hand."""
    lines = (folder / "page.txt").read_text(encoding="utf-8").split("\n")
    out = folder / "labels.txt"
    if out.exists():
        raise SystemExit(f"{out} exists; edit it, or delete it to start again")
    out.write_text(
        "\n".join(f"{BLANK if not line.strip() else 'text'}\t{line}" for line in lines),
        encoding="utf-8",
    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality.score")
    parser.add_argument("command", nargs="?", choices=["score", "init"], default="score")
    parser.add_argument("name", nargs="?", help="for init: the page folder under pages/")
    parser.add_argument(
        "--pages",
        type=Path,
        action="append",
        help="a folder of page folders (repeatable; default: every set, and all together)",
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--details", action="store_true", help="list lost text and missed debris")
    args = parser.parse_args(argv)
    folders = args.pages or list(SETS)
    if args.command == "init":
        if not args.name:
            parser.error("init needs the name of a page folder")
        print(init_labels(folders[0] / args.name))
        return 0
    groups = {f.name: load_pages(f) for f in folders}
    if len(groups) > 1:
        groups["all"] = [p for pages in groups.values() for p in pages]
    report = {
        group: score_group(group, pages, table_out=not args.json, details=args.details)
        for group, pages in groups.items()
    }
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
