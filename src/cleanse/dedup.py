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

from collections.abc import Callable, Iterable, Sequence

__all__ = [
    "HeaderScan",
    "fold_quotes",
    "line_key",
    "line_keys",
    "replace_all",
    "scan_header",
    "unique_lines",
]

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


def replace_all(text: str, pairs: Iterable[tuple[str, str]]) -> str:
    """``text`` with each ``old`` of ``pairs`` replaced by its ``new``; ASCII
    text and absent characters cost one C-level check each.

    >>> replace_all("a’b", [("’", "'")])
    "a'b"
    """
    if text.isascii():
        return text
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def fold_quotes(text: str) -> str:
    """``text`` with curly quotes (and no-break spaces) replaced by ASCII ones.

    >>> print(fold_quotes("“It’s”"))
    "It's"
    """
    return replace_all(text, _QUOTE_FOLD)


def line_key(line: str) -> str:
    """The normalization key under which copies of a line compare equal.

    >>> line_key("  The  “Title”. ") == line_key('the "title"')
    True
    """
    line = fold_quotes(line)
    if "  " in line or "\t" in line:
        line = " ".join(line.split())
    return line.strip().lower().rstrip(_TRAILING)


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


# Copies of one line differ in length by at most this much (a final period,
# trailing or doubled spaces); lines further apart in length are never keyed
# against each other, which keeps key computation off long body paragraphs.
LENGTH_SLACK = 3


def line_keys(text: str, sep: str = "\n") -> list[str]:
    r""":func:`line_key` of every piece of ``text`` split on ``sep``, computed
    with whole-text operations (one C call each) instead of per-line work.

    >>> line_keys("A  Title.\n\u201cQuote\u201d\n")
    ['a  title', '"quote"', '']
    """
    folded = fold_quotes(text).lower()
    # Per piece only strip (one C call); runs of inner spaces are kept, which
    # can only make fewer pieces match, never more.
    return [piece.strip(" \t").rstrip(_TRAILING) for piece in folded.split(sep)]


def unique_lines(text: str, sep: str = "\n", normalize: bool = False) -> list[int]:
    r"""Indices of the first occurrence of each distinct non-blank line (or
    block, with ``sep="\n\n"``) of ``text``, in order; blank pieces are left
    out.

    With ``normalize``, copies that differ in case, quote style, a final
    period or surrounding spaces count as the same piece.

    The selection is one C-level pass: a dict built from the pieces in
    reverse keeps, for each piece, its smallest index.

    >>> unique_lines("a\nb\na\n\n\nc")
    [0, 1, 5]
    >>> unique_lines("Caption (AP)\ncaption (AP).", normalize=True)
    [0]
    """
    pieces = line_keys(text, sep) if normalize else text.split(sep)
    n = len(pieces)
    first = dict(zip(reversed(pieces), range(n - 1, -1, -1), strict=True))
    first.pop("", None)
    return sorted(first.values())


class _Block:
    """Lines of a header block, found again by exact text or, between lines of
    similar length, by key (keys are computed only when an exact lookup fails
    on a line of a matching length)."""

    __slots__ = ("exact", "key", "keyed", "lengths", "lines", "members", "sizes")

    def __init__(self, lines: Sequence[str], lengths: list[int], key: Callable[[int], str]) -> None:
        self.lines = lines
        self.lengths = lengths
        self.key = key
        self.members: list[int] = []
        self.exact: dict[str, int] = {}
        self.keyed: dict[str, int] | None = None
        self.sizes: set[int] = set()

    def add(self, i: int) -> None:
        self.members.append(i)
        self.exact.setdefault(self.lines[i], i)
        if self.keyed is not None:
            self.keyed.setdefault(self.key(i), i)
        li = self.lengths[i]
        self.sizes.update(range(li - LENGTH_SLACK, li + LENGTH_SLACK + 1))

    def find(self, i: int) -> int | None:
        found = self.exact.get(self.lines[i])
        if found is None and self.lengths[i] in self.sizes:
            if self.keyed is None:
                self.keyed = {}
                for m in self.members:
                    self.keyed.setdefault(self.key(m), m)
            found = self.keyed.get(self.key(i))
        return found


def scan_header(
    lines: Sequence[str],
    transparent: Sequence[bool],
    caption_like: Callable[[int], bool],
    lookahead: int = 8,
    normalize: Callable[[str], str] = line_key,
) -> HeaderScan:
    """Find the repeated title/caption block at the start of ``lines``.

    ``lines`` are the first non-blank lines of an article (stripped);
    ``transparent[i]`` marks UI marker lines, which are skipped; and
    ``caption_like(i)`` says whether line ``i`` has the shape of a caption
    (it ends with a photo credit), asked only when needed.

    The header is the title (line 0), its copies, and the lines printed among
    them (captions), as long as each line is a copy (equal under ``normalize``,
    :func:`line_key` by default) of one before it or has a
    copy within the next ``lookahead`` lines: the first line printed once ends
    the search for title copies, since a header is one contiguous block. After
    the last title copy the header goes on over copies of its lines and over
    repeated caption-shaped lines. Keys are computed lazily
    and only between lines of similar length.

    >>> s = scan_header(["t", "c", "c", "TT", "t", "c", "c", "body"],
    ...                 [False, False, False, True, False, False, False, False],
    ...                 lambda i: False)
    >>> s.end, s.title_copies, s.caption_lines
    (7, [0, 4], [1, 2, 5, 6])
    """
    n = len(lines)
    if n == 0 or transparent[0]:
        return HeaderScan(0, [], [])
    lengths = [len(line) for line in lines]
    memo: dict[int, str] = {}

    def key(i: int) -> str:
        k = memo.get(i)
        if k is None:
            k = memo[i] = normalize(lines[i])
        return k

    def copy_ahead(i: int) -> bool:
        line, li = lines[i], lengths[i]
        seen = 0
        for j in range(i + 1, n):
            if transparent[j]:
                continue
            if lines[j] == line or (abs(lengths[j] - li) <= LENGTH_SLACK and key(j) == key(i)):
                return True
            seen += 1
            if seen == lookahead:
                break
        return False

    # Phase 1: the contiguous block of repeated lines holding the title copies.
    block = _Block(lines, lengths, key)
    block.add(0)
    members = [0]
    title_copies = [0]
    for j in range(1, n):
        if transparent[j]:
            continue
        first = block.find(j)
        if first is None:
            if not copy_ahead(j):
                break
            block.add(j)
        elif first == 0:
            title_copies.append(j)
        members.append(j)
    last = title_copies[-1]
    # Phase 2: after the last title copy, copies of header lines and repeated
    # caption-shaped lines.
    header = _Block(lines, lengths, key)
    kept = [j for j in members if j <= last]
    for j in kept:
        header.add(j)
    end = last + 1
    for j in range(last + 1, n):
        if transparent[j]:
            continue
        if header.find(j) is None:
            if not (copy_ahead(j) and caption_like(j)):
                break
            header.add(j)
        kept.append(j)
        end = j + 1
    captions = [j for j in kept if j not in title_copies]
    return HeaderScan(end, title_copies, captions)
