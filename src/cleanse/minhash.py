"""Near-duplicate kernels: word shingles, MinHash signatures and an LSH index.

Pure numpy over batches of texts; no I/O, no pydantic, no module state (only
constants). Per-shingle Python work caps near-duplicate detection at about
17 MB/s, so every step here works on a whole batch at once:

1. **Words.** The batch is encoded to UTF-8 once. A byte is a word byte when
   it is an ASCII letter or digit or any non-ASCII byte; ASCII letters fold
   to lower case; everything else separates words, so ``"Said,"`` and
   ``"said"`` are the same word. Each word's hash is a polynomial hash of its
   bytes modulo 2**32, computed for all words at once from one prefix sum.
2. **Shingles.** A shingle is ``ngram`` consecutive words of one text (a text
   with fewer words has one shingle of all of them), hashed from its word
   hashes and finished with a 64-bit mixer.
3. **Signatures.** One-permutation MinHash: the high bits of a shingle hash
   pick one of ``num_perm`` slots and the low 32 bits compete for the minimum
   in that slot; empty slots are filled by *optimal densification* (each
   empty slot copies a slot chosen by a hash sequence that depends only on
   the slot, so two texts fill it the same way). Two signatures agree in a
   slot with probability equal to the Jaccard similarity of the shingle
   sets, as with ``num_perm`` independent permutations, at the cost of one
   hash per shingle instead of ``num_perm``.
4. **LSH.** The first ``bands * rows`` slots are cut into bands; each band is
   hashed to one 64-bit key. Texts sharing a band key are candidates; a
   candidate pair counts only when the signatures also agree in at least
   ``min_similarity`` of all slots (estimated Jaccard), which removes most of
   the false candidates banding lets through. :func:`detection_probability`
   gives the resulting curve, the false-positive / false-negative trade-off.

All hashing uses fixed constants and the ``seed``: results are the same in
every process and on every machine (never Python's randomized ``hash()``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .keyindex import I64, U32, U64, KeyIndex

F64 = npt.NDArray[np.float64]

__all__ = [
    "EMPTY",
    "LshIndex",
    "MinHasher",
    "band_keys",
    "detection_probability",
    "estimate_similarity",
]

MASK64 = (1 << 64) - 1
EMPTY = 0xFFFFFFFF
"""Slot value of a signature with no shingle at all (an empty text)."""

# Odd constants: the polynomial base of word hashes (32-bit: half the memory
# traffic of 64-bit over every byte; odd, so invertible modulo 2**32), the
# 64-bit base that combines word hashes into shingle hashes, and the two
# multipliers of the MurmurHash3 64-bit finalizer.
_WORD_BASE = 0x9E3779B5
_WORD_INVERSE = pow(_WORD_BASE, -1, 1 << 32)
_SHINGLE_BASE = 0xC2B2AE3D27D4EB4F
_BAND_BASE = 0x9E3779B97F4A7C15
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)
_S32 = np.uint64(32)
_LOW32 = np.uint64(0xFFFFFFFF)
# Densification gives up on a slot after this many draws (the chance that a
# text with one filled slot out of 128 still misses is below 1e-14) and
# falls back to the smallest filled slot of the text.
_MAX_DRAWS = 4096
# Text per sub-batch when computing signatures: about 256 KB measured fastest
# (the per-byte temporaries stay in cache; much smaller pays per-call overhead).
_BATCH_BYTES = 256 * 1024


def _mix(x: U64) -> U64:
    """MurmurHash3's 64-bit finalizer, in place: every input bit affects every output bit."""
    x ^= x >> _S33
    x *= _MIX1
    x ^= x >> _S33
    x *= _MIX2
    x ^= x >> _S33
    return x


def _powers(base: int, n: int) -> U32:
    """``base**i mod 2**32`` for ``i < n``."""
    out = np.full(n, base, dtype=np.uint32)
    out[0] = 1
    np.cumprod(out, out=out)  # wraps modulo 2**32, as intended
    return out


def _fold_table() -> bytes:
    """``bytes.translate`` table: ASCII letters to lower case, digits and non-ASCII
    bytes kept, every other ASCII byte to 0 (a separator)."""
    table = bytearray(256)
    for b in range(256):
        c = chr(b)
        if b >= 128 or c.isdigit() or c.islower():
            table[b] = b
        elif "A" <= c <= "Z":
            table[b] = ord(c.lower())
    return bytes(table)


_FOLD = _fold_table()


