"""Near-dup index memory at scale: a million short documents on one machine.

Usage: ``python -m benchmarks.million [DOCS]`` (default 1,000,000). Generates
short documents (60 words from a 20,000-word vocabulary, 3% of them near
copies of an earlier one with two words changed), runs them through the
near-duplicate kernels in batches as corpus dedup does, and prints the index
bytes per kept document, the growth of the process's peak RSS and the time.
Takes a minute or two and about 1.5 GB (most of it the generated texts).
"""

from __future__ import annotations

import resource
import sys
import time

import numpy as np

from cleanse import DedupOptions
from cleanse.minhash import LshIndex, MinHasher

__all__ = ["main", "short_texts"]


def short_texts(count: int, seed: int = 0) -> list[str]:
    """``count`` documents of 60 words, 3% of them near copies of an earlier one."""
    rng = np.random.default_rng(seed)
    vocab = np.array([f"w{i}" for i in range(20_000)])
    words = rng.integers(0, len(vocab), size=(count, 60))
    copies = np.flatnonzero(rng.random(count) < 0.03)
    copies = copies[copies > 0]
    sources = (rng.random(len(copies)) * copies).astype(np.int64)
    words[copies] = words[sources]
    words[copies, rng.integers(0, 60, len(copies))] = rng.integers(0, len(vocab), len(copies))
    words[copies, rng.integers(0, 60, len(copies))] = rng.integers(0, len(vocab), len(copies))
    names = vocab.tolist()
    texts = []
    # Row chunks: converting all 60 million words at once would take GBs.
    for at in range(0, count, 10_000):
        texts += [" ".join([names[w] for w in row]) for row in words[at : at + 10_000].tolist()]
    return texts


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 1_000_000
    texts = short_texts(count)
    size = sum(map(len, texts))
    options = DedupOptions()
    hasher = MinHasher(options.num_perm, options.ngram, options.seed)
    index = LshIndex(
        options.num_perm, options.bands, options.rows, options.threshold - options.slack
    )
    rss_before = _peak_rss_mb()
    start = time.perf_counter()
    dropped = 0
    for at in range(0, count, options.batch):
        dup, _ = index.add(hasher.signatures(texts[at : at + options.batch]))
        dropped += int((dup >= 0).sum())
    seconds = time.perf_counter() - start
    print(f"documents: {count:,} ({size / 1e6:.0f} MB of text), near copies dropped: {dropped:,}")
    print(f"time: {seconds:.1f} s ({size / 1e6 / seconds:.0f} MB/s, {count / seconds:,.0f} docs/s)")
    print(
        f"index: {index.nbytes / 1e6:.0f} MB = {index.nbytes / index.kept:.0f} bytes "
        f"per kept document (capacity included)"
    )
    print(
        f"peak RSS: {_peak_rss_mb():.0f} MB for the whole process, generated texts included "
        f"({_peak_rss_mb() - rss_before:.0f} MB above the peak before indexing)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
