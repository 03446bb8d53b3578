"""Generated corpora of realistic scraped news pages, for benchmarks.

Pages have the shape of real scraped files (see ``fixtures/``): a header block
with the title printed twice and a credited caption printed two to four times
around a UI marker, a body of blank-line or single-newline paragraphs with
curly and straight quotes and the odd ``- Subheading``, and, at set rates,
several articles merged into one file, mojibake, exact copies and near copies
(a sentence changed) of earlier pages. Everything is deterministic in ``seed``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CorpusSpec", "make_corpus", "make_page", "write_corpus"]

_SEED_TEXT = """
An Iranian deal to supply Bolivia with drones threatens its relationship with
Argentina, which demanded explanations on the agreement concluded last week, and
raised security concerns in the region. The minister spoke to the press a day after
the foreign ministry sent a note to the embassy requesting information about the
scope of the discussions and possible agreements reached during the visit. North
Korean leader said his past negotiations with the United States only confirmed the
hostility toward his country and described his nuclear buildup as the only way to
counter external threats, state media said Friday. Analysts say the push is aimed at
eventually pressuring Washington into accepting the country as a nuclear power and
to negotiate economic and security concessions from a position of strength. The
central bank kept its benchmark interest rate unchanged on Thursday, citing easing
inflation and a slowing labor market, while policymakers said they would watch
incoming data closely before deciding on any cut later in the year. Temperatures
climbed above forty degrees in parts of southern Europe on Tuesday, breaking records
set two decades ago, and health officials urged people to stay indoors. The council
voted on Tuesday to add dedicated bus lanes on three of the busiest avenues downtown,
and supporters said the lanes would cut commute times for thousands of riders while
opponents warned of longer delays for drivers. Firefighters battled a fast-moving
wildfire that forced the evacuation of four villages in the northern hills, officials
said, as strong winds pushed the flames toward residential areas. Lawmakers approved
next year's budget early on Friday after a debate that lasted more than twenty hours;
the plan raises spending on schools and hospitals while trimming defense outlays.
"""
_WORDS = _SEED_TEXT.split()
_CREDITS = ("(AFP)", "(Reuters)", "(Tasnim)", "(SPA)", "Photo: -/kcna/dpa", "(AP Photo)")
_MARKERS = ("TT", "Advertisement", "Share")
_NAMES = ("Novillo", "Ashtiani", "Kim", "Loza", "Aliaga", "Ganzeveld", "Raisi", "Putin")


@dataclass(frozen=True)
class CorpusSpec:
    """How a generated corpus is made; rates are per page."""

    pages: int
    seed: int = 0
    paragraphs: tuple[int, int] = (8, 24)
    merged_rate: float = 0.05
    mojibake_rate: float = 0.02
    exact_dup_rate: float = 0.03
    near_dup_rate: float = 0.03


def _sentence(rng: random.Random) -> str:
    n = rng.randint(8, 28)
    start = rng.randrange(len(_WORDS) - n)
    words = _WORDS[start : start + n]
    if rng.random() < 0.3:
        words[rng.randrange(n)] = rng.choice(_NAMES)
    text = " ".join(words).rstrip(",.;")
    text = text[0].upper() + text[1:] + "."
    r = rng.random()
    if r < 0.15:
        text = f"\u201c{text}\u201d {rng.choice(_NAMES)} said."
    elif r < 0.25:
        text = f'"{text}" {rng.choice(_NAMES)} said.'
    return text


def _title(rng: random.Random) -> str:
    n = rng.randint(5, 11)
    start = rng.randrange(len(_WORDS) - n)
    return " ".join(w.strip(",.;").capitalize() for w in _WORDS[start : start + n])


def _article(rng: random.Random, spec: CorpusSpec) -> str:
    title = _title(rng)
    caption = f"{_sentence(rng)[:-1]} {rng.choice(_CREDITS)}"
    copies = rng.randint(2, 4)
    with_image = rng.random() < 0.85
    block = [caption] * copies if with_image else []
    header = [title, "", *block, rng.choice(_MARKERS), "", title, "", *block, ""]
    paragraphs = []
    for _ in range(rng.randint(*spec.paragraphs)):
        if rng.random() < 0.05:
            paragraphs.append(f"- {_title(rng)}")
        else:
            paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))))
    sep = "\n\n" if rng.random() < 0.5 else "\n"
    return "\n".join(header) + sep.join(paragraphs) + "\n"


def _near_copy(rng: random.Random, page: str) -> str:
    """A syndicated copy: one sentence of the body replaced."""
    lines = page.split("\n")
    body = [i for i, line in enumerate(lines) if len(line) > 120]
    if body:
        i = rng.choice(body)
        sentences = lines[i].split(". ")
        sentences[rng.randrange(len(sentences))] = _sentence(rng).rstrip(".")
        lines[i] = ". ".join(sentences)
    return "\n".join(lines)


def make_page(rng: random.Random, spec: CorpusSpec) -> str:
    """One page: one article, or several merged ones."""
    n = rng.randint(2, 4) if rng.random() < spec.merged_rate else 1
    page = "\n\n\n".join(_article(rng, spec) for _ in range(n))
    if rng.random() < spec.mojibake_rate:
        # UTF-8 read as Windows-1252, undefined bytes kept as C1 controls (as
        # Latin-1 fallbacks do); every tenth such page lost them instead.
        lossy = rng.random() < 0.1
        page = page.encode("utf-8").decode("cp1252" if lossy else "sloppy-windows-1252", "replace")
    return page


def make_corpus(spec: CorpusSpec) -> list[str]:
    """``spec.pages`` pages, some of them exact or near copies of earlier ones."""
    rng = random.Random(spec.seed)
    pages: list[str] = []
    for _ in range(spec.pages):
        r = rng.random()
        if pages and r < spec.exact_dup_rate:
            pages.append(rng.choice(pages))
        elif pages and r < spec.exact_dup_rate + spec.near_dup_rate:
            pages.append(_near_copy(rng, rng.choice(pages)))
        else:
            pages.append(make_page(rng, spec))
    return pages


def write_corpus(folder: Path, spec: CorpusSpec) -> list[Path]:
    """Write the corpus as ``folder/NNNNNNN.txt`` files; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, page in enumerate(make_corpus(spec)):
        path = folder / f"{i:07d}.txt"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths
