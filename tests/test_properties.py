"""Invariants that hold for any input: idempotence, nothing invented, every
line accounted for, no stage raises."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cleanse import Document, Draft, Pipeline, clean_file, clean_text
from cleanse.dedup import line_key
from cleanse.stages import fix_encoding

from .strategies import UI_DEBRIS, file_bytes, page

PIPELINE = Pipeline()


def fold(text: str) -> str:
    """Compare text ignoring white space layout, case and quote style."""
    return line_key(" ".join(text.split()))


def repaired(text: str) -> str:
    """The input as fix_encoding sees it, the reference for 'nothing invented'."""
    return "\n".join(fix_encoding(Draft.from_text(text), PIPELINE.config).lines)


def render(doc: Document) -> str:
    """The document as a clean page in the input's format: title, then body,
    with subheadings written as ``- Subheading`` again."""
    headings = set(doc.headings)
    body = "\n\n".join(f"- {p}" if p in headings else p for p in doc.body.split("\n\n"))
    return f"{doc.title}\n\n{body}" if doc.title else body


def check_nothing_invented(text: str, docs: list[Document]) -> None:
    reference = fold(repaired(text))
    for doc in docs:
        pieces = [doc.title or "", *doc.captions, *doc.headings, *doc.body.split("\n\n")]
        for piece in pieces:
            assert fold(piece) in reference, f"invented text: {piece!r}"


def check_every_line_accounted(text: str) -> None:
    """Each non-blank input line is in the output (with its line number) or in an edit."""
    base = fix_encoding(Draft.from_text(text), PIPELINE.config)
    wanted = {n for line, n in zip(base.lines, base.numbers, strict=True) if line.strip()}
    seen: set[int] = set()
    for d in PIPELINE.run_draft(Draft.from_text(text)):
        if d.rejected is not None:
            seen.update(d.numbers)
        seen.update(n for line, n in zip(d.lines, d.numbers, strict=True) if line.strip())
        seen.update(e.line for e in d.edits if e.line is not None)
    missing = sorted(wanted - seen)
    assert not missing, f"lines neither kept nor recorded in edits: {missing}"


@given(page())
def test_no_stage_raises_and_nothing_is_invented(text: str) -> None:
    result = PIPELINE.run(text, "page.txt")
    check_nothing_invented(text, result.documents)


@given(page())
def test_every_input_line_is_kept_or_recorded(text: str) -> None:
    check_every_line_accounted(text)


@given(page())
def test_cleaning_is_idempotent(text: str) -> None:
    check_idempotent(text)


def check_idempotent(text: str) -> None:
    """Cleaning the page a document makes gives the same document back."""
    for doc in clean_text(text):
        if doc.title is not None and line_key(doc.title) in map(line_key, doc.body.split("\n\n")):
            # A body paragraph (a subheading, say) equal to the title reads as
            # the title printed twice once the page is rendered without its
            # bullets: rendering, not cleaning, makes that page different.
            continue
        again = clean_text(render(doc))
        assert len(again) == 1
        assert (again[0].title, again[0].body) == (doc.title, doc.body)


@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    result = PIPELINE.run(text, "x.txt")
    check_nothing_invented(text, result.documents)
    check_every_line_accounted(text)


@given(st.binary())
def test_arbitrary_bytes_decoded_leniently_never_raise(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    PIPELINE.run(text, "x.bin")


@given(page())
def test_mojibake_of_a_page_is_repaired_to_the_page(text: str) -> None:
    """The fast whole-page repair and ftfy agree: a page broken by reading its
    UTF-8 as Windows-1252 cleans to the same documents as the page itself."""
    try:
        broken = text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return  # bytes undefined in cp1252: not this kind of damage
    ours = [(d.title, d.captions, d.body) for d in clean_text(broken)]
    assert ours == [(d.title, d.captions, d.body) for d in clean_text(text)]


@given(file_bytes())
def test_any_file_gets_documents_or_a_reason_through_the_real_reading_path(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_bytes(data)
        result = clean_file(path, PIPELINE)
    assert result.error is None, result.error  # bad bytes are a reject, never a crash
    assert result.documents or result.rejects
    for reject in result.rejects:
        assert reject.reason and reject.stage
    for doc in result.documents:
        Document.model_validate(doc.model_dump())  # still valid after the read edits


@given(page())
def test_generic_ui_debris_never_reaches_the_body(text: str) -> None:
    for doc in clean_text(text):
        left = set(doc.body.split("\n\n")) & set(UI_DEBRIS)
        assert not left, f"UI debris left in the body: {sorted(left)}"
