"""Real pages: news articles saved by their sites, rendered to text as a
scraper would, and scored like the hand-written sets.

The pages are not in this repository. They are the HTML test pages that the
``newspaper4k`` source package (MIT; pinned version and checksum below)
ships with its expected article text and metadata, each saved from a public
news site; :func:`fetch` downloads that package from PyPI once into a cache
folder outside git and reads them from there.

Each page is turned into a scraper's text file in one of two ways:

- ``article``: the text of the smallest element that holds the headline and
  nearly all of the article's paragraphs, what a scraper with a per-site
  selector saves (the seed's kind of file: header, captions, share rows,
  lists in the body, sometimes the comments under it);
- ``page``: the text of the whole ``<body>``, what ``get_text()`` of a page
  saves (menus and footers too).

Lines are labelled from the package's expected text (``text``) and title
(``title``); a later copy of either is ``repeat`` or ``title_copy``; every
other line is debris (``ui``), except where ``real_labels.tsv`` says
otherwise. That file holds the hand review: lines the expected text got
wrong either way (a caption is article text, a "Read more:" line in the
expected text is debris), keyed by page and by a hash of the line, so no
page text is stored here.

Run ``python -m benchmarks.quality.real`` for the tables (``--mode``,
``--details``, ``--json``; ``--dump DIR`` writes each page's ``page.txt``
and ``labels.txt`` for review).
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
from pathlib import Path

from .score import BLANK, DEBRIS, KEEP, Page, score_group

HERE = Path(__file__).resolve().parent
PACKAGE, VERSION = "newspaper4k", "0.9.6"
SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
CACHE = Path(os.environ.get("CLEANSE_QUALITY_CACHE", Path.home() / ".cache" / "cleanse-quality"))
OVERRIDES = HERE / "real_labels.tsv"
MODES = ("article", "page")
MIN_COVER = 0.8
"""A rendering that holds less of the expected text than this (the article is
drawn by script, or the expected text is from another version of the page)
is left out, and listed."""

_DATA = "tests/data/"


def fetch(cache: Path = CACHE) -> Path:
    """The folder with the package's ``html/``, ``txt/`` and ``metadata/``
    test pages, downloaded and checked on first use."""
    root = cache / f"{PACKAGE}-{VERSION}"
    if (root / "html").is_dir():
        return root
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        subprocess.run(
            [
                *(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"),
                *("--no-binary", ":all:", "--dest", tmp, f"{PACKAGE}=={VERSION}"),
            ],
            check=True,
        )
        (sdist,) = Path(tmp).glob("*.tar.gz")
        digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
        if digest != SHA256:
            raise RuntimeError(f"{sdist.name}: sha256 {digest}, expected {SHA256}")
        part = Path(tmp) / "data"
        with tarfile.open(sdist) as tar:
            for member in tar.getmembers():
                name = member.name.split("/", 1)[-1]
                if member.isfile() and name.startswith(_DATA):
                    target = part / name[len(_DATA) :]
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


def render(root: Path, name: str, mode: str, expected: set[str], title: str) -> list[str]:
    """The page's text in ``mode``; ``expected`` and ``title`` (normalized)
    find the article's element."""
    import lxml.html

    doc = lxml.html.document_fromstring((root / "html" / f"{name}.html").read_bytes())
    body = doc.find("body")
    if body is None:
        body = doc
    if mode == "page":
        return text_lines(body)
    return text_lines(_container(body, expected, title))


def _expected(root: Path, name: str) -> tuple[set[str], str]:
    text = (root / "txt" / f"{name}.txt").read_text(encoding="utf-8")
    meta = root / "metadata" / f"{name}.json"
    title = json.loads(meta.read_text(encoding="utf-8")).get("title", "") if meta.exists() else ""
    return {norm(x) for x in text.split("\n") if x.strip()}, norm(title)


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
    name: str,
    lines: Sequence[str],
    expected: set[str],
    title: str,
    overrides: dict[tuple[str, str], str],
) -> tuple[str, ...]:
    labels: list[str] = []
    seen: set[str] = set()
    for line in lines:
        n = norm(line)
        if not n:
            labels.append(BLANK)
            continue
        got = overrides.get((name, line_key(line)))
        if got is None:
            got = "text" if n in expected else "title" if n == title else "ui"
        if got in _COPY and n in seen:
            got = _COPY[got]
        seen.add(n)
        labels.append(got)
    return tuple(labels)


def load_real(mode: str, root: Path | None = None) -> tuple[list[Page], dict[str, str]]:
    """The pages in ``mode``, and the ones left out with the reason."""
    root = root or fetch()
    overrides = load_overrides()
    pages, left_out = [], {}
    for txt in sorted((root / "txt").glob("*.txt")):
        name = txt.stem
        if not (root / "html" / f"{name}.html").exists():
            continue
        expected, title = _expected(root, name)
        lines = render(root, name, mode, expected, title)
        cover = len(expected & {norm(x) for x in lines}) / max(1, len(expected))
        if cover < MIN_COVER:
            left_out[name] = f"the rendering holds {cover:.0%} of the expected text"
            continue
        labels = label(name, lines, expected, title, overrides)
        pages.append(Page(name, "\n".join(lines), labels, 1))
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
    parser.add_argument("--mode", choices=MODES, action="append", help="default: both")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--details", action="store_true", help="list lost text and missed debris")
    parser.add_argument("--dump", type=Path, help="write each page and its labels to this folder")
    args = parser.parse_args(argv)
    report: dict[str, object] = {}
    for mode in args.mode or MODES:
        pages, left_out = load_real(mode)
        if args.dump:
            _dump(pages, args.dump / mode)
        title = f"real pages, {mode} text"
        result = score_group(title, pages, table_out=not args.json, details=args.details)
        report[mode] = {"pages": len(pages), "left_out": left_out, **result}
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
