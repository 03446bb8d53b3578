"""Unit tests, one group per stage, each stage called alone on a Draft."""

from __future__ import annotations

import pytest

from cleanse import Config, clean_text
from cleanse.stages import (
    _wrapped_on,
    collapse_header,
    drop_markers,
    extract_headings,
    fix_encoding,
    normalize_paragraphs,
    normalize_quotes,
    reject_empty,
    split_articles,
)

from .conftest import CONFIG, draft

# fix_encoding ---------------------------------------------------------------


def test_fix_encoding_leaves_clean_text_untouched() -> None:
    d = draft("Plain text.\n\nCafé “quoted”.")
    assert fix_encoding(d, CONFIG) is d


def test_fix_encoding_repairs_mojibake_line_by_line() -> None:
    d = fix_encoding(draft("The cafÃ© opened.\nIt was fine."), CONFIG)
    assert d.lines == ("The café opened.", "It was fine.")
    (edit,) = d.edits
    assert (edit.stage, edit.kind, edit.line) == ("fix_encoding", "replaced", 1)
    assert edit.text == "The cafÃ© opened." and edit.replacement == "The café opened."


def test_fix_encoding_keeps_the_joiners_of_persian_words_and_emoji() -> None:
    """The zero-width non-joiner spells Persian ("واگن‌های"); the joiner joins
    an emoji family. Next to a Latin letter they are stray, and go."""
    persian, family = "واگن\u200cهای قطار", "👨\u200d👩\u200d👧"
    d = fix_encoding(draft(f"{persian}\n{family}\nfoo\u200cbar"), CONFIG)
    assert d.lines == (persian, family, "foobar")


def test_fix_encoding_crlf_and_lone_cr() -> None:
    d = fix_encoding(draft("a\r\nb\r\nc\rd"), CONFIG)
    assert d.lines == ("a", "b", "c", "d")
    assert d.numbers == (1, 2, 3, 3)
    assert "2 CRLF" in d.edits[0].reason and "1 lone CR" in d.edits[0].reason


def test_fix_encoding_bom_nbsp_controls_nfc() -> None:
    d = fix_encoding(draft("\ufeffTitle\nA\u00a0B\x07C\nCafe\u0301"), CONFIG)
    assert d.lines == ("Title", "A BC", "Café")


def test_fix_encoding_does_not_touch_legitimate_accents() -> None:
    text = "À Paris, l’été dernier, façade, naïve, Ångström, Müller, señor."
    assert fix_encoding(draft(text), CONFIG).lines == (text,)


# split_articles ---------------------------------------------------------------

HEADER = "{t}\n\n{c}\n{c}\nTT\n\n{t}\n\n{c}\n{c}\n\n"


def article(title: str, body: str, caption: str = "A photo of it (AFP)") -> str:
    return HEADER.format(t=title, c=caption) + body


def test_split_articles_splits_merged_headers() -> None:
    text = article("First Story", "Body one.") + "\n\n\n" + article("Second Story", "Body two.")
    parts = split_articles(draft(text), CONFIG)
    assert isinstance(parts, list) and len(parts) == 2
    assert parts[1].lines[0] == "Second Story" and parts[1].part == 1
    assert parts[1].edits[-1].kind == "split"


def test_split_articles_needs_a_header_sign_not_just_a_repeat() -> None:
    # A refrain repeated in the body, one blank line apart: no marker, no
    # credited caption, not after a gap: stays in one article.
    text = "Title\n\nThey sang:\n\nWe shall overcome\n\nWe shall overcome\n\nThe end."
    assert split_articles(draft(text), CONFIG) == draft(text)


def test_a_newsletters_post_starts_at_its_headline_over_its_subtitle() -> None:
    """A Markdown digest: each post a linked headline, a subtitle one level
    down, the author's line and a date. The post starts at the headline."""

    def post(title: str, dek: str) -> str:
        return (
            f"# [{title}](https://news.example/p/{len(title)})\n\n### {dek}\n\n"
            "[Odile Brackwater](https://news.example/@odile)\nJun 7\n\n"
            "At 7.05 on Tuesday morning the chain ferry crossed the river again.\n\n"
            "The crossing closed in March when an inspection found corrosion.\n\n"
        )

    text = post("The ferry is back", "After eleven weeks, a crossing") + post(
        "What the flood wardens saw", "A night on the bank with the volunteers"
    )
    docs = clean_text(text)
    assert [d.title for d in docs] == ["The ferry is back", "What the flood wardens saw"]
    assert docs[1].body.startswith("### A night on the bank")


