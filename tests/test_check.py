"""``cleanse check``: golden folders, readable diffs, --update, JUnit and the statistics gate."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from cleanse import Config, GoldenError, Pipeline
from cleanse.baseline import gate
from cleanse.check import check, compare, junit_xml
from cleanse.golden import raw_files

from .conftest import FIXTURES
from .test_cli import cleanse

RAW_NAMES = [f"raw/{p.name}" for p in raw_files(FIXTURES)]


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    """A copy of fixtures/ (raw, expected, config, baseline) to change at will."""
    folder = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, folder)
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "expected").glob("*.json"))}


def set_markers(folder: Path, old: str, new: str | None) -> None:
    config = folder / "cleanse.toml"
    text = config.read_text(encoding="utf-8")
    line = f'    "{old}",\n'
    assert line in text
    config.write_text(text.replace(line, f'    "{new}",\n' if new else ""), encoding="utf-8")


def test_fixtures_pass_and_the_library_call_reports_every_case() -> None:
    result = check(FIXTURES)
    assert result.ok
    assert [c.name for c in result.cases] == RAW_NAMES
    assert {c.status for c in result.cases} == {"match"}
    n = len(RAW_NAMES)
    assert result.summary() == f"cleanse check {FIXTURES}: {n} cases: {n} match: ok"
    # As the pre-commit hook runs it, with the arguments the README shows.
    hooks = (FIXTURES.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entry = re.search(r"^\s*entry: (.+)$", hooks, re.M)
    assert entry is not None and entry.group(1).split() == ["cleanse", "check"]
    proc = cleanse("check", "fixtures/", "--baseline", "fixtures/baseline.json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (
        proc.stdout.splitlines()[-1]
        == f"cleanse check fixtures: {n} cases: {n} match, statistics within: ok"
    )


def test_changed_marker_fails_with_a_diff_then_update_makes_it_pass(golden: Path) -> None:
    """Acceptance: one marker changed in the folder's config -> a diff naming the
    document, the field and the line; --update -> pass; the JUnit file lists every case."""
    before = snapshot(golden)
    set_markers(golden, "Click to enlarge", "Click to zoom")
    junit = golden.parent / "junit.xml"
    proc = cleanse("check", str(golden), "--junit", str(junit))
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert "FAIL raw/ui_markers.txt:" in out
    assert (
        '  document 0 "Museum Returns Looted Statues", body, line 1 (raw line 6):\n'
        "    - (nothing)\n"
        "    + Click to enlarge\n"
    ) in out
    n = len(RAW_NAMES)
    assert out.splitlines()[-1] == (
        f"cleanse check {golden}: {n} cases: {n - 1} match, 1 differ: FAILED"
    )

    suites = ET.parse(junit).getroot()
    (suite,) = suites.findall("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == RAW_NAMES
    assert (suite.get("tests"), suite.get("failures")) == (str(n), "1")
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert failed == ["raw/ui_markers.txt"]
    failure = next(c for c in cases if c.get("name") == "raw/ui_markers.txt").find("failure")
    assert failure is not None and "+ Click to enlarge" in (failure.text or "")

    proc = cleanse("check", str(golden), "--update")
    assert proc.returncode == 0, proc.stdout
    assert f"UPDATED {golden / 'expected' / 'ui_markers.txt.json'}" in proc.stdout
    after = snapshot(golden)
    assert [n for n in before if before[n] != after[n]] == ["ui_markers.txt.json"]
    assert "Click to enlarge" in json.loads(after["ui_markers.txt.json"])["documents"][0]["body"]
    assert cleanse("check", str(golden)).returncode == 0


def test_title_and_list_fields_and_documents_are_named() -> None:
    doc = {"title": "Old", "captions": ["A (AFP)"], "headings": [], "body": "x\n\ny", "part": 0}
    new = {**doc, "title": "New", "captions": ["A (AFP)", "B (AP)"], "body": "x\n\nz"}
    diffs = compare({"documents": [doc], "rejects": []}, {"documents": [new, doc], "rejects": []})
    assert [(d.document, d.field, d.line, d.expected, d.actual) for d in diffs] == [
        ('document 0 "Old"', "title", 1, ("Old",), ("New",)),
        ('document 0 "Old"', "captions", 2, (), ("B (AP)",)),
        ('document 0 "Old"', "body", 3, ("y",), ("z",)),
        ('document 1 "Old"', "document", 1, (), ("a document titled 'Old'",)),
    ]
    reject = {"source": "s", "part": 0, "stage": "reject_empty", "reason": "no text", "edits": []}
    (d,) = compare({"documents": [], "rejects": []}, {"documents": [], "rejects": [reject]})
    assert (d.field, d.actual) == ("rejects", ("part 0 rejected by reject_empty: no text",))
    # A difference the readable view leaves out (a reject's edits) shows as data.
    edited = {**reject, "edits": [{"stage": "x"}]}
    (d,) = compare({"documents": [], "rejects": [reject]}, {"documents": [], "rejects": [edited]})
    assert d.document == "file" and d.field == "rejects" and '"stage": "x"' in d.actual[0]


def test_missing_and_orphaned_expected_files(golden: Path) -> None:
    (golden / "expected" / "crlf.txt.json").unlink()
    shutil.copy(golden / "expected" / "mojibake.txt.json", golden / "expected" / "gone.txt.json")
    result = check(golden)
    assert not result.ok
    assert [c.name for c in result.cases if c.status == "missing"] == ["raw/crlf.txt"]
    assert result.orphans == (golden / "expected" / "gone.txt.json",)
    assert "MISSING raw/crlf.txt" in result.format()
    updated = check(golden, update=True)
    assert [c.status for c in updated.cases].count("created") == 1
    assert not (golden / "expected" / "gone.txt.json").exists()
    assert snapshot(golden) == snapshot(FIXTURES)
    assert check(golden).ok


@pytest.mark.parametrize("broken", ["no raw", "no files", "bad expected", "bad baseline"])
def test_input_errors_exit_2_and_say_what_to_do(golden: Path, broken: str) -> None:
    args = ["check", str(golden)]
    if broken == "no raw":
        shutil.rmtree(golden / "raw")
        message = "has no raw/ folder"
    elif broken == "no files":
        for p in (golden / "raw").iterdir():
            p.unlink()
        message = "has no files to check"
    elif broken == "bad expected":
        (golden / "expected" / "crlf.txt.json").write_text("{", encoding="utf-8")
        message = "rewrite it with --update"
    else:
        (golden / "baseline.json").write_text('{"stats": {"x": "many"}}', encoding="utf-8")
        args += ["--baseline", str(golden / "baseline.json")]
        message = "re-create it with --update-baseline"
    with pytest.raises(GoldenError, match=message.replace("/", ".").replace("-", ".")):
        check(golden, baseline=golden / "baseline.json" if "--baseline" in args else None)
    proc = cleanse(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    if broken == "bad expected":  # --update rewrites what it could not read
        assert [c.status for c in check(golden, update=True).cases].count("updated") == 1
        assert snapshot(golden) == snapshot(FIXTURES)


def test_statistics_gate_fails_on_a_loosened_rule_until_repinned(golden: Path) -> None:
    """Acceptance: a loosened rule moves a statistic past its tolerance; --update-baseline
    refuses to lower the pinned floor unless told to, then the gate passes again."""
    baseline = golden / "baseline.json"
    pinned = baseline.read_bytes()
    set_markers(golden, "Share", None)  # drop_markers now lets "Share" lines through
    proc = cleanse("check", str(golden), "--update")  # accept the new output...
    assert proc.returncode == 0
    args = ["check", str(golden), "--baseline", str(baseline)]
    proc = cleanse(*args)  # ...and the statistics still catch the loosened rule
    assert proc.returncode == 1
    assert "removed.drop_markers: 17 -> 15 (-2; allowed ±0)" in proc.stdout
    assert "re-pin with --update-baseline" in proc.stdout
    assert proc.stdout.splitlines()[-1].endswith("statistics moved: FAILED")

    proc = cleanse(*args, "--update-baseline")
    assert proc.returncode == 1
    assert "not re-pinned: removed.drop_markers would go down" in proc.stdout
    assert baseline.read_bytes() == pinned

    proc = cleanse(*args, "--update-baseline", "--allow-lower")
    assert proc.returncode == 0, proc.stdout
    assert json.loads(baseline.read_text())["stats"]["removed.drop_markers"] == 15
    assert cleanse(*args).returncode == 0


def test_gate_tolerance_and_raising_a_number_is_free(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    with pytest.raises(GoldenError, match="create it with --update-baseline"):
        gate(path, {"documents": 100})
    assert gate(path, {"documents": 100}, update=True).status == "updated"
    assert gate(path, {"documents": 102}).status == "within"  # 2% of 100
    moved = gate(path, {"documents": 103})
    assert (moved.status, [c.describe() for c in moved.moved]) == (
        "moved",
        ["documents: 100 -> 103 (+3; allowed ±2)"],
    )
    assert gate(path, {"documents": 103}, update=True).status == "updated"
    assert gate(path, {"documents": 97}, update=True).status == "refused"
    assert gate(path, {"documents": 103, "new": 1}).status == "moved"  # not pinned yet


def test_check_uses_the_given_pipeline_over_the_folder_config() -> None:
    result = check(FIXTURES, pipeline=Pipeline(config=Config(quote_style="keep")))
    assert not result.ok
    assert any(d.field == "edits" for c in result.cases for d in c.differences)


def test_junit_holds_text_xml_cannot(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "golden", "a.txt", "Title\n\nTT\n\nTitle\n\nBody\x01 text.\n")
    keep_controls = Pipeline().without("fix_encoding")
    assert check(tmp_path / "golden", pipeline=keep_controls, update=True).ok
    raw.write_text("Title\n\nTT\n\nTitle\n\nBody\x01 changed.\n", encoding="utf-8")
    result = check(tmp_path / "golden", pipeline=keep_controls)
    (case,) = ET.fromstring(junit_xml(result)).iter("testcase")
    failure = case.find("failure")
    assert failure is not None and "+ Body\\x01 changed." in (failure.text or "")


def write_raw(folder: Path, name: str, text: str) -> Path:
    path = folder / "raw" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
