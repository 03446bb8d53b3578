"""Sampled pairs and exact Jaccard similarity, to check near-duplicate estimates.

Two samples: *controlled* pairs of random-vocabulary texts whose similarity is
spread over 0.3-1.0 (so recall right at the threshold is tested, which the
generated news corpus, whose near copies all sit above 0.9, cannot do), and
*corpus* pairs: every pair among a sample of generated pages. Exact Jaccard is
computed on the very shingle sets the estimator sees.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from cleanse.minhash import MinHasher, band_keys, estimate_similarity

__all__ = ["Accuracy", "accuracy", "controlled_pairs", "corpus_pairs"]


def controlled_pairs(n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` pairs of 300-word texts; the second of each pair has some words replaced."""
    rng = np.random.default_rng(seed)
    vocab = [f"v{i}" for i in range(5000)]
    pairs = []
    for k in range(n):
        words = [vocab[i] for i in rng.integers(0, len(vocab), 300)]
        other = list(words)
        # Half the pairs change up to 40 words (similarity down to ~0.3), half
        # up to 12 (similarity 0.7-1.0, around the threshold).
        changes = int(rng.integers(0, 40)) if k % 2 else int(rng.integers(0, 12))
        for pos in rng.integers(0, len(words), changes):
            other[pos] = vocab[int(rng.integers(0, len(vocab)))]
        pairs.append((" ".join(words), " ".join(other)))
    return pairs


def corpus_pairs(texts: Sequence[str]) -> list[tuple[str, str]]:
    """Every pair of ``texts``."""
    return list(itertools.combinations(texts, 2))


@dataclass(frozen=True)
class Accuracy:
    """How estimates compare with exact Jaccard similarity over a sample of pairs."""

    pairs: int
    rmse: float
    theory: float
    """RMSE of MinHash with independent permutations: sqrt(mean(J (1 - J)) / num_perm)."""
    rmse_high: float
    """RMSE over pairs with exact similarity >= 0.5 (the ones dedup decides on)."""
    positives: int
    """Pairs with exact similarity >= threshold."""
    recall: float
    false_positive_rate: float
    """Share of pairs with exact similarity < threshold - 0.2 that are reported."""


def accuracy(
    pairs: Sequence[tuple[str, str]],
    hasher: MinHasher,
    bands: int,
    rows: int,
    threshold: float,
    slack: float,
) -> Accuracy:
    """Estimate every pair, compare with exact Jaccard and with what LSH reports."""
    left = hasher.signatures([a for a, _ in pairs])
    right = hasher.signatures([b for _, b in pairs])
    sets: dict[str, set[int]] = {}
    for text in {t for pair in pairs for t in pair}:
        hashes, _ = hasher.shingles([text])
        sets[text] = set(hashes.tolist())
    exact = np.array([len(sets[a] & sets[b]) / len(sets[a] | sets[b]) for a, b in pairs])
    estimate = estimate_similarity(left, right)
    caught = (band_keys(left, bands, rows) == band_keys(right, bands, rows)).any(axis=1)
    caught &= estimate >= threshold - slack
    positive = exact >= threshold
    negative = exact < threshold - 0.2
    high = exact >= 0.5

    def rmse(mask: np.ndarray) -> float:
        return float(np.sqrt(np.mean((estimate[mask] - exact[mask]) ** 2))) if mask.any() else 0.0

    return Accuracy(
        pairs=len(pairs),
        rmse=rmse(np.ones(len(pairs), dtype=bool)),
        theory=float(np.sqrt(np.mean(exact * (1 - exact)) / hasher.num_perm)),
        rmse_high=float(np.sqrt(np.mean((estimate[high] - exact[high]) ** 2)))
        if high.any()
        else 0.0,
        positives=int(positive.sum()),
        recall=float(caught[positive].mean()) if positive.any() else 1.0,
        false_positive_rate=float(caught[negative].mean()) if negative.any() else 0.0,
    )