def test_split_articles_without_tt() -> None:
    text = "One\n\nOne\n\nBody.\n\n\nTwo\n\nTwo\n\nMore body."
    parts = split_articles(draft(text), CONFIG)
    assert isinstance(parts, list) and [p.lines[0] for p in parts] == ["One", "Two"]


def test_split_articles_keeps_edits_with_their_part() -> None:
    text = article("First", "Caf\u00c3\u00a9 one.") + "\n\n\n" + article("Second", "Two.")
    d = fix_encoding(draft(text), CONFIG)
    parts = split_articles(d, CONFIG)
    assert isinstance(parts, list)
    assert [e.stage for e in parts[0].edits] == ["fix_encoding"]
    assert [e.stage for e in parts[1].edits] == ["split_articles"]


# drop_markers ---------------------------------------------------------------


def test_drop_markers_whole_lines_only() -> None:
    d = drop_markers(draft("TT\nThe TT race.\n  advertisement \nShare this"), CONFIG)
    assert d.lines == ("The TT race.",)
    assert [e.line for e in d.edits] == [1, 3, 4]


def test_drop_markers_is_configurable() -> None:
    config = Config(markers=("Continue reading",))
    d = drop_markers(draft("TT\nContinue reading\nText."), config)
    assert d.lines == ("TT", "Text.")


# collapse_header ---------------------------------------------------------------


def test_collapse_header_seed_shape() -> None:
    d = drop_markers(draft(article("Big News", "The body.")), CONFIG)
    d = collapse_header(d, CONFIG)
    assert d.title == "Big News"
    assert d.captions == ("A photo of it (AFP)",)
    assert [line for line in d.lines if line.strip()] == ["The body."]


def test_collapse_header_caption_copies_differ_in_details() -> None:
    text = "Title\n\nA caption (AP)\nA  caption (AP).\nTT\nTitle\n\nText."
    d = collapse_header(drop_markers(draft(text), CONFIG), CONFIG)
    assert d.captions == ("A caption (AP)",)
    assert [line for line in d.lines if line.strip()] == ["Text."]


def test_collapse_header_removes_copies_in_body() -> None:
    text = article("Title", "Para one.\n\nA photo of it (AFP)\n\nPara two.")
    d = collapse_header(drop_markers(draft(text), CONFIG), CONFIG)
    assert [line for line in d.lines if line.strip()] == ["Para one.", "Para two."]
    assert d.edits[-1].reason == "copy of caption 1 in the body"


def test_collapse_header_plain_title() -> None:
    d = collapse_header(draft("A Headline\n\nFirst paragraph.\n\nSecond."), CONFIG)
    assert d.title == "A Headline"
    assert d.lines[1:] == ("First paragraph.", "", "Second.")


def test_a_markdown_pages_one_top_heading_is_its_headline() -> None:
    body = "The council opened the new ferry route on Monday after three years of work.\n\n" * 3
    top = "[Trang chủ][1] | [Thời sự][2] | Tiếng Việt\n\nMonday, 3 March 2025\n\n"
    head = "# New ferry to Hon Lau island cuts the trip to 50 minutes\n\n"
    (doc,) = clean_text(top + head + body)
    assert doc.title == "New ferry to Hon Lau island cuts the trip to 50 minutes"
    # The page's heading over its items' headlines is no article's headline.
    listing = "# Haber Arşivi Mart 2024\n\n## Kent kütüphanesinde yeni atölye\n\n"
    docs = clean_text(top + listing + body)
    assert docs[0].title != "Haber Arşivi Mart 2024"


@pytest.mark.parametrize(
    "text",
    [
        "Just one paragraph that ends like a sentence.",
        "Only a line with no period",
        "First line is a sentence.\n\nSecond paragraph.",
    ],
)
def test_collapse_header_leaves_text_without_title(text: str) -> None:
    d = draft(text)
    assert collapse_header(d, CONFIG) is d


def test_collapse_header_finds_a_title_printed_far_apart() -> None:
    """A page's title at the top, a sentence of the page's and a menu under
    it, the headline again over the text: the first copy is the title."""
    title = "Flood barriers go up along the river front"
    body = "The city began work on Monday.\n\nIt will take a month, officials said."
    menu = "\n".join(["News", "Sport", "Weather", "Jane Doe"])
    text = (
        f"5347\nTo save this article, visit your profile first.\n{title}\n{menu}\n{title}\n{body}"
    )
    d = collapse_header(draft(text), CONFIG)
    assert d.title == title
    assert title not in d.lines and "5347" in d.lines
    # Printed once, a line of the page's is no title; nor is a number.
    once = text.replace(f"{title}\n{menu}\n{title}", f"{title}\n{menu}")
    assert collapse_header(draft(once), CONFIG).title is None


