"""Reading one input file into text: bounded, and honest about its encoding.

Scraped folders hold files nobody has looked at. :func:`read_input` turns one
path into text or raises :class:`~cleanse.errors.InputError` with a reason a
person can act on; it never reads more than ``max_bytes`` (so memory does not
grow with the size of a bad file) and never blocks on a pipe or a device.

Decoding, in order:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. NUL bytes, or the signature of a common binary format, mean binary data;
3. valid UTF-8 is UTF-8 (plain ASCII included);
4. UTF-8 with a few stray bytes that are not (scraped text mixes UTF-8 with
   stray Windows-1252 quotes and dashes) is UTF-8 with each stray byte read
   as cp1252, or as U+FFFD for the five bytes cp1252 leaves undefined, under
   the encoding ``utf-8+cp1252``: when the stray bytes cp1252 defines are no
   more than the bytes of valid multi-byte UTF-8 (the file's non-ASCII text
   is mostly UTF-8), and the undefined ones a handful (a lone ``0x81`` in
   English text is damage, not a sign of Cyrillic);
5. anything else goes to charset detection (charset-normalizer) among common
   legacy encodings; when Windows-1252 explains the bytes as well as the best
   guess, it wins (Latin-1 text decodes the same under it, and it is what
   browsers assume for unlabelled Western pages). Text that no candidate
   explains is rejected rather than guessed.

Whenever the encoding was not plain UTF-8, :attr:`Decoded.note` says which was
assumed; the pipeline records it as a document-level edit of stage ``read``.

>>> decoded = decode_bytes(b"caf\\xe9 \\x93ok\\x94", "a.txt")
>>> decoded.text, decoded.encoding
('café “ok”', 'cp1252')
>>> mixed = decode_bytes(b"caf\\xc3\\xa9 \\x93ok\\x94", "m.txt")
>>> mixed.text, mixed.encoding
('café “ok”', 'utf-8+cp1252')
>>> decode_bytes(b"\\xff\\xfeH\\x00i\\x00", "b.txt").text
'Hi'
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, replace
from typing import Final

from charset_normalizer import from_bytes

from .errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "Decoded", "decode_bytes", "parse_size", "read_input", "too_big"]

# A news page is a few kilobytes; 16 MiB is thousands of pages in one file,
# far past anything a scraper saves for one URL. Cleaning holds the text a few
# times over (lines, edits, output), so this bounds a worker at a few hundred
# MB. Raise it with ``max_bytes`` / ``--max-input-size`` for odd corpora.
DEFAULT_MAX_BYTES: Final = 16 * 1024 * 1024

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_SIGNATURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
)

# Legacy encodings charset detection may choose from: the ones scraped news
# sites actually served. A longer list only adds wrong guesses on short text.
_CANDIDATES: Final = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "iso8859_15",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
]
_WESTERN: Final = "cp1252"

# UTF-8 with stray bytes (step 4). Decoding with "surrogateescape" turns each
# byte that is not part of valid UTF-8 into U+DC80..U+DCFF; each is then taken
# as its cp1252 character, or U+FFFD for the five bytes cp1252 leaves undefined.
_MIXED: Final = "utf-8+cp1252"
_STRAY: Final = re.compile("[\udc80-\udcff]")
_NOT_ASCII: Final = bytes(range(0x80))  # to delete, counting the bytes that are not ASCII


def _cp1252_or_replacement(byte: int) -> str:
    try:
        return bytes([byte]).decode(_WESTERN)
    except UnicodeDecodeError:
        return "\ufffd"


_STRAY_AS: Final = {chr(0xDC00 + b): _cp1252_or_replacement(b) for b in range(0x80, 0x100)}
_UNDEFINED: Final = tuple(c for c, taken in _STRAY_AS.items() if taken == "\ufffd")
# A handful: a few undefined bytes in UTF-8 text are damage; more of them are
# more likely the lead bytes of a real multi-byte encoding (Shift_JIS, GBK),
# which charset detection should see.
_MAX_UNDEFINED: Final = 5

_SIZE_UNITS: Final = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, the encoding it was read with, and a note if it was not UTF-8.

    ``encoding`` is a Python codec name, or ``utf-8+cp1252``: UTF-8 with a few
    stray bytes read as cp1252 (see the module docstring).
    """

    text: str
    encoding: str
    note: str | None = None


def parse_size(value: str) -> int:
    """A byte count written as ``1048576``, ``512K``, ``16M`` or ``1G``.

    >>> parse_size("16M"), parse_size("512k"), parse_size("100")
    (16777216, 524288, 100)
    """
    text = value.strip().upper().removesuffix("B").removesuffix("I")
    unit = text[-1:] if text[-1:] in _SIZE_UNITS else ""
    number = text[: len(text) - len(unit)]
    if not number.isdigit() or int(number) < 1:
        raise ValueError(f"not a size: {value!r}; write e.g. 1048576, 512K, 16M or 1G")
    return int(number) * _SIZE_UNITS[unit]


