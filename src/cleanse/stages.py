"""The built-in stages.

A stage is a plain function ``stage(draft, config) -> Draft | list[Draft]``:
pure, picklable, and named by its ``verb_object`` function name, which is also
its registry key in :data:`STAGES`, the ``stage`` of the edits it records,
its label in run reports and its value for ``cleanse clean --skip``. A stage
returns a list only to split one draft into several (merged articles); to
reject a draft it returns a copy with ``rejected`` set.

Stages look only at their draft and the configuration; the pipeline owns
iteration, numbering and bookkeeping.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

import ftfy
import ftfy.bad_codecs

from .config import Config
from .dedup import LENGTH_SLACK, HeaderScan, line_key, replace_all, scan_header
from .detectors import (
    CLAUSE_ENDS,
    FEED_UNDER_KICKER,
    byline_line,
    clock_line,
    continued,
    credit_line,
    credit_only,
    date_line,
    dated_heading_starts,
    drop_repeated_blocks,
    drop_ui_lines,
    extract_metadata,
    feed_boundaries,
    kicker_line,
    markdown_words,
    next_article_starts,
    section_line,
    ui_rule,
    url_line,
)
from .draft import Draft
from .model import Edit, EditKind

__all__ = [
    "STAGES",
    "Stage",
    "collapse_header",
    "drop_markers",
    "drop_repeated_blocks",
    "drop_ui_lines",
    "extract_headings",
    "extract_metadata",
    "fix_encoding",
    "normalize_paragraphs",
    "normalize_quotes",
    "reject_empty",
    "split_articles",
]

Stage = Callable[[Draft, Config], "Draft | list[Draft]"]

# ---------------------------------------------------------------------------
# fix_encoding

# What Windows-1252 reads bytes 0x80-0x9F as, besides the C1 controls that
# sloppy decoding keeps: mojibake is made of these and Latin-1 letters.
_CP1252_SPECIALS: Final = (
    r"\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    r"\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# A UTF-8 lead byte read as Latin-1/cp1252, followed by a continuation byte
# read the same way: the signature of mojibake ("Ã©", "â€™").
_PAIR: Final = rf"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_SPECIALS}]"
# Everything fix_encoding may have to change. Text with none of these (the
# common case) costs one regex scan; only matching lines go through ftfy,
# which is ~100x slower than the scan.
_SUSPECT: Final = re.compile(
    r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u00ad\u2007\u200b-\u200d\u202f\u2060\ufeff"
    rf"\ufffd]|{_PAIR}"
)
_MOJIBAKE: Final = re.compile(_PAIR)


def _undo_cp1252(text: str) -> str | None:
    """The whole text re-read as UTF-8, if all of it is UTF-8 that was decoded
    as Windows-1252 (the usual mojibake), else None.

    One C-speed round trip repairs such a page where ftfy, line by line,
    costs milliseconds; text that is only partly broken fails the round trip
    (a real curly quote or accented letter is not valid UTF-8 alone) and goes
    to ftfy instead.
    """
    try:
        fixed = text.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return None
    return fixed if fixed != text else None


# Runs of characters Windows-1252 has a byte for above ASCII.
_HIGH_RUN: Final = re.compile(rf"[\u0080-\u00ff{_CP1252_SPECIALS}]{{2,}}")


def _undo_run(m: re.Match[str]) -> str:
    run = m.group()
    return _undo_cp1252(run) or run


_SPACES: Final = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u2060": None,  # word joiner
        "\ufeff": None,  # byte-order mark / zero-width no-break space
    }
)
_INVISIBLE: Final = {c: None for c, v in _SPACES.items() if v is None and c > 0xFF}
# The zero-width non-joiner and joiner spell Persian, Urdu and Indic words
# ("واگن‌های") and join emoji: kept between two letters of such scripts,
# dropped next to a Latin letter, a space or the line's end.
_STRAY_JOINER: Final = re.compile(
    r"(?<=[\x00-\u02ff])[\u200c\u200d]|[\u200c\u200d](?=[\x00-\u02ff]|$)|^[\u200c\u200d]"
)
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# ftfy settings: repair mojibake and C1 controls, NFC; leave quotes to
# normalize_quotes (one place decides quote style), and leave full-width
# characters and ligatures alone (changing them alters CJK and typeset text
# that is not broken). HTML entities are left as they are: the gate above does
# not look for them, so unescaping would happen on some pages and not others.
_FTFY: Final = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)


# Bytes that clean text may hold without any repair: printable ASCII, tab
# and newline, UTF-8 continuation bytes, and the lead byte of U+2000-U+2FFF
# (curly quotes, dashes, ellipsis). Anything else (CR, control characters,
# Latin-1 letters that mojibake is made of, other scripts) takes the full path.
_PLAIN_BYTES: Final = bytes([9, 10, *range(0x20, 0x7F), *range(0x80, 0xC0), 0xE2])
# Invisible or odd characters inside the U+2000 block that fix_encoding removes.
_E2_SUSPECTS: Final = tuple(
    c.encode() for c in ("\u2007", "\u200b", "\u200c", "\u200d", "\u202f", "\u2060")
)


def _looks_clean(text: str) -> bool:
    """A cheap, exact test that ``text`` needs no repair (nothing outside
    :data:`_PLAIN_BYTES`, none of the invisible spaces); runs at C speed.
    Text it cannot clear goes through the full checks."""
    data = text.encode("utf-8", "surrogatepass")
    if data.translate(None, _PLAIN_BYTES):
        return False
    return not (b"\xe2" in data and any(c in data for c in _E2_SUSPECTS))


def _fix_line(line: str) -> tuple[str, list[str]]:
    """Repair one line; return it and the names of the fixes that changed it."""
    what: list[str] = []
    # Removing a space or a control character can complete a mojibake
    # sequence ftfy left alone ("Â\xa0Âƒ"), so repeat until nothing changes;
    # each round shortens the line, and three rounds covered every case seen.
    for _ in range(3):
        before = line
        fixed = ftfy.fix_text(line, _FTFY)
        if fixed != line:
            what.append("mojibake" if len(fixed) < len(line) else "encoding")
            line = fixed
        spaced = line.translate(_SPACES)
        if "\u200c" in spaced or "\u200d" in spaced:
            spaced = _STRAY_JOINER.sub("", spaced)
        if spaced != line:
            what.append("invisible or non-breaking space")
            line = spaced
        if _CONTROL.search(line):
            line = _CONTROL.sub("", line)
            what.append("control character")
        if line == before:
            break
    return line, list(dict.fromkeys(what))


def _split_cr(draft: Draft) -> tuple[Draft, Edit]:
    """Turn CRLF and lone CR line ends into plain line breaks.

    One summary edit records how many were changed: a per-line edit for
    every line of a Windows file would bury the edits that matter.
    """
    lines: list[str] = []
    numbers: list[int] = []
    crlf = lone = 0
    for line, number in zip(draft.lines, draft.numbers, strict=True):
        if "\r" not in line:
            lines.append(line)
            numbers.append(number)
            continue
        if line.endswith("\r"):
            line = line[:-1]
            crlf += 1
        pieces = line.split("\r")
        lone += len(pieces) - 1
        lines.extend(pieces)
        numbers.extend([number] * len(pieces))
    parts = []
    if crlf:
        parts.append(f"{crlf} CRLF line end{'s' if crlf != 1 else ''}")
    if lone:
        parts.append(f"{lone} lone CR line break{'s' if lone != 1 else ''}")
    edit = Edit(
        stage="fix_encoding", kind="replaced", reason="converted " + " and ".join(parts) + " to LF"
    )
    return draft.replace(lines=tuple(lines), numbers=tuple(numbers)), edit


def _repair(lines: Sequence[str]) -> list[tuple[str, list[str]]] | None:
    """One pass of repairs over ``lines`` (no CR left in them): each line
    and the names of the fixes that changed it; None when the text needs
    none."""
    text = "\n".join(lines)
    if _looks_clean(text):
        return None
    is_nfc = text.isascii() or unicodedata.is_normalized("NFC", text)
    if is_nfc and _SUSPECT.search(text) is None:
        return None
    if _MOJIBAKE.search(text):
        # Without the invisible characters this stage drops anyway (a BOM
        # has no Windows-1252 byte).
        whole = _undo_cp1252(text.translate(_INVISIBLE))
        if whole is not None:
            repaired = whole.split("\n")
        else:
            # Part of the text is not mojibake: repair each run of
            # Windows-1252 characters that is UTF-8 on its own, wherever it
            # stands, so the result does not hang on the rest of the page
            # (which quotes normalize_quotes straightens, say).
            repaired = [
                _HIGH_RUN.sub(_undo_run, line) if _MOJIBAKE.search(line) else line for line in lines
            ]
        if repaired != lines:
            # One layer undone: the next pass looks at the result afresh, as
            # cleaning that text would (ftfy reads some undone text otherwise).
            return [
                (fixed, ["mojibake"] if fixed != line else [])
                for line, fixed in zip(lines, repaired, strict=True)
            ]
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        if not is_nfc or _SUSPECT.search(line) is not None:
            out.append(_fix_line(line))
        else:
            out.append((line, []))
    return out


def fix_encoding(draft: Draft, config: Config) -> Draft:
    """Repair encoding damage: BOM, CR/CRLF line ends, mojibake, NFC, control
    characters and non-breaking or invisible spaces.

    Lines are split on ``\\n`` when the draft is made; a lone ``\\r`` inside
    a line (old Mac line ends) splits it here, the new lines keeping the input
    line number.
    """
    if _looks_clean(draft.text):
        return draft
    edits: list[Edit] = []
    if "\r" in draft.text:
        draft, cr_edit = _split_cr(draft)
        edits.append(cr_edit)
    # Repeat until nothing changes: a repair can leave text that a second
    # pass would repair (a control character between two halves of a
    # mojibake pair), and cleaning the output again must change nothing.
    lines = list(draft.lines)
    whats: list[list[str]] = [[] for _ in lines]
    for _ in range(_ROUNDS):
        result = _repair(lines)
        if result is None or [fixed for fixed, _ in result] == lines:
            break
        for k, (fixed, what) in enumerate(result):
            if fixed != lines[k]:
                whats[k].extend(w for w in what if w not in whats[k])
                lines[k] = fixed
    for line, fixed, what, number in zip(draft.lines, lines, whats, draft.numbers, strict=True):
        if fixed != line:
            edits.append(
                Edit(
                    stage="fix_encoding",
                    kind="replaced",
                    line=number,
                    text=line,
                    replacement=fixed,
                    reason="fixed " + ", ".join(what) if what else "normalized to NFC",
                )
            )
    if not edits:
        return draft
    return draft.replace(lines=tuple(lines), edits=draft.edits + tuple(edits))


_ROUNDS: Final = 4


# ---------------------------------------------------------------------------
# Header shape helpers shared by split_articles and collapse_header


def _title_like(line: str, config: Config) -> bool:
    """A line that could be a title: not too long, not a full sentence, with
    a letter in it (a share count such as "5347" is none), not a time of day."""
    s = line.strip()
    return (
        0 < len(s) <= config.max_title_chars
        and not s.endswith(CLAUSE_ENDS)
        and any(c.isalpha() for c in s)
        and not (s[0].isdigit() and clock_line(s))  # a live blog's time: "6.05pm"
    )


_PUNCTUATION: Final = str.maketrans("", "", ".,;:!?-–—|/#")


def _loose_key(line: str) -> str:
    """:func:`line_key` without punctuation: copies of a caption that differ
    in a period or a dash before the credit compare equal."""
    return " ".join(line_key(line).translate(_PUNCTUATION).split())


class _Header(NamedTuple):
    """A header scan mapped back to line indices."""

    nonblank: list[int]  # indices of the scanned non-blank lines
    markers: list[int]  # indices of marker lines among them
    caption_like: Callable[[int], bool]  # does scanned line j end with a photo credit
    scan: HeaderScan  # positions are into ``nonblank``


def _scan(lines: Sequence[str], config: Config) -> _Header:
    """Scan the header at the start of ``lines`` (see :func:`scan_header`)."""
    window = config.header_window
    nonblank: list[int] = []
    stripped: list[str] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if s:
            nonblank.append(i)
            stripped.append(s)
            if len(nonblank) == window:
                break
    longest = config.longest_marker
    markers_set = config.marker_set
    transparent = [len(s) <= longest and s.casefold() in markers_set for s in stripped]
    credit = config.credit_regex
    credited: dict[int, bool] = {}

    def caption_like(j: int) -> bool:
        found = credited.get(j)
        if found is None:
            # Credits sit at the end of the line: search only its tail.
            found = credited[j] = credit.search(stripped[j][-120:]) is not None
        return found

    # Copies are found on loose keys: a header prints a caption once with a
    # period before its credit and once without.
    scan = scan_header(stripped, transparent, caption_like, normalize=_loose_key)
    markers = [nonblank[j] for j, t in enumerate(transparent) if t]
    return _Header(nonblank, markers, caption_like, scan)


# ---------------------------------------------------------------------------
# split_articles


def _header_end(
    lines: Sequence[str], start: int, config: Config, signed: bool = False
) -> int | None:
    """If a header block that repeats its title starts at ``lines[start]``,
    the index of its last line; otherwise None. ``signed``: the caller saw
    another sign of a header (a UI line just before it). A date printed
    twice (a feed's "published" and "updated") is no title."""
    if not _title_like(lines[start], config) or date_line(lines[start]):
        return None
    header = _scan(lines[start : start + 4 * config.header_window], config)
    scan = header.scan
    if len(scan.title_copies) < 2:
        return None
    end = header.nonblank[scan.end - 1]
    if (
        signed
        or any(m <= end for m in header.markers)
        or any(header.caption_like(j) for j in scan.caption_lines)
    ):
        return start + end
    blanks = 0
    i = start - 1
    while i >= 0 and not lines[i].strip():
        blanks += 1
        i -= 1
    if i < 0 or blanks >= config.min_blank_lines_before_article:
        return start + end
    return None


def split_articles(draft: Draft, config: Config) -> Draft | list[Draft]:
    """Split a file of merged articles where a new article begins.

    A boundary is a line after a blank line that starts a header: the line
    (a title) printed again within a few lines, with only repeated lines or UI
    markers in between, and one more sign of a header (a UI marker in it, a
    caption with a photo credit, or blank lines before it). A line repeated in
    a body (a chant, a refrain) has none of these and does not split.

    Archive and feed files without repeated headers split where the whole
    file shows a feed layout (see :func:`cleanse.detectors.feed_boundaries`):
    a source URL trailer after each article, or a title with a date line or
    a byline under it at the top of each. Two starts with no sentence between
    them (a teaser of the next story, then its header) are one, the later.
    """
    lines = draft.lines
    starts = _header_starts(lines, config)
    for i, reason in feed_boundaries(lines, config).items():
        starts.setdefault(i, reason)
    for i, reason in next_article_starts(lines, config).items():
        starts.setdefault(i, reason)
    if not starts:  # a layout the others did not find: dates over titles
        starts = dated_heading_starts(lines, config)
    if not starts:
        return draft
    for i in [i for i in starts if lines[i].startswith("#")]:
        # A subtitle under its headline ("# [Title](...)" / "### Dek"): the
        # article starts at the headline.
        above = _heading_above(lines, i)
        if above is not None and above not in starts:
            starts[above] = starts.pop(i)
    bounds = [0]
    for i in sorted(starts):
        # Two signs of one header (a teaser of the next story under "Next
        # article", then its header): no sentence between them, one start,
        # at the later one (the header's).
        if len(bounds) > 1 and not any(_sentence_end(line) for line in lines[bounds[-1] : i]):
            bounds.pop()
        bounds.append(i)
    bounds.append(len(lines))
    parts: list[Draft] = []
    for k in range(len(bounds) - 1):
        lo, hi = bounds[k], bounds[k + 1]
        numbers = draft.numbers[lo:hi]
        nums = set(numbers)
        # Whole-document edits (line None) go with the first article kept.
        edits = [e for e in draft.edits if e.line in nums or (e.line is None and not parts)]
        if k > 0:
            edits.append(
                Edit(
                    stage="split_articles",
                    kind="split",
                    line=numbers[0],
                    text=lines[lo],
                    reason=starts[lo],
                )
            )
        part_lines = lines[lo:hi]
        if k == 0 and not any(line.strip() for line in part_lines):
            continue  # nothing before the first header
        parts.append(
            draft.replace(lines=part_lines, numbers=numbers, part=len(parts), edits=tuple(edits))
        )
    return parts


def _heading_level(line: str) -> int:
    """The level of a Markdown heading ("## Title": 2), 0 for another line."""
    level = len(line) - len(line.lstrip("#"))
    return level if 0 < level <= _HEADING_LEVELS and line[level : level + 1] == " " else 0


_HEADING_LEVELS: Final = 6


def _heading_above(lines: Sequence[str], i: int) -> int | None:
    """The Markdown heading of a higher rank right above the heading at line
    ``i`` (blank lines between them only), or None."""
    level = _heading_level(lines[i])
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if level == 0 or j < 0:
        return None
    above = _heading_level(lines[j])
    return j if 0 < above < level else None


def _sentence_end(line: str) -> bool:
    """A line of words that ends like a sentence: an article's text (in
    Chinese or Japanese, a line of some length with their full stop)."""
    s = line.strip()
    if s.endswith(_CJK_ENDS):
        return len(s) >= _CJK_SENTENCE
    return " " in s and s.endswith(_ENDS_SENTENCE)


_CJK_ENDS: Final = ("。", "！", "？", "」", "』")
_CJK_SENTENCE: Final = 12  # characters


def _captioned(lines: Sequence[str], i: int, config: Config) -> bool:
    """Whether the line after ``lines[i]`` is a bare photo credit: then line
    ``i`` is a caption (a caption block repeated in a body), not a title."""
    return i + 1 < len(lines) and credit_only(lines[i + 1], config)


def _ui_lead(lines: Sequence[str], i: int, config: Config) -> int | None:
    """Where a header glued to the text before it starts: ``lines[i]`` (a
    title) comes right after a UI line ("Next article", "Comments"), with at
    most a section name or a short label between them. None otherwise."""
    start = i
    for j in (i - 1, i - 2):
        if j < 0 or not lines[j].strip():
            return None
        s = lines[j].strip()
        if s.casefold() in config.marker_set or ui_rule(s) is not None:
            return start
        if j == i - 1 and (section_line(s, config) or kicker_line(s)):
            start = j
            continue
        return None
    return None


def _paragraph(line: str) -> bool:
    """A body paragraph: a sentence of some length."""
    s = line.strip()
    return len(s) > 40 and s.endswith((".", "!", "?", '"', "'", "”", "’"))


def _wrapped_on(draft: Draft, i: int, width: int | bool | None = True) -> bool:
    """Whether line ``i`` is the first of a hard-wrapped paragraph: the
    next input line goes on its sentence (see :func:`_runs_on`; ``width``:
    the draft's :func:`_wrap_width`, computed here when ``True``)."""
    lines, numbers = draft.lines, draft.numbers
    if i + 1 >= len(lines) or numbers[i + 1] != numbers[i] + 1 or not lines[i + 1].strip():
        return False
    line = lines[i].rstrip()
    if line.endswith(_ENDS_SENTENCE):
        return False
    next_line = lines[i + 1].strip()
    if next_line[:1].islower():
        return True
    if width is True:
        width = _wrap_width(lines, numbers)
    return _runs_on(line, next_line, width or None)


def _byline_or_date_after(lines: Sequence[str], end: int) -> bool:
    """Whether one of the two non-blank lines after ``end`` is a byline or a date."""
    after = [j for j in range(end + 1, min(end + 6, len(lines))) if lines[j].strip()][:2]
    return any(byline_line(lines[j]) or date_line(lines[j]) for j in after)


def _caption_after(lines: Sequence[str], i: int, config: Config) -> bool:
    """Whether the next non-blank line after ``lines[i]`` looks like a caption:
    a photo credit at its end, or an image placeholder (``N/A``)."""
    j = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip()), None)
    if j is None:
        return False
    line = lines[j]
    return (
        config.credit_regex.search(line[-120:]) is not None
        or ui_rule(line) == "placeholder_caption"
    )