MENU = "\n".join(["Home", "News", "Sport", "Business", "Opinion", "Weather"])
BELOW_MENU = (
    "Council approves new bridge over the Ashby after long delay\n"
    "By Jane Doe\n"
    "March 4, 2025\n"
    "The council voted on Tuesday to build a new bridge over the river Ashby.\n"
    "Work will start in the spring, officials said."
)


@pytest.mark.parametrize("top", ["Lakeshore 7 Online", "Local News - The Ashby Herald"])
def test_collapse_header_finds_the_title_below_the_pages_menus(top: str) -> None:
    """The site's name or the page's title, then menus, then the headline over
    its byline: the headline is the title, the line above the menus the page's."""
    (doc,) = clean_text(f"{top}\n{MENU}\n{BELOW_MENU}")
    assert doc.title == "Council approves new bridge over the Ashby after long delay"
    assert doc.byline == "By Jane Doe"
    assert top not in doc.body
    gone = [e for e in doc.edits if e.text == top]
    assert gone[0].reason == "the page's line above its menus, over the title"


def test_a_hard_wrapped_paragraphs_first_line_is_no_title_below_the_menus() -> None:
    """A text wrapped at a width (a text browser's): a line whose next word
    would not have fitted on it runs on, whatever its case; a headline over
    a blank line does not."""
    text = (
        "Bridge over the Sytnianka reopens\n\n"
        "After eight months of repairs the town has reopened the road bridge over the\n"
        "Sytnianka river on Sadova Street, and the buses of route four are back on it\n"
        "again. Work began in March: the contractor replaced the beams, the waterproofing\n"
        "and the surface, and put up new railings and lights, the mayor said on Friday,\n"
        "adding that the town paid a third of the cost.\n"
    )
    d = draft(text)
    assert [_wrapped_on(d, i) for i in (0, 2)] == [False, True]


@pytest.mark.parametrize(
    "top",
    [
        # A headline of more than seven words printed above the menus is the
        # title, even over a shorter headline with a byline under it.
        "Bridge vote splits the council right down the middle",
    ],
)
def test_collapse_header_keeps_a_headline_above_the_menus(top: str) -> None:
    text = f"{top}\n{MENU}\n{BELOW_MENU}".replace(
        "Council approves new bridge over the Ashby after long delay", "Bridge vote: the details"
    )
    (doc,) = clean_text(text)
    assert doc.title == top
    assert "Bridge vote: the details" in doc.body


@pytest.mark.parametrize(
    ("top", "field", "value"),
    [
        ("Heritage", "section", "Heritage"),
        ("[Photo Galleries](/galleries/)", "section", "Photo Galleries"),
        ("https://example.com/news/2025/bridge", "url", "https://example.com/news/2025/bridge"),
    ],
)
def test_collapse_header_takes_a_sections_name_over_the_title(
    top: str, field: str, value: str
) -> None:
    """A line of one or two words (or a link, or the page's address) over a
    headline that stands over its byline: the headline is the title."""
    (doc,) = clean_text(f"{top}\n{BELOW_MENU}")
    assert doc.title == "Council approves new bridge over the Ashby after long delay"
    assert getattr(doc, field) == value
    assert top not in doc.body


def test_collapse_header_keeps_a_field_line_over_the_title() -> None:
    (doc,) = clean_text(f"type: article\n{BELOW_MENU}")
    assert doc.section is None  # a field of an export is no section


# extract_headings ---------------------------------------------------------------


def test_extract_headings() -> None:
    d = extract_headings(draft("Text.\n\n- A Subheading\n\nMore."), CONFIG)
    assert d.headings == ("A Subheading",)
    assert d.lines == ("Text.", "", "A Subheading", "", "More.")


def test_extract_headings_leaves_lists_alone() -> None:
    text = "Three things:\n- one thing\n- another thing\n- a third thing"
    d = draft(text)
    assert extract_headings(d, CONFIG) is d
    d = draft("Note:\n\n- This is a sentence in a bullet.\n")
    assert extract_headings(d, CONFIG).headings == ()
    d = draft("Text.\n\n* * *\n\nMore.\n\n- - -\n\nEnd.")  # separators, not headings
    assert extract_headings(d, CONFIG) is d