class MinHasher:
    """Shingles and one-permutation MinHash signatures of batches of texts.

    The instance holds only its parameters and power tables that grow with
    the largest batch seen (reused across batches, so large temporaries are
    not page-faulted afresh every batch).

    >>> mh = MinHasher(num_perm=64, ngram=3)
    >>> a, b, c = mh.signatures(["the cat sat on the mat", "The cat sat on the mat!", "x y"])
    >>> float(estimate_similarity(a, b)), float(estimate_similarity(a, c)) < 0.5
    (1.0, True)
    """

    __slots__ = ("_buf", "_draws", "_inv", "_pow", "ngram", "num_perm", "seed")

    def __init__(self, num_perm: int = 128, ngram: int = 5, seed: int = 1) -> None:
        if num_perm < 1 or ngram < 1:
            raise ValueError("num_perm and ngram must be at least 1")
        self.num_perm = num_perm
        self.ngram = ngram
        self.seed = seed
        self._pow: U32 = _powers(_WORD_BASE, 1)
        self._inv: U32 = _powers(_WORD_INVERSE, 1)
        self._buf: U32 = np.empty(1, dtype=np.uint32)
        self._draws: npt.NDArray[np.int32] | None = None

    def _tables(self, n: int) -> tuple[U32, U32, U32]:
        """Powers, inverse powers and a scratch buffer, all at least ``n`` long."""
        if len(self._pow) < n:
            size = max(n, 2 * len(self._pow))
            self._pow = _powers(_WORD_BASE, size)
            # Shifted by one: entry i undoes the power of position i + 1.
            self._inv = _powers(_WORD_INVERSE, size + 1)[1:]
            self._buf = np.empty(size, dtype=np.uint32)
        return self._pow, self._inv, self._buf

    def shingles(self, texts: Sequence[str]) -> tuple[U64, I64]:
        """The shingle hashes of every text, and which text each belongs to.

        Returns ``(hashes, owner)``; ``owner[i]`` is the index in ``texts`` of
        the text that shingle ``i`` comes from. A text may contain the same
        shingle more than once; an empty text has none.
        """
        # Each text is encoded on its own: one non-ASCII text would make a
        # joined str wide and slow to encode. Separators around every text:
        # words never run across texts, and the first byte is never in a word.
        encoded = [t.encode("utf-8", "surrogatepass") for t in texts]
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        joined = b"\n".join([b"", *encoded, b""]).translate(_FOLD)
        folded = np.frombuffer(joined, dtype=np.uint8)
        word = folded != 0
        # Where the word mask switches: even entries are the byte before a
        # word, odd entries the last byte of a word.
        edges = np.flatnonzero(word[1:] != word[:-1])
        before, last = edges[0::2], edges[1::2]
        power, inverse, prefix = self._tables(len(folded))
        prefix = prefix[: len(folded)]
        np.multiply(folded, power[: len(folded)], out=prefix)
        np.cumsum(prefix, out=prefix)
        words32 = prefix[last]
        words32 -= prefix[before]
        words32 *= inverse[before]  # the hash of a word no longer depends on where it is
        words = words32.astype(np.uint64)
        # Texts own consecutive runs of words.
        text_starts = np.cumsum(lengths + 1) - lengths
        first_word = np.searchsorted(before + 1, text_starts)
        counts = np.diff(first_word, append=len(before))
        n = self.ngram
        base = np.uint64(_SHINGLE_BASE)
        # Horner over n consecutive words, for every word with n-1 words after
        # it; the ones that run past the end of their text are not selected.
        m = max(len(words) - n + 1, 0)
        rolled = words[:m].copy()
        for k in range(1, n):
            rolled *= base
            rolled += words[k : k + m]
        per_text = np.maximum(counts - n + 1, 0)
        # Drop the starts in the last n-1 words of each text (a few per text).
        valid = np.ones(m, dtype=bool)
        tail = (first_word + counts)[:, None] - np.arange(1, n)[None, :]
        tail = tail[(tail >= first_word[:, None]) & (tail < m)]
        valid[tail] = False
        hashes = rolled[valid]
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), per_text)
        short = np.flatnonzero((counts > 0) & (counts < n))
        if len(short):
            # A text shorter than n words is one shingle of all its words.
            extra = []
            for t in short.tolist():
                h = 0
                for w in words[first_word[t] : first_word[t] + counts[t]].tolist():
                    h = (h * _SHINGLE_BASE + w) & MASK64
                extra.append(h)
            hashes = np.concatenate((hashes, np.array(extra, dtype=np.uint64)))
            owner = np.concatenate((owner, short.astype(np.int64)))
        hashes ^= np.uint64(self.seed & MASK64)
        return _mix(hashes), owner

    def signatures(self, texts: Sequence[str]) -> U32:
        """One signature (``num_perm`` uint32 slots) per text, as a 2-D array."""
        out = np.empty((len(texts), self.num_perm), dtype=np.uint32)
        start = 0
        while start < len(texts):
            # Sub-batches of about _BATCH_BYTES keep the per-byte temporaries
            # in cache; smaller ones pay more per-call overhead.
            stop, size = start, 0
            while stop < len(texts) and (size < _BATCH_BYTES or stop == start):
                size += len(texts[stop])
                stop += 1
            chunk = texts[start:stop]
            hashes, owner = self.shingles(chunk)
            out[start:stop] = self.signatures_from_shingles(hashes, owner, len(chunk))
            start = stop
        return out

    def signatures_from_shingles(self, hashes: U64, owner: I64, count: int) -> U32:
        """Signatures of ``count`` texts from their shingle hashes (see :meth:`shingles`)."""
        k = self.num_perm
        if k & (k - 1) == 0:
            # A power of two: the top bits, which is what multiply-shift gives.
            bits = k.bit_length() - 1
            slot = hashes >> np.uint64(64 - bits) if bits else np.zeros_like(hashes)
            flat = (owner << bits) | slot.astype(np.int64)
        else:
            # Multiply-shift maps the high 32 bits onto the slots without modulo bias.
            slot = ((hashes >> _S32) * np.uint64(k)) >> _S32
            flat = owner * k + slot.astype(np.int64)
        flat_sig = np.full(count * k, EMPTY, dtype=np.uint32)
        np.minimum.at(flat_sig, flat, (hashes & _LOW32).astype(np.uint32))
        sig = flat_sig.reshape(count, k)
        if self._draws is None:
            self._draws = _draw_table(k, self.seed)
        _densify(sig, self._draws)
        return sig


