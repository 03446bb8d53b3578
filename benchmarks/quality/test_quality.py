"""The quality gate: floors on the labelled pages, and the scorer's own checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from .score import (
    SETS,
    _title_right,
    _words,
    cleanse_outcome,
    load_page,
    load_pages,
    nothing_outcome,
    score,
)

# Floors at the numbers in README.md: a change that loses article text, or
# removes less debris, fails here. Raise them when the numbers rise.
# r7, r17, r21 and r25 lost a line each when a Markdown page's one "# "
# headline became its title: the menu row, app prompt or consent button
# above it had been taken for the title (out of the body), and stays now.
FLOORS = {
    "pages": {"text_kept": 1.0, "debris_removed": 1.0},
    "heldout": {"text_kept": 1.0, "debris_removed": 0.973},
    "heldout_final": {"text_kept": 1.0, "debris_removed": 1.0},
    "heldout_merged": {"text_kept": 1.0, "debris_removed": 1.0, "merged_split_right": 1.0},
    "heldout_r5": {"text_kept": 1.0, "debris_removed": 0.982, "merged_split_right": 1.0},
    "heldout_r6": {"text_kept": 1.0, "debris_removed": 0.956, "merged_split_right": 1.0},
    # One line, the column name over a print page's third story ("LOOKING
    # BACK" over its date), is the article's title for cleanse and a kicker
    # in the labels: lost, and a wrong removal.
    # A release's "About X" paragraph and contact block, which r7 labels
    # debris and r12 and r18 text: they stay.
    "heldout_r7": {
        "text_kept": 0.995,
        "precision": 0.99,
        "debris_removed": 0.805,
        "merged_split_right": 1.0,
    },
    "heldout_r8": {"text_kept": 1.0, "debris_removed": 0.924, "merged_split_right": 1.0},
    # Its newspaper4k page's "Loading..." between two paragraphs stays since the
    # seventh precision review (an artwork's word a story quotes looks the same).
    "heldout_r9": {"text_kept": 1.0, "debris_removed": 0.891, "merged_split_right": 1.0},
    # The Italian print page's kicker ("IL CASO") is taken for its title,
    # and its section name over the second story ("CULTURA", text in the
    # labels) goes to the section field.
    "heldout_r10": {
        "text_kept": 0.993,
        "precision": 0.99,
        "debris_removed": 0.949,
        "merged_split_right": 1.0,
    },
    # The Swedish digest's teaser line was taken as its title (out of the body);
    # now that the headline over hard-wrapped text is found, the teaser stays in the body.
    "heldout_r11": {"text_kept": 1.0, "debris_removed": 0.955, "merged_split_right": 0.75},
    "heldout_r12": {"text_kept": 1.0, "debris_removed": 0.973, "merged_split_right": 1.0},
    # A German kicker on the page's first line, taken for the title.
    "heldout_r13": {
        "text_kept": 0.994,
        "precision": 0.994,
        "debris_removed": 0.957,
        "merged_split_right": 1.0,
    },
    # First scored at 36.8% removed, 99.7% kept, 2 of 7 merged files split.
    "heldout_r14": {
        "text_kept": 1.0,
        "precision": 1.0,
        "debris_removed": 0.886,
        "merged_split_right": 0.85,
    },
    # First scored at 57.6% removed, 100% kept, 0 of 3 merged files split.
    "heldout_r15": {"text_kept": 1.0, "debris_removed": 0.922, "merged_split_right": 1.0},
    # First scored at 52.7% removed, 98.3% kept (a table under a "read
    # also" box), 1 of 3 merged files split.
    "heldout_r16": {"text_kept": 1.0, "debris_removed": 0.923, "merged_split_right": 1.0},
    # First scored at 60.5% removed, 96.1% kept, 0 of 3 merged files split.
    # Two paragraphs a feed prints twice in a row: the later copy goes (as
    # elsewhere), the set labels the earlier one the summary.
    "heldout_r17": {
        "text_kept": 0.992,
        "precision": 0.991,
        "debris_removed": 0.883,
        "merged_split_right": 1.0,
    },
    # First scored at 66.6% removed, 97.7% kept, 96.6% precision, 3 of 3.
    "heldout_r18": {"text_kept": 1.0, "debris_removed": 0.906, "merged_split_right": 1.0},
    # First scored (on 0d3c525) at 58.1% removed, 95.9% kept, 94.7% precision,
    # 1 of 3 merged files split right.
    # One line: a Chinese feed item's excerpt printed right over the same
    # paragraph in the story. r19 labels the first copy the repeat; r5, r8,
    # r10 and r13 label the second (which cleanse takes, as for any paragraph
    # printed twice in a row).
    "heldout_r19": {
        "text_kept": 0.996,
        "precision": 0.996,
        "debris_removed": 0.778,
        "merged_split_right": 1.0,
    },
    # First scored (on 9dfd6ff) at 61.4% removed, 99.7% kept, 99.6% precision,
    # 4 of 4 merged files split right.
    "heldout_r20": {
        "text_kept": 1.0,
        "debris_removed": 0.833,
        "merged_split_right": 1.0,
    },
    # First scored (on c3ad5e6) at 73.3% removed, 100% kept, 100% precision,
    # 1 of 4 merged files split right.
    "heldout_r21": {"text_kept": 1.0, "debris_removed": 0.788, "merged_split_right": 1.0},
    # First scored (on e5e5695) at 51.1% removed, 99.7% kept, 99.3% precision,
    # 1 of 3 merged files split right. One line: a trade story's lead printed
    # twice (the summary over the text), which copy goes (as in r17).
    "heldout_r22": {
        "text_kept": 0.996,
        "precision": 0.995,
        "debris_removed": 0.796,
        "merged_split_right": 1.0,
    },
    # First scored (on 7329fa2) at 58.6% removed, 100% kept, 100% precision,
    # 0 of 3 merged files split right.
    "heldout_r23": {"text_kept": 1.0, "debris_removed": 0.803, "merged_split_right": 1.0},
    # First scored (on 0425891) at 50.8% removed, 99.7% kept, 99.0% precision,
    # 1 of 2 merged files split right (50.3% removed on dec7acc).
    "heldout_r24": {
        "text_kept": 0.997,
        "precision": 0.99,
        "debris_removed": 0.717,
        "merged_split_right": 1.0,
    },
    # First scored (on b35cabd) at 65.9% removed, 100% kept, 100% precision,
    # 1 of 2 merged files split right (the same on dec7acc).
    "heldout_r25": {"text_kept": 1.0, "debris_removed": 0.829, "merged_split_right": 1.0},
    # First scored (on 58154e3) at 54.6% removed, 99.2% kept, 98.3% precision,
    # 1 of 2 merged files split right (the same on dec7acc). The two lines
    # it lost (a table's lower border, a digest item's headline taken with
    # an ad into a list of headlines) are kept now; the ad's lines, which
    # went with them, stay too.
    "heldout_r26": {"text_kept": 1.0, "debris_removed": 0.666, "merged_split_right": 1.0},
    # First scored (on 06ab239) at 68.5% removed, 100% kept, 100% precision,
    # 1 of 1 merged file split right (69.1% on dec7acc). Its Indian page was
    # split in three at its byline ("Ritika Deshpande" / "Pune" / the date):
    # now in two, and the byline's lines that went as a second article's
    # title and fields stay in the body.
    "heldout_r27": {"text_kept": 1.0, "debris_removed": 0.702, "merged_split_right": 1.0},
}


@pytest.mark.parametrize("folder", SETS, ids=[f.name for f in SETS])
def test_cleanse_meets_the_floors(folder: Path) -> None:
    pages = load_pages(folder)
    assert pages, f"no labelled pages in {folder}"
    result = score(pages, cleanse_outcome).as_dict()
    floors = {"precision": 1.0, **FLOORS[folder.name]}
    for key, floor in floors.items():
        assert result[key] is not None and result[key] >= floor, (key, result[key])  # type: ignore[operator]
    if "merged_split_right" not in FLOORS[folder.name]:
        assert result["merged_split_right"] in (None, 1.0)


# 0.860 before r22 and r23 (57.1% and 33.3% of their titles right when first
# scored), 0.843 before r24 and r25 (62.5% and 70.6%), 0.838 before r26 (50.0%).
TITLE_FLOOR = 0.827
"""Articles of all sets whose title is one of the page's labelled titles."""