# normalize_quotes ---------------------------------------------------------------


def test_normalize_quotes_straight_and_keep() -> None:
    d = draft("“Hi,” she said. It’s «fine».").replace(title="The “T”")
    out = normalize_quotes(d, CONFIG)
    assert out.lines == ('"Hi," she said. It\'s «fine».',)
    assert out.title == 'The "T"'
    assert out.edits[0].reason == "straightened 5 curly quotes"
    assert normalize_quotes(d, Config(quote_style="keep")) is d


# normalize_paragraphs ---------------------------------------------------------


def test_normalize_paragraphs_blank_and_single_newlines_agree() -> None:
    a = normalize_paragraphs(draft("One.\n\n\nTwo.\n\nThree."), CONFIG)
    b = normalize_paragraphs(draft("One.\nTwo.\nThree."), CONFIG)
    assert a.lines == b.lines == ("One.", "", "Two.", "", "Three.")


def test_normalize_paragraphs_unwraps_only_visible_run_ons() -> None:
    d = normalize_paragraphs(draft("A line that\ngoes on.\nNew Sentence here."), CONFIG)
    assert d.lines == ("A line that goes on.", "", "New Sentence here.")
    off = normalize_paragraphs(draft("A line that\ngoes on."), Config(unwrap_lines=False))
    assert off.lines == ("A line that", "", "goes on.")


WRAPPED = (
    "   The agency said river levels at Harrow Bridge had risen again\n"
    "   overnight and were expected to peak late on Tuesday or early on\n"
    "   Wednesday.\n\n"
    "   Residents were asked to move their valuables upstairs and not\n"
    "   to drive through flood water on the valley roads this week, and\n"
    "   to keep away from the river banks until the warning is lifted.\n"
)


def test_normalize_paragraphs_unwraps_a_capital_that_did_not_fit() -> None:
    # A text wrapped at a width: "Wednesday." would not have fitted on the
    # line before, which is itself the wrapped part of a sentence.
    d = normalize_paragraphs(draft(WRAPPED), CONFIG)
    assert d.lines[0].endswith("late on Tuesday or early on Wednesday.")
    assert len([line for line in d.lines if line]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # A short line that would have fitted: a break the writer made.
        WRAPPED + "   Short line with no stop\n   Next one starts here.\n",
        # A headline list below the text: no line of it runs on.
        WRAPPED + "\nMore stories\nHospital parking charges to rise in April again\n"
        "Ferry crew praised for a cliff rescue on the coast\n",
        # A poem in a text of one line a paragraph: the text is not wrapped
        # at a width, so each stanza's first line stays where it is.
        "The poem was read aloud on Thursday evening at the church, where more than"
        " three hundred people queued in the rain to hear it read.\n"
        "We lifted the sofas and the photographs\nwe carried the dog across the square\n"
        "and the names of the neighbours upstairs\nThe water came in at the back door\n"
        "and left by the front like a guest\n",
    ],
)
def test_normalize_paragraphs_keeps_breaks_that_are_no_wraps(text: str) -> None:
    d = normalize_paragraphs(draft(text), CONFIG)
    for first in ("Next one", "Hospital", "Ferry", "The water"):
        if first in text:
            assert any(line.startswith(first) for line in d.lines), first


def test_normalize_paragraphs_collapses_space() -> None:
    d = normalize_paragraphs(draft("  Two   spaces\there.  "), CONFIG)
    assert d.lines == ("Two spaces here.",)
    assert "collapsed white space on 1 line" in d.edits[0].reason


# reject_empty ---------------------------------------------------------------


def test_reject_empty() -> None:
    assert reject_empty(draft("  \n\n"), CONFIG).rejected is not None
    titled = draft("").replace(title="T")
    assert "only a title" in (reject_empty(titled, CONFIG).rejected or "")
    d = draft("Text.")
    assert reject_empty(d, CONFIG) is d


