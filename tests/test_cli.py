"""The command line, run as a user runs it: in a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from .conftest import FIXTURES, ROOT

SEED = FIXTURES / "raw" / "seed_two_articles.txt"


def cleanse(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "cleanse", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_clean_seed(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = cleanse("clean", str(SEED), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    docs = records(out)
    assert [d["title"] for d in docs] == [
        "Iranian Drones Disrupt Relations between Bolivia, Argentina",
        "North Korean Leader Says Past Diplomacy Only Confirmed US Hostility",
    ]
    first, second = docs
    assert isinstance(first["body"], str) and isinstance(second["body"], str)
    assert first["body"].startswith("An Iranian deal to supply Bolivia")
    assert first["body"].endswith("masterminds behind the AMIA attack.")
    assert second["body"].startswith("North Korean leader Kim Jong Un said")
    assert second["body"].endswith("rapid expansion of his arsenal in recent years.")
    assert first["headings"] == ["Disagreement in the Bolivian parliament", "Ghost of AMIA bombing"]
    for heading in first["headings"]:  # type: ignore[attr-defined]
        assert f"\n\n{heading}\n\n" in first["body"]
    for doc in docs:
        body = doc["body"]
        assert isinstance(body, str) and isinstance(doc["captions"], list)
        assert len(doc["captions"]) == 1
        lines = body.split("\n\n")
        assert "TT" not in lines
        assert doc["title"] not in lines
        assert doc["captions"][0] not in body
        assert not any(line.startswith("- ") for line in lines)


def test_every_record_validates_against_printed_schema(tmp_path: Path) -> None:
    schema = json.loads(cleanse("schema").stdout)
    out = tmp_path / "out.jsonl"
    assert cleanse("clean", "fixtures/raw", "-o", str(out)).returncode == 0
    docs = records(out)
    assert len(docs) >= 15
    for doc in docs:
        jsonschema.validate(doc, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**docs[0], "extra": 1}, schema)


def test_jobs_output_is_byte_identical(tmp_path: Path) -> None:
    one, two = tmp_path / "j1.jsonl", tmp_path / "j2.jsonl"
    assert cleanse("clean", "fixtures/raw", "-o", str(one), "-j", "1").returncode == 0
    assert cleanse("clean", "fixtures/raw", "-o", str(two), "-j", "2").returncode == 0
    assert one.read_bytes() == two.read_bytes()


def test_globs_are_expanded_by_cleanse_and_sorted(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert cleanse("clean", "fixtures/raw/**/*.txt", "-o", str(a)).returncode == 0
    assert cleanse("clean", "fixtures/raw/t*.txt", "fixtures/raw", "-o", str(b)).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_stdout_rejects_and_report(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Title\n\nTT\n\nTitle\n\nBody.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    rejects, report = tmp_path / "rejects.jsonl", tmp_path / "report.json"
    proc = cleanse(
        "clean", str(tmp_path / "*.txt"), "-o", "-", "--rejects", str(rejects),
        "--report", str(report),
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr  # finished, but something was rejected
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == ["Title"]
    (rej,) = records(rejects)
    assert rej["source"].endswith("empty.txt") and rej["stage"] == "reject_empty"  # type: ignore[union-attr]
    data = json.loads(report.read_text())
    assert (data["files"], data["files_ok"], data["files_rejected"]) == (2, 1, 1)
    assert data["stages"]["drop_markers"]["removed"] == 1
    assert data["stages"]["collapse_header"]["extracted"] == 1
    assert "empty.txt" in proc.stderr


def test_skip_stage(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = cleanse("clean", str(SEED), "-o", str(out), "--skip", "normalize_quotes")
    assert proc.returncode == 0, proc.stderr
    assert "\u201c" in records(out)[1]["body"]  # type: ignore[operator]


def test_resume_with_no_checkpoint_says_so_and_runs_from_the_start(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = cleanse("clean", str(SEED), "-o", str(out), "--resume")
    assert proc.returncode == 0, proc.stderr
    assert "no checkpoint of this run was found" in proc.stderr
    assert len(records(out)) == 2


def test_explain_exits_3_when_an_input_gave_no_document(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    proc = cleanse("explain", str(SEED), str(empty))
    assert proc.returncode == 3, proc.stderr
    assert "REJECTED" in proc.stdout


def test_clean_reads_a_page_piped_in(tmp_path: Path) -> None:
    def piped(data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "cleanse", "clean", "-", *args],
            input=data,
            capture_output=True,
            cwd=ROOT,
            check=False,
        )

    proc = piped(SEED.read_bytes(), "-o", "-")
    assert proc.returncode == 0, proc.stderr
    docs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [d["source"] for d in docs] == ["<stdin>", "<stdin>"]
    # Over the input limit: a reject with the reason, as for a file.
    big = piped(b"x" * 2048, "-o", str(tmp_path / "o.jsonl"), "--max-input-size", "1K")
    assert big.returncode == 3 and b"too large" in big.stderr
    # Standard input cannot be read again: no --resume.
    again = piped(b"x", "-o", str(tmp_path / "o.jsonl"), "--resume")
    assert again.returncode == 2 and b"standard input" in again.stderr


def test_explain_reads_a_page_piped_in() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cleanse", "explain", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("<stdin>: 2 articles")


def test_explain_names_stages_and_lines() -> None:
    proc = cleanse("explain", str(SEED))
    assert proc.returncode == 0, proc.stderr
    assert "2 articles" in proc.stdout
    assert "drop_markers" in proc.stdout and "UI marker" in proc.stdout
    assert "line    7  removed    copy of the title" in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean", "no/such/*.txt", "-o", "-"], "no file matches 'no/such/*.txt'"),
        (["clean", "fixtures/raw", "-o", "-", "--skip", "bogus"], "cannot skip 'bogus'"),
        (["clean", "fixtures/raw", "-o", "-", "-j", "0"], "at least 1"),
        (["clean", "fixtures/raw"], "required: -o/--output"),
        ([], "usage"),
    ],
)
def test_bad_usage_exits_2_with_a_message(args: list[str], message: str) -> None:
    proc = cleanse(*args)
    assert proc.returncode == 2
    assert message in proc.stderr


def test_an_empty_folder_is_a_usage_error_like_a_pattern_matching_nothing(
    tmp_path: Path,
) -> None:
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    proc = cleanse("clean", str(tmp_path / "empty"), "-o", "-")
    assert proc.returncode == 2
    assert "no file in folder" in proc.stderr


def test_unwritable_output_leaves_nothing(tmp_path: Path) -> None:
    proc = cleanse("clean", str(SEED), "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert proc.returncode == 1
    assert "cannot write" in proc.stderr
    assert not (tmp_path / "missing").exists()


def cleanse_into_closed_pipe(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run cleanse with standard output a pipe whose reader is already gone, as
    `cleanse ... | head` is once head has its lines: every write fails with EPIPE."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "cleanse", *args],
            cwd=cwd,
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONWARNINGS": "error"},
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)


@pytest.mark.parametrize(
    "args",
    [
        ["explain", str(SEED), str(FIXTURES / "raw" / "crlf.txt")],
        ["clean", "fixtures/raw", "-o", "-"],
        ["clean", "fixtures/raw", "-o", "-", "-j", "2"],
        ["schema"],
    ],
    ids=["explain", "clean", "clean-j2", "schema"],
)
def test_a_closed_stdout_pipe_ends_the_run_quietly_with_141(args: list[str]) -> None:
    proc = cleanse_into_closed_pipe(*args)
    assert proc.returncode == 141
    assert proc.stderr == ""  # no traceback, no "cannot write -"


@pytest.mark.parametrize(
    "to_stdout", [["-o", "-", "--report", "report.json"], ["-o", "out.jsonl", "--report", "-"]]
)
def test_a_run_cut_short_by_a_closed_pipe_does_not_look_complete(
    tmp_path: Path, to_stdout: list[str]
) -> None:
    proc = cleanse_into_closed_pipe(
        "clean", str(FIXTURES / "raw"), "--rejects", "rejects.jsonl", *to_stdout, cwd=tmp_path
    )
    assert (proc.returncode, proc.stderr) == (141, "")
    # No output, report or rejects in place, no hidden partial file or checkpoint.
    assert list(tmp_path.iterdir()) == []


def test_a_file_given_under_several_spellings_is_cleaned_once(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "x.txt").write_text("Title\n\nTT\n\nTitle\n\nBody.\n", encoding="utf-8")
    (folder / "y.txt").symlink_to("x.txt")  # the same file under another name
    out, again = tmp_path / "out.jsonl", tmp_path / "again.jsonl"
    proc = cleanse("clean", "pages/x.txt", "./pages/x.txt", "pages", "-o", str(out), cwd=tmp_path)
    assert (proc.returncode, proc.stderr.count("\n")) == (0, 1), proc.stderr  # just the summary
    (doc,) = records(out)
    assert doc["source"] == "./pages/x.txt"  # the spelling that sorts first
    proc = cleanse("clean", "pages/", "./pages/x.txt", "-o", str(again), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert again.read_bytes() == out.read_bytes()  # whatever the order of the patterns


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["-o", "out.jsonl", "--report", "out.jsonl"],
            "-o/--output and --report both name out.jsonl",
        ),
        (["-o", "out.jsonl", "--rejects", "./out.jsonl"], "-o/--output and --rejects both"),
        (["-o", "-", "--report", "r.json", "--html", "no/../r.json"], "--report and --html both"),
        (["-o", "old.jsonl", "--report", "link.json"], "-o/--output and --report both name old"),
    ],
)
def test_two_outputs_naming_one_file_are_refused_before_anything_is_written(
    tmp_path: Path, options: list[str], message: str
) -> None:
    (tmp_path / "old.jsonl").write_text("a previous run\n")
    (tmp_path / "link.json").symlink_to("old.jsonl")
    proc = cleanse("clean", str(SEED), *options, cwd=tmp_path)
    assert proc.returncode == 2
    assert f"cleanse: error: {message}" in proc.stderr and "give each its own file" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "old.jsonl"]
    assert (tmp_path / "old.jsonl").read_text() == "a previous run\n"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["messy/a.txt", "-o", "messy/a.txt"], "-o/--output"),
        (["messy/a.txt", "-o", "out.jsonl", "--rejects", "./messy/a.txt"], "--rejects"),
        (["messy/a.txt", "-o", "out.jsonl", "--report", "messy/a.txt"], "--report"),
        (["messy/a.txt", "-o", "-", "--html", "messy/a.txt"], "--html"),
        (["messy", "./messy/a.txt", "-o", "messy/a.txt"], "-o/--output"),  # named and walked
        (["messy", "-o", "messy/a.txt"], "-o/--output"),  # a page, not an earlier output
        (["messy/*.txt", "-o", "out.jsonl", "--report", "messy/a.txt"], "--report"),
    ],
)
def test_an_input_is_never_overwritten_by_an_output(
    tmp_path: Path, args: list[str], option: str
) -> None:
    page = b"Title\n\nTT\n\nTitle\n\nBody.\n"
    (tmp_path / "messy").mkdir()
    (tmp_path / "messy" / "a.txt").write_bytes(page)
    proc = cleanse("clean", *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert (
        f"is an input, and also the {option} of this run, which would overwrite it" in proc.stderr
    )
    assert "messy/a.txt" in proc.stderr
    assert (tmp_path / "messy" / "a.txt").read_bytes() == page  # nothing was written
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "messy"]


def test_a_run_into_the_folder_it_cleans_leaves_its_own_outputs_out(tmp_path: Path) -> None:
    inout = tmp_path / "inout"
    inout.mkdir()
    for name in ("crlf.txt", "seed_two_articles.txt"):
        (inout / name).write_bytes((FIXTURES / "raw" / name).read_bytes())
    args = ["clean", "inout", "-o", "inout/clean.jsonl", "--report", "inout/report.json"]
    assert cleanse(*args, "--rejects", "inout/rejects.jsonl", cwd=tmp_path).returncode == 0
    first = [(inout / name).read_bytes() for name in ("clean.jsonl", "report.json")]
    proc = cleanse(*args, "--rejects", "inout/rejects.jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[:3] == [
        "cleanse: skipping inout/clean.jsonl: it is this run's output",
        "cleanse: skipping inout/rejects.jsonl: it is this run's output",
        "cleanse: skipping inout/report.json: it is this run's output",
    ]
    assert [(inout / name).read_bytes() for name in ("clean.jsonl", "report.json")] == first
    # The outputs of another run are inputs like any other file.
    proc = cleanse(*args[:2], "-o", "elsewhere.jsonl", cwd=tmp_path)
    assert "skipping" not in proc.stderr and "cleanse: 5 file(s)" in proc.stderr
