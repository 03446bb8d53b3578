"""The whole default pipeline and the in-page dedup core, against the floor
(read and split the same files) and against running ftfy on every page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ftfy
import pytest

import cleanse
from cleanse import Config
from cleanse.dedup import unique_lines
from cleanse.draft import Draft
from cleanse.stages import STAGES

from .conftest import Corpus


def _info(benchmark: Any, pages: Corpus, floor: bool = False) -> None:
    benchmark.extra_info.update(bytes=pages.bytes, corpus=len(pages.paths), floor=floor)


def _read_split(paths: list[str]) -> int:
    n = 0
    for p in paths:
        with open(p, encoding="utf-8") as f:
            n += len(f.read().split("\n"))
    return n


def test_floor_read_and_split(benchmark: Any, pages: Corpus) -> None:
    _info(benchmark, pages, floor=True)
    assert benchmark(_read_split, pages.paths) > len(pages.paths)


def test_ftfy_fix_text_every_page(benchmark: Any, pages: Corpus) -> None:
    """What running ftfy on every page costs: the baseline the gated repair beats."""
    _info(benchmark, pages)

    def run() -> int:
        n = 0
        for p in pages.paths:
            with open(p, encoding="utf-8") as f:
                n += len(ftfy.fix_text(f.read()))
        return n

    assert benchmark.pedantic(run, rounds=3, iterations=1) > 0


def _clean_to_jsonl(paths: list[str], out: Path, jobs: int) -> int:
    docs = 0
    with out.open("w", encoding="utf-8") as handle:
        for result in cleanse.run_paths(paths, jobs=jobs):
            for doc in result.documents:
                handle.write(doc.model_dump_json())
                handle.write("\n")
                docs += 1
    return docs


@pytest.mark.parametrize("jobs", [1, 2])
def test_pipeline_read_clean_write(benchmark: Any, pages: Corpus, sink: Path, jobs: int) -> None:
    """Reading files, the default pipeline, and writing JSONL: the whole job."""
    _info(benchmark, pages)
    docs = benchmark.pedantic(
        _clean_to_jsonl, args=(pages.paths, sink, jobs), rounds=3, iterations=1
    )
    assert docs >= len(pages.paths)


@pytest.mark.parametrize(
    ("sep", "normalize"),
    [("\n", False), ("\n", True), ("\n\n", False)],
    ids=["lines", "lines-normalized", "blocks"],
)
def test_inpage_dedup(benchmark: Any, pages: Corpus, sep: str, normalize: bool) -> None:
    """First-occurrence selection over each page's lines or blocks (dedup core alone)."""
    _info(benchmark, pages)
    texts = pages.texts()

    def run() -> int:
        return sum(len(unique_lines(t, sep, normalize)) for t in texts)

    assert benchmark(run) > 0


def _drafts_before(stage: str, texts: list[str]) -> list[Draft]:
    """Each page's drafts as they reach ``stage`` (the stages before it run
    here, outside the timing)."""
    names = list(STAGES)
    drafts = [Draft.from_text(t, f"page{n}") for n, t in enumerate(texts)]
    config = Config()
    for name in names[: names.index(stage)]:
        out: list[Draft] = []
        for d in drafts:
            result = STAGES[name](d, config)
            out.extend(result if isinstance(result, list) else [result])
        drafts = [d for d in out if d.rejected is None]
    return drafts


@pytest.mark.parametrize("stage", list(STAGES))
def test_stage_alone(benchmark: Any, pages: Corpus, stage: str) -> None:
    """One stage over every page's drafts as they reach it: where the
    pipeline's time goes (compare with test_floor_read_and_split)."""
    _info(benchmark, pages)
    drafts = _drafts_before(stage, pages.texts())
    config = Config()
    run_stage = STAGES[stage]

    def run() -> int:
        return sum(1 for d in drafts if run_stage(d, config) is not None)

    assert benchmark.pedantic(run, rounds=3, iterations=1) == len(drafts)