def _captioned_header_end(lines: Sequence[str], i: int, config: Config) -> int | None:
    """The end of a header that prints its title once and a caption twice or
    more after it: a credited caption (``Title / Caption (AFP) / Caption
    (AFP).``) or an image's placeholder caption (``Title / N/A / N/A``)."""
    if not _title_like(lines[i], config):
        return None
    header = _scan(lines[i : i + 2 * config.header_window], config)
    scan, nonblank = header.scan, header.nonblank
    if len(scan.title_copies) != 1:
        return None
    captions = [j for j in scan.caption_lines if header.caption_like(j)]
    if len(captions) >= 2 and 1 in scan.caption_lines:
        return i + nonblank[scan.end - 1]
    # A placeholder has no credit: its copies must follow it at once.
    if len(nonblank) < 3 or ui_rule(lines[i + nonblank[1]]) != "placeholder_caption":
        return None
    key = line_key(lines[i + nonblank[1]])
    end = 1
    while end + 1 < len(nonblank) and line_key(lines[i + nonblank[end + 1]]) == key:
        end += 1
    return i + nonblank[end] if end > 1 else None


def _header_starts(lines: Sequence[str], config: Config) -> dict[int, str]:
    """Lines that start a header block, after the first: a title printed again
    (after blank lines or a UI line), or a title and its caption printed twice
    after blank lines."""
    # Cheap gate: a header prints a line at least twice (exact copies;
    # collapse_header still matches copies that differ in details).
    counts = Counter(lines)
    repeated = [i for i, line in enumerate(lines) if counts[line] > 1 and line.strip()]
    gap = config.min_blank_lines_before_article
    after_gap: set[int] = set()
    blanks = 0
    for i, line in enumerate(lines):
        if line.strip():
            if blanks >= gap:
                after_gap.add(i)
            blanks = 0
        else:
            blanks += 1
    if len(repeated) < 2 and not after_gap:
        return {}
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return {}
    starts: dict[int, str] = {}
    # No boundary inside a header: skip past the first one, and each found.
    skip_until = (_header_end(lines, first, config) or first) + 1
    paragraphs: list[int] | None = None

    def weak(i: int) -> bool:
        """The weaker signs need an article before this one (body text since
        the last header) and a title that is no UI line itself."""
        nonlocal paragraphs
        if lines[i].count(" ") < 2 or ui_rule(lines[i]) is not None:
            return False
        if paragraphs is None:
            paragraphs = [j for j, line in enumerate(lines) if _paragraph(line)]
        return bisect_left(paragraphs, skip_until) < bisect_left(paragraphs, i)

    for i in sorted(set(repeated) | after_gap):
        if i < skip_until or _captioned(lines, i, config):
            continue
        start, end, printed_again = i, None, counts[lines[i]] > 1
        if not lines[i - 1].strip():
            reason = "new article: a header block repeats this title"
            if printed_again:
                end = _header_end(lines, i, config)
            if end is None and i in after_gap and _caption_after(lines, i, config) and weak(i):
                end = _captioned_header_end(lines, i, config)
                reason = "new article: a title and its caption printed twice, after blank lines"
        elif printed_again and weak(i) and (lead := _ui_lead(lines, i, config)) is not None:
            end = _header_end(lines, i, config, signed=True)
            start, reason = lead, "new article: a header block repeats this title, after a UI line"
            # A pull quote printed twice after an ad looks the same: a header
            # also has a section above the title or a byline or date under it.
            if end is not None and lead == i and not _byline_or_date_after(lines, end):
                end = None
        if end is not None:
            starts[start] = reason
            skip_until = end + 1
    return starts


