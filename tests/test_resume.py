"""Runs killed at random points leave no partial output, and ``--resume``
finishes them with exactly the bytes of an uninterrupted run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.corpus import CorpusSpec, write_corpus

from cleanse import FileResult, OutputError, UsageError, clean_file, cli
from cleanse.checkpoint import RunWriter, checkpoint_path
from cleanse.cli import EXIT_REJECTED, EXIT_USAGE, main

from .conftest import ROOT

TARGETS = ("out.jsonl", "rejects.jsonl", "report.json")
# Exit codes of a run stopped mid-way: 130 for Ctrl-C and SIGTERM, killed
# outright, or 1 when a worker died (the main process says so and stops).
PAGES = 800  # enough that a kill soon after the first checkpoint lands mid-run
INTERRUPTED = {"SIGINT": {130}, "SIGTERM": {130}, "SIGKILL": {-9}, "worker": {1}}


def command(out: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "cleanse", "clean", "pages", "-o", str(out / TARGETS[0]),
        "--rejects", str(out / TARGETS[1]), "--report", str(out / TARGETS[2]), *extra,
    ]  # fmt: skip


def env() -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes]]:
    """A folder of generated pages and one empty file, and its clean output."""
    root = tmp_path_factory.mktemp("resume")
    write_corpus(root / "pages", CorpusSpec(pages=PAGES, seed=7))
    (root / "pages" / "0000100-empty.txt").write_text("")
    (root / "clean").mkdir()
    proc = subprocess.run(command(root / "clean"), cwd=root, env=env(), capture_output=True)
    assert proc.returncode == EXIT_REJECTED, proc.stderr
    return root, [(root / "clean" / name).read_bytes() for name in TARGETS]


def assert_nothing_partial(out: Path, expected: list[bytes]) -> None:
    """Each output is either absent or complete; only hidden files may be left."""
    for name, content in zip(TARGETS, expected, strict=True):
        if (out / name).exists():
            assert (out / name).read_bytes() == content, f"{name} is partial"
    visible = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert visible <= set(TARGETS)


def workers(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in children.read_text().split()] if children.exists() else []


def kill_once(root: Path, out: Path, how: str, rng: random.Random) -> tuple[int, int]:
    """Start a run, kill it at a random point; return its exit code and checkpointed inputs."""
    proc = subprocess.Popen(
        command(out, "-j", "2", "--checkpoint-every", "5", "--resume"),
        cwd=root,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    mark = checkpoint_path(str(out / TARGETS[0]))
    if rng.random() < 0.75:  # most kills after some progress, the others at any time
        deadline = time.monotonic() + 60
        while not mark.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.1))
    if proc.poll() is None:
        if how == "worker":
            pids = workers(proc.pid)
            if pids:
                os.kill(rng.choice(pids), signal.SIGKILL)
            else:
                proc.send_signal(signal.SIGKILL)  # not started yet: kill it all
        else:
            proc.send_signal(getattr(signal, how))
    # A kill that lands while Python itself starts up ends it Python's way
    # (-15, or 1 for Ctrl-C); what matters is what is left on disk.
    proc.communicate(timeout=120)
    done = json.loads(mark.read_text())["done"] if mark.exists() else 0
    return proc.returncode, done


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("how", list(INTERRUPTED))
def test_killed_runs_leave_no_partial_output_and_resume_to_the_same_bytes(
    corpus: tuple[Path, list[bytes]], how: str
) -> None:
    root, expected = corpus
    rng = random.Random(f"kill-{how}")
    out = root / f"out-{how}"
    out.mkdir()
    codes, checkpoints = [], []
    for _ in range(3):
        code, done = kill_once(root, out, how, rng)
        codes.append(code)
        checkpoints.append(done)
        assert_nothing_partial(out, expected)
        if all((out / name).exists() for name in TARGETS):
            break  # it finished (its outputs are complete) before the kill came
    assert any(code in INTERRUPTED[how] for code in codes), codes
    assert max(checkpoints) > 0, "no kill came after a checkpoint; the test proved nothing"
    if not all((out / name).exists() for name in TARGETS):
        proc = subprocess.run(
            command(out, "--resume"), cwd=root, env=env(), capture_output=True, text=True
        )
        assert proc.returncode == EXIT_REJECTED, proc.stderr
        assert f"resuming: {checkpoints[-1]} of {PAGES + 1} input(s) were done" in proc.stderr
    assert [(out / name).read_bytes() for name in TARGETS] == expected
    assert sorted(p.name for p in out.iterdir()) == sorted(TARGETS)  # nothing hidden left


def test_resume_refuses_a_checkpoint_of_another_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    write_corpus(pages, CorpusSpec(pages=6, seed=1))
    out = str(tmp_path / "out.jsonl")
    # Resuming with nothing to resume starts afresh.
    assert main(["clean", str(pages), "-o", out, "--resume"]) == 0
    # An interrupted run of other inputs or options keeps its checkpoint...
    writer = RunWriter(out, fingerprint="another run", every=1)
    with pytest.raises(KeyboardInterrupt), writer:
        writer.add(clean_file(pages / "0000000.txt"))
        raise KeyboardInterrupt
    assert checkpoint_path(out).exists()
    # ... which this run refuses to continue,
    assert main(["clean", str(pages), "-o", out, "--resume"]) == EXIT_USAGE
    assert "is of a run with other inputs, stages or options" in capsys.readouterr().err
    # and which a run without --resume replaces, cleaning it up at the end.
    assert main(["clean", str(pages), "-o", out]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "pages"]


def test_two_runs_cannot_write_the_same_output(tmp_path: Path) -> None:
    out = str(tmp_path / "out.jsonl")
    with RunWriter(out, fingerprint="a") as first:
        with pytest.raises(OutputError, match="another cleanse run is writing"):
            RunWriter(out, fingerprint="a")
        first.finish()
    assert (tmp_path / "out.jsonl").read_text() == ""


def test_resume_to_stdout_is_refused() -> None:
    with pytest.raises(UsageError, match="cannot resume"):
        RunWriter("-", fingerprint="a", resume=True)


def test_a_run_into_the_folder_it_cleans_resumes_past_its_own_hidden_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    inout = tmp_path / "inout"
    write_corpus(inout, CorpusSpec(pages=6, seed=3))
    out = inout / "clean.jsonl"
    args = ["clean", str(inout), "-o", str(out), "--rejects", str(inout / "rejects.jsonl"),
            "--checkpoint-every", "1"]  # fmt: skip
    assert main(args) == 0
    expected = out.read_bytes()
    real_run_paths = cli.run_paths

    def stopped_after_two(*a: Any, **k: Any) -> Iterator[FileResult]:
        for done, result in enumerate(real_run_paths(*a, **k)):
            if done == 2:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(cli, "run_paths", stopped_after_two)
    assert main(args) == 130
    monkeypatch.undo()
    hidden = sorted(p.name for p in inout.glob(".*"))
    assert ".clean.jsonl.partial" in hidden and ".clean.jsonl.checkpoint" in hidden
    capsys.readouterr()
    # The hidden files are left out like the outputs: the inputs, and so the
    # fingerprint, are those of the interrupted run, which therefore resumes.
    assert main([*args, "--resume"]) == 0
    err = capsys.readouterr().err
    assert "resuming: 2 of 6 input(s) were done" in err
    for name in hidden:
        assert f"skipping {inout / name}: it is this run's output" in err
    assert out.read_bytes() == expected
    assert not list(inout.glob(".*"))