def test_fix_encoding_whole_page_mojibake_takes_the_fast_path_and_matches_ftfy() -> None:
    import ftfy
    import ftfy.bad_codecs

    clean = "Minister\u2019s visit\n\n\u201cWe want answers,\u201d he said.\n"
    clean += "The caf\u00e9 \u2014 closed."
    broken = clean.encode("utf-8").decode("sloppy-windows-1252")  # 0x9d kept as U+009D
    fixed = fix_encoding(draft(broken), CONFIG)
    assert fixed.lines == tuple(clean.split("\n"))
    no_uncurl = ftfy.TextFixerConfig(uncurl_quotes=False)
    assert fixed.lines == tuple(ftfy.fix_text(s, no_uncurl) for s in broken.split("\n"))
    assert {e.reason for e in fixed.edits} == {"fixed mojibake"}


def test_fix_encoding_partly_broken_page_still_repaired_line_by_line() -> None:
    text = "Clean \u201cquoted\u201d line.\nThe cafÃ© opened.\nStraße."
    assert fix_encoding(draft(text), CONFIG).lines == (
        "Clean \u201cquoted\u201d line.",
        "The café opened.",
        "Straße.",
    )


# split_articles: weaker header signs ------------------------------------------

BODY = "The council said on Monday that it would act on the report soon."


def test_split_after_a_ui_line_without_blank_lines() -> None:
    text = (
        f"First Story Here\n{BODY}\nComments\nNext article\nBusiness\n"
        f"Second Story Here\nSecond Story Here\nBy Jane Doe\n{BODY}"
    )
    parts = split_articles(draft(text), CONFIG)
    assert isinstance(parts, list) and [p.lines[0] for p in parts] == [
        "First Story Here",
        "Business",
    ]
    assert parts[1].edits[-1].reason.endswith("after a UI line")


def test_split_at_a_title_and_its_caption_printed_twice_after_blank_lines() -> None:
    cap = "Cars fill the carpark on a January afternoon. Photo: Ben Harlow/Courier"
    text = f"First Story Here\n\n{BODY}\n\n\nSecond Story Here\n\n{cap}\n{cap}.\n\n{BODY}"
    parts = split_articles(draft(text), CONFIG)
    assert isinstance(parts, list) and [p.lines[0] for p in parts] == [
        "First Story Here",
        "Second Story Here",
    ]


def test_split_at_a_title_and_a_placeholder_caption_printed_twice_after_blank_lines() -> None:
    text = f"First Story Here\n\n{BODY}\n\n\nSecond Story Here\n\nN/A\nN/A\n\n{BODY}"
    parts = split_articles(draft(text), CONFIG)
    assert isinstance(parts, list) and [p.lines[0] for p in parts] == [
        "First Story Here",
        "Second Story Here",
    ]
    # Printed once, a placeholder is no header.
    once = draft(f"First Story Here\n\n{BODY}\n\n\nSecond Story Here\n\nN/A\n\n{BODY}")
    assert split_articles(once, CONFIG) is once


@pytest.mark.parametrize(
    "text",
    [
        # Placeholders printed twice after share buttons are no title.
        f"A Title\n\nFacebook | Twitter\nN/A\nN/A\n\nA Title\n\n{BODY}",
        # A UI line with no article before it.
        "A Title\nShare\nAnother Title Here\nAnother Title Here\n\n" + BODY,
    ],
)
def test_no_split_on_weak_signs_without_an_article_before(text: str) -> None:
    d = draft(text)
    assert split_articles(d, CONFIG) is d


def test_caption_copies_in_the_body_differ_in_punctuation_or_lack_the_credit() -> None:
    cap = "Workers at the site of the plant in July. (AFP)"
    text = (
        f"A Title\n\n{cap}\n{cap}\n\n{BODY}\n\nWorkers at the site of the plant in July (AFP)"
        f"\n\nMore text.\n\nWorkers at the site of the plant in July."
    )
    d = collapse_header(draft(text), CONFIG)
    assert d.captions == (cap,)
    assert [line for line in d.lines if line] == [BODY, "More text."]