# ---------------------------------------------------------------------------
# drop_markers


def drop_markers(draft: Draft, config: Config) -> Draft:
    """Drop lines that are UI furniture (``TT``, ``Advertisement``, ``Share``...).

    Only whole lines match (stripped, case-insensitive): ``TT`` inside a
    sentence stays, and so does a marker word that runs on into the next
    line (``Email`` / ``us your questions``).
    """
    markers = config.marker_set
    longest = config.longest_marker + 4  # room for stray spaces around a marker
    lines = draft.lines
    found = {
        i: "UI marker"
        for i, line in enumerate(lines)
        if line
        and len(line) <= longest
        and line.strip().casefold() in markers
        and not continued(lines, draft.numbers, i)
    }
    return draft.drop_lines(found, "drop_markers")


# ---------------------------------------------------------------------------
# collapse_header


def _clean(line: str) -> str:
    return " ".join(line.split())


_LONGEST_SITE_NAME: Final = 60
# "Title - The Herald", "Title | Site", "LIVE · Title": a page's <title>.
_TITLE_SEPARATORS: Final = re.compile(r"\s+[-|–—·•:]\s+")


def _title_with_site_name(line: str, title_loose: str) -> bool:
    """Whether ``line`` is the title with a short name after it ("Title - The
    Herald") or a short label before it ("LIVE · Title")."""
    parts = _TITLE_SEPARATORS.split(line.strip())
    if len(parts) < 2:
        return False
    head, name = " ".join(parts[:-1]), parts[-1].strip()
    if _loose_key(head) == title_loose:
        return len(name.split()) <= 6 and not name.endswith((".", "!", "?"))
    label, rest = parts[0], " ".join(parts[1:])
    return len(label.split()) <= 3 and _loose_key(rest) == title_loose


