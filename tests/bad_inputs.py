"""One of each kind of bad input a scraped folder holds, and what cleanse must say.

Each :class:`BadInput` writes itself into a folder and names the status,
rejecting stage and reason that cleaning it must give. The unreadable file
cannot be made unreadable for root (who reads through any permission bits),
so :func:`make_unreadable` falls back to refusing the read in-process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cleanse import reading

ARTICLE = (
    "Caf\u00e9 Owners Protest New Rules in S\u00e3o Paulo\n\n"
    "Caf\u00e9 owners gathered on Monday (AFP)\n\nTT\n\n"
    "Caf\u00e9 Owners Protest New Rules in S\u00e3o Paulo\n\n"
    "Caf\u00e9 owners gathered on Monday (AFP)\n\n"
    "Owners of caf\u00e9s and bakeries in S\u00e3o Paulo protested on Monday against new "
    "opening-hours rules, saying the na\u00efve plan would cost them half their trade.\n\n"
    "\u201cWe were never asked,\u201d said Jos\u00e9 M\u00fcller, who runs a caf\u00e9 "
    "near the cathedral. \u201cIt\u2019s a disaster.\u201d\n"
)
"""A good article with non-ASCII letters and curly quotes, to encode badly."""

MIXED = ARTICLE.encode().replace("“".encode(), b"\x93").replace("”".encode(), b"\x94")
"""The article in UTF-8 but for its curly quotes, stray cp1252 bytes as scrapers mix in."""

# 1 MB of running text on one line: no line breaks at all.
ONE_LINE = ("The minister said on Monday that talks would resume after a short break. " * 14_000)[
    :1_000_000
]
HUGE = 200 * 1024 * 1024
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06" + bytes(64)


@dataclass(frozen=True)
class BadInput:
    name: str
    write: Callable[[Path], None]
    status: str  # "ok" or "rejected"
    stage: str | None  # the rejecting stage, or for "ok" the stage of the noted edit
    reason: str  # a part of the reject reason, or of the noted edit


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _sparse(path: Path) -> None:
    with open(path, "wb") as handle:  # a 200 MB file that takes no disk space
        handle.truncate(HUGE)


def _broken_link(path: Path) -> None:
    path.symlink_to(path.parent / "no-such-target.txt")


BAD_INPUTS: tuple[BadInput, ...] = (
    BadInput("cp1252.txt", _bytes(ARTICLE.encode("cp1252")), "ok", "read", "decoded as cp1252"),
    BadInput("latin1.txt", _bytes(ARTICLE.encode("latin-1", "replace")), "ok", "read", "cp1252"),
    BadInput("utf16.txt", _bytes(ARTICLE.encode("utf-16")), "ok", "read", "decoded as UTF-16"),
    BadInput("utf8_cp1252_quotes.txt", _bytes(MIXED), "ok", "read", "4 read as cp1252"),
    BadInput(
        "stray_0x81.txt",
        _bytes(b"Title\n\nTT\n\nTitle\n\nIt was a good day\x81 for all.\n"),
        "ok",
        "read",
        "1 that cp1252 does not define replaced by U+FFFD",
    ),
    BadInput("nul_bytes.txt", _bytes(b"Title\x00\x00body\n"), "rejected", "read", "NUL bytes"),
    BadInput("image.txt", _bytes(PNG), "rejected", "read", "binary data (a PNG image)"),
    BadInput("empty.txt", _bytes(b""), "rejected", "reject_empty", "empty"),
    BadInput("blank.txt", _bytes(b"  \n\t\n \r\n"), "rejected", "reject_empty", "white space"),
    BadInput(
        "no_article.txt",
        _bytes(b"Headline Only\n\nA caption line (AFP)\nA caption line (AFP)\n\nTT\n"),
        "rejected",
        "reject_empty",
        "only a title or captions",
    ),
    BadInput("one_line.txt", _bytes(ONE_LINE.encode()), "ok", None, ""),
    BadInput("huge.txt", _sparse, "rejected", "read", "too large"),
    BadInput("unreadable.txt", _bytes(b"Title\n\nBody.\n"), "rejected", "read", "permission"),
    BadInput("folder.txt", lambda p: p.mkdir(), "rejected", "read", "is a directory"),
    BadInput("broken_link.txt", _broken_link, "rejected", "read", "broken link"),
)


def make_unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``path`` unreadable: by its mode bits, or, for root, by refusing the open."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    target = os.fspath(path)
    real_open = open

    def refusing_open(file: str, *args: object, **kwargs: object) -> object:
        if os.path.abspath(file) == os.path.abspath(target):
            raise PermissionError(13, "Permission denied", file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(reading, "open", refusing_open, raising=False)


def write_bad_inputs(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, BadInput]:
    """Write every bad input into ``folder``; return them by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    for bad in BAD_INPUTS:
        bad.write(folder / bad.name)
    make_unreadable(folder / "unreadable.txt", monkeypatch)
    return {bad.name: bad for bad in BAD_INPUTS}
