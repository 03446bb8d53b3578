"""``cleanse check``: a golden folder's raw inputs against their expected documents.

The folder has the layout of :mod:`cleanse.golden` (``DIR/raw/NAME`` and
``DIR/expected/NAME.json``). Each raw file is cleaned under its stable source
name and compared, document by document and field by field, with its
expected file; a difference names the document, the field, the line in the
field and, where the text can be found there, the line of the raw input.
``update`` rewrites the expected files that differ (each atomically), and a
baseline file adds the statistics gate of :mod:`cleanse.baseline`.
"""

from __future__ import annotations

import difflib
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from xml.etree import ElementTree as ET

from .baseline import GateResult, gate, run_stats
from .errors import GoldenError
from .golden import as_data, clean_golden, expected_path, raw_files, write_expected
from .pipeline import Pipeline
from .report import FileResult
from .settings import Settings, load_settings

__all__ = ["Case", "CheckResult", "Difference", "check", "junit_xml"]

# Fields in the order a person reads a document; anything else follows.
_FIELDS = ("title", "captions", "headings", "body", "edits")
# Control characters (a raw page may carry them) are shown as \xNN: a terminal
# would act on them, and XML 1.0 cannot hold them at all.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def _visible(text: str) -> str:
    r"""``text`` with control characters written as escapes.

    >>> _visible("a\x1b[2Jb\tc")
    'a\\x1b[2Jb\tc'
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass(frozen=True)
class Difference:
    """One place where the output differs from the expected file."""

    document: str
    """``document 0 "Title"``, or ``file`` for the rejects and the file as a whole."""
    field: str
    line: int
    """1-based line of the body or title, or item of a list field, on the expected side."""
    expected: tuple[str, ...]
    actual: tuple[str, ...]
    raw_line: int | None = None
    """The line of the raw input that holds the changed text, if it is there."""

    def format(self) -> list[str]:
        raw = f" (raw line {self.raw_line})" if self.raw_line is not None else ""
        unit = "line" if self.field in ("body", "title") else "item"
        out = [f"  {self.document}, {self.field}, {unit} {self.line}{raw}:"]
        out += [f"    - {_visible(t)}" for t in self.expected] or ["    - (nothing)"]
        out += [f"    + {_visible(t)}" for t in self.actual] or ["    + (nothing)"]
        return out


@dataclass(frozen=True)
class Case:
    """One raw input of the folder and how its output compares."""

    name: str
    """The raw file's path inside the folder, e.g. ``raw/page.txt``."""
    expected_path: Path
    status: Literal["match", "differ", "missing", "updated", "created"]
    differences: tuple[Difference, ...]
    result: FileResult
    seconds: float

    @property
    def ok(self) -> bool:
        return self.status != "differ" and self.status != "missing"

    def format(self) -> list[str]:
        """Lines for a person; empty for a match."""
        if self.status == "match":
            return []
        if self.status == "missing":
            return [f"MISSING {self.name}: no {self.expected_path}; create it with --update"]
        if self.status in ("updated", "created"):
            return [f"{self.status.upper()} {self.expected_path}"]
        n = len(self.differences)
        out = [f"FAIL {self.name}: {n} difference{'s' if n != 1 else ''}"]
        for d in self.differences:
            out += d.format()
        return out


@dataclass(frozen=True)
class CheckResult:
    """The outcome of checking a golden folder."""

    folder: Path
    cases: tuple[Case, ...]
    orphans: tuple[Path, ...]
    """Expected files with no raw input (removed when updating)."""
    gate: GateResult | None = None

    @property
    def ok(self) -> bool:
        cases_ok = all(c.ok for c in self.cases)
        return cases_ok and not self.orphans and (self.gate is None or self.gate.ok)

    def summary(self) -> str:
        """The one-line summary."""
        counts: dict[str, int] = {}
        for c in self.cases:
            counts[c.status] = counts.get(c.status, 0) + 1
        parts = [f"{counts.get('match', 0)} match"]
        parts += [
            f"{counts[s]} {s}" for s in ("differ", "missing", "updated", "created") if s in counts
        ]
        if self.orphans:
            parts.append(f"{len(self.orphans)} orphaned expected")
        if self.gate is not None:
            parts.append(f"statistics {self.gate.status}")
        verdict = "ok" if self.ok else "FAILED"
        return (
            f"cleanse check {self.folder}: {len(self.cases)} cases: {', '.join(parts)}: {verdict}"
        )

    def format(self) -> str:
        """The whole report for a person: differences, then the summary line."""
        lines: list[str] = []
        for case in self.cases:
            lines += case.format()
        lines += [f"ORPHAN {p}: no raw input; --update removes it" for p in self.orphans]
        if self.gate is not None:
            lines += self.gate.format()
        lines.append(self.summary())
        return "\n".join(lines) + "\n"