_TITLE_SEARCH: Final = 6  # non-blank lines at the top where a title printed twice may start
_KICKER_WORDS: Final = 3  # words of a kicker before a colon in the page's title
_PAGE_TITLE_WINDOW: Final = 8  # non-blank lines below a title searched for its copy


def _below_page_lines(line: str, before: Sequence[str]) -> bool:
    """Whether ``line`` can be a title below lines of the page's own: it has
    three words or more, is no byline, date or list item, and every line
    above it is shorter and looks like a menu, a breadcrumb or a label (a
    separator in it, capitals, or UI). A short title above a deck printed
    twice is the title, not a label."""
    words = line.count(" ") + 1
    if words < 3 or line.endswith(("!", "?")) or line.startswith(("- ", "* ", "• ")):
        return False
    if byline_line(line) or date_line(line):
        return False
    return all(
        b.count(" ") + 1 < words
        and (any(c in b for c in "›»|/·•>") or b.isupper() or ui_rule(b) is not None)
        for b in (x.strip() for x in before)
    )


def _title_start(
    lines: Sequence[str], nonblank: Sequence[int], config: Config
) -> tuple[int | None, int] | None:
    """Where a header that does not start on the first line starts: a title
    printed again a few lines below, after lines of the page's own (a skip
    link, a ticker, a breadcrumb); or the page's title (``Title | Site``)
    with the title itself printed below it. Returns (the page's title line
    or None, the title line), or None."""
    for k in range(min(_TITLE_SEARCH, len(nonblank))):
        line = lines[nonblank[k]].strip()
        if _paragraph(line):
            return None  # the body has begun: a line printed again now is a refrain
        if not _title_like(line, config) or ui_rule(line) is not None:
            continue
        if config.credit_regex.search(line[-120:]) is not None:
            continue  # a caption printed twice above the title
        below = nonblank[k + 1 : k + 1 + _PAGE_TITLE_WINDOW]
        parts = _TITLE_SEPARATORS.split(line)
        if len(parts) >= 2:
            # The title is the first part, or all but the site's name
            # (titles hold separators too: "Bridge closed: what now").
            wanted = {_loose_key(parts[0]), _loose_key(" ".join(parts[:-1]))} - {""}
            # A kicker before the title in the page's title only: "Handball: Title".
            kicker, colon, rest = parts[0].partition(": ")
            if colon and kicker.count(" ") < _KICKER_WORDS and rest.count(" ") >= 2:
                wanted.add(_loose_key(rest))
            for i in below:
                if len(lines[i].strip()) < len(line) and _loose_key(lines[i]) in wanted:
                    return nonblank[k], i
            # Farther down, below the page's menus, still above the text.
            for i in _above_the_text(lines, nonblank[k] + 1):
                if len(lines[i].strip()) < len(line) and _loose_key(lines[i]) in wanted:
                    return nonblank[k], i
        if k > 0 and _below_page_lines(line, [lines[i] for i in nonblank[:k]]):
            key = _loose_key(line)
            for i in below:
                if _paragraph(lines[i]):
                    break  # the copy must be in the header too
                if _loose_key(lines[i]) == key:
                    return None, nonblank[k]
    return None


_FAR_TITLE_LINES: Final = 40  # non-blank lines at the top searched for a title printed twice
_FAR_TITLE_WORDS: Final = 4


def _above_the_text(lines: Sequence[str], start: int) -> list[int]:
    """The non-blank lines from ``start`` on (40 at most) down to where the
    text starts: two paragraphs in a row."""
    top: list[int] = []
    for i in range(start, len(lines)):
        if not lines[i].strip():
            continue
        if top and _paragraph(lines[i]) and _paragraph(lines[top[-1]]):
            top.pop()
            break
        top.append(i)
        if len(top) == _FAR_TITLE_LINES:
            break
    return top


def _title_printed_far(lines: Sequence[str], config: Config) -> int | None:
    """Where the title is when the page's first line is none: a headline
    printed twice above the text, once at the top (the page's title) and
    once over the article, with menus, share dialogs or a byline between
    them. The first line of four words or more, not a sentence, UI, a
    date, a byline or a caption, printed again before the text starts (two
    paragraphs in a row)."""
    top = _above_the_text(lines, 0)
    keys = [_loose_key(lines[i]) for i in top]
    # The title stands above the text's first paragraph (a paragraph printed
    # twice there is the page's: "To save this article, ..."), or among the
    # page's lines below a tagline; not inside text, over a paragraph or
    # after a line that introduces a quote (a chant printed twice).
    first_text = next(
        (k for k, i in enumerate(top) if _paragraph(lines[i]) and keys.count(keys[k]) == 1),
        len(top),
    )

    def outside_text(k: int) -> bool:
        if k < first_text:
            return True
        after = lines[top[k + 1]] if k + 1 < len(top) else ""
        return not _paragraph(after) and not lines[top[k - 1]].rstrip().endswith(":")

    for k, i in enumerate(top):
        line = lines[i].strip()
        if line.count(" ") + 1 < _FAR_TITLE_WORDS or not _title_like(line, config):
            continue
        if not outside_text(k):
            continue
        if keys[k] not in keys[k + 1 :]:
            continue
        if ui_rule(line) is not None or byline_line(line) or date_line(line):
            continue
        if config.credit_regex.search(line[-120:]) is None:
            return i
    return None


_PAGE_TOP_RULES: Final = frozenset(
    {
        "navigation",
        "cookie_notice",
        "link_list",
        "language_switcher",
        "subscribe_prompt",
        "page_furniture",
        "page_above_the_article",
        "site_name",
        "site_tagline",
        "weather_widget",
        "app_prompt",
        "follow_links",
        "headline_list",
        "newsletter_greeting",
    }
)
"""What drop_ui_lines takes out of a page above its article: menus, consent
banners, the site's name, sign-in rows. (Share rows, players, ads and
teasers also sit between a title and its text.)"""
_BREADCRUMB_SIGN: Final = re.compile(r"[›»>|]| / ")
_TITLE_BELOW_PAGE: Final = 80  # non-blank lines at the top searched for it
_MIN_PAGE_LINES: Final = 2  # lines of the page's own taken out above it
_PAGE_LINE_WORDS: Final = 5  # a first line of more words and no site name is the title


