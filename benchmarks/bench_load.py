"""Load: ``cleanse clean -j 2`` over a large generated corpus, and the largest input.

Run with ``make bench`` (or ``pytest benchmarks --benchmark-only -s``): it
cleans 50,000 generated pages (``CLEANSE_LOAD_FILES`` changes the number)
and prints files/s, MB/s and peak memory, next to the speed of merely
reading the same files, measured in the same session, since absolute
figures on a shared machine mean little. Under ``--benchmark-disable`` (the
test suite) the same code runs on 200 pages, so it never rots.

Peak memory is each process's maximum resident set size: the main process
(which writes the output and holds the report) and the largest worker.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cleanse.reading import read_input

from .corpus import CorpusSpec, make_corpus, write_corpus

ROOT = Path(__file__).resolve().parent.parent

# Runs ``cleanse.cli.main`` and reports, after it, the peak memory of this
# process and of its largest child (a worker), in KiB. The main process's
# own peak comes from /proc (VmHWM): Linux carries ``ru_maxrss`` across
# exec, so it would include the benchmark process that started this one.
# Workers are forked, not exec'd, and are measured from their own start.
_MEASURE = """
import json, resource, sys
from cleanse.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as status:
    self_kib = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "main_kib": self_kib, "worker_kib": child_kib}), file=sys.stderr)
"""


def _disabled(config: pytest.Config) -> bool:
    return bool(config.getoption("benchmark_disable", default=False))


def _files(config: pytest.Config) -> int:
    default = 200 if _disabled(config) else 50_000
    return int(os.environ.get("CLEANSE_LOAD_FILES", default))


@pytest.fixture(scope="module")
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("load") / "pages"
    write_corpus(folder, CorpusSpec(pages=_files(request.config), seed=0))
    return folder


def _clean(*args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, "clean", *args, "--no-progress"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    measured: dict[str, Any] = json.loads(proc.stderr.strip().splitlines()[-1])
    assert measured["code"] == 0, proc.stderr
    return measured


_baseline: dict[str, float] = {}


def test_read_baseline(benchmark: Any, corpus: Path) -> None:
    """Reading every file, nothing else: the floor cleaning is compared with."""
    paths = sorted(corpus.iterdir())

    def read_all() -> int:
        return sum(len(p.read_bytes()) for p in paths)

    start = time.perf_counter()
    size = benchmark.pedantic(read_all, rounds=1, iterations=1)
    seconds = time.perf_counter() - start
    _baseline.update(files_per_s=len(paths) / seconds, mb_per_s=size / 1e6 / seconds)
    benchmark.extra_info.update(_baseline)
    assert size > 0


def test_read_and_decode(benchmark: Any, corpus: Path) -> None:
    """Reading every file the way cleanse does (bounded, checked, decoded)."""
    paths = [str(p) for p in sorted(corpus.iterdir())]

    def read_all() -> int:
        return sum(len(read_input(p).text) for p in paths)

    start = time.perf_counter()
    chars = benchmark.pedantic(read_all, rounds=1, iterations=1)
    seconds = time.perf_counter() - start
    info = {"files_per_s": len(paths) / seconds}
    if _baseline:
        info["x_slower_than_reading"] = _baseline["files_per_s"] / info["files_per_s"]
    benchmark.extra_info.update(info)
    print("\nread and decode:", json.dumps({k: round(v, 2) for k, v in info.items()}))
    assert chars > 0


def test_clean_corpus_two_jobs(benchmark: Any, corpus: Path, tmp_path: Path) -> None:
    paths = sorted(corpus.iterdir())
    size = sum(p.stat().st_size for p in paths)
    out, report = tmp_path / "out.jsonl", tmp_path / "report.json"
    args = (str(corpus), "-o", str(out), "--report", str(report), "-j", "2")

    start = time.perf_counter()
    measured = benchmark.pedantic(_clean, args=args, rounds=1, iterations=1)
    seconds = time.perf_counter() - start

    totals = json.loads(report.read_text())
    assert totals["files"] == len(paths) and totals["files_failed"] == 0
    info = {
        "files": len(paths),
        "mb": size / 1e6,
        "seconds": seconds,
        "files_per_s": len(paths) / seconds,
        "mb_per_s": size / 1e6 / seconds,
        "peak_main_mb": measured["main_kib"] / 1024,
        "peak_worker_mb": measured["worker_kib"] / 1024,
    }
    if _baseline:
        info["x_slower_than_reading"] = _baseline["mb_per_s"] / info["mb_per_s"]
    benchmark.extra_info.update(info)
    print("\nload:", json.dumps({k: round(v, 2) for k, v in info.items()}))


def test_largest_input_memory(
    benchmark: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Peak memory cleaning one file at the default input limit (16 MiB)."""
    limit = (1 if _disabled(request.config) else 16) * 1024 * 1024
    pages = make_corpus(CorpusSpec(pages=max(1, limit // 3000), seed=1, merged_rate=0))
    data = "\n\n\n".join(pages).encode()[: limit - 1024]
    path = tmp_path / "big.txt"
    path.write_bytes(data.decode("utf-8", errors="ignore").encode())
    size = path.stat().st_size
    args = (str(path), "-o", str(tmp_path / "out.jsonl"), "--max-input-size", str(limit))

    start = time.perf_counter()
    measured = benchmark.pedantic(_clean, args=args, rounds=1, iterations=1)
    seconds = time.perf_counter() - start

    info = {
        "mb": size / 1e6,
        "seconds": seconds,
        "peak_mb": measured["main_kib"] / 1024,
        "peak_per_input_mb": measured["main_kib"] / 1024 / (size / 1e6),
    }
    benchmark.extra_info.update(info)
    print("\nlargest input:", json.dumps({k: round(v, 2) for k, v in info.items()}))