def _label(doc: dict[str, Any] | None, other: dict[str, Any] | None, index: int) -> str:
    title = (doc or {}).get("title") or (other or {}).get("title")
    return f"document {index}" + (f" {json.dumps(title, ensure_ascii=False)}" if title else "")


def _edit_line(edit: dict[str, Any]) -> str:
    where = f"line {edit.get('line')}" if edit.get("line") is not None else "document"
    text = f" {edit['text']!r}" if edit.get("text") else ""
    return f"{where} {edit.get('stage')} {edit.get('kind')}{text} ({edit.get('reason')})"


def _numbered(field: str, value: Any) -> list[tuple[int, str]]:
    """The field as (line number, text) pairs; a body's blank lines are left out."""
    if field == "body" and isinstance(value, str):
        return [(n, t) for n, t in enumerate(value.split("\n"), 1) if t.strip()]
    return list(enumerate(_lines(field, value), 1))


def _lines(field: str, value: Any) -> list[str]:
    if field == "edits" and isinstance(value, list):
        return [_edit_line(e) for e in value]
    if field in ("captions", "headings") and isinstance(value, list):
        return [str(v) for v in value]
    if field == "title":
        return [] if value is None else [str(value)]
    if field == "rejects" and isinstance(value, list):
        return [
            f"part {r.get('part')} rejected by {r.get('stage')}: {r.get('reason')}" for r in value
        ]
    if isinstance(value, list):
        return [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in value]
    return [json.dumps(value, ensure_ascii=False, sort_keys=True)]


def _raw_line(raw: Sequence[str], texts: Sequence[str]) -> int | None:
    for text in texts:
        wanted = " ".join(text.split())
        if not wanted:
            continue
        for number, line in enumerate(raw, 1):
            if " ".join(line.split()) == wanted:
                return number
    return None


def _field_diffs(
    label: str, field: str, expected: Any, actual: Any, raw: Sequence[str]
) -> list[Difference]:
    """The differences of one field whose values differ, line by line."""
    out = _line_diffs(label, field, _numbered(field, expected), _numbered(field, actual), raw)
    if not out:  # they differ where the readable view does not look: show the data
        whole = [_numbered("", v) for v in (expected, actual)]
        out = _line_diffs(label, field, whole[0], whole[1], raw)
    return out


def _line_diffs(
    label: str,
    field: str,
    expected: list[tuple[int, str]],
    actual: list[tuple[int, str]],
    raw: Sequence[str],
) -> list[Difference]:
    numbers = [n for n, _ in expected]
    old = [t for _, t in expected]
    new = [t for _, t in actual]
    out = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        line = numbers[i1] if i1 < len(numbers) else (numbers[-1] + 1 if numbers else 1)
        changed = (*new[j1:j2], *old[i1:i2])
        out.append(
            Difference(
                label, field, line, tuple(old[i1:i2]), tuple(new[j1:j2]), _raw_line(raw, changed)
            )
        )
    return out


def compare(expected: dict[str, Any], actual: dict[str, Any], raw: str = "") -> list[Difference]:
    """Every difference between an expected file's data and a run's, in reading order."""
    raw_lines = raw.replace("\r\n", "\n").split("\n")
    out: list[Difference] = []
    old_docs = _documents(expected)
    new_docs = _documents(actual)
    for k in range(max(len(old_docs), len(new_docs))):
        old = old_docs[k] if k < len(old_docs) else None
        new = new_docs[k] if k < len(new_docs) else None
        label = _label(old, new, k)
        if old is None or new is None:
            title = (old or new or {}).get("title")
            out.append(
                Difference(
                    label,
                    "document",
                    1,
                    () if old is None else (f"a document titled {title!r}",),
                    () if new is None else (f"a document titled {title!r}",),
                )
            )
            continue
        fields = [*_FIELDS, *sorted((set(old) | set(new)) - set(_FIELDS))]
        for f in fields:
            if old.get(f) != new.get(f):
                out += _field_diffs(label, f, old.get(f), new.get(f), raw_lines)
    for f in sorted((set(expected) | set(actual)) - {"documents"}):
        if expected.get(f) != actual.get(f):
            out += _field_diffs("file", f, expected.get(f), actual.get(f), raw_lines)
    if not out and expected != actual:  # differences the views above cannot show
        out.append(Difference("file", "data", 1, (json.dumps(expected),), (json.dumps(actual),)))
    return out