def _ui_rule_of(reason: str) -> str:
    """The rule's name in a drop_ui_lines reason ("UI debris (navigation)")."""
    return reason.removeprefix("UI debris (").removesuffix(")")


def _page_top(draft: Draft) -> set[int]:
    """The line numbers of the page's own lines drop_ui_lines took out (see
    :data:`_PAGE_TOP_RULES`)."""
    return {
        e.line
        for e in draft.edits
        if e.line is not None
        and e.stage == "drop_ui_lines"
        and _ui_rule_of(e.reason) in _PAGE_TOP_RULES
    }


def _title_below_the_page(
    draft: Draft, nonblank: Sequence[int], config: Config, page_top: set[int], signed: set[int]
) -> tuple[int, list[int]] | None:
    """Where the title is when the page's lines (menus, a consent banner)
    were taken out between the first line and it: the first line is the
    page's (a skip link, a banner's heading, the page's title with the
    site's name; a first line of more than five words and no separator is
    the title), not the title. The title is
    the first line of three words or more below two such lines or more
    that is title-shaped, longer than the first line, and stands over the
    article's byline, date or first paragraph. None when a byline, a date or a paragraph comes first
    (the first line is then the title over them). Returns the title's
    index and the lines above the last of the page's lines taken out that
    are no paragraph, and rules above the title: the page's too (a skip
    link, the site's name, a newsletter's "* * *" under its masthead).
    ``page_top``, ``signed``: see :func:`_page_top` and :func:`_signed`."""
    if len(page_top) < _MIN_PAGE_LINES:
        return None
    numbers, lines = draft.numbers, draft.lines
    taken = 0
    width: int | bool | None = True  # the draft's wrap width, computed once when needed
    top = []
    for i in nonblank[:_TITLE_BELOW_PAGE]:
        if _paragraph(lines[i]):
            break
        top.append(i)
    if not top:
        return None
    first = lines[top[0]].strip()
    if first.count(" ") >= _PAGE_LINE_WORDS and not _TITLE_SEPARATORS.search(first):
        return None  # a headline at the top, above the menus: the title
    for k in range(1, len(top)):
        gap = range(numbers[top[k - 1]] + 1, numbers[top[k]])
        if any(n in signed for n in gap):
            return None
        taken += sum(n in page_top for n in gap)
        line = lines[top[k]].strip()
        if _paragraph(line) or byline_line(line) or date_line(line):
            return None
        if taken < _MIN_PAGE_LINES or line.count(" ") < 2 or not _title_like(line, config):
            continue  # a section's name, a kicker
        if len(line) <= len(first):
            continue  # the first line is the title, this a kicker under the menus
        if line.startswith(("* ", "- ", "• ", "[", "!")) or _BREADCRUMB_SIGN.search(line):
            continue  # a list, a link, a breadcrumb
        if ui_rule(line) is not None or config.credit_regex.search(line[-120:]) is not None:
            continue
        if width is True:
            width = _wrap_width(lines, numbers)
        if _wrapped_on(draft, top[k], width) and _sentence_end(lines[top[k] + 1]):
            continue  # a hard-wrapped paragraph's first line
        if top[k] > 0 and _wrapped_on(draft, top[k] - 1, width):
            continue  # the rest of a line wrapped above it
        # The first such line is the title if a byline, a date or the text
        # follows it (a dek between them).
        if not _over_the_text(draft, nonblank, k, signed):
            continue
        last = max(n for n in page_top if n < numbers[top[k]])
        above = [
            i
            for i in top[:k]
            if (numbers[i] < last and not _sentence_end(lines[i]))
            or not any(c.isalnum() for c in lines[i])  # a rule under the page ("* * *")
        ]
        return top[k], above
    return None


def _markdown_headline(lines: Sequence[str], nonblank: Sequence[int], config: Config) -> int | None:
    """The page's one "# " heading among its first lines, above its text, of
    three words or more, when the first line is no heading: a Markdown
    rendering's headline under the page's own lines. None when there are
    none or several (a digest's items), or the text starts above it."""
    found = None
    for i in nonblank[1:_TITLE_SEARCH_LINES]:
        line = lines[i]
        if line[:2] == "# ":
            if found is not None:
                return None
            found = i
        elif found is None and _paragraph(line):
            return None  # the text has begun
    first = lines[nonblank[0]].strip()
    if found is None or first[:1] == "#":
        return None
    if (
        ui_rule(first) is None
        and "[" not in first
        and ". " not in first  # a prompt's two sentences: "Leia o Correio ... Descarregue a app"
        and first.count(" ") >= _HEADLINE_WORDS - 1
        and _title_like(first, config)
    ):
        return None  # a headline of its own on the first line, the "# " a section's heading
    for i in nonblank[nonblank.index(found) + 1 : _TITLE_SEARCH_LINES]:
        if _paragraph(lines[i]):
            break
        if lines[i][:3] in ("## ", "###"):
            return None  # the page's heading over its items' headlines (a list, a digest)
    return found if lines[found][2:].strip().count(" ") >= 2 else None


_TITLE_SEARCH_LINES: Final = 40  # non-blank lines searched for a Markdown headline
_HEADLINE_WORDS: Final = 4  # words of a first line that is a headline of its own


def _signed(draft: Draft) -> set[int]:
    """The line numbers of the bylines and dates extract_metadata took out."""
    return {
        e.line
        for e in draft.edits
        if e.line is not None
        and e.stage == "extract_metadata"
        and e.kind == "extracted"
        and "section" not in e.reason
    }


def _over_the_text(draft: Draft, nonblank: Sequence[int], k: int, signed: set[int]) -> bool:
    """Whether the non-blank line ``k`` stands over an article: a byline or
    a date (kept or taken out) under it or under the line after it (a dek),
    or a paragraph right under it."""
    numbers, lines = draft.numbers, draft.lines
    for m in (k + 1, k + 2):
        if m >= len(nonblank):
            return False
        after = lines[nonblank[m]]
        below = range(numbers[nonblank[m - 1]] + 1, numbers[nonblank[m]])
        if any(n in signed for n in below) or byline_line(after) or date_line(after):
            return True
        if credit_line(after, strict=True):
            return True  # "_Oleh Rina Kusuma | Senin, 8 Juli 2024_"
        if _paragraph(after) and m == k + 1:
            return True
    return False


_LABEL_WORDS: Final = 2  # words of a section's name over the title
_TITLE_UNDER_LABEL_WORDS: Final = 4


def _title_under_a_label(
    draft: Draft, nonblank: Sequence[int], config: Config, signed: set[int]
) -> bool:
    """Whether the first line is a section's name over the title ("Heritage",
    a link to the section, the page's address): a line of one word, or a
    link of two words at most, over a title-shaped line of four words or more that stands over the
    article (see :func:`_over_the_text`)."""
    if len(nonblank) < 3:
        return False
    lines = draft.lines
    label, title = lines[nonblank[0]].strip(), lines[nonblank[1]].strip()
    words = markdown_words(label).strip() if label.startswith("[") else label
    # One word, or a link's two: a headline of two words ("Paradise Lost")
    # stands over its dek as a section's name over a title.
    if words.count(" ") >= (_LABEL_WORDS if words != label else 1):
        return False
    if label.endswith(CLAUSE_ENDS) or ": " in label:
        return False  # a sentence, a field ("type: article")
    if url_line(label) is None and any(c.isdigit() for c in words):
        return False  # a time ("6.05pm"), a count
    if date_line(label) or byline_line(label):
        return False
    if title.count(" ") + 1 < _TITLE_UNDER_LABEL_WORDS or not _title_like(title, config):
        return False
    if title[0].islower():
        return False  # a headline wrapped after its first word: "Oppenheimer" / "sweeps ..."
    if title.endswith(("…", "...", "[…]", "[...]")):
        return False  # a summary cut short under a short title
    if byline_line(title) or date_line(title) or ui_rule(title) is not None:
        return False
    if config.credit_regex.search(title[-120:]) is not None:
        return False
    return _over_the_text(draft, nonblank, 1, signed)