def _draw_table(k: int, seed: int) -> npt.NDArray[np.int32]:
    """``table[t, c]``: the slot that empty slot ``c`` copies on draw ``t + 1``.

    The draws depend only on the slot and the seed, never on the text, so two
    texts that both lack a slot fill it from the same sequence.
    """
    salt = np.uint64((seed * 0x9E3779B97F4A7C15) & MASK64)
    x = np.arange(1, _MAX_DRAWS + 1, dtype=np.uint64)[:, None] + (
        np.arange(k, dtype=np.uint64)[None, :] << np.uint64(16)
    )
    x ^= salt
    return (((_mix(x) >> _S32) * np.uint64(k)) >> _S32).astype(np.int32)


def _densify(sig: U32, table: npt.NDArray[np.int32]) -> None:
    """Fill empty slots in place by optimal densification (see the module docs).

    Empty slot ``c`` copies the first of the slots ``table[:, c]`` that was
    filled by a shingle. The draws are tried for every pending slot of the
    batch at once, 4, then 16, 64, ... at a time (most slots hit at once; a
    text with few shingles needs many draws), so any batch costs a few array
    operations, not one per draw.
    """
    empty = sig == EMPTY
    partial = ~empty.all(axis=1) & empty.any(axis=1)
    if not partial.any():
        return
    k = sig.shape[1]
    flat_sig = sig.reshape(-1)
    flat_empty = empty.reshape(-1)
    cells = np.flatnonzero(empty & partial[:, None])  # flat index: row * k + slot
    start, step = 0, 4
    while len(cells) and start < _MAX_DRAWS:
        row_base = cells - cells % k
        pick = table[start : start + step, cells % k]  # (draws, cells)
        start, step = start + step, step * 4
        source = row_base[None, :] + pick
        hit = ~flat_empty[source]
        got = hit.any(axis=0)
        first = hit[:, got].argmax(axis=0)
        # Only empty slots are written, so every read sees a shingle's value.
        flat_sig[cells[got]] = flat_sig[source[first, np.flatnonzero(got)]]
        cells = cells[~got]
    if len(cells):
        rows = cells // k
        flat_sig[cells] = np.where(empty, EMPTY, sig).min(axis=1)[rows]


def estimate_similarity(a: U32, b: U32) -> F64:
    """Estimated Jaccard similarity: the share of slots where signatures agree.

    Works on two signatures (a 0-d result) or on two equally shaped stacks of
    them (row by row).
    """
    return np.asarray(np.mean(a == b, axis=-1, dtype=np.float64))


