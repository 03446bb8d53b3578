"""Reading inputs: every kind of bad file gets a clear answer, and text in a
legacy encoding is decoded, saying which encoding was assumed."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from cleanse import InputError, clean_file
from cleanse.reading import DEFAULT_MAX_BYTES, decode_bytes, parse_size, read_bytes, read_input

from .bad_inputs import ARTICLE, BAD_INPUTS, HUGE, ONE_LINE, BadInput, write_bad_inputs


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[b.name for b in BAD_INPUTS])
def test_each_bad_input_gets_a_clear_answer(
    bad: BadInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_bad_inputs(tmp_path, monkeypatch)
    result = clean_file(tmp_path / bad.name)
    assert result.status == bad.status, result
    assert result.error is None
    if bad.status == "rejected":
        (reject,) = result.rejects
        assert reject.stage == bad.stage
        assert bad.reason in reject.reason
        assert reject.source == str(tmp_path / bad.name)
    else:
        assert result.documents and not result.rejects
        notes = [e for e in result.documents[0].edits if e.stage == "read"]
        if bad.stage is None:
            assert notes == []
        else:
            (note,) = notes
            assert bad.reason in note.reason and note.line is None


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("cp1252"), "cp1252"),
        (ARTICLE.encode("latin-1", "replace"), "cp1252"),
        (ARTICLE.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-32"), "utf-32-le"),
        ("Министр заявил в понедельник, что переговоры возобновятся.".encode("cp1251"), "cp1251"),
    ],
)
def test_legacy_and_bom_encodings_decode_to_the_right_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, "x.txt")
    assert decoded.encoding == encoding
    assert decoded.text == data.decode(encoding).removeprefix("\ufeff")
    assert decoded.note is not None and "decoded as" in decoded.note


def test_utf8_is_read_as_is_and_says_nothing() -> None:
    decoded = decode_bytes(ARTICLE.encode(), "x.txt")
    assert (decoded.text, decoded.encoding, decoded.note) == (ARTICLE, "utf-8", None)
    with_bom = decode_bytes(codecs.BOM_UTF8 + b"Hi", "x.txt")
    assert with_bom.text == "\ufeffHi" and with_bom.note is None  # fix_encoding records it


def test_a_cp1252_file_comes_out_as_the_utf8_file_does(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(ARTICLE.encode("utf-8"))
    legacy, utf8 = clean_file(tmp_path / "a.txt"), clean_file(tmp_path / "b.txt")
    assert [d.body for d in legacy.documents] == [d.body for d in utf8.documents]
    assert legacy.documents[0].title == "Café Owners Protest New Rules in São Paulo"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00", "ZIP archive"),
        (bytes(range(128, 256)) * 8, "no common encoding fits"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),
    ],
)
def test_binary_and_undecodable_data_is_rejected_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode_bytes(data, "x.txt")


def test_a_huge_file_is_rejected_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(HUGE)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr("cleanse.reading.open", no_open, raising=False)
    with pytest.raises(InputError, match=r"too large: 209715200 bytes, over the 16 MiB"):
        read_bytes(str(path))


def test_a_file_that_grows_past_the_limit_is_read_no_further(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 100)
    real_stat = os.stat

    def stale_stat(p: str) -> os.stat_result:  # as if the file grew after stat
        info = real_stat(p)
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("cleanse.reading.os.stat", stale_stat)
        with pytest.raises(InputError, match="too large: more than that"):
            read_bytes(str(path), max_bytes=50)
    assert read_bytes(str(path), max_bytes=100) == b"x" * 100


def test_the_limit_is_configurable_and_a_1mb_line_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "one_line.txt"
    path.write_text(ONE_LINE, encoding="utf-8")
    assert len(clean_file(path).documents[0].body) == len(ONE_LINE.strip())
    result = clean_file(path, max_bytes=parse_size("512K"))
    assert result.status == "rejected" and "512 KiB input limit" in result.rejects[0].reason
    assert parse_size("16M") == DEFAULT_MAX_BYTES


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode bits")
def test_unreadable_file_really_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_input(str(path))


def test_unreadable_file_permission_error_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Runs for root too: the open itself is refused, as the kernel would.
    write_bad_inputs(tmp_path, monkeypatch)
    with pytest.raises(InputError, match="permission denied: cannot read the file"):
        read_input(str(tmp_path / "unreadable.txt"))


def test_a_pipe_is_skipped_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_input(str(fifo))


@pytest.mark.parametrize("text", ["", "0", "-5", "12X", "M"])
def test_parse_size_rejects_nonsense(text: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


# The same news paragraph in three scripts, for the legacy code pages they were served in.
RUSSIAN = (
    "Министр иностранных дел заявил в понедельник, что переговоры о поставках газа "
    "возобновятся после короткого перерыва. По его словам, обе стороны готовы обсуждать "
    "цены и сроки, но окончательное решение будет принято только в следующем месяце.\n\n"
    "«Мы не торопимся», — сказал он журналистам в Москве.\n"
)
ARABIC = (
    "قال وزير الخارجية يوم الاثنين إن المحادثات بشأن إمدادات الغاز ستستأنف بعد توقف قصير. "
    "وأضاف أن الطرفين مستعدان لمناقشة الأسعار والمواعيد، لكن القرار النهائي لن يتخذ إلا في "
    "الشهر المقبل.\n"
)
CHINESE = (
    "外交部长周一表示，有关天然气供应的谈判将在短暂休会后恢复。他说，双方都准备讨论价格和期限，"
    "但最终决定要到下个月才会作出。\n"
)


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [(RUSSIAN, "cp1251", "cp1251"), (ARABIC, "cp1256", "cp1256"), (CHINESE, "gbk", "gb18030")],
)
def test_a_legacy_page_still_goes_to_charset_detection(
    text: str, codec: str, encoding: str
) -> None:
    decoded = decode_bytes(text.encode(codec), "x.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)


MIXED = b"Caf\xc3\xa9 Owner\n\nThe caf\xc3\xa9 owner said \x93thanks\x94.\n"


@pytest.mark.parametrize(
    ("data", "text", "note"),
    [
        (MIXED, "Café Owner\n\nThe café owner said “thanks”.\n", "2 read as cp1252 (the first, "
         "0x93, on line 3)"),
        (b"Na\xc3\xafve caf\xc3\xa9 \x96 or \xe9l\xe8ve\n", "Naïve café – or élève\n",
         "3 read as cp1252"),
        (codecs.BOM_UTF8 + b"\xe2\x80\x9cQuote\xe2\x80\x9d \x97 said\n",
         "\ufeff“Quote” — said\n", "1 read as cp1252 (the first, 0x97, on line 1)"),
        (b"The owner said hello.\n\nIt was a good day\x81 for all.\n",
         "The owner said hello.\n\nIt was a good day\ufffd for all.\n",
         "1 that cp1252 does not define replaced by U+FFFD (the first, 0x81, on line 3)"),
        (b"Caf\xc3\xa9 \x93ok\x94 \x8d\x90\n", "Café “ok” \ufffd\ufffd\n",
         "2 read as cp1252, 2 that cp1252 does not define replaced by U+FFFD"),
    ],
)  # fmt: skip
def test_utf8_with_a_few_stray_bytes_is_utf8_with_the_strays_read_as_cp1252(
    data: bytes, text: str, note: str
) -> None:
    decoded = decode_bytes(data, "x.txt")
    assert (decoded.text, decoded.encoding) == (text, "utf-8+cp1252")
    assert decoded.note is not None and note in decoded.note
    assert decoded.note.startswith("decoded as UTF-8 except for stray bytes that are not UTF-8")


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("cp1252"),  # no UTF-8 at all: a cp1252 page
        "Café ".encode() + "Élève naïve à côté, déjà reçu".encode("cp1252"),  # mostly cp1252
        b"Plain text" + b" \x81" * 6 + b" and more text.\n",  # more than a handful undefined
        RUSSIAN.encode("cp1251") + "Café".encode(),  # a Russian page with a UTF-8 word
    ],
)
def test_text_that_is_not_mostly_utf8_goes_to_charset_detection(data: bytes) -> None:
    decoded = decode_bytes(data, "x.txt")
    assert decoded.note is not None and "encoding guessed from its bytes" in decoded.note


def test_stray_bytes_are_recorded_on_the_document(tmp_path: Path) -> None:
    page = tmp_path / "mixed.txt"
    page.write_bytes(b"Title\n\nTT\n\nTitle\n\n" + MIXED)
    (doc,) = clean_file(page).documents
    assert 'The café owner said "thanks".' in doc.body  # straightened, not mojibake
    (note,) = [e for e in doc.edits if e.stage == "read"]
    assert note.line is None and "2 read as cp1252" in note.reason