_PAGE_SENTENCE_WORDS: Final = 8


def _page_sentence(line: str) -> bool:
    """A sentence of eight words or more that ends with a stop: no title (a
    shorter headline may end with a period)."""
    s = line.strip()
    return s.endswith((".", "!")) and s.count(" ") + 1 >= _PAGE_SENTENCE_WORDS


_LONG_LINE: Final = 120  # characters: a paragraph, with its stop or not
_BYLINE_ABOVE_TEXT: Final = 6  # non-blank lines above the text where its byline stands
_TITLE_ABOVE_BYLINE: Final = 4  # non-blank lines above the byline where the title stands


def _title_over_the_byline(
    draft: Draft, config: Config, page_top: set[int], signed: set[int]
) -> int | None:
    """The headline of a whole page's article: above the article's text (two
    paragraphs in a row), its byline or date (kept or taken out); above that,
    past a dek and a caption, the first title-shaped line of three words or
    more. None when there is no such header."""
    lines, numbers = draft.lines, draft.numbers
    nb = [i for i, line in enumerate(lines) if line.strip()]

    def text(k: int) -> bool:
        """A paragraph, or a long line of one a tool wrapped (the next line
        goes on in lower case)."""
        i = nb[k]
        if _paragraph(lines[i]):
            return True
        return (
            len(lines[i].strip()) >= _WRAPPED_TEXT
            and i + 1 < len(lines)
            and lines[i + 1].strip()[:1].islower()
        )

    start = next((k for k in range(len(nb) - 1) if text(k) and text(k + 1)), None)
    if start is None:
        return None
    anchor = None
    for k in range(start, max(0, start - _BYLINE_ABOVE_TEXT), -1):
        line = lines[nb[k - 1]]
        if any(n in signed for n in range(numbers[nb[k - 1]] + 1, numbers[nb[k]])):
            anchor = k  # a byline or date taken out just above line k
            break
        if byline_line(line) or date_line(line) or credit_line(line):
            anchor = k - 1
            break
    # No byline there, or none with a headline over it: the headline stands
    # right over the text.
    found = None if anchor is None else _headline_above(draft, config, nb, anchor, page_top)
    return found if found is not None else _headline_above(draft, config, nb, start, page_top)


_WRAPPED_TEXT: Final = 60  # columns of a line a tool wrapped a paragraph at


def _headline_above(
    draft: Draft, config: Config, nb: Sequence[int], anchor: int, page_top: set[int]
) -> int | None:
    """The first title-shaped line above the non-blank line ``anchor`` (past
    a dek and a caption), when the page's own lines were taken out above it."""
    lines, numbers = draft.lines, draft.numbers
    dek = False
    for k in range(anchor - 1, max(-1, anchor - 1 - _TITLE_ABOVE_BYLINE), -1):
        line = lines[nb[k]].strip()
        if config.credit_regex.search(line[-120:]) is not None:
            continue  # a caption
        if _sentence_end(line) and not dek:
            dek = True
            continue
        if not _headline_over(line, config):
            return None
        below = lines[nb[k] + 1].lstrip() if nb[k] + 1 < len(lines) else ""
        if below[:1].islower() or (
            below
            and _sentence_end(below)
            and _runs_on(lines[nb[k]], below, _wrap_width(lines, numbers))
        ):
            # a hard-wrapped paragraph's first line, maybe over a name ("... 21 juillet à"
            # / "Saint-Orlan-sur-Sarne, avec vingt-deux concerts, un record ...")
            return None
        # The page's own lines (menus, banners) were taken out above it: a
        # list or a dek under a headline is no page.
        page = sum(n in page_top for n in range(numbers[nb[0]] + 1, numbers[nb[k]]))
        if page < _MIN_PAGE_LINES:
            return None
        # A dek without a stop under its headline: the headline is the line
        # right above it (nothing taken out between them).
        if (
            k > 0
            and not dek
            and _headline_over(lines[nb[k - 1]], config)
            and nb[k] - nb[k - 1] == 1
            and numbers[nb[k]] - numbers[nb[k - 1]] == 1
        ):
            k -= 1
        if k > 0 and (_paragraph(lines[nb[k - 1]]) or len(lines[nb[k - 1]]) > _LONG_LINE):
            return None  # a subheading under a paragraph of the text
        return nb[k]
    return None


def _page_under_first(draft: Draft, nonblank: Sequence[int], page_top: set[int]) -> bool:
    """Whether the page's own lines (two or more) were taken out right under
    the first line, before the next line left."""
    if len(nonblank) < 2:
        return False
    gap = range(draft.numbers[nonblank[0]] + 1, draft.numbers[nonblank[1]])
    return sum(n in page_top for n in gap) >= _MIN_PAGE_LINES


def _headline_over(line: str, config: Config) -> bool:
    """Whether ``line`` can be a headline: title-shaped, three words or more,
    no UI, byline, date or credit in it ("National Desk By National Desk",
    "LinkNaija October 06, 2018" are none)."""
    s = line.strip()
    return (
        s.count(" ") >= 2
        and _title_like(s, config)
        and ui_rule(s) is None
        and not byline_line(s)
        and not date_line(s)
        and not _BY_OR_DATE.search(s)
        and " / " not in s  # a caption's credit ("... sierra. / J. ALCÁZAR"), a breadcrumb
        and " | " not in s  # a credit ("Redacción | Almendral"), a page's title
        and config.credit_regex.search(s[-120:]) is None
    )


# A byline's "By" in capitals, or a date's "06, 2018", inside a line: a
# credit ("National Desk By National Desk", "LinkNaija October 06, 2018"). A
# headline's "by seven runs" or "of 2024" is neither.
_BY_OR_DATE: Final = re.compile(r"\bBy\b|\b\d{1,2},\s*(?:19|20)\d\d\b")
_OVER_BYLINE_FIRST_WORDS: Final = 7


def _short_or_page_title(line: str) -> bool:
    """Whether a first line may be the page's, not the headline: seven words at
    most, or a title with a separator (the site's name after it)."""
    s = line.strip()
    return s.count(" ") < _OVER_BYLINE_FIRST_WORDS or _TITLE_SEPARATORS.search(s) is not None


def _split_at_kicker(draft: Draft, first: int) -> bool:
    """Whether split_articles started this article at a kicker (line
    ``first``) over its title."""
    number = draft.numbers[first]
    return any(
        e.stage == "split_articles" and e.line == number and e.reason == FEED_UNDER_KICKER
        for e in draft.edits
    )