def _documents(data: dict[str, Any]) -> list[dict[str, Any]]:
    docs = data.get("documents")
    if not isinstance(docs, list):
        return []
    return [d if isinstance(d, dict) else {"value": d} for d in docs]


def _read_expected(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldenError(
            f"cannot read expected file {path}: {exc}; fix it, or rewrite it with --update"
        ) from None
    if not isinstance(data, dict):
        raise GoldenError(f"{path} is not an expected file (a JSON object with 'documents')")
    return data


def _raw_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def check(
    folder: str | Path,
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    update: bool = False,
    baseline: str | Path | None = None,
    update_baseline: bool = False,
    allow_lower: bool = False,
) -> CheckResult:
    """Clean every ``folder/raw`` input and compare it with ``folder/expected``.

    The pipeline is ``pipeline``, else the one ``settings`` describe, else the
    one of the configuration file found from ``folder`` upward. With
    ``update``, expected files that differ or are missing are rewritten (each
    atomically) and orphaned ones removed. With ``baseline``,
    the run's statistics are gated against that file (see
    :func:`cleanse.baseline.gate`; ``update_baseline`` re-pins it).
    """
    folder = Path(folder)
    if not (folder / "raw").is_dir():
        raise GoldenError(
            f"{folder} is not a golden folder: it has no raw/ folder (the layout is "
            "DIR/raw/NAME with DIR/expected/NAME.json)"
        )
    raws = raw_files(folder)
    if not raws:
        raise GoldenError(f"{folder}/raw has no files to check")
    if pipeline is None:
        if settings is None:
            settings = load_settings(start=folder)
        pipeline = settings.pipeline()
    cases: list[Case] = []
    for raw in raws:
        started = time.perf_counter()
        result = clean_golden(folder, raw, pipeline)
        path = expected_path(folder, raw)
        diffs: list[Difference] = []
        status: Literal["match", "differ", "missing", "updated", "created"] = "match"
        try:
            expected = _read_expected(path)
        except GoldenError as exc:
            if not update:
                raise
            expected, status = None, "differ"  # unreadable: rewritten below
            diffs = [Difference("file", "expected file", 1, (str(exc),), ())]
        if expected is not None:
            diffs = compare(expected, as_data(result), _raw_text(raw))
            status = "differ" if diffs else "match"
        elif status == "match":
            status = "missing"
        if update and status != "match":
            write_expected(folder, raw, result)
            status = "created" if status == "missing" else "updated"
        name = raw.relative_to(folder).as_posix()
        seconds = time.perf_counter() - started
        cases.append(Case(name, path, status, tuple(diffs), result, seconds))
    wanted = {c.expected_path for c in cases}
    orphans = sorted(p for p in (folder / "expected").rglob("*.json") if p not in wanted)
    if update:
        for orphan in orphans:
            orphan.unlink()
        orphans = []
    result_gate = None
    if baseline is not None:
        stats = run_stats((c.result for c in cases), pipeline.names)
        result_gate = gate(baseline, stats, update=update_baseline, allow_lower=allow_lower)
    return CheckResult(folder, tuple(cases), tuple(orphans), result_gate)


def junit_xml(result: CheckResult) -> str:
    """JUnit XML: one test case per raw input, plus one per gated statistic."""
    root = ET.Element("testsuites")
    suite = ET.SubElement(
        root,
        "testsuite",
        name=f"cleanse check {result.folder}",
        tests=str(len(result.cases)),
        failures=str(sum(not c.ok for c in result.cases)),
        errors="0",
        time=f"{sum(c.seconds for c in result.cases):.3f}",
    )
    classname = f"cleanse.check.{result.folder.resolve().name}"
    for case in result.cases:
        element = ET.SubElement(
            suite, "testcase", classname=classname, name=case.name, time=f"{case.seconds:.3f}"
        )
        if not case.ok:
            lines = [_visible(line) for line in case.format()]
            failure = ET.SubElement(element, "failure", message=lines[0])
            failure.text = "\n".join(lines)
    if result.gate is not None:
        changes = result.gate.changes
        stats = ET.SubElement(
            root,
            "testsuite",
            name=f"cleanse statistics {result.gate.path}",
            tests=str(len(changes)),
            failures=str(sum(not c.ok for c in changes) if not result.gate.ok else 0),
            errors="0",
        )
        for change in changes:
            element = ET.SubElement(
                stats, "testcase", classname="cleanse.statistics", name=change.name
            )
            if not change.ok and not result.gate.ok:
                ET.SubElement(element, "failure", message=change.describe())
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
