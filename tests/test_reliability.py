"""A run never dies on one bad file, never drops one without saying so, never
leaves a partial output, and gives the same bytes every time."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from cleanse import model
from cleanse.cli import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from cleanse.model import document_id

from .bad_inputs import write_bad_inputs
from .conftest import FIXTURES
from .test_cli import cleanse, records

GOOD = sorted(p.name for p in (FIXTURES / "raw").iterdir())


def leftovers(folder: Path) -> list[str]:
    """Hidden files a run may have left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_acceptance_every_bad_input_next_to_good_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "fixtures" / "raw"
    shutil.copytree(FIXTURES / "raw", raw)
    bad = write_bad_inputs(raw, monkeypatch)
    monkeypatch.chdir(tmp_path)

    code = main(
        ["clean", "fixtures/raw/*.txt", "-o", "out.jsonl", "--rejects", "rejects.jsonl",
         "--report", "report.json"]
    )  # fmt: skip

    assert code == EXIT_REJECTED  # finished, and says some inputs were rejected
    report: dict[str, Any] = json.loads(Path("report.json").read_text())
    inputs = {i["source"]: i for i in report["inputs"]}
    # Every input is in the report, once, with the right status and reason.
    assert len(report["inputs"]) == len(inputs)
    assert set(inputs) == {f"fixtures/raw/{name}" for name in [*GOOD, *bad]}
    for name in GOOD:
        assert inputs[f"fixtures/raw/{name}"]["status"] == "ok", name
    for name, b in bad.items():
        line = inputs[f"fixtures/raw/{name}"]
        assert line["status"] == b.status, (name, line)
        if b.status == "rejected":
            assert b.reason in line["reason"], (name, line)
    # The counts add up, and match the records written.
    docs, rejects = records(Path("out.jsonl")), records(Path("rejects.jsonl"))
    assert report["files"] == len(inputs) == len(GOOD) + len(bad)
    outcomes = ("files_ok", "files_duplicate", "files_rejected", "files_failed")
    assert report["files"] == sum(report[k] for k in outcomes)
    assert report["files_ok"] == sum(i["status"] == "ok" for i in inputs.values())
    assert report["documents"] == len(docs) == sum(i["documents"] for i in inputs.values())
    assert report["rejects"] == len(rejects) == sum(i["rejects"] for i in inputs.values())
    for rej in rejects:
        assert {"source", "stage", "reason"} <= rej.keys()
        assert inputs[rej["source"]]["status"] == "rejected"  # type: ignore[index]
    # Good files come out exactly as their golden output.
    for name in GOOD:
        expected = json.loads((FIXTURES / "expected" / f"{name}.json").read_text("utf-8"))
        got = [d for d in docs if d["source"] == f"fixtures/raw/{name}"]
        assert got == expected["documents"], name
    # Each rejected file is named on stderr, and nothing hidden is left.
    err = capsys.readouterr().err
    for name, b in bad.items():
        if b.status == "rejected":
            assert f"rejected: fixtures/raw/{name}: " in err
    assert leftovers(tmp_path) == []


def test_strict_stops_at_the_first_reject_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(FIXTURES / "raw", pages)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(pages), "-o", str(out), "--strict"]) == EXIT_OK
    (pages / "m_empty.txt").write_text("")
    code = main(["clean", str(pages), "-o", str(out), "--rejects", str(tmp_path / "r.jsonl"),
                 "--strict"])  # fmt: skip
    assert code == EXIT_REJECTED
    assert "--strict: stopped at" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "pages"]  # the old one


def test_output_that_is_a_folder_fails_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out.jsonl").mkdir()
    code = main(["clean", str(FIXTURES / "raw"), "-o", str(tmp_path / "out.jsonl")])
    assert code == EXIT_ERROR
    assert "cannot write" in capsys.readouterr().err
    assert list((tmp_path / "out.jsonl").iterdir()) == [] and leftovers(tmp_path) == []


