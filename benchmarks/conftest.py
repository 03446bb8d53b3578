"""Shared fixtures for the benchmarks: generated corpora written to disk, and a
summary that reports every benchmark as MB/s and as a ratio to the floor
(reading and splitting the same files) measured in the same run.

Sizes come from ``CLEANSE_BENCH_PAGES`` (comma-separated page counts). In
CI's quick mode (``--benchmark-disable``) every benchmark runs once on a tiny
corpus, so the code is exercised but nothing is timed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .corpus import CorpusSpec, write_corpus


def _sizes(config: pytest.Config) -> list[int]:
    if config.getoption("benchmark_disable", default=False):
        return [40]
    raw = os.environ.get("CLEANSE_BENCH_PAGES", "500,4000")
    return [int(x) for x in raw.split(",") if x.strip()]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "pages" in metafunc.fixturenames:
        metafunc.parametrize("pages", _sizes(metafunc.config), indirect=True, scope="session")


class Corpus:
    """A generated corpus on disk."""

    def __init__(self, folder: Path, paths: list[Path]) -> None:
        self.folder = folder
        self.paths = [str(p) for p in paths]
        self.bytes = sum(p.stat().st_size for p in paths)

    def texts(self) -> list[str]:
        return [Path(p).read_text(encoding="utf-8") for p in self.paths]


@pytest.fixture(scope="session")
def pages(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    n = int(request.param)
    folder = tmp_path_factory.mktemp(f"corpus{n}")
    return Corpus(folder, write_corpus(folder, CorpusSpec(pages=n, seed=n)))


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "out.jsonl"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    session = getattr(terminalreporter.config, "_benchmarksession", None)
    benches = [b for b in getattr(session, "benchmarks", []) if b.extra_info.get("bytes")]
    if not benches or terminalreporter.config.getoption("benchmark_disable", default=False):
        return
    floors = {b.extra_info["corpus"]: b.stats.median for b in benches if b.extra_info.get("floor")}
    tr = terminalreporter
    tr.section("throughput (median; ratio = floor time / this time, same corpus, same run)")
    for b in sorted(benches, key=lambda b: (b.extra_info["corpus"], b.name)):
        mbs = b.extra_info["bytes"] / b.stats.median / 1e6
        floor = floors.get(b.extra_info["corpus"])
        ratio = f"{floor / b.stats.median:8.3f}" if floor else "       -"
        tr.write_line(f"{b.name:55s} {mbs:9.1f} MB/s  ratio {ratio}")