def _describe(size: int) -> str:
    for unit in ("G", "M", "K"):
        if size >= _SIZE_UNITS[unit] and size % _SIZE_UNITS[unit] == 0:
            return f"{size // _SIZE_UNITS[unit]} {unit}iB"
    return f"{size} bytes"


def too_big(path: str, size: int | None, max_bytes: int) -> InputError:
    """The error of an input over ``max_bytes`` (``size`` bytes, when known)."""
    what = "more than that" if size is None else f"{size} bytes"
    return InputError(
        path,
        f"too large: {what}, over the {_describe(max_bytes)} input limit "
        "(raise it with --max-input-size if this really is one page)",
    )


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them, or :class:`InputError`."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        reason = "a broken link: its target does not exist"
        raise InputError(path, reason if os.path.islink(path) else "does not exist") from None
    except PermissionError:
        raise InputError(path, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(
            path,
            "is a directory, not a file (name the folder without wildcards to clean "
            "every file below it)",
        )
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a pipe, socket or device): skipped")
    if info.st_size > max_bytes:
        raise too_big(path, info.st_size, max_bytes)
    try:
        with open(path, "rb") as handle:
            # Ask for the size stat gave (a read of max_bytes would allocate
            # that much for every small file); read on only if it grew.
            want = info.st_size + 1
            data = handle.read(want)
            if len(data) == want:
                data += handle.read(max_bytes + 1 - want)
    except PermissionError:
        raise InputError(path, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # the file grew after stat; what is left is not read
        raise too_big(path, None, max_bytes)
    return data


def _guess_legacy(data: bytes) -> str | None:
    """The legacy encoding that best explains ``data``, or None."""
    matches = list(from_bytes(data, cp_isolation=_CANDIDATES))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, -m.coherence) <= (best.chaos, -best.coherence)]
    if any(_WESTERN in m.could_be_from_charset for m in tied):
        return _WESTERN
    return str(best.encoding)


def _utf8_with_strays(data: bytes) -> Decoded | None:
    """``data`` as UTF-8 with a few stray bytes (step 4 of the module docstring),
    or None when it is not that; ``data`` must not be valid UTF-8.

    Counted without a Python loop over the text, so that a large file in a
    legacy encoding (most of its bytes stray) costs little here.
    """
    escaped = data.decode("utf-8", "surrogateescape")
    strays = len(data) - len(escaped.encode("utf-8", "ignore"))
    undefined = sum(map(escaped.count, _UNDEFINED))
    defined = strays - undefined
    multibyte = len(data.translate(None, _NOT_ASCII)) - strays
    if defined > multibyte or undefined > _MAX_UNDEFINED:
        return None
    first = _STRAY.search(escaped)
    assert first is not None  # data is not valid UTF-8
    line = escaped.count("\n", 0, first.start()) + 1
    taken = [f"{defined} read as cp1252"] if defined else []
    if undefined:
        taken.append(f"{undefined} that cp1252 does not define replaced by U+FFFD")
    note = (
        f"decoded as UTF-8 except for stray bytes that are not UTF-8: {', '.join(taken)} "
        f"(the first, 0x{ord(first.group()) - 0xDC00:02x}, on line {line})"
    )
    return Decoded(_STRAY.sub(lambda m: _STRAY_AS[m.group()], escaped), _MIXED, note)


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode one file's bytes (see the module docstring), or raise :class:`InputError`."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                mixed = _utf8_with_strays(data[len(bom) :]) if codec == "utf-8" else None
                if mixed is not None:  # the mark is left for fix_encoding, as below
                    return replace(mixed, text="\ufeff" + mixed.text)
                raise InputError(
                    source, f"starts with a {name} byte-order mark but is not valid {name}: {exc}"
                ) from None
            # A UTF-8 mark is left for fix_encoding to remove and record.
            if codec == "utf-8":
                return Decoded("\ufeff" + text, "utf-8")
            return Decoded(text, codec, f"decoded as {name} (byte-order mark)")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(source, f"binary data ({what}): not a text file")
    if b"\x00" in data:
        raise InputError(
            source,
            "binary data (NUL bytes): not a text file; if it is UTF-16 or UTF-32 text "
            "without a byte-order mark, convert it to UTF-8 first, e.g. with iconv",
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    mixed = _utf8_with_strays(data)
    if mixed is not None:
        return mixed
    encoding = _guess_legacy(data)
    if encoding is None:
        raise InputError(
            source,
            f"not valid UTF-8 ({first_bad}) and no common encoding fits: binary data, or "
            "text in an unknown encoding; convert it to UTF-8 first, e.g. with iconv",
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # detection looks at samples; the whole must decode too
        raise InputError(
            source, f"not valid UTF-8 ({first_bad}), and not valid {encoding} either"
        ) from None
    return Decoded(
        text,
        encoding,
        f"decoded as {encoding}: not valid UTF-8, encoding guessed from its bytes",
    )


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode one input file; raise :class:`InputError` saying why not."""
    return decode_bytes(read_bytes(path, max_bytes), path)