def test_articles_get_their_titles() -> None:
    pages = [page for folder in SETS for page in load_pages(folder)]
    result = score(pages, cleanse_outcome).as_dict()
    assert result["title_right"] >= TITLE_FLOOR, result["title_right"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("title", "wanted", "right"),
    [
        ("Bridge closed", ["bridge closed | the herald"], True),
        ("# Bridge closed - The Herald", ["bridge closed"], True),
        ("Skip to content", ["bridge closed"], False),
        ("", ["bridge closed"], False),
        (None, [], True),
        (None, ["bridge closed"], False),
    ],
)
def test_a_title_is_right_when_its_words_are_a_labelled_titles(
    title: str | None, wanted: list[str], right: bool
) -> None:
    assert _title_right(title, [_words(w) for w in wanted]) is right


@pytest.mark.parametrize("folder", SETS, ids=[f.name for f in SETS])
def test_every_page_says_where_it_comes_from_and_its_licence(folder: Path) -> None:
    for page in sorted(p for p in folder.iterdir() if p.is_dir()):
        source = (page / "SOURCE").read_text(encoding="utf-8")
        assert "Licence:" in source, page
        assert "Hand-written" in source or "http" in source, page


def test_doing_nothing_keeps_everything_and_removes_nothing() -> None:
    result = score(load_pages(SETS[0]), nothing_outcome).as_dict()
    assert result["text_kept"] == 1.0 and result["debris_removed"] == 0.0


def _page(tmp_path: Path, page: str, labels: str) -> Path:
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (tmp_path / "labels.txt").write_text(labels, encoding="utf-8")
    return tmp_path


def test_labels_must_repeat_the_page_line(tmp_path: Path) -> None:
    folder = _page(tmp_path, "Title\n\nText.", "title\tTitle\n.\t\ntext\tText!")
    with pytest.raises(ValueError, match=r"text differs from page\.txt line 3"):
        load_page(folder)


def test_labels_count_articles_and_check_blank_lines(tmp_path: Path) -> None:
    page = load_page(_page(tmp_path, "A\n\nB", "title\tA\n.\t\n>title\tB"))
    assert (page.articles, page.labels) == (2, ("title", ".", "title"))
    with pytest.raises(ValueError, match=r"'\.' is for blank lines"):
        load_page(_page(tmp_path, "A\nB", "title\tA\n.\tB"))
