"""The dedup core: normalization keys and first-occurrence selection.

This module is the speed-sensitive heart of cleanse and is kept free of I/O,
pydantic and module state so it can be benchmarked alone and reused by any
stage. Every function is pure: lists of strings in, indices or strings out.

Two lines are *copies* when their :func:`line_key` is equal: the key folds the
details that differ between copies a scraper prints of the same caption or
title (runs of white space, letter case, curly vs straight quotes, a final
period or trailing spaces).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

__all__ = [
    "HeaderScan",
    "first_occurrences",
    "fold_quotes",
    "line_key",
    "scan_header",
    "unique",
]

T = TypeVar("T")

# Curly and typographic quotes fold to their ASCII form in keys (never in
# output). Chained ``str.replace`` guarded by ``in`` runs at GB/s here, where
# ``str.translate`` costs ~20 us on a 150-character non-ASCII line.
_QUOTE_FOLD: tuple[tuple[str, str], ...] = (
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201a", "'"),
    ("\u201b", "'"),
    ("\u2032", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u201f", '"'),
    ("\u2033", '"'),
    ("\u00a0", " "),
)
# Trailing characters that differ between copies of the same caption line.
_TRAILING = " \t.\u3002"


def fold_quotes(text: str) -> str:
    """``text`` with curly quotes (and no-break spaces) replaced by ASCII ones.

    >>> print(fold_quotes("“It’s”"))
    "It's"
    """
    if text.isascii():
        return text
    for old, new in _QUOTE_FOLD:
        if old in text:
            text = text.replace(old, new)
    return text


def line_key(line: str) -> str:
    """The normalization key under which copies of a line compare equal.

    >>> line_key("  The  “Title”. ") == line_key('the "title"')
    True
    """
    line = fold_quotes(line)
    if "  " in line or "\t" in line:
        line = " ".join(line.split())
    return line.strip().lower().rstrip(_TRAILING)


def first_occurrences(keys: Sequence[Hashable]) -> list[int]:
    """Indices of the first occurrence of each distinct key, in order.

    >>> first_occurrences(["a", "b", "a", "c", "b"])
    [0, 1, 3]
    """
    seen: set[Hashable] = set()
    seen_add = seen.add
    out: list[int] = []
    out_append = out.append
    for i, k in enumerate(keys):
        if k not in seen:
            seen_add(k)
            out_append(i)
    return out


def unique(items: Iterable[T], key: Callable[[T], Hashable] | None = None) -> list[T]:
    """Items with later copies dropped (copies compared by ``key``), order kept.

    >>> unique(["A.", "b", "a"], key=line_key)
    ['A.', 'b']
    """
    if key is None:
        return list(dict.fromkeys(items))
    seen: set[Hashable] = set()
    seen_add = seen.add
    out: list[T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen_add(k)
            out.append(item)
    return out


class HeaderScan:
    """Where a repeated header block ends and what it holds.

    ``end`` is the number of lines (of the scanned sequence) that belong to
    the header; ``title_copies`` and ``caption_lines`` hold indices into the
    scanned sequence. ``end == 0`` means there is no header.
    """

    __slots__ = ("caption_lines", "end", "title_copies")

    def __init__(self, end: int, title_copies: list[int], caption_lines: list[int]) -> None:
        self.end = end
        self.title_copies = title_copies
        self.caption_lines = caption_lines

    def __repr__(self) -> str:
        return (
            f"HeaderScan(end={self.end}, title_copies={self.title_copies}, "
            f"caption_lines={self.caption_lines})"
        )


def scan_header(
    keys: Sequence[str | None],
    caption_like: Sequence[bool],
    window: int = 24,
) -> HeaderScan:
    """Find the repeated title/caption block at the start of ``keys``.

    ``keys`` holds the :func:`line_key` of each non-blank line, with ``None``
    for lines that are transparent (UI markers such as a font-size toggle).
    ``caption_like[i]`` says whether line ``i`` has the shape of a caption
    (it ends with a photo credit).

    The header is the title (line 0), its copies, and the lines printed
    between the copies (captions); copies count only up to the first line
    printed once in the window, since a header is one contiguous block. After
    the last title copy, the header goes on over lines already seen in it and
    over repeated caption-shaped lines.

    >>> s = scan_header(["t", "c", "c", None, "t", "c", "c", "body"], [False] * 8)
    >>> s.end, s.title_copies, s.caption_lines
    (7, [0, 4], [1, 2, 5, 6])
    """
    n = min(len(keys), window)
    if n == 0 or keys[0] is None:
        return HeaderScan(0, [], [])
    title = keys[0]
    counts: dict[str, int] = {}
    for k in keys[:n]:
        if k is not None:
            counts[k] = counts.get(k, 0) + 1
    # The copies of the title count up to the first line printed only once:
    # a header is a contiguous block, so a copy further down is a coincidence.
    stop = n
    for i in range(1, n):
        k = keys[i]
        if k is not None and k != title and counts[k] < 2:
            stop = i
            break
    title_copies = [i for i in range(stop) if keys[i] == title]
    last = title_copies[-1]
    seen = {k for k in keys[: last + 1] if k is not None}
    end = last + 1
    j = end
    while j < n:
        k = keys[j]
        if k is None:
            j += 1
            continue
        if k in seen or (counts[k] >= 2 and caption_like[j]):
            seen.add(k)
            j += 1
            end = j
            continue
        break
    caption_lines = [i for i in range(1, end) if keys[i] is not None and keys[i] != title]
    return HeaderScan(end, title_copies, caption_lines)