def collapse_header(draft: Draft, config: Config) -> Draft:
    """Move the title and captions from the header block into their fields,
    once each, and drop their copies from the header and the body.

    The header is the first line (if it is title-shaped), its copies, and the
    repeated lines printed among them (captions); see
    :func:`cleanse.dedup.scan_header`. With no repeated header, a title-shaped
    first line followed by more text is taken as the title.
    """
    if draft.title is not None:
        # The page's front matter named it (see extract_metadata): only its
        # copies at the top of the text go ("# Title", a Markdown heading).
        named = _loose_key(draft.title)
        copies: dict[int, str] = {}
        for i in [i for i, line in enumerate(draft.lines) if line.strip()][:_TITLE_SEARCH]:
            line = draft.lines[i].strip().lstrip("#").strip()
            key = _loose_key(line)
            # "Title - Site" named, "Title" printed; or the other way round.
            if key == named or _title_with_site_name(draft.title, key):
                copies[i] = "copy of the title"
            elif len(key) > len(named) and _title_with_site_name(line, named):
                copies[i] = "copy of the title with the site's name"
        return draft.drop_lines(copies, "collapse_header")
    lines = draft.lines
    header = _scan(lines, config)
    nonblank, scan = header.nonblank, header.scan
    if scan.end == 0:
        return draft
    # A header may start below the first line: after the page's own title
    # ("Title | Site", taken out as the title's first copy) or after lines
    # of the page's own (a skip link, a ticker, left in the body).
    page_title: int | None = None
    at: int | None = None
    if len(scan.title_copies) < 2 and (start_at := _title_start(lines, nonblank, config)):
        page_title, at = start_at
    elif len(nonblank) > 1 and _split_at_kicker(draft, nonblank[0]):
        # This article was split off at a kicker over its title: the kicker
        # stays in the text, and the title is the next line (below the
        # breadcrumb's other items: "* Sport" / "* Football" / the title).
        at = next((i for i in nonblank[1:-1] if not _bullet(lines[i])), nonblank[1])
    elif len(scan.title_copies) < 2 and not _title_like(lines[nonblank[0]], config):
        at = _title_printed_far(lines, config)
    page_lines: list[int] = []
    # What the earlier stages took out, read once: the page's own lines and
    # the bylines and dates (the rules below look for the title by them).
    page_top: set[int] = set()
    signed: set[int] = set()
    if at is None and page_title is None and len(scan.title_copies) < 2:
        page_top, signed = _page_top(draft), _signed(draft)
    if (
        at is None
        and page_title is None
        and len(scan.title_copies) < 2
        and (below_page := _title_below_the_page(draft, nonblank, config, page_top, signed))
    ):
        at, page_lines = below_page
    if at is None and page_title is None and len(scan.title_copies) < 2:
        # A Markdown page's one top-level heading below the page's first
        # lines is its headline ("# Ten years of covering floods ...").
        at = _markdown_headline(lines, nonblank, config)
    fields: dict[str, str] = {}  # the section's name or the source URL over the title
    extracted: dict[int, str] = {}
    if (
        at is None
        and page_title is None
        and len(scan.title_copies) < 2
        and not scan.caption_lines
        and _title_under_a_label(draft, nonblank, config, signed)
    ):
        label, at = nonblank[0], nonblank[1]
        if (url := url_line(lines[label])) is not None:
            if draft.url is None:
                fields["url"] = url
                extracted[label] = "source URL: the line over the title"
        elif draft.section is None:
            fields["section"] = _clean(markdown_words(lines[label]))
            extracted[label] = "section: the short line over the title"
    if at is None and len(scan.title_copies) >= 2 and _page_sentence(lines[nonblank[0]]):
        # A sentence of the page's printed twice ("To revisit this article,
        # visit My Profile, then View saved stories.") is no title.
        at = _title_printed_far(lines, config)
        if at is None:
            return draft
    if (
        at is None
        and page_title is None
        and len(scan.title_copies) < 2
        and not scan.caption_lines
        and _short_or_page_title(lines[nonblank[0]])
        and (
            not _over_the_text(draft, nonblank, 0, signed)
            or _page_under_first(draft, nonblank, page_top)
        )
    ):
        # The first line stands over no byline, date or text: a whole page's
        # line. The title is the headline over the byline above the text.
        at = _title_over_the_byline(draft, config, page_top, signed)
    if at is not None:
        header = _scan(lines[at:], config)
        nonblank = [at + k for k in header.nonblank]
        scan = header.scan
    first = lines[nonblank[0]]
    if len(scan.title_copies) < 2 and not scan.caption_lines and page_title is None:
        # No repeated header: a title-shaped first line followed by more
        # text is the title; a lone line is the article itself.
        if len(nonblank) < 2 or not _title_like(first, config):
            return draft
    elif len(first.strip()) > config.max_title_chars:
        return draft
    title_key = line_key(lines[nonblank[0]])
    reasons = dict.fromkeys(page_lines, "the page's line above its menus, over the title")
    extracted[nonblank[0]] = "title"
    if page_title is not None:
        extracted[page_title] = "the page's title: the title with the site's name"
    for j in scan.title_copies[1:]:
        reasons[nonblank[j]] = "copy of the title"
    captions: list[str] = []
    caption_keys: dict[str, int] = {}
    for j in scan.caption_lines:
        i = nonblank[j]
        key = line_key(lines[i])
        if key == title_key:
            continue
        if key in caption_keys:
            reasons[i] = f"copy of caption {caption_keys[key] + 1}"
        else:
            caption_keys[key] = len(captions)
            captions.append(_clean(lines[i]))
            extracted[i] = "caption"
    # Copies left in the body: only lines of a matching length are keyed.
    # Caption copies also match with their punctuation left out ("in July.
    # (AFP)" and "in July (AFP)") and without their credit.
    header_end = nonblank[scan.end - 1]
    wanted = {title_key: "copy of the title in the body"}
    loose: dict[str, str] = {}
    credit = config.credit_regex
    for key, n in caption_keys.items():
        wanted[key] = reason = f"copy of caption {n + 1} in the body"
        loose[_loose_key(key)] = reason
        m = credit.search(captions[n])
        bare = captions[n][: m.start()].strip() if m else ""
        if bare.count(" ") >= 3:
            loose[_loose_key(bare)] = f"{reason}, without its credit"
            wanted[line_key(bare)] = f"{reason}, without its credit"
    sizes = {len(k) + d for k in wanted for d in range(-LENGTH_SLACK, LENGTH_SLACK + 1)}
    title_loose = _loose_key(title_key)
    title_head = title_key[:12]  # a cheap test before splitting a line on separators
    for i in range(header_end + 1, len(lines)):
        line = lines[i]
        if len(line) in sizes or (line and (line[0] in " \t" or line[-1] in " \t")):
            found = wanted.get(line_key(line))
            if found is None and loose:
                found = loose.get(_loose_key(line))
            if found is not None:
                reasons[i] = found
        elif (
            len(title_loose) + 3 < len(line) <= len(title_key) + _LONGEST_SITE_NAME
            and title_head in line.lower()
            and _title_with_site_name(line, title_loose)
        ):
            reasons[i] = "copy of the title with the site's name"
    kinds: dict[int, EditKind] = dict.fromkeys(reasons, "removed")
    kinds.update(dict.fromkeys(extracted, "extracted"))
    reasons.update(extracted)
    return draft.drop_lines(
        reasons,
        "collapse_header",
        kind=kinds,
        title=markdown_words(_clean(lines[nonblank[0]])).strip(),
        captions=draft.captions + tuple(captions),
        **fields,
    )


# ---------------------------------------------------------------------------
# extract_headings

_BULLET_HEADING: Final = re.compile(r"^\s*[-–—•*]\s+(\S.{0,150}?)\s*$")
_BULLETS: Final = ("-", "–", "—", "•", "*", " ", "\t")  # how a bullet line can start


def _bullet(line: str) -> bool:
    return _BULLET_HEADING.match(line) is not None


def extract_headings(draft: Draft, config: Config) -> Draft:
    """Turn ``- Subheading`` lines into headings: the bullet goes, the text
    stays as its own paragraph and is listed in ``headings``.

    A bullet line ending like a sentence (``.``, ``,``, ``;``, ``:``), or
    whose nearest non-blank neighbour is another bullet line, is a list item,
    not a heading, and stays as it is; so does a separator line (``* * *``).
    """
    lines = draft.lines
    text = "\n" + draft.text
    if not any(f"\n{c}" in text for c in _BULLETS):
        return draft
    new: dict[int, str] = {}
    numbers = draft.numbers

    def _goes_on(j: int) -> bool:
        """Whether line ``j`` runs on from the line before (starts in lower
        case right after a line with no closing punctuation)."""
        return (
            j > 0
            and numbers[j] == numbers[j - 1] + 1
            and lines[j].strip()[:1].islower()
            and bool(lines[j - 1].strip())
            and not lines[j - 1].rstrip().endswith(_ENDS_SENTENCE)
        )

    for i, line in enumerate(lines):
        m = _BULLET_HEADING.match(line)
        if m is None:
            continue
        text = m.group(1)
        if text.endswith(CLAUSE_ENDS) or len(text.split()) > 20:
            continue
        if not any(c.isalnum() for c in text):
            continue  # a separator line ("* * *", "- - -"), not a heading
        # Neighbours as normalize_paragraphs leaves them: a line that runs on
        # from the one before is part of it ("- Item" / "goes on").
        before = next(
            (lines[j] for j in range(i - 1, -1, -1) if lines[j].strip() and not _goes_on(j)), ""
        )
        after = next(
            (lines[j] for j in range(i + 1, len(lines)) if lines[j].strip() and not _goes_on(j)),
            "",
        )
        if _bullet(before) or _bullet(after):
            continue  # an item of a list, not a heading
        new[i] = _clean(text)
    if not new:
        return draft
    out = draft.replace_lines(new, "extract_headings", "subheading: list bullet removed")
    return out.replace(headings=draft.headings + tuple(new[i] for i in sorted(new)))


