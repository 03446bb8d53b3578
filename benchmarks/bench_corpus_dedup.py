"""Corpus dedup benchmarks, each next to the baseline a user would pick instead.

The corpora are the shared generated ones (``pages`` in ``conftest.py``:
sizes from ``CLEANSE_BENCH_PAGES``, a tiny one in CI's quick mode), cleaned
once by the default pipeline: corpus dedup reads cleaned bodies. The figures
in ``benchmarks/README.md`` come from::

    CLEANSE_BENCH_PAGES=1000,4000,16000 .venv/bin/python -m pytest \\
        benchmarks/bench_corpus_dedup.py --benchmark-only \\
        --benchmark-timer=time.process_time --benchmark-min-rounds=5 \\
        --benchmark-json=dedup.json
    .venv/bin/python -m benchmarks.dedup_report dedup.json

Text is counted in UTF-8 bytes of the bodies; every benchmark stores that
count in ``extra_info`` so the report can turn times into MB/s and into
ratios within one run (to the encoding floor and to each baseline).
"""

from __future__ import annotations

import hashlib
import re
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import pytest

import cleanse
from cleanse import CorpusDedup, DedupOptions, Document, FileResult
from cleanse.exact import FirstSeen, paragraph_keys, text_keys
from cleanse.minhash import LshIndex, MinHasher

from .conftest import Corpus
from .million import short_texts
from .pairs import accuracy, controlled_pairs, corpus_pairs

BATCH = DedupOptions().batch
OPTIONS = DedupOptions()
WORD = re.compile(r"[^\W_]+")


@pytest.fixture(scope="module")
def results(pages: Corpus) -> list[FileResult]:
    return list(cleanse.run_paths(pages.paths))


class Bodies(list[str]):
    """The cleaned bodies of a corpus, and how many pages it has."""

    pages: int = 0


@pytest.fixture(scope="module")
def bodies(results: list[FileResult]) -> Bodies:
    out = Bodies(d.body for r in results for d in r.documents)
    out.pages = len(results)
    return out


