"""An append-only map from 64-bit keys to integer values, held in numpy arrays.

The corpus dedup indexes (whole documents, paragraphs, LSH band keys) all need
the same thing: look up a batch of keys at once, and remember the first value
stored under each key. A Python ``dict`` costs about 100 bytes an entry; this
index costs 16 (an 8-byte key and an 8-byte value) plus transient merge space.

Keys live in sorted *runs*. A batch of new keys becomes a new run; runs are
merged like the digits of a binary counter (a run is merged into the previous
one while the previous one is not larger), so there are at most about
``log2(n)`` runs, each lookup is a binary search per run, and every key is
re-sorted ``O(log n)`` times over the life of the index. No I/O, no module
state: everything lives in the instance.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["I64", "U32", "U64", "KeyIndex"]

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]


class KeyIndex:
    """Keys to values; for a key stored more than once, lookups return the first value.

    >>> index = KeyIndex()
    >>> index.add(np.array([7, 3], dtype=np.uint64), np.array([0, 1]))
    >>> index.add(np.array([3, 9], dtype=np.uint64), np.array([2, 3]))
    >>> index.lookup(np.array([3, 9, 4], dtype=np.uint64)).tolist()
    [1, 3, -1]
    """

    __slots__ = ("_keys", "_values")

    def __init__(self) -> None:
        self._keys: list[U64] = []
        self._values: list[I64] = []

    def __len__(self) -> int:
        return sum(len(k) for k in self._keys)

    @property
    def nbytes(self) -> int:
        """Bytes held by the index arrays."""
        return sum(k.nbytes + v.nbytes for k, v in zip(self._keys, self._values, strict=True))

    def lookup(self, keys: U64) -> I64:
        """The first value stored under each key, or -1 where a key is absent."""
        out = np.full(len(keys), -1, dtype=np.int64)
        # Older runs hold earlier insertions, so the first hit (oldest run) wins.
        for run_keys, run_values in zip(self._keys, self._values, strict=True):
            pos = np.searchsorted(run_keys, keys)
            np.minimum(pos, len(run_keys) - 1, out=pos)
            hit = (run_keys[pos] == keys) & (out < 0)
            out[hit] = run_values[pos[hit]]
        return out

    def add(self, keys: U64, values: npt.ArrayLike) -> None:
        """Store ``keys`` with their ``values`` (earlier stores of a key win lookups)."""
        if len(keys) == 0:
            return
        vals = np.asarray(values, dtype=np.int64)
        # A stable sort keeps the first of equal keys first within a run.
        order = np.argsort(keys, kind="stable")
        self._keys.append(np.ascontiguousarray(keys[order]))
        self._values.append(vals[order])
        while len(self._keys) >= 2 and len(self._keys[-2]) <= len(self._keys[-1]):
            new_k, new_v = self._keys.pop(), self._values.pop()
            old_k, old_v = self._keys.pop(), self._values.pop()
            merged_k = np.concatenate((old_k, new_k))
            merged_v = np.concatenate((old_v, new_v))
            order = np.argsort(merged_k, kind="stable")
            self._keys.append(merged_k[order])
            self._values.append(merged_v[order])