def band_keys(sigs: U32, bands: int, rows: int, seed: int = 1) -> U64:
    """One 64-bit key per band of each signature: shape ``(len(sigs), bands)``.

    The band number is hashed in, so equal slot values in different bands
    never give equal keys.
    """
    if bands * rows > sigs.shape[1]:
        raise ValueError(f"{bands} bands of {rows} rows need {bands * rows} slots")
    cut = sigs[:, : bands * rows].reshape(len(sigs), bands, rows).astype(np.uint64)
    salt = (np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(_SHINGLE_BASE)) ^ np.uint64(
        seed & MASK64
    )
    keys = np.broadcast_to(salt, (len(sigs), bands)).copy()
    base = np.uint64(_BAND_BASE)
    for r in range(rows):
        keys ^= cut[:, :, r]
        keys *= base
    return _mix(keys)


class LshIndex:
    """Finds, for each new signature, the earliest *kept* earlier one it near-duplicates.

    Signatures are added in order, batch by batch; each gets a position
    (0, 1, 2, ... over the life of the index). A signature is a near
    duplicate of an earlier kept one when they share a band key and agree in
    at least ``min_similarity`` of their slots; it then points at the
    earliest such kept signature and is not kept itself, so every document
    in the output is compared against the output only. Memory per kept
    signature: ``4 * num_perm`` bytes of signature, ``16 * bands`` bytes of
    band keys and 8 bytes of position, plus up to 25% spare capacity in the
    signature arrays (see :attr:`nbytes`).

    ``candidates`` bounds how many earlier members of one band bucket within
    a batch a signature is compared with (the first ones, which are the ones
    that win), so a bucket shared by many texts costs linear, not quadratic, work.
    """

    __slots__ = (
        "_count",
        "_kept",
        "_keys",
        "_positions",
        "_sigs",
        "bands",
        "candidates",
        "min_similarity",
        "rows",
        "seed",
    )

    def __init__(
        self,
        num_perm: int,
        bands: int,
        rows: int,
        min_similarity: float,
        *,
        seed: int = 1,
        candidates: int = 4,
    ) -> None:
        if bands < 1 or rows < 1 or bands * rows > num_perm:
            raise ValueError(
                f"bands * rows must be between 1 and num_perm ({num_perm}); "
                f"got {bands} bands of {rows} rows"
            )
        self.bands = bands
        self.rows = rows
        self.min_similarity = min_similarity
        self.seed = seed
        self.candidates = candidates
        self._keys = KeyIndex()
        self._sigs: U32 = np.empty((64, num_perm), dtype=np.uint32)
        self._positions: I64 = np.empty(64, dtype=np.int64)
        self._kept = 0
        self._count = 0

    @property
    def kept(self) -> int:
        """How many signatures were kept (are in the index)."""
        return self._kept

    @property
    def nbytes(self) -> int:
        """Bytes held for the kept signatures (capacity included)."""
        return self._keys.nbytes + self._sigs.nbytes + self._positions.nbytes

    def add(self, sigs: U32) -> tuple[I64, F64]:
        """Add a batch; return, per signature, its duplicate's position (or -1) and similarity.

        The similarity is the estimated Jaccard similarity to that duplicate
        (0.0 where there is none).
        """
        n = len(sigs)
        base = self._count
        keys = band_keys(sigs, self.bands, self.rows, self.seed)
        # Against the kept signatures of earlier batches: the first kept
        # signature under each band key.
        hits = self._keys.lookup(keys.ravel()).reshape(n, self.bands)
        ri, bi = np.nonzero(hits >= 0)
        old_pairs = np.unique(np.stack((ri, hits[ri, bi]), axis=1), axis=0)
        old_sim = estimate_similarity(sigs[old_pairs[:, 0]], self._sigs[old_pairs[:, 1]])
        old_ok = old_pairs[old_sim >= self.min_similarity]
        old_sim = old_sim[old_sim >= self.min_similarity]
        # Within the batch: earlier members of the same band bucket.
        new_pairs = self._batch_pairs(keys)
        new_sim = estimate_similarity(sigs[new_pairs[:, 0]], sigs[new_pairs[:, 1]])
        new_ok = new_pairs[new_sim >= self.min_similarity]
        new_sim = new_sim[new_sim >= self.min_similarity]

        dup = np.full(n, -1, dtype=np.int64)
        sim = np.zeros(n, dtype=np.float64)
        # Earlier batches come first, so a verified old pair always wins;
        # np.unique sorted the pairs, so the first per row has the smallest
        # kept number, i.e. the earliest kept signature.
        rows_old, first = np.unique(old_ok[:, 0], return_index=True)
        dup[rows_old] = self._positions[old_ok[first, 1]]
        sim[rows_old] = old_sim[first]
        kept = dup < 0
        # In-batch pairs (i, j < i), in order of i then j: a pair counts only
        # if j was kept, which depends on the pairs before it.
        for (i, j), s in zip(new_ok.tolist(), new_sim.tolist(), strict=True):
            if kept[i] and kept[j]:
                kept[i] = False
                dup[i] = base + j
                sim[i] = s
        self._store(sigs[kept], keys[kept], base + np.flatnonzero(kept))
        self._count += n
        return dup, sim

    def _batch_pairs(self, keys: U64) -> I64:
        """Pairs ``(i, j)``, ``j < i``, of one batch that share a band key; sorted, unique."""
        bands = keys.shape[1]
        flat = keys.ravel()
        # Band keys are salted with the band number, so one sort groups all
        # bands; a stable sort keeps rows in order within a bucket.
        order = np.argsort(flat, kind="stable")
        ordered = flat[order]
        row = order // bands
        size = len(flat)
        new_bucket = np.empty(size, dtype=bool)
        new_bucket[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new_bucket[1:])
        position = np.arange(size)
        bucket_start = np.maximum.accumulate(np.where(new_bucket, position, 0))
        found = []
        for c in range(self.candidates):
            partner = bucket_start + c
            ok = partner < position
            pairs = np.stack((row[ok], row[partner[ok]]), axis=1)
            found.append(pairs[pairs[:, 0] != pairs[:, 1]])
        return np.unique(np.concatenate(found), axis=0)

    def _store(self, sigs: U32, keys: U64, positions: I64) -> None:
        m = len(sigs)
        need = self._kept + m
        if need > len(self._sigs):
            # Grow by a quarter: at most 25% idle capacity, and each signature
            # is copied about four times over the life of the index.
            size = max(need, len(self._sigs) + len(self._sigs) // 4)
            grown = np.empty((size, self._sigs.shape[1]), dtype=np.uint32)
            grown[: self._kept] = self._sigs[: self._kept]
            self._sigs = grown
            grown_pos = np.empty(size, dtype=np.int64)
            grown_pos[: self._kept] = self._positions[: self._kept]
            self._positions = grown_pos
        self._sigs[self._kept : need] = sigs
        self._positions[self._kept : need] = positions
        numbers = np.repeat(np.arange(self._kept, need, dtype=np.int64), self.bands)
        self._keys.add(keys.ravel(), numbers)
        self._kept = need


def detection_probability(
    similarity: float, num_perm: int, bands: int, rows: int, min_similarity: float
) -> float:
    """Chance that a pair with this Jaccard similarity is reported as a near duplicate.

    Models each slot as agreeing independently with probability
    ``similarity``: the pair is reported when at least one band agrees in
    all its rows and at least ``ceil(min_similarity * num_perm)`` slots agree.
    Exact under that model (a dynamic program over bands), so it states the
    false-negative rate above the threshold and the false-positive rate below.

    >>> round(detection_probability(0.9, 128, 16, 8, 0.7), 3)
    1.0
    >>> round(detection_probability(0.5, 128, 16, 8, 0.7), 3)
    0.0
    """
    need = math.ceil(min_similarity * num_perm - 1e-9)
    p = similarity
    band = [math.comb(rows, m) * p**m * (1 - p) ** (rows - m) for m in range(rows + 1)]
    # state[(agreeing slots so far, some band fully agrees)] = probability
    state: dict[tuple[int, bool], float] = {(0, False): 1.0}
    for _ in range(bands):
        nxt: dict[tuple[int, bool], float] = {}
        for (agree, full), q in state.items():
            for m, pm in enumerate(band):
                key = (agree + m, full or m == rows)
                nxt[key] = nxt.get(key, 0.0) + q * pm
        state = nxt
    rest = num_perm - bands * rows
    tail = [math.comb(rest, m) * p**m * (1 - p) ** (rest - m) for m in range(rest + 1)]
    total = 0.0
    for (agree, full), q in state.items():
        if full:
            total += q * sum(pm for m, pm in enumerate(tail) if agree + m >= need)
    return total
