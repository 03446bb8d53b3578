"""Hypothesis strategies that build realistic dirty news pages."""

from __future__ import annotations

import contextlib

from hypothesis import strategies as st

WORDS = (
    "the minister said on Monday that talks would resume after a short break "
    "officials government city council police report village army election "
    "market prices rose fell sharply analysts warned protesters gathered "
    "Iran Bolivia Argentina Korea Europe “quoted” ‘single’ don’t it's café"
).split()

word = st.sampled_from(WORDS)
credit = st.sampled_from(["(AFP)", "(Tasnim)", "Photo: -/kcna/dpa", "(Reuters file photo)", ""])
marker = st.sampled_from(["TT", "Advertisement", "Share", "Click to enlarge"])
# Debris no marker list names: the generic detectors' kinds.
UI_DEBRIS = (
    "Share on WhatsApp",
    "Follow us on Instagram",
    "Photo 1 of 12",  # a bare "1 of 12" is also a score: it needs UI around it
    "Photo 3/10",
    "Updated 7 August 2022 06:15",
    "English | العربية | Français",
    "READ MORE: Talks resume after a short break",
    "Leave a comment",
    "إعلان",
    "广告",
    "Реклама",
    "N/A",
)
ui_debris = st.sampled_from(UI_DEBRIS)
metadata = st.sampled_from(["By Jane Doe, Reuters", "Sunday, 7 August, 2022 - 06:15", "World"])


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(word, min_size=3, max_size=14))
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + draw(st.sampled_from([".", ".", "?", "!", '"']))


@st.composite
def title(draw: st.DrawFn) -> str:
    return " ".join(w.capitalize() for w in draw(st.lists(word, min_size=2, max_size=8)))


@st.composite
def paragraph(draw: st.DrawFn, heading: str) -> str:
    text = " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return heading
    if kind == 1:
        return draw(st.text(min_size=1, max_size=30))  # random unicode
    return text


@st.composite
def article(draw: st.DrawFn, t: str) -> str:
    captions = [
        (draw(sentence()).rstrip(".") + " " + draw(credit)).strip()
        for _ in range(draw(st.integers(0, 2)))
    ]
    copies = draw(st.integers(1, 4))
    block = [c for c in captions for _ in range(copies)]
    header_copies = draw(st.integers(1, 2))
    header: list[str] = []
    for k in range(header_copies):
        header += [t, *([draw(metadata)] if draw(st.integers(0, 3)) == 0 else []), "", *block]
        if k == 0 and header_copies > 1 and draw(st.booleans()):
            header.append(draw(marker))
        header.append("")
    # Subheadings are distinct from each other and from every title, as on
    # real pages; colliding ones make a cleaned page read differently.
    paragraphs = [draw(paragraph(f"- Why {t} part {n}")) for n in range(draw(st.integers(1, 8)))]
    if draw(st.booleans()):
        paragraphs.insert(draw(st.integers(0, len(paragraphs))), draw(marker))
    if draw(st.booleans()):
        paragraphs.insert(draw(st.integers(0, len(paragraphs))), draw(ui_debris))
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return "\n".join(header) + sep.join(paragraphs)


@st.composite
def page(draw: st.DrawFn) -> str:
    """One or more articles, with odd newlines and a chance of mojibake."""
    titles = draw(st.lists(title(), min_size=1, max_size=3, unique_by=lambda t: t.lower()))
    articles = [draw(article(t)) for t in titles]
    text = "\n\n\n".join(articles)
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\n"])))
    if draw(st.integers(0, 4)) == 0:
        with contextlib.suppress(UnicodeDecodeError):
            text = text.encode("utf-8").decode("cp1252")
    if draw(st.integers(0, 6)) == 0:
        text = "\ufeff" + text
    return text


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    """What a scraped file may hold on disk: a page in some encoding, damaged
    or not, or plain random bytes."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.binary(max_size=2000))
    text = draw(page())
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if kind == 1:  # cut anywhere, even inside a character
        data = data[: draw(st.integers(0, len(data)))]
    elif kind == 2:  # a few bytes overwritten with noise
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 4))):
            if raw:
                raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        data = bytes(raw)
    return data
