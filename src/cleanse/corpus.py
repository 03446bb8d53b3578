"""Corpus dedup: drop documents and paragraphs that repeat earlier ones in a run.

A step over the ordered stream of per-file results (what :func:`cleanse.run`
yields), so it sees every document of a run once, in sorted input order, in
the process that writes the output: the first document wins, and the outcome
does not depend on the number of worker processes. Three dedups, chosen by
name (the names are also the ``stage`` of the rejects and edits they make):

``dedup_exact`` (``exact``)
    A document whose body is the same as an earlier document's is dropped.
``dedup_near`` (``near``)
    A document whose body is a near copy of an earlier *kept* document's
    (estimated Jaccard similarity of word 5-gram shingles at or above
    ``threshold``, MinHash + LSH) is dropped. Runs after ``dedup_exact``.
``dedup_paragraphs`` (``paragraphs``)
    A paragraph of at least ``min_paragraph_chars`` (UTF-8 bytes) that
    already appeared in an earlier kept document is removed from the body (an
    edit records it); a document left with no such paragraph is dropped.

Every dropped document goes to the rejects with ``duplicate_of``, the id of
the document it duplicates. The hot work is in :mod:`cleanse.exact`,
:mod:`cleanse.minhash` and :mod:`cleanse.keyindex`; this module only batches
documents and turns their answers into rejects and edits.

>>> from cleanse import FileResult, clean_text
>>> text = "Title\\n\\nTT\\n\\nTitle\\n\\nThe same story, saved twice."
>>> results = [FileResult(source=s, documents=clean_text(text, s)) for s in ("a.txt", "b.txt")]
>>> [(r.source, [j.duplicate_of for j in r.rejects]) for r in dedup_corpus(results)]
[('a.txt', []), ('b.txt', ['e61655c031118bb8'])]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np

from .errors import UsageError
from .exact import FirstSeen, paragraph_keys, text_keys
from .minhash import LshIndex, MinHasher
from .model import Document, Edit, Reject
from .report import FileResult

__all__ = ["DEDUP_MODES", "CorpusDedup", "DedupMode", "DedupOptions", "dedup_corpus"]

DedupMode = Literal["exact", "near", "paragraphs"]
DEDUP_MODES: tuple[DedupMode, ...] = get_args(DedupMode)


@dataclass(frozen=True, slots=True)
class DedupOptions:
    """What corpus dedup does; frozen and validated.

    The near-duplicate trade-off: a pair of documents is dropped when they
    share one of ``bands`` LSH bands (``num_perm // bands`` slots each) and
    their signatures agree in at least ``threshold - slack`` of the slots.
    With the defaults, a pair at Jaccard similarity 0.8 is caught 99.5% of the
    time, 0.9 always, 0.7 half the time, 0.6 1% of the time and 0.5 never
    (:func:`cleanse.minhash.detection_probability`). Fewer bands or less
    slack drop fewer pairs below the threshold and miss more above it.
    """

    modes: tuple[DedupMode, ...] = ("exact",)
    threshold: float = 0.8
    # 128 slots: the estimate of a Jaccard similarity of 0.8 has a standard
    # error of 0.035, 512 bytes a kept document.
    num_perm: int = 128
    # 20 bands of 6 rows: a pair at the threshold shares a band 99.8% of the
    # time; 16 bands of 8 rows (the other usual choice) only 94.7%.
    bands: int = 20
    # Word 5-grams: one changed word changes five shingles, so a changed
    # sentence in a 300-word article moves its Jaccard similarity by ~0.1.
    ngram: int = 5
    # 0.1 is about three standard errors of the estimate at the threshold:
    # a true pair at the threshold is verified 99.8% of the time.
    slack: float = 0.1
    # Short paragraphs (a heading, "Read more", a sign-off) recur across
    # articles legitimately; removing them mangles the text for no gain.
    min_paragraph_chars: int = 40
    # Documents per batch: large enough that numpy's per-call cost is paid
    # rarely, small enough that buffered results stay a few MB.
    batch: int = 1024
    seed: int = 1

    def __post_init__(self) -> None:
        unknown = [m for m in self.modes if m not in DEDUP_MODES]
        if unknown or not self.modes:
            raise UsageError(
                f"unknown dedup mode(s) {', '.join(map(repr, unknown)) or '(none given)'}; "
                f"choose from {', '.join(DEDUP_MODES)}"
            )
        if not 0.0 < self.threshold <= 1.0:
            raise UsageError(f"threshold must be in (0, 1], not {self.threshold}")
        if not 1 <= self.bands <= self.num_perm:
            raise UsageError(
                f"bands must be between 1 and num_perm ({self.num_perm}), not {self.bands}"
            )
        if self.ngram < 1 or self.batch < 1 or self.slack < 0 or self.min_paragraph_chars < 0:
            raise UsageError("ngram and batch must be at least 1; slack and lengths at least 0")

    @property
    def rows(self) -> int:
        """Slots per LSH band."""
        return self.num_perm // self.bands


@dataclass(slots=True)
class _Item:
    """One document of a batch, with its place in the run."""

    number: int
    doc: Document
    reject: Reject | None = None


class CorpusDedup:
    """The state of corpus dedup over one run: feed it results in order.

    Memory grows with the run: per document its id string and list slots
    (~110 bytes); per distinct body 16 bytes (``exact``); per kept document
    ``4 * num_perm + 16 * bands + 8`` bytes (``near``: 840 with the
    defaults, plus up to 25% spare capacity); per distinct long paragraph
    16 bytes (``paragraphs``).
    """

    def __init__(self, options: DedupOptions | None = None) -> None:
        self.options = options if options is not None else DedupOptions()
        opts = self.options
        self._ids: list[str] = []
        self._bodies = FirstSeen()
        self._paragraphs = FirstSeen()
        self._hasher = MinHasher(num_perm=opts.num_perm, ngram=opts.ngram, seed=opts.seed)
        self._lsh = LshIndex(
            opts.num_perm,
            opts.bands,
            opts.rows,
            max(opts.threshold - opts.slack, 0.0),
            seed=opts.seed,
        )
        self._lsh_numbers: list[int] = []

    def run(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        """Yield ``results`` in order, with duplicates moved to the rejects."""
        pending: list[FileResult] = []
        count = 0
        for result in results:
            pending.append(result)
            count += len(result.documents)
            if count >= self.options.batch:
                yield from self._flush(pending)
                pending, count = [], 0
        if pending:
            yield from self._flush(pending)

    def _flush(self, results: list[FileResult]) -> list[FileResult]:
        start = len(self._ids)
        items = [
            _Item(start + k, doc) for k, doc in enumerate(d for r in results for d in r.documents)
        ]
        self._ids.extend(item.doc.id for item in items)
        modes = self.options.modes
        if "exact" in modes or "near" in modes:
            self._exact(items)
        if "near" in modes:
            self._near([i for i in items if i.reject is None])
        if "paragraphs" in modes:
            self._paragraphs_of([i for i in items if i.reject is None])
        out: list[FileResult] = []
        it = iter(items)
        for result in results:
            mine = [next(it) for _ in result.documents]
            if all(i.reject is None for i in mine):
                if any(i.doc is not d for i, d in zip(mine, result.documents, strict=True)):
                    result = result.model_copy(update={"documents": [i.doc for i in mine]})
                out.append(result)
                continue
            docs = [i.doc for i in mine if i.reject is None]
            rejects = [*result.rejects, *(i.reject for i in mine if i.reject is not None)]
            out.append(result.model_copy(update={"documents": docs, "rejects": rejects}))
        return out

    def _drop(self, item: _Item, stage: str, reason: str, of: int) -> None:
        doc = item.doc
        item.reject = Reject(
            source=doc.source,
            part=doc.part,
            stage=stage,
            reason=reason,
            edits=doc.edits,
            duplicate_of=self._ids[of],
        )

    def _exact(self, items: list[_Item]) -> None:
        keys = text_keys([i.doc.body for i in items])
        first = self._bodies.first(keys, [i.number for i in items])
        for item, of in zip(items, first.tolist(), strict=True):
            if of != item.number:
                self._drop(item, "dedup_exact", f"same body as document {self._ids[of]}", of)

    def _near(self, items: list[_Item]) -> None:
        if not items:
            return
        sigs = self._hasher.signatures([i.doc.body for i in items])
        dup, sim = self._lsh.add(sigs)
        self._lsh_numbers.extend(i.number for i in items)
        numbers = self._lsh_numbers
        for item, pos, s in zip(items, dup.tolist(), sim.tolist(), strict=True):
            if pos >= 0:
                of = numbers[pos]
                reason = f"near copy of document {self._ids[of]} (estimated similarity {s:.2f})"
                self._drop(item, "dedup_near", reason, of)

    def _paragraphs_of(self, items: list[_Item]) -> None:
        if not items:
            return
        bodies = [i.doc.body for i in items]
        keys, owner, length = paragraph_keys(bodies)
        numbers = np.array([i.number for i in items], dtype=np.int64)
        # Paragraph k of the batch is paragraph k - offset[owner] of its body.
        offset = np.searchsorted(owner, np.arange(len(items)))
        shortest = self.options.min_paragraph_chars
        eligible = np.flatnonzero(length >= shortest)
        own = numbers[owner[eligible]]
        first = self._paragraphs.first(keys[eligible], own)
        repeated = np.flatnonzero(first != own)
        if len(repeated) == 0:
            return
        drops: dict[int, dict[int, int]] = {}
        for k, of in zip(eligible[repeated].tolist(), first[repeated].tolist(), strict=True):
            t = int(owner[k])
            drops.setdefault(t, {})[k - int(offset[t])] = of
        for t, gone in drops.items():
            item = items[t]
            paragraphs = bodies[t].split("\n\n")
            edits = [
                Edit(
                    stage="dedup_paragraphs",
                    kind="removed",
                    text=paragraphs[p],
                    reason=f"paragraph already in document {self._ids[of]}",
                )
                for p, of in gone.items()
            ]
            left = [p for k, p in enumerate(paragraphs) if k not in gone]
            item.doc = item.doc.model_copy(
                update={"body": "\n\n".join(left), "edits": [*item.doc.edits, *edits]}
            )
            if all(len(p.encode("utf-8", "surrogatepass")) < shortest for p in left):
                # Nothing of substance is new: a heading or a sign-off alone is no article.
                of = next(iter(gone.values()))
                reason = "every long paragraph is already in earlier documents"
                self._drop(item, "dedup_paragraphs", reason, of)


def dedup_corpus(
    results: Iterable[FileResult], options: DedupOptions | None = None
) -> Iterator[FileResult]:
    """Corpus dedup over one run's results (in input order); see the module docs."""
    return CorpusDedup(options).run(results)