# ---------------------------------------------------------------------------
# normalize_quotes

_STRAIGHT: Final = (
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201a", "'"),
    ("\u201b", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u201f", '"'),
)


def _straighten(text: str) -> str:
    return replace_all(text, _STRAIGHT)


def normalize_quotes(draft: Draft, config: Config) -> Draft:
    """Fold curly quotes to straight ones (``quote_style="straight"``), in the
    body and every field; ``quote_style="keep"`` leaves them.

    Guillemets and primes are left alone: they are not a style choice.
    """
    if config.quote_style == "keep":
        return draft
    fields = [*draft.lines, draft.title or "", *draft.captions, *draft.headings]
    text = "\n".join(fields)
    count = 0 if text.isascii() else sum(text.count(q) for q, _ in _STRAIGHT)
    if not count:
        return draft

    edit = Edit(
        stage="normalize_quotes",
        kind="replaced",
        reason=f"straightened {count} curly quote{'s' if count != 1 else ''}",
    )
    # One pass over all the text at C speed, then split back into pieces.
    n_lines, n_captions = len(draft.lines), len(draft.captions)
    pieces = _straighten(text).split("\n")
    return draft.replace(
        lines=tuple(pieces[:n_lines]),
        title=None if draft.title is None else pieces[n_lines],
        captions=tuple(pieces[n_lines + 1 : n_lines + 1 + n_captions]),
        headings=tuple(pieces[n_lines + 1 + n_captions :]),
        edits=(*draft.edits, edit),
    )


# ---------------------------------------------------------------------------
# normalize_paragraphs

_ENDS_SENTENCE: Final = (".", "!", "?", ":", ";", '"', "'", "”", "’", "“", ")", "]", "…", "»")


_WRAPS: Final = 3  # lines that visibly run on before a text counts as hard-wrapped
_OVER_WIDTH: Final = 0.2  # share of a hard-wrapped text's lines longer than its width


def _wrap_width(lines: Sequence[str], numbers: Sequence[int]) -> int | None:
    """The width a hard-wrapped text was wrapped at: the longest of its lines
    that visibly run on (no closing punctuation, the next input line starts
    in lower case), when three or more do; None for a text that is not
    hard-wrapped."""
    widths = [
        len(a.rstrip())
        for a, b, m, n in zip(lines, lines[1:], numbers, numbers[1:], strict=False)
        if n == m + 1
        and b.strip()[:1].islower()
        and a.strip()
        and not a.rstrip().endswith(_ENDS_SENTENCE)
    ]
    if len(widths) < _WRAPS:
        return None
    # A text wrapped at a width has few lines longer than it (a URL, a
    # table); a text of one line a paragraph with a poem in it has many.
    width = max(widths)
    text = [n for line in lines if (n := len(line.rstrip())) > 0]
    return width if sum(n > width for n in text) <= len(text) * _OVER_WIDTH else None


def _runs_on(previous: str, line: str, width: int | None) -> bool:
    """Whether input line ``line`` goes on the sentence of ``previous``: it
    starts in lower case, or (``width``: ``previous`` is itself a wrapped
    part of a sentence) with a capital or a number that would not have
    fitted on ``previous`` ("had" / "reached ... late on" / "Tuesday.")."""
    first = line[0]
    if first.islower():
        return True
    if width is None or not (first.isupper() or first.isdigit()):
        return False
    word = line.split(maxsplit=1)[0]
    if first.isdigit() and word.rstrip(".)").isdigit() and word[-1] in ".)":
        return False  # a numbered list item: "2. Second"
    return len(previous.rstrip()) + 1 + len(word) > width


def normalize_paragraphs(draft: Draft, config: Config) -> Draft:
    """One paragraph per line, one blank line between paragraphs: collapse
    white space, drop extra blank lines, and
    (``unwrap_lines``) join a hard-wrapped line to the next when the sentence
    visibly runs on: no closing punctuation, and the next line starts in
    lower case, or (in a text wrapped at a width) its first word would not
    have fitted on the line before.

    Blank-line and single-newline paragraph breaks both come out the same.
    """
    lines: list[str] = []
    numbers: list[int] = []
    edits: list[Edit] = []
    respaced = 0
    headings = set(draft.headings)
    previous_blank = True
    last_number = -1
    last_line = ""
    last_joined = False
    width = _wrap_width(draft.lines, draft.numbers) if config.unwrap_lines else None
    for line, number in zip(draft.lines, draft.numbers, strict=True):
        clean = line.strip()
        if "  " in clean or "\t" in clean:
            clean = " ".join(clean.split())
        if not clean:
            previous_blank = True
            continue
        if clean != line:
            respaced += 1
        if (
            config.unwrap_lines
            and not previous_blank
            and number == last_number + 1  # only lines adjacent in the input
            and lines
            and _runs_on(last_line, clean, width if last_joined else None)
            and lines[-1]
            and not lines[-1].endswith(_ENDS_SENTENCE)
            and lines[-1] not in headings
        ):
            joined = f"{lines[-1]} {clean}"
            edits.append(
                Edit(
                    stage="normalize_paragraphs",
                    kind="replaced",
                    line=number,
                    text=line,
                    replacement=joined,
                    reason="joined a hard-wrapped line to the line before",
                )
            )
            lines[-1] = joined
            last_joined = True
        else:
            last_joined = False
            if lines:
                lines.append("")  # one blank line between paragraphs
                numbers.append(numbers[-1])
            lines.append(clean)
            numbers.append(number)
        previous_blank = False
        last_number = number
        last_line = line
    if respaced:
        edits.append(
            Edit(
                stage="normalize_paragraphs",
                kind="replaced",
                reason=f"collapsed white space on {respaced} line{'s' if respaced != 1 else ''}",
            )
        )
    if tuple(lines) == draft.lines and not edits:
        return draft
    return draft.replace(
        lines=tuple(lines), numbers=tuple(numbers), edits=draft.edits + tuple(edits)
    )


# ---------------------------------------------------------------------------
# reject_empty


def reject_empty(draft: Draft, config: Config) -> Draft:
    """Reject a draft with no body text left (an empty file, a header only)."""
    if any(line.strip() for line in draft.lines):
        return draft
    if draft.title is None and not draft.captions:
        return draft.replace(rejected="no text: the input is empty or only white space")
    return draft.replace(rejected="no article text: only a title or captions were found")


STAGES: dict[str, Stage] = {
    "fix_encoding": fix_encoding,
    "split_articles": split_articles,
    "drop_markers": drop_markers,
    "drop_ui_lines": drop_ui_lines,
    "extract_metadata": extract_metadata,
    "collapse_header": collapse_header,
    "drop_repeated_blocks": drop_repeated_blocks,
    "extract_headings": extract_headings,
    "normalize_quotes": normalize_quotes,
    "normalize_paragraphs": normalize_paragraphs,
    "reject_empty": reject_empty,
}
"""Built-in stages by name; :class:`cleanse.Pipeline` looks names up here."""