def _failing_in(folder: Path, real: Any, error: int) -> Any:
    """``real`` (os.open or os.fsync), failing with ``error`` for files in ``folder``."""

    def fake(target: Any, *args: Any) -> Any:
        name = os.readlink(f"/proc/self/fd/{target}") if isinstance(target, int) else target
        if str(name).startswith(str(folder)):
            raise OSError(error, os.strerror(error))
        return real(target, *args)

    return fake


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        ("fsync", errno.ENOSPC, "No space left on device"),
        ("open", errno.EROFS, "Read-only file system"),
    ],
)
def test_disk_full_or_read_only_output_fails_and_leaves_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    call: str,
    error: int,
    message: str,
) -> None:
    # Root writes through permission bits and a test cannot fill a disk, so
    # the system calls fail as the kernel makes them fail on a full disk or
    # a read-only mount.
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(
        f"cleanse.checkpoint.os.{call}", _failing_in(out_dir, getattr(os, call), error)
    )
    args = ["clean", str(FIXTURES / "raw"), "-o", str(out_dir / "out.jsonl")]
    code = main([*args, "--rejects", str(out_dir / "rejects.jsonl"), "--checkpoint-every", "2"])
    assert code == EXIT_ERROR
    assert message in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_really_refused(tmp_path: Path) -> None:
    out_dir = tmp_path / "ro"
    out_dir.mkdir()
    out_dir.chmod(0o555)
    proc = cleanse("clean", str(FIXTURES / "raw"), "-o", str(out_dir / "out.jsonl"))
    assert proc.returncode == EXIT_ERROR and "cannot write" in proc.stderr
    assert list(out_dir.iterdir()) == []


def test_report_that_cannot_be_written_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["clean", str(FIXTURES / "raw"), "-o", str(out), "--report",
                 str(tmp_path / "missing" / "report.json")])  # fmt: skip
    assert code == EXIT_ERROR
    assert list(tmp_path.iterdir()) == []


def _mixed_corpus(folder: Path) -> None:
    shutil.copytree(FIXTURES / "raw", folder / "a")
    (folder / "b").mkdir()
    (folder / "b" / "cp1252.txt").write_bytes("Caf\u00e9 \u201cnews\u201d today.".encode("cp1252"))
    (folder / "b" / "empty.txt").write_text("")
    (folder / "b" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))


def test_output_bytes_do_not_depend_on_jobs_pattern_order_or_hash_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mixed_corpus(tmp_path)
    runs = [
        (["a", "b"], "1", "0"),
        (["b", "a"], "2", "1"),
        (["b/*.txt", "a/*.txt", "a"], "3", "12345"),
    ]
    outputs = []
    for k, (patterns, jobs, seed) in enumerate(runs):
        names = [f"out{k}.jsonl", f"rej{k}.jsonl", f"rep{k}.json"]
        monkeypatch.setenv("PYTHONHASHSEED", seed)  # read by the child process
        proc = cleanse(
            "clean", *patterns, "-j", jobs, "-o", names[0], "--rejects", names[1],
            "--report", names[2], cwd=tmp_path,
        )  # fmt: skip
        assert proc.returncode == EXIT_REJECTED, proc.stderr
        outputs.append([(tmp_path / n).read_bytes() for n in names])
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(records(tmp_path / "out0.jsonl")) >= 16


def test_ids_are_stable_and_change_only_with_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pinned at release 0.1 (schema 1): a change breaks every stored id.
    assert document_id("pages/0001.txt", 0) == "df6bc06589d8f956"
    assert document_id("pages/0001.txt", 3) == "5bb2942eaec24b3e"
    monkeypatch.setattr(model, "SCHEMA_VERSION", 2)
    assert document_id("pages/0001.txt", 0) != "df6bc06589d8f956"


def test_strict_lets_dropped_duplicates_pass_and_resume_refuses_dedup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(FIXTURES / "raw", pages)
    shutil.copy(pages / "crlf.txt", pages / "crlf_copy.txt")
    out = str(tmp_path / "out.jsonl")
    assert main(["clean", str(pages), "-o", out, "--dedup", "exact", "--strict"]) == EXIT_OK
    code = main(["clean", str(pages), "-o", out, "--dedup", "exact", "--resume"])
    assert code == EXIT_USAGE
    assert "--resume cannot continue a --dedup run" in capsys.readouterr().err