def test_a_live_blogs_time_is_no_title() -> None:
    text = (
        "6.05pm\nHighway to stay closed overnight\n"
        "Transport officials say the highway will stay closed until morning.\n"
        "5.20pm\nSchools closed\nSeven schools in the ranges are closed today.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title != "6.05pm" and doc.section is None
    assert doc.body.startswith("6.05pm")


def test_a_pages_sentence_printed_twice_is_no_title() -> None:
    """A page's prompt printed at the top and again under its menu (the menu
    gone) is no title; the headline printed twice above the text is."""
    title = "Intensified Surveillance Has Put the Valley on Lockdown"
    prompt = "To revist this article, visit My Profile, then View saved stories."
    body = (
        "The valley was a laboratory for new surveillance tools, officials said on Monday.\n"
        "Checkpoints now close for hours at a time, and travel between towns has slowed."
    )
    text = f"{prompt}\n{title}\n{prompt}\nMagazine\nEvents\nTom Bennett\n{title}\n{body}"
    assert collapse_header(draft(text), CONFIG).title == title


def test_a_whole_pages_headline_stands_over_its_byline() -> None:
    """A whole page: the site's line, its menus (taken out), teasers the
    rules leave, then the headline over its dek and byline, then the text."""
    menu = "\n".join(["Home", "News", "Sport", "Business", "Opinion", "Weather", "Traffic"])
    teasers = "Storm knocks out power to 4,000 homes\nCouncil delays vote on new library"
    text = (
        f"KXPV 7 News Port Ellery's News Leader\n{menu}\n{teasers}\n"
        "Keller Avenue water main break closes downtown streets\n"
        "About 1,800 customers are without water\n"
        "By Dana Whitcomb\n"
        "A 24-inch water main burst beneath Keller Avenue on Tuesday afternoon, the city said.\n"
        "Crews expect repairs to last into Thursday, and several businesses closed early.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "Keller Avenue water main break closes downtown streets"
    assert "Storm knocks out power to 4,000 homes" in doc.body  # left, not lost


def test_a_whole_pages_headline_stands_over_its_text_without_a_byline() -> None:
    """The page's date above the headline, no byline: the headline stands
    right over the text."""
    text = (
        f"CNN\n{MENU}\nTraffic\nTop stories\nMarch 4, 2025\n"
        "Rebels seize missile depots near the capital\n"
        "Rebels seized two missile depots on Monday, activists said from the region.\n"
        "Government forces have not commented on the fighting, which went on all night.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "Rebels seize missile depots near the capital"


def test_a_wrapped_paragraphs_first_line_is_no_headline() -> None:
    text = (
        f"CNN\n{MENU}\nTraffic\n\n"
        "The delay is due to the foundations having to be redone, after subsidence\n"
        "was found under the planned pool.\n\n"
        "The hall can open in March 2027 at the earliest, the council said on Monday.\n\n"
        "The cost has risen by a third since the first estimate two years ago, it said.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title != "The delay is due to the foundations having to be redone, after subsidence"


def test_a_whole_pages_headline_over_hard_wrapped_text() -> None:
    """A text browser's page wrapped at 72 columns: the site's tagline over
    its menus, the headline over the byline and date, then paragraphs whose
    lines run on. The text's first line, which wraps before a name, is no
    headline either."""
    wrapped = (
        "Efter tre timmars debatt röstade kårfullmäktige på onsdagskvällen nej\n"
        "till förslaget om att höja terminsavgiften med 40 kronor. Beslutet\n"
        "innebär att kåren måste hitta besparingar till hösten.\n\n"
    )
    text = (
        f"Oberoende studenttidning vid Norrviks universitet sedan 1957\n\n{MENU}\nSök\n\n"
        "Studentkåren röstade nej till höjd terminsavgift\n\n"
        "Av Elin Sandgren\n\nPublicerad 14 februari 2024 kl. 22.41\n\n" + wrapped * 3
    )
    (doc,) = clean_text(text)
    assert doc.title == "Studentkåren röstade nej till höjd terminsavgift"
    named = (
        "Le festival Jazz au Moulin fêtera sa quinzième édition du 19 au 21 juillet à\n"
        "Saint-Orlan-sur-Sarne, avec vingt-deux concerts, un record depuis sa création.\n\n"
    )
    text = f"Le quotidien de la vallée\n\n{MENU}\nTraffic\n\n" + named + wrapped * 3
    (doc,) = clean_text(text)
    assert doc.title is None or not doc.title.startswith("Le festival Jazz")


@pytest.mark.parametrize(
    "credit", ["National Desk By National Desk The Plain Dealer", "LinkNaija October 06, 2018"]
)
def test_a_credit_over_the_byline_is_no_headline(credit: str) -> None:
    """A whole page's headline is looked for over its byline (the page's date
    above stops the search below the menus); a credit there is none."""
    text = (
        f"KXPV 7 News\n{MENU}\nTraffic\nMarch 4, 2025\n{credit}\nBy Jane Doe\n"
        "A 24-inch water main burst beneath Keller Avenue on Tuesday afternoon, the city said.\n"
        "Crews expect repairs to last into Thursday, and several businesses closed early.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title != credit
    assert credit in doc.body