def batches(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def measure(
    benchmark: Any, group: str, bodies: Bodies, fn: Callable[[], object], rounds: int = 0
) -> None:
    """Benchmark ``fn`` over ``bodies``, labelled for the report."""
    benchmark.group = f"{group} ({len(bodies)} docs)"
    # "corpus" and "floor" are what the shared summary expects; its floor is
    # reading the files, so these ratios say what dedup costs next to reading.
    benchmark.extra_info.update(
        bytes=sum(len(b.encode()) for b in bodies),
        docs=len(bodies),
        corpus=bodies.pages,
        floor=False,
    )
    if rounds:
        benchmark.pedantic(fn, rounds=rounds, iterations=1)
    else:
        benchmark(fn)


# ---------------------------------------------------------------------------
# Floor: the least any byte-hashing dedup does.


@pytest.mark.parametrize("group", ["exact documents", "exact paragraphs", "near"])
def test_floor_encode(benchmark: Any, bodies: Bodies, group: str) -> None:
    """Encode every body to UTF-8 and let it go (each group gets the floor for its ratios)."""
    measure(benchmark, group, bodies, lambda: sum(len(b.encode()) for b in bodies))


# ---------------------------------------------------------------------------
# Exact documents


def test_exact_documents(benchmark: Any, bodies: Bodies) -> None:
    def run() -> int:
        seen = FirstSeen()
        dropped, number = 0, 0
        for batch in batches(bodies):
            numbers = np.arange(number, number + len(batch))
            dropped += int((seen.first(text_keys(batch), numbers) != numbers).sum())
            number += len(batch)
        return dropped

    measure(benchmark, "exact documents", bodies, run)
    assert run() == len(bodies) - len(set(bodies))


def test_exact_documents_baseline_md5_dict(benchmark: Any, bodies: Bodies) -> None:
    """What one writes by hand: a dict keyed by each body's MD5."""

    def run() -> int:
        seen: dict[bytes, int] = {}
        for i, body in enumerate(bodies):
            seen.setdefault(hashlib.md5(body.encode()).digest(), i)
        return len(bodies) - len(seen)

    measure(benchmark, "exact documents", bodies, run)


# ---------------------------------------------------------------------------
# Exact paragraphs


def test_exact_paragraphs(benchmark: Any, bodies: Bodies) -> None:
    def run() -> int:
        seen = FirstSeen()
        start = 0
        repeated = 0
        for batch in batches(bodies):
            keys, owner, length = paragraph_keys(batch)
            long = length >= OPTIONS.min_paragraph_chars
            own = owner[long] + start
            repeated += int((seen.first(keys[long], own) != own).sum())
            start += len(batch)
        return repeated

    measure(benchmark, "exact paragraphs", bodies, run)


def test_exact_paragraphs_baseline_dict(benchmark: Any, bodies: Bodies) -> None:
    """What one writes by hand: a dict of paragraph strings (memory: the whole text)."""

    def run() -> int:
        seen: dict[str, int] = {}
        repeated = 0
        for i, body in enumerate(bodies):
            for p in body.split("\n\n"):
                if len(p) >= OPTIONS.min_paragraph_chars:
                    repeated += seen.setdefault(p, i) != i
        return repeated

    measure(benchmark, "exact paragraphs", bodies, run)


# ---------------------------------------------------------------------------
# Near duplicates: MinHash (128 permutations, shingling included) + LSH


def near_run(bodies: Sequence[str]) -> tuple[int, LshIndex]:
    hasher = MinHasher(OPTIONS.num_perm, OPTIONS.ngram, OPTIONS.seed)
    index = LshIndex(
        OPTIONS.num_perm, OPTIONS.bands, OPTIONS.rows, OPTIONS.threshold - OPTIONS.slack
    )
    dropped = 0
    for batch in batches(bodies):
        dup, _ = index.add(hasher.signatures(batch))
        dropped += int((dup >= 0).sum())
    return dropped, index


def test_near_minhash_lsh(benchmark: Any, bodies: Bodies) -> None:
    measure(benchmark, "near", bodies, lambda: near_run(bodies))
    dropped, index = near_run(bodies)
    # Accuracy against exact Jaccard, recorded with the timing for the report.
    hasher = MinHasher(OPTIONS.num_perm, OPTIONS.ngram, OPTIONS.seed)
    args = (hasher, OPTIONS.bands, OPTIONS.rows, OPTIONS.threshold, OPTIONS.slack)
    sample = accuracy(corpus_pairs(bodies[:300]), *args)
    controlled = accuracy(controlled_pairs(1000, seed=3), *args)
    info = benchmark.extra_info
    info["dropped"] = dropped
    info["index_bytes_per_kept_doc"] = index.nbytes / max(index.kept, 1)
    for name, acc in (("corpus", sample), ("controlled", controlled)):
        info[f"{name}_pairs"] = acc.pairs
        info[f"{name}_rmse"] = acc.rmse
        info[f"{name}_rmse_theory"] = acc.theory
        info[f"{name}_rmse_j_ge_0.5"] = acc.rmse_high
        info[f"{name}_positives"] = acc.positives
        info[f"{name}_recall_j_ge_0.8"] = acc.recall
        info[f"{name}_false_positive_rate_j_lt_0.6"] = acc.false_positive_rate
    assert controlled.recall >= 0.95 and sample.recall >= 0.95


def shingle_bytes(text: str, n: int) -> list[bytes]:
    """Word n-grams as one Python bytes object each (datasketch's input), as one writes it."""
    words = WORD.findall(text.lower())
    if len(words) < n:
        return [" ".join(words).encode()] if words else []
    return [" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)]


def test_near_baseline_datasketch(benchmark: Any, bodies: Bodies) -> None:
    """datasketch MinHash (128 permutations, batch update) and MinHashLSH at 0.8."""
    from datasketch import MinHash, MinHashLSH

    def run() -> int:
        lsh = MinHashLSH(threshold=OPTIONS.threshold, num_perm=OPTIONS.num_perm)
        dropped = 0
        for i, body in enumerate(bodies):
            m = MinHash(num_perm=OPTIONS.num_perm)
            m.update_batch(shingle_bytes(body, OPTIONS.ngram))
            if lsh.query(m):
                dropped += 1
            else:
                lsh.insert(str(i), m)
        return dropped

    # Slow: one round is enough for a ratio against a baseline this far behind.
    measure(benchmark, "near", bodies, run, rounds=1)
    benchmark.extra_info["dropped"] = run() if len(bodies) <= 500 else None


# ---------------------------------------------------------------------------
# The adapter, as the CLI runs it, and its memory


def test_corpus_dedup_all_modes(benchmark: Any, results: list[FileResult], bodies: Bodies) -> None:
    """exact + near + paragraphs over FileResults (pydantic documents included)."""
    options = DedupOptions(modes=("exact", "near", "paragraphs"))
    measure(benchmark, "adapter", bodies, lambda: list(CorpusDedup(options).run(results)))


def test_memory_per_document_is_bounded() -> None:
    """Traced memory that near dedup keeps per document stays within the stated bound.

    Measured on 4,000 short documents as the growth over the second half of
    the run, so fixed costs (hash tables sized to a batch) paid in the first
    half do not count.
    """
    results = [
        FileResult(
            source=f"{i:07d}.txt",
            documents=[
                Document(id=f"{i:016x}", source=f"{i:07d}.txt", part=0, title=None, body=text)
            ],
        )
        for i, text in enumerate(short_texts(4000))
    ]
    dedup = CorpusDedup(DedupOptions(modes=("near",)))
    tracemalloc.start()
    try:
        for _ in dedup.run(results[:2000]):
            pass
        before = tracemalloc.get_traced_memory()[0]
        for _ in dedup.run(results[2000:]):
            pass
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # Index: 4 * 128 signature + 16 * 20 band keys + 8 position = 840 bytes a
    # kept document, up to 25% more in spare capacity, the key index's merge
    # space, plus the id string and list slots (~110): 1,500 bytes at most.
    assert (after - before) / 2000 <= 1500
