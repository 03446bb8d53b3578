"""Generic detectors: debris recognized by its kind, on pages from any site.

Three stages and the line classifiers behind them:

- :func:`drop_ui_lines` drops short lines that are UI debris (share and
  follow links, gallery controls and counters, "updated" timestamps,
  language switchers, read-more teasers, comment prompts, ad labels in
  several scripts, embed residue, copyright footers, placeholder captions),
  by lexicon and shape;
- :func:`extract_metadata` moves the dateline, byline, section and a source
  URL trailer out of the body into their document fields;
- :func:`drop_repeated_blocks` drops a line or block printed again within a
  few lines, when its shape (a photo credit, paragraph length, several
  lines) says it is an extractor's copy and not a refrain.

:func:`feed_boundaries` finds article starts in merged archive and feed files
from date lines and URL trailers; ``split_articles`` uses it.

Every decision names the rule that made it in the edit's reason, and a line
that is not clearly debris stays: losing article text is worse than keeping a
stray line. Classifiers look at a line only after cheap gates (length, a
character test) pass, so long body paragraphs cost one ``len`` each.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise
from typing import Final, NamedTuple

import regex

from .config import DEFAULT_MARKERS, Config
from .dedup import LENGTH_SLACK, line_key, line_keys
from .draft import Draft
from .model import EditKind

__all__ = [
    "byline_line",
    "continued",
    "credit_only",
    "date_line",
    "dated_heading_starts",
    "drop_repeated_blocks",
    "drop_ui_lines",
    "extract_metadata",
    "feed_boundaries",
    "kicker_line",
    "markdown_words",
    "next_article_starts",
    "section_line",
    "ui_rule",
    "url_line",
]

# ---------------------------------------------------------------------------
# Dates and URLs

# Month names, one string a month: English, German, French, Spanish,
# Portuguese, Italian, Dutch, Indonesian, Scandinavian, Polish and Czech
# (as a date says them: "7 października"), Romanian, Turkish, Russian and
# Ukrainian (short forms that are also words, such as "out", "set" or
# "des", left out).
_MONTH_NAMES: Final = (
    "january jan januar janvier janv enero janeiro gennaio januari jän gener"
    " styczeń stycznia leden ledna ianuarie ocak января січня",
    "february feb februar février fevrier févr febrero fevereiro febbraio februari febrer"
    " luty lutego únor února februarie şubat февраля лютого",
    "march mar märz maerz mars marzo março maart mrt maret mär"
    " marzec marca březen března martie mart марта березня març",
    "april apr avril avr abril aprile kwiecień kwietnia duben dubna aprilie nisan апреля квітня",
    "may mai mayo maio maggio mei maj maja květen května mayıs мая травня maig",
    "june jun juni juin junio junho giugno czerwiec czerwca červen června iunie haziran"
    " июня червня juny",
    "july jul juli juillet juil julio julho luglio lipiec lipca červenec července iulie temmuz"
    " июля липня juliol",
    "august aug août aout agosto augustus agustus augusti sierpień sierpnia srpen srpna"
    " ağustos августа серпня agost",
    "september sep sept septembre septiembre setiembre setembro settembre wrzesień września"
    " září septembrie eylül сентября вересня setembre",
    "october oct oktober octobre octubre outubro ottobre okt październik października"
    " říjen října octombrie ekim октября жовтня",
    "november nov novembre noviembre novembro listopad listopada listopadu noiembrie kasım"
    " ноября листопада novembre",
    "december dec dezember décembre decembre déc diciembre dezembro dicembre desember"
    " grudzień grudnia prosinec prosince decembrie aralık декабря грудня desembre",
)
# Arabic month names: the Egyptian and Gulf forms, and the Levantine.
_ARABIC_MONTHS: Final = (
    "يناير كانون_الثاني",
    "فبراير شباط",
    "مارس آذار",
    "أبريل ابريل إبريل نيسان",
    "مايو أيار",
    "يونيو يونيه حزيران",
    "يوليو يوليه تموز",
    "أغسطس اغسطس آب",
    "سبتمبر أيلول",
    "أكتوبر اكتوبر تشرين_الأول",
    "نوفمبر تشرين_الثاني",
    "ديسمبر كانون_الأول",
)
# Greek (genitive, as a date says them), Finnish, Hungarian, Hebrew (with
# the "in" prefix, "במאי"), Hindi, and the Persian solar calendar's months
# (numbered in their own year).
_MORE_MONTHS: Final = (
    "ιανουαρίου ιανουάριος tammikuuta tammikuu január ינואר בינואר जनवरी فروردین",
    "φεβρουαρίου φεβρουάριος helmikuuta helmikuu február פברואר בפברואר फ़रवरी फरवरी اردیبهشت",
    "μαρτίου μάρτιος maaliskuuta maaliskuu március מרץ במרץ מרס במרס मार्च خرداد",
    "απριλίου απρίλιος huhtikuuta huhtikuu április אפריל באפריל अप्रैल تیر",
    "μαΐου μάιος toukokuuta toukokuu május מאי במאי मई مرداد",
    "ιουνίου ιούνιος kesäkuuta kesäkuu június יוני ביוני जून شهریور",
    "ιουλίου ιούλιος heinäkuuta heinäkuu július יולי ביולי जुलाई مهر",
    "αυγούστου αύγουστος elokuuta elokuu augusztus אוגוסט באוגוסט अगस्त آبان",
    "σεπτεμβρίου σεπτέμβριος syyskuuta syyskuu szeptember ספטמבר בספטמבר सितंबर सितम्बर آذر",
    "οκτωβρίου οκτώβριος lokakuuta lokakuu október אוקטובר באוקטובר अक्टूबर अक्तूबर دی",
    "νοεμβρίου νοέμβριος marraskuuta marraskuu נובמבר בנובמבר नवंबर नवम्बर بهمن",
    "δεκεμβρίου δεκέμβριος joulukuuta joulukuu דצמבר בדצמבר दिसंबर दिसम्बर اسفند",
)
# Each name's month number (for comparing two dates), and all names as one
# regex alternation, the longest first.
_MONTH_NUMBERS: Final = {
    name.replace("_", " "): n
    for n, names in enumerate(zip(_MONTH_NAMES, _ARABIC_MONTHS, _MORE_MONTHS, strict=True), 1)
    for name in " ".join(names).split()
}
_MONTHS: Final = "|".join(sorted(_MONTH_NUMBERS, key=lambda name: (-len(name), name)))
_WEEKDAYS: Final = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    "|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira"
    "|lunedì|martedì|mercoledì|giovedì|venerdì|lunedi|martedi|mercoledi|giovedi|venerdi"
    "|sabato|domenica"
    "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    "|senin|selasa|rabu|kamis|jumat|sabtu"
    "|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"
    "|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
    "|pondělí|úterý|středa|čtvrtek|pátek|neděle"
    "|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar"
    "|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge"
    "|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت"
)
# "Publié le", "Veröffentlicht am": a date's label in the languages above.
_DATE_LABELS: Final = (
    r"published|posted|updated|modified|veröffentlicht|aktualisiert|publié|publiée|modifié"
    r"|mis à jour|publicado|publicada|actualizado|atualizado|pubblicato|aggiornato"
    r"|gepubliceerd|bijgewerkt|diterbitkan|diperbarui|opublikowano|zaktualizowano"
    r"|publikováno|aktualizováno|publicerad|uppdaterad|publiceret|opdateret|publisert"
    r"|oppdatert|publicat|actualizat|опубликовано|обновлено|опубліковано|оновлено"
    r"|نشر في|تاريخ النشر|آخر تحديث|نُشر في|تم النشر"
)
_DATE_TOKEN: Final = (
    rf"(?:d[’'])?(?:{_MONTHS}|{_WEEKDAYS})\.?"  # Catalan: "16 d'octubre"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?"
    r"|\d{1,4}(?:st|nd|rd|th)?"
    r"|[ap]\.?m\.?|(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|[a-z]{1,2}[sd]?t|[+-]\d{2}:?\d{2}|at|on"
    # the same words in the languages above: "4 de marzo de 2025 a las 10:00",
    # "am 3. März 2025 um 14:20 Uhr", "le 4 mars à 18h12", "pukul 14.20 WIB"
    r"|de|del|le|el|il|am|op|em|pe|à|a las|às|um|uhr|alle|ore|pukul|wib|wita"
    # "7 października 2025 r., godz. 10:15", "5. listopadu 2025 v 9:30", "kl. 08.40"
    r"|r\.|roku|godz\.|o|v|kl\.|den|h"
    # Arabic: "الثلاثاء 14 مايو 2024 - 10:32 ص" (ص, م: before and after noon)
    r"|ص|م|مساءً|صباحاً|مساء|صباحا"
    # "11 Ιουνίου 2024 στις 20:04", "7. toukokuuta 2024 klo 9.30", "23 मई 2024 को"
    r"|στις|klo|को"
    # a reading time beside the date: "March 4, 2025 · 4 min read"
    r"|\d{1,3}\s*min(?:ute)?s?\s+read|\d{1,3}\s*min\."
    # labels between two dates: "Posted 12 Feb 2024, updated 13 Feb 2024"
    rf"|(?:first\s+|last\s+)?(?:{_DATE_LABELS})"
)
# A whole line that is a date (and time): tokens of dates only, separated by
# spaces and punctuation, after an optional "Published:" label.
_DATE_LINE: Final = regex.compile(
    rf"(?:(?:first\s+)?(?:{_DATE_LABELS}|date|dated)(?:\s+on)?\s*:?\s*)?"
    rf"(?:{_DATE_TOKEN})(?:[\s,|/.:\-–—·•]+\(?(?:{_DATE_TOKEN})\)?)*[\s.]*",
    regex.IGNORECASE,
)
# What makes a token sequence a date and not, say, "10 - 2" or "at 5".
_DATE_CORE: Final = regex.compile(
    rf"\b(?:{_MONTHS})\b|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}",
    regex.IGNORECASE,
)
_LONGEST_DATE: Final = 90
# A line that opens with a date's label and goes on with a byline or a
# section: "Publicat pe 15 octombrie 2025 de Irina Costache în Administrație".
_DATED_LABEL: Final = regex.compile(rf"(?:{_DATE_LABELS})\b", regex.IGNORECASE)


_BARE_BY: Final = frozenset(("by", "por", "par", "von", "door", "av", "di"))
_NAME_JOINS: Final = frozenset(("and", "&", ",", "und", "y", "e", "et", "i", "og", "en"))


def _byline_pieces(lines: Sequence[str], top: Sequence[int]) -> dict[int, list[int]]:
    """Bylines broken into lines at their links: a bare "By" line, then
    names and the words between them ("and", ","), up to the next other
    line. ``{the "By" line: the lines of its pieces}``."""
    found: dict[int, list[int]] = {}
    for k, i in enumerate(top):
        if lines[i].strip().casefold() not in _BARE_BY:
            continue
        rest: list[int] = []
        for j in top[k + 1 : k + 1 + _BYLINE_PIECES]:
            s = lines[j].strip()
            if s.casefold() in _NAME_JOINS or (_proper_name(s) and s.count(" ") < _NAME_WORDS):
                rest.append(j)
            else:
                break
        while rest and lines[rest[-1]].strip().casefold() in _NAME_JOINS:
            rest.pop()
        if rest:
            found[i] = rest
    return found


_BYLINE_PIECES: Final = 7  # lines of a byline broken at its links
_NAME_WORDS: Final = 4


def _dated_opening(line: str) -> str | None:
    """The date that opens a line after its label, with a byline or a
    section after it ("Posted on March 3, 2024 by admin in News"), or None."""
    s = line.strip()
    if not _DATED_LABEL.match(s) or (m := _AFTER_DATE.search(s)) is None:
        return None
    date = s[: m.start()].strip()
    return date if date_line(date) else None


_AFTER_DATE: Final = regex.compile(
    r"\s(?:by|de|par|por|von|di|door|av|af|oleh|in|en|em|în|dans)\s|\s[|·•]\s", regex.IGNORECASE
)
_DIGIT: Final = regex.compile(r"\d")


def date_line(line: str, *, place: bool = True) -> bool:
    """Whether the whole line is a date (with weekday, time, zone, a label).

    >>> date_line("Sunday, 7 August, 2022 - 06:15"), date_line("Published: 2024-03-01")
    (True, True)
    >>> date_line("May the best team win"), date_line("7 killed in 2022 attack")
    (False, False)
    """
    s = line.strip()
    if not s or len(s) > _LONGEST_DATE or _DIGIT.search(s) is None:
        return False
    if "年" in s or "년" in s:
        return _CJK_DATE.fullmatch(s) is not None
    if ("(" in s or "（" in s) and _JP_SHORT_DATE.fullmatch(s):
        return True  # "10/15(水) 21:08配信", "最終更新:10/15(水) 22:31"
    if _DATE_LINE.fullmatch(s) is not None and _DATE_CORE.search(s) is not None:
        return True
    # A reading time beside the date: "Madrid, 3 de junio de 2024 · Lectura: 5 min";
    # or when it was updated: "14/05/2024 22h47 · Atualizado há 12 minutos"
    head, bar, tail = s.rpartition(" · ") if " · " in s else s.rpartition(" | ")
    if bar and _READING_TIME.fullmatch(tail.strip().casefold()):
        return date_line(head)
    if (
        bar
        and (m := _UPDATED.fullmatch(tail.strip()))
        and _AGO.fullmatch(m.group("rest").casefold())
    ):
        return date_line(head)
    # A dateline's place before the date: "Alcanyís de Baix, 12/04/2024 - 13:25 h"
    if not place:
        return False
    where, comma, rest = s.partition(", ")
    return (
        bool(comma)
        and _PLACE.fullmatch(where) is not None
        and _DATE_LINE.fullmatch(rest) is not None
        and _DATE_CORE.search(rest) is not None
        and not byline_line(where)  # "Par Élise Vautrin, le 6 mai 2025": a byline and a date
    )


# A place's name: capitalized words, maybe with particles ("Alcanyís de Baix").
_PLACE: Final = regex.compile(
    r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|las|los|el|do|da|dos|das|di"
    r"|am|an|der|sur|en|i|y|upon|on)){0,4}"
)


# A Japanese portal's date without its year: "10/15(水) 21:08配信".
_JP_SHORT_DATE: Final = regex.compile(
    r"(?:(?:最終更新|更新|配信)\s*[:：]?\s*)?\d{1,2}/\d{1,2}\s*[(（][月火水木金土日][)）]"
    r"\s*\d{1,2}[:：]\d{2}\s*(?:配信|更新)?"
)
# "2024年6月21日 18:30", "2024年6月21日（金）18時30分 更新", "2024년 6월 21일 18:30"
_CJK_DATE: Final = regex.compile(
    r"(?:(?:更新|公開|配信|発行|掲載|发布时间|发布|更新时间|时间|日期|입력|수정)\s*[:：]?\s*)?"
    r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
    r"(?:\s*[（(][^()（）]{1,3}[)）])?"
    r"(?:\s*(?:午前|午後|上午|下午|오전|오후)?\s*\d{1,2}(?:[:：]\d{2}|\s*[時时시]\s*(?:\d{1,2}\s*[分분])?))?"
    r"(?:\s*(?:更新|公開|配信|発行|掲載|发布|입력|수정))?"
)


_URL_LABELS: Final = (
    r"source|source url|url|link|permalink|original|original article|read the original|via"
    r"|page ?url|canonical(?: url)?"
)
# "Source" and "the article's source" in other languages
_SOURCE_LABELS: Final = (
    r"quelle|fuente|fonte|źródło|kaynak|bron|kilde|källa|lähde|zdroj|forrás|sursa|izvor"
    r"|источник|джерело|πηγή|المصدر|מקור|منبع|स्रोत|sumber|nguồn(?: bài viết)?|แหล่งที่มา"
    r"|出典|来源|來源|출처"
)
_URL_LINE: Final = regex.compile(
    rf"(?:(?:{_URL_LABELS}|{_SOURCE_LABELS})(?:\s*[:：]\s*|\s+))?<?(https?://[^\s<>]+)>?",
    regex.IGNORECASE,
)
_URL_LINE_EN: Final = regex.compile(
    rf"(?:(?:{_URL_LABELS})(?:\s*:\s*|\s+))?<?(https?://[^\s<>]+)>?", regex.IGNORECASE
)


def url_line(line: str, *, any_label: bool = True) -> str | None:
    """The URL, if the whole line is one (optionally labelled ``Source:``,
    or "source" in another language unless not ``any_label``: a chart's
    "来源：URL" in the header is the chart's).

    >>> url_line("Source: https://example.com/a/1"), url_line("see https://x.org")
    ('https://example.com/a/1', None)
    """
    s = line.strip()
    if "://" not in s or len(s) > 600:
        return None
    m = (_URL_LINE if any_label else _URL_LINE_EN).fullmatch(s)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------
# UI debris: lexicon and shape

# Whole lines (case-folded, trailing ":", "»", "..." and such removed) that
# are UI furniture on news pages, by kind: the kind is the rule named in the
# edit. drop_markers keeps the exact, configured list; this is the generic one.
# Groups of UI phrases that are also lines a story may print of its own (a
# subheading "Donate", an album "Ao vivo", an artwork's "Loading", a tutorial's
# "Sfoglia", a quoted "Member-only story"): in the lexicon below, and named
# again where such a line needs UI beside it (:data:`_AMBIGUOUS`, :data:`_DONATE`,
# :data:`_BADGES`).
_EPAPER_PHRASES: Final = (
    "edicola; sfoglia; sfoglia il giornale; scarica pdf; download pdf; zoom +; zoom -"
)
_QUOTED_LABELS: Final = "member-only story; load older posts; load more posts"
_LOADING_PHRASES: Final = (
    "loading; loading...; chargement; chargement...; cargando; carregando; wird geladen; "
    "caricamento; ładowanie; 読み込み中; 加载中; 로딩 중"
)
_DONATE_PHRASES: Final = (
    "donate; donate now; make a donation; jetzt spenden; faire un don; donar ahora; dona ora; "
    "doe agora; wesprzyj nas; steun ons"
)
_BADGE_PHRASES: Final = (
    "live; live now; en direct; en vivo; ao vivo; in diretta; na żywo; canlı; ライブ; 生中継; "
    "直播; 생중계"
)
_UI_LEXICON: Final[dict[str, str]] = {
    "share_links": (
        "share; share this; share this article; share this story; share article; share "
        "story; share via; share via email; share by email; shares; tweet; pin it; email; "
        "e-mail; print; print article; print this page; copy link; copy url; link copied; "
        "whatsapp; facebook; twitter; linkedin; telegram; reddit; pinterest; messenger; "
        "flipboard; stumbleupon; digg; tumblr; delicious; forward to a friend; forward this "
        "email; more sharing; more sharing options; more share options"
    ),
    "follow_links": (
        "follow; follow us; follow us on social media; follow on google news; connect with us"
    ),
    "subscribe_prompt": (
        "subscribe; subscribe now; subscribe here; subscribe today; sign up; sign up now; "
        "sign up here; newsletter; newsletters; get our newsletter; get the newsletter; "
        "sign up for our newsletter; subscribe to our newsletter; register; log in; login; "
        "sign in; already a subscriber? log in; already a subscriber? sign in; "
        "enter your email; enter your email address; "
        "your email address; email address; privacy policy; terms of use; terms and "
        "conditions; cookie policy; thank you for subscribing; thanks for subscribing; "
        "unsubscribe; update preferences; update your preferences; manage your preferences; "
        "manage preferences; manage subscription; manage your subscription; "
        "email preferences; view in browser; view in your browser; view this email in your "
        "browser; view online; view this email online; lihat email ini di browser; lihat di "
        "browser; berhenti berlangganan"
    ),
    "gallery_control": (
        "swipe for more photos; swipe for more; swipe left; swipe right; tap to expand; "
        "gallery; photo gallery; view gallery; open gallery; slideshow; view slideshow; "
        "next; previous; prev; next image; previous image; next photo; previous photo; next "
        "slide; previous slide; close; close gallery; expand; fullscreen; full screen; "
        "enter fullscreen; exit fullscreen; zoom; view image; view full image; see all "
        "photos; view all photos; play video; watch video; watch; video; play; pause; click "
        "to enlarge; enlarge; enlarge image; toggle caption; show caption; hide caption"
    ),
    "read_more_teaser": (
        "read more; read also; also read; read next; more; more stories; more news; "
        "related; related articles; related stories; related news; related topics; "
        "recommended; recommended for you; you may also like; you might also like; see "
        "also; continue reading; keep reading; read full article; read full story; read the "
        "full story; show more; load more; view more; most read; most popular; trending; "
        "scroll down for video; scroll down for more; scroll to continue; scroll to "
        "continue with content; story continues below; story continues below advertisement; "
        "article continues below; continue reading below; advertisement - scroll to "
        "continue; advertisement - continue reading below; you may like these posts; you might "
        "like; you may be interested in; you may also be interested in; learn more; more "
        "news from this source; more from this source; more from this author; more by this "
        "author; more news from this author"
    ),
    "comment_prompt": (
        "sign in to leave a comment; log in to leave a comment; sign in to comment below; "
        "reply; post comment; submit comment; cancel reply; leave a reply cancel reply; "
        "notify me of follow-up comments by email; notify me of new posts by email; name *; "
        "email *; "
        "website; name (required); email (required); mail (will not be published) (required); "
        "comments; comment; view comments; show comments; hide comments; leave a comment; "
        "leave a reply; post a comment; add a comment; add comment; write a comment; join "
        "the conversation; join the discussion; have your say; comments are closed; be the "
        "first to comment; log in to comment; sign in to comment; comment now; discuss; "
        "view/post comments; view / post comments; see comments; read comments; show all "
        "comments; view all comments; report; report comment; report abuse; like; "
        "comments are moderated; comments are moderated. please read our community "
        "guidelines before posting; please read our community guidelines before posting"
    ),
    "ad_label": (
        "advertisement; advertisements; advertising; ad; ads; sponsored; sponsored content; "
        "paid content; promoted; promoted content; partner content; ad feedback; report "
        "this ad; anzeige; werbung; annons; annonse; advertentie; mainos; reklame; hirdetés; "
        "διαφήμιση; publicité; publicidad; pubblicità; reklama; reklam; matangazo; tangazo; "
        "реклама; إعلان; اعلان; إعلانات; 广告; 廣告; 広告; 광고; פרסומת; विज्ञापन; iklan; quảng cáo"
    ),
    "cookie_notice": (
        "accept cookies; accept all cookies; accept all; reject all; manage cookies; cookie "
        "settings; manage preferences; we use cookies; this site uses cookies; i agree; got it; "
        "cookies settings accept all cookies; cookie settings accept all cookies; reject all "
        "accept all cookies; we value your privacy; we care about your privacy; your privacy "
        "matters"
    ),
    "page_furniture": (
        "epaper; e-paper; e-paper edition; today's paper; "
        f"{_QUOTED_LABELS}; show older posts; preview channel; {_EPAPER_PHRASES}; "
        "hide this source; ukryj to źródło; skrýt tento zdroj; diese quelle ausblenden; "
        "masquer cette source; ocultar esta fuente; nascondi questa fonte; "
        f"{_DONATE_PHRASES}; {_BADGE_PHRASES}; watch live; テレビ放送中; {_LOADING_PHRASES}; "
        "close reader view; type controls; text and layout; fermer la vue de lecture; "
        "type et mise en page; texte et mise en page; écouter; leseansicht schließen; "
        "report an error; report a correction; suggest a correction; report a typo; send us "
        "your feedback; send feedback; feedback; was this article helpful? yes no; load more "
        "comments; next article; previous article; next story; previous story; "
        "skip to content; skip to main content; back to top; top; home; menu; search; "
        "accessibility links; အကြောင်းအရာများဆီ ကျော်သွားပါ; homepage; go to contents; go to "
        "content; go to navigation; go "
        "to contents go to "
        "navigation; skip to navigation; back to main menu; main menu; replay; "
        "post navigation; posts navigation; eeo report; fcc public file; public file; public "
        "inspection file; closed captioning; fcc applications; your privacy choices; "
        "corrections and clarifications; submit a news tip; send us a news tip; send us a tip; "
        "contact us; about us; advertise with us; terms of service; terms & conditions; "
        "privacy notice; accessibility; sitemap; site map; rss feed; loading; cargando; "
        "chargement; wird geladen; carregando; caricamento; memuat; "
        "listen; listen to this article; listen to article; font size; text size; a a; a- "
        "a+; a+ a-; aa; save; save article; bookmark; gift article; gift this article; "
        "translate; search for; search this site"
    ),
    "updated_timestamp": (
        "updated; last updated; aktualisiert; actualizado; atualizado; mis à jour; aggiornato; "
        "bijgewerkt; zaktualizowano"
    ),
    "embed_residue": (
        "view this post on instagram; view this post on tiktok; watch on youtube; "
        "view on twitter; view on x; view on instagram"
    ),
    "placeholder_caption": (
        "n/a; null; undefined; no caption; image; photo; picture; placeholder; caption; "
        "image caption; photo caption; image caption,; image source,; media caption,; "
        "video caption,"
    ),
}
# The same kinds in the languages scraped sites are most often in (English
# editions of foreign sites keep their UI in the site's language).
_UI_LEXICON_INTL: Final[dict[str, str]] = {
    "share_links": (
        "compartir; compartilhe; compartilhar; partager; partagez; teilen; condividi; "
        "udostępnij; paylaş; delen; bagikan; ibahagi; поделиться; مشاركة; شارك; 分享; 共有; 공유; "
        "sdílejte; sdílet; zdieľajte; dela; del; distribuie; κοινοποίηση; jaa; megosztás; "
        "imprimir; imprimer; drucken; stampa; drukuj; yazdır; afdrukken; cetak; распечатать; "
        "طباعة; 打印; 印刷; 공유하기; 공유; chia sẻ; bagikan; поділитися; साझा करें; link kopieren; "
        "copy link; sao chép liên kết; sao chép link; teilen mit; artikel teilen; diesen "
        "artikel teilen; "
        "compartilhe isso; compartilhe esta notícia; compartir esto; comparte esta noticia; "
        "partager ceci; partagez cet article; condividi questo articolo; condividi l'articolo; "
        "bagikan artikel ini; bagikan berita ini; शेयर करें; copiar enlace; copier le lien; "
        "copiar link; copia link; copia il link; link kopiëren; kopiuj link; salin tautan; "
        "bağlantıyı kopyala; скопировать ссылку; envoyer par e-mail; envoyer par email; "
        "per e-mail versenden; per e-mail teilen; enviar por correo; enviar por e-mail; "
        "invia per email; wyślij e-mailem; "
        "comparteix; comparteix-ho; comparte; jaa; jaa facebookissa; jaa x:ssä; kopioi linkki; "
        "podijeli; podijelite; partilhar; partilhe; megosztás; distribuie"
    ),
    "comment_prompt": (
        "comentarios; comentários; commentaires; kommentare; commenti; komentarze; yorumlar; "
        "reacties; komentar; mga komento; комментарии; коментарі; تعليقات; 评论; 評論; コメント; "
        "댓글; bình luận; टिप्पणियां; balas; schreibe einen kommentar; kommentar schreiben; "
        "vos réactions; commenter; soyez le premier à réagir à cet article; "
        "soyez le premier à commenter; sé el primero en comentar; seja o primeiro a comentar; "
        "sei il primo a commentare; anmelden, um zu kommentieren; connectez-vous pour commenter; "
        "inicia sesión para comentar; faça login para comentar; accedi per commentare; "
        "comentar; publicar comentario; enviar comentario; valorar; nombre (*); nombre *; "
        "correo electrónico (*); correo electrónico *; comentario; laisser une réponse; "
        "annuler la réponse; nom *; courriel; kommentar abschicken; antworten abbrechen; "
        "annulla risposta; pubblica il commento; deixe uma resposta; cancelar resposta; "
        "publicar comentário; nome *; "
        "ein kommentar; laisser un commentaire; un commentaire; deja un comentario; "
        "un comentario; deixe um comentário; um comentário; lascia un "
        "commento; un commento; tinggalkan komentar; tinggalkan balasan; antworten; "
        "répondre; responder; rispondi; "
        "comentaris; inicia sessió per comentar; deixa un comentari; kommentit; kommentoi; "
        "komentari; komentiraj; comentários; hozzászólások; comentarii; "
        "добавить комментарий; написать комментарий; оставить комментарий; додати коментар; "
        "написати коментар; yorum yap; yorum yaz; gửi bình luận; viết bình luận; 댓글 더보기; "
        "댓글 쓰기; ver mais comentários; ver más comentarios; mehr kommentare; "
        "voir plus de commentaires; show more comments; view more comments"
    ),
    "read_more_teaser": (
        "leia também; leia mais; lea también; lee también; te recomendamos; ver más; lire "
        "aussi; à lire aussi; voir aussi; lesen sie auch; mehr zum thema; leggi anche; "
        "czytaj także; czytaj też; czytaj więcej; czytaj dalej; veja também; confira também; "
        "ayrıca okuyun; ilginizi çekebilir; lees ook; "
        "baca juga; basahin din; читайте также; اقرأ أيضا; اقرأ أيضاً; اقرأ المزيد; 相关阅读; "
        "相关新闻; 関連記事; 관련기사; más leídas; lo más leído; mais lidas; les plus lus; "
        "meistgelesen; più letti; najczęściej czytane; en çok okunanlar; key events; show key "
        "events only; more videos; more video; more on this story; seguí leyendo; "
        "seguir leyendo; ये भी पढ़ें; "
        "यह भी पढ़ें; читайте також; tin liên quan; xem thêm; 다음 기사; 많이 본 뉴스; 관련 기사; "
        "baca juga; berita terkait; terpopuler; à voir aussi; a ver também; da vedere; "
        "auch interessant; también te puede interesar; te puede interesar; potrebbe "
        "interessarti; ilgili haberler; "
        "você também pode gostar; vous aimerez aussi; "
        # Czech, Slovak, Dutch, Scandinavian, Romanian, Greek, Finnish, Hungarian
        "čtěte také; čtěte též; přečtěte si také; nejčtenější; čítajte aj; najčítanejšie; "
        "meest gelezen; lees meer; läs också; läs även; mest läst; læs også; mest læste; "
        "les også; mest lest; citește și; cele mai citite; διαβάστε επίσης; δημοφιλή; "
        "lue myös; luetuimmat; olvassa el; legolvasottabb; "
        "notícies relacionades; el més llegit; llegiu també; llegeix també; aiheesta lisää; "
        "luetuimmat; lue myös; povezane vijesti; najčitanije; pročitajte još; "
        "notícias relacionadas; mais lidas; leia também"
    ),
    "follow_links": (
        "síguenos; siga-nos; suivez-nous; folgen sie uns; seguici; obserwuj nas; bizi takip "
        "edin; volg ons; ikuti kami; подписывайтесь; google news'te takip et; "
        "theo dõi trên google news"
    ),
    "gallery_control": (
        "anterior; siguiente; próximo; précédent; suivant; zurück; weiter; precedente; "
        "successivo; poprzednie; następne; önceki; sonraki; vorige; volgende; sebelumnya; "
        "berikutnya; назад; далее; السابق; التالي; 上一张; 下一张; 前へ; 次へ; sous-titres; "
        "plein écran; pantalla completa; vollbild; schermo intero; tela cheia; untertitel; "
        "subtítulos; sottotitoli; apri la gallery; apri la galleria; vai alla gallery; voir la "
        "galerie; voir le diaporama; ver galería; ver la galería; ver galeria; abrir galería; "
        "abrir galeria; galerie öffnen; zur galerie; bildergalerie öffnen; zobacz galerię; "
        "galeriyi aç; buka galeri; open de galerij; открыть галерею; відкрити галерею"
    ),
    "subscribe_prompt": (
        "suscríbete; assine; abonnez-vous; abonnieren; abbonati; subskrybuj; abone ol; "
        "jetzt abonnieren; jetzt kostenlos abonnieren; kostenlos abonnieren; je m'inscris; "
        "inscrivez-vous; zapisz się; zapisz się na newsletter; inscríbete; inscreva-se; "
        "je m'abonne; iscriviti; iscriviti alla newsletter; abonnez-vous à la newsletter; "
        "suscríbete al "
        "boletín; newsletter abonnieren; assine a newsletter; bültene abone ol; "
        "abonneer; abonneren; inloggen; anmelden; se connecter; iniciar sesión; entrar; "
        "accedi; zaloguj się; masuk; daftar; "
        "berlangganan; подписаться; اشترك; 订阅; 購読; déjà abonné ? se connecter; "
        "déjà abonné ? connectez-vous; déjà abonné; ¿ya eres suscriptor? inicia sesión; ya "
        "soy suscriptor; já é assinante? faça login; já é assinante? entre; bereits "
        "abonnent? hier anmelden; sei già abbonato? accedi; "
        "subscriu-te al butlletí; subscriu-te; vull rebre'l; inicia sessió; tilaa; "
        "tilaa uutiskirje; kirjaudu; pretplatite se; prijava; assinar; iniciar sessão"
    ),
    "ad_label": (
        "publicidade; annonce; patrocinado; スポンサーリンク; sponsored link; sponsored links; "
        "광고; विज्ञापन; iklan; quảng cáo; реклама; continua após a publicidade; continua "
        "depois da publicidade; continúa después de la publicidad; la suite après cette "
        "publicité; l'articolo continua dopo la pubblicità; weiter nach der anzeige; "
        "artikel wird nach der anzeige fortgesetzt; lanjutkan membaca; "
        "publicitat; mainos; oglas; publicidade; publicitate; sponsrat; sponset; sponsoroitu; "
        "διαφημιση"
    ),
    "page_furniture": (
        "nghe bài viết; lưu bài; lưu bài viết; bỏ qua và đến nội dung chính; tải ứng dụng; "
        "về đầu trang; ana sayfaya dön; haberin tam sürümünü görüntüle; "
        "view the full version of this article; версия для слабовидящих; "
        # a pager's buttons
        "next page; previous page; older posts; newer posts; older entries; newer entries; "
        "następna strona; poprzednia strona; starsze wpisy; nowsze wpisy; página siguiente; "
        "página anterior; entradas anteriores; entradas siguientes; page suivante; page "
        "précédente; articles précédents; nächste seite; vorherige seite; ältere beiträge; "
        "neuere beiträge; pagina successiva; pagina precedente; volgende pagina; vorige "
        "pagina; próxima página; další strana; předchozí strana; nästa sida; föregående sida; "
        "zum inhalt springen; zur navigation springen; zum inhalt; impressum; datenschutz; "
        "ascolta questo articolo; ascolta l'articolo; ir al contenido; aller au contenu; "
        "vés al contingut; salta al contingut; aller au contenu principal; ir al contenido "
        "principal; siirry sisältöön; przejdź do treści; gå til indhold; gå till innehållet; "
        "news provided by; 글자크기; हिंदी में पढ़ें; ऐप डाउनलोड करें; lewati ke konten; "
        "bỏ qua nội dung; have a news tip?; buy licensing rights; body; end of document; "
        "font size; text size; sign in subscribe; site index; topic sitemap; my news; "
        "suche nach; suche; rechercher; buscar; pesquisar; pesquisar por; cerca; cari; "
        "pular para o conteúdo; vai al contenuto; salva; merken; speichern; guardar; "
        "sauvegarder; enregistrer; simpan; kaydet; opslaan; hemeroteca; ediciones; visa i "
        "webbläsaren; im browser ansehen; im browser öffnen; voir la version en ligne; ver en "
        "el navegador; visualizza nel browser; bekijk in je browser; bekijk online; "
        "temps de lectura; reprodueix el vídeo; lukuaika; vrijeme čitanja; tempo de leitura; "
        "aceitar e fechar; mais opções; about the author; über den autor; über die autorin; "
        "à propos de l'auteur; sobre el autor; sobre la autora; sobre o autor; sobre a autora; "
        "sull'autore; "
        # skip links
        "chuyển đến nội dung chính; đi đến nội dung chính; перейти к содержанию; перейти к "
        "основному содержанию; перейти до вмісту; перейти до основного вмісту; içeriğe geç; "
        "ana içeriğe atla; içeriğe atla; langsung ke konten; langsung ke konten utama; "
        "spring naar inhoud; naar de inhoud; hoppa till innehållet; hopp til innhold; "
        "跳到主要内容; 跳至主要内容; 跳到主要內容; メインコンテンツへスキップ; 本文へスキップ; "
        "saltar al contenido; saltar al contenido principal; ir para o conteúdo; "
        "saltar para o conteúdo; salta al contenuto; vai al contenuto principale; "
        "przejdź do treści głównej; přejít k obsahu; preskočiť na obsah; ugrás a tartalomra; "
        "sari la conținut; μετάβαση στο περιεχόμενο; מעבר לתוכן; الانتقال إلى المحتوى; "
        "मुख्य सामग्री पर जाएं"
    ),
    "cookie_notice": (
        "accept and close; accepter et fermer; accepter & fermer; tout accepter; aceptar; "
        "entendi; entendido; j'ai compris; ho capito; rozumiem; "
        "aceptar todo; aceitar; "
        "akzeptieren; alle akzeptieren; accetta; akceptuję; kabul et; valoramos tu privacidad; "
        "nous respectons votre vie privée; wir respektieren ihre privatsphäre; la tua privacy è "
        "importante per noi; valorizamos a sua privacidade; akkoord instellingen aanpassen; "
        "akkoord; instellingen aanpassen; cookie-instellingen; aceptar y cerrar; rechazar; "
        "rechazar todo; configurar; personalizar; refuser; tout refuser; paramétrer; "
        "personnaliser; ablehnen; alle ablehnen; einstellungen; rifiuta; rifiuta tutto; "
        "personalizza; rejeitar; rejeitar tudo; configurações; weigeren; odrzuć; reddet; "
        "gestion des cookies; paramétrer les cookies; política de cookies; configurar cookies; "
        "política de privacidad y cookies; impostazioni cookie; preferenze cookie; "
        "preferências de cookies; política de cookies e privacidade; "
        "accepto; rebutjo; configura; accepta; hyväksy kaikki; hyväksy; prihvati; prihvaćam; "
        "aceitar; rejeitar; o seu consentimento é importante; a sua privacidade é importante; "
        "tu privacidad es importante; votre vie privée est importante; ihre privatsphäre ist "
        "uns wichtig"
    ),
}
# Chinese (simplified and traditional), Japanese and Korean pages' own words
# for the same kinds.
_UI_LEXICON_CJK: Final[dict[str, str]] = {
    "share_links": (
        "分享到; 分享至; 分享到微信; 分享到微博; 分享到朋友圈; 分享本文; 微信; 微博; 朋友圈; "
        "qq空间; 转发; 轉發; シェア; このニュースをシェア; この記事をシェア; ツイート; 스크랩"
    ),
    "page_furniture": (
        "首页; 首頁; 返回顶部; 回到顶部; 返回頂部; 返回首页; 纠错; 糾錯; 收藏; 上一篇; 下一篇; "
        "阅读下一篇; 閱讀下一篇; 字体 小 中 大; 字体 大 中 小; 字号 大 中 小; 字號 大 中 小; "
        "字体： 小 中 大; 字号： 大 中 小; "
        "关于我们; 關於我們; 联系我们; 聯絡我們; 联系我们 | 关于我们; 关于我们 | 联系我们; "
        "网站地图; 站内搜索; 违法和不良信息举报; 打印本页; 記事保存; 記事を保存; 保存; "
        "文字サイズ; 詳しくはこちら; 一覧; 次の記事; 前の記事; 글자 크기; 글자크기 조절; 인쇄; "
        "메뉴; 검색; 본문 바로가기; 본문바로가기; 콘텐츠바로가기; 콘텐츠 바로가기; "
        "메뉴 검색 로그인 구독하기"
    ),
    "gallery_control": "关闭; 關閉; 閉じる; 닫기",
    "subscribe_prompt": (
        "注册; 註冊; 登录; 登入; 会员登录; ログイン; 会員登録; 新規会員登録; 今すぐ登録; "
        "会員の方はこちら; 로그인; 회원가입; 구독하기"
    ),
    "read_more_teaser": (
        "最热新闻; 热门新闻; 热点新闻; 推荐阅读; 延伸阅读; 猜你喜欢; 热门推荐; 排行榜; 点击排行; "
        "精彩推荐; 相关报道; 相關新聞; 熱門新聞; 關聯閱讀; 関連ニュース; 人気記事; "
        "アクセスランキング; 続きを読む; もっと見る; 多く読まれている記事; 주요 뉴스; 최신 뉴스"
    ),
}
# Greek, Hebrew, Persian, Thai, Filipino, Swahili, Czech and Hungarian
# pages' own words for the same kinds.
_UI_LEXICON_MORE: Final[dict[str, str]] = {
    "share_links": (
        "μοιραστείτε; κοινοποίηση; αντιγραφή συνδέσμου; שתפו; שתף; שתפו בפייסבוק; שתפו בוואטסאפ; "
        "העתקת קישור; העתק קישור; اشتراک‌گذاری; اشتراک گذاری; کپی لینک; แชร์; คัดลอกลิงก์; "
        "i-share; ibahagi; kopyahin ang link; shiriki; nakili kiungo; sdílet; sdílejte; "
        "kopírovat odkaz; megosztás; link másolása"
    ),
    "follow_links": (
        "ακολουθήστε μας; עקבו אחרינו; ما را دنبال کنید; ติดตามเรา; sundan kami; tufuate; "
        "sledujte nás; kövess minket"
    ),
    "comment_prompt": (
        "σχόλια; γράψτε σχόλιο; προσθήκη σχολίου; תגובות; הוסיפו תגובה; הוסף תגובה; לכל התגובות; "
        "نظرات; ارسال نظر; نظر شما; ความคิดเห็น; แสดงความคิดเห็น; mga komento; mag-iwan ng "
        "komento; maoni; andika maoni; toa maoni; komentáře; napsat komentář; hozzászólás írása"
    ),
    "gallery_control": (
        "הקודם; הבא; מסך מלא; כל התמונות בגלריה; προηγούμενη; επόμενη; πλήρης οθόνη; قبلی; "
        "بعدی; ก่อนหน้า; ถัดไป; předchozí; další; celá obrazovka"
    ),
    "subscribe_prompt": (
        "mag-subscribe; jiandikishe; הירשמו; הרשמה לניוזלטר; εγγραφείτε; εγγραφή; สมัครสมาชิก; "
        "عضویت در خبرنامه; přihlásit se k odběru; feliratkozás"
    ),
    "read_more_teaser": (
        "pinakabago; ข่าวล่าสุด; ข่าวที่เกี่ยวข้อง; עוד גלריות; כתבות נוספות; כתבות קשורות; "
        "اخبار مرتبط; مطالب مرتبط; σχετικά άρθρα; περισσότερα; habari zaidi; habari zinazohusiana; "
        "související články; kapcsolódó cikkek; pokaż wcześniejsze wpisy"
    ),
    "cookie_notice": "ยอมรับทั้งหมด; αποδοχή όλων; אישור; קבל הכל; پذیرش",
    "page_furniture": (
        "odśwież relację; "
        # an accessibility bar: "Acessibilidade", "Alto contraste", "Wersja kontrastowa"
        "acessibilidade; alto contraste; high contrast; accessibility; accesibilidad; "
        "accessibilité; barrierefreiheit; wersja kontrastowa; kontrast; contraste"
    ),
}
# Swedish, Norwegian, Danish, Finnish and Dutch pages' own words (and a few
# that r23's pages showed in other languages).
_UI_LEXICON_NORDIC: Final[dict[str, str]] = {
    "cookie_notice": (
        "godkänn alla; acceptera alla; godta alle; godkjenn alle; accepter alle; "
        "tillad alle; afvis alle; avvis alle; neka alla; hyväksy evästeet; alle cookies "
        "accepteren; alles accepteren"
    ),
    "page_furniture": (
        "direkt zum inhalt; direkt zur navigation; direkt zur suche; "
        "sök; søk; søg; haku; zoeken; meny; valikko; tillbaka; tilbake; forrige; neste; "
        "föregående; nästa; edellinen; seuraava; laster flere saker; ladda fler; last flere; "
        "indlæs flere; lataa lisää; meer laden; stäng; lukk; luk; sulje; sluiten; close ×; "
        "skriv ut; skriv ut artikeln; skriv ut artikkelen; print artikel; tulosta"
    ),
    "comment_prompt": (
        "kommentarer; kommentera; skriv en kommentar; kommenter; skriv kommentar; kommentoi; "
        "kirjoita kommentti; reageer; plaats een reactie; laat een reactie achter; reacties; "
        # an obituary's comments, and a Greek login prompt
        "tributes; condolences; leave a tribute; leave a condolence; sign the guestbook; "
        "sign the guest book; για να σχολιάσετε πρέπει να συνδεθείτε"
    ),
    "read_more_teaser": (
        "läs mer; läs också; les mer; les også; læs mere; læs også; lue lisää; lue myös; "
        "senaste nytt; siste nytt; seneste nyt; uusimmat; laatste nieuws; meer nieuws; "
        "relaterade artiklar; relaterte artikler; relaterede artikler; aiheeseen liittyvät"
    ),
    "follow_links": "följ oss; følg oss; seuraa meitä",
    "subscribe_prompt": (
        "prenumerera; prenumerera på nyhetsbrevet; abonner; abonnere; abonnér; "
        "meld deg på nyhetsbrevet; tilmeld nyhedsbrev; tilaa uutiskirje; logga in; logg inn; "
        "log ind"
    ),
}
# A Chinese site's licence numbers in its footer: "京ICP备13028878号-6",
# "京公网安备11010502032503号", "互联网新闻信息服务许可证10120170006".
_SITE_LICENCE: Final = regex.compile(
    r"[^，。,;；\s]{0,24}(?:ICP[备证]|公网安备|许可证)(?:编号)?[：:]?\s?\d{4,}[\d号-]{0,6}"
)
_UI_RULES: Final[dict[str, str]] = {
    phrase.strip(): rule
    for lexicon in (
        _UI_LEXICON,
        _UI_LEXICON_INTL,
        _UI_LEXICON_CJK,
        _UI_LEXICON_MORE,
        _UI_LEXICON_NORDIC,
    )
    for rule, phrases in lexicon.items()
    for phrase in phrases.split(";")
}
# Lines that are exactly a phrase of the default marker list are left to
# drop_markers, so that the configured list decides about them: a site that
# prints "Share" as text takes it out of ``markers`` and it stays. Variants
# ("Share:", "Read more...") are the lexicon's.
_MARKED: Final = frozenset(m.casefold() for m in DEFAULT_MARKERS)
_LANGUAGES: Final = frozenset(
    (
        "english العربية عربي français francais español espanol deutsch italiano português"
        " portugues русский 中文 简体中文 繁體中文 日本語 한국어 türkçe turkce فارسی اردو"
        " עברית हिन्दी polski nederlands svenska"
    ).split()
)
# "Leer en español", "Read in English": a link to the page in another language.
_READ_IN: Final = regex.compile(
    r"(?:read in|leer en|ler em|lire en|auf \p{L}+ lesen|leggi in|czytaj po|baca dalam)"
    r"\s+\p{L}+",
    regex.IGNORECASE,
)
_LANGUAGE_CODES: Final = frozenset("en ar fr es de it pt ru zh ja ko tr fa ur he hi".split())
_SOCIAL: Final = frozenset(
    "facebook twitter x whatsapp telegram linkedin reddit pinterest email e-mail mail print share"
    " stumbleupon delicious digg tumblr myspace"
    " tweet messenger sms instagram youtube tiktok flipboard threads bluesky mastodon viber"
    " zalo line kakaotalk kakao vk weibo wechat naver band correu sähköposti e-pošta"
    " facebooku twitteru instagramu facebooka".split()
)
_SOCIAL_BY_LENGTH: Final = sorted(_SOCIAL, key=len, reverse=True)
_COPY_LINK: Final = frozenset(
    "copy link url copier le lien copiar enlace link kopieren kopiuj link salin tautan kopiera"
    " länk kopioi linkki"
    " kopírovat odkaz คัดลอกลิงก์ העתקת קישור リンクをコピー 复制链接 링크복사".split()
)
# Words between share buttons: "Share on Facebook Share via Email", "Deel op
# Facebook Deel via WhatsApp", "Partager sur X".
_SHARE_VERBS: Final = frozenset(
    "share compartir comparte compartilhar compartilhe partager partagez teilen condividi"
    " udostępnij paylaş delen deel bagikan comparteix jaa podijeli partilhar partilhe chia"
    " sdílet sdílejte שתפו שתף แชร์ shiriki i-share ibahagi μοιραστείτε".split()
)
_SHARE_GLUE: Final = _SHARE_VERBS | frozenset(
    "on via by to with op en sur auf bei su no na em por per ke par this link copy kopiuj copiar"
    " enviar guardar"
    " copier lien enlace merken drucken speichern save sẻ sao chép".split()
)
_SEPARATORS: Final = "|·•/,"
# Teaser lines carry a headline after their label: "Read more: Other story".
# Labels that also start real titles ("Opinion:", "Watch:") are left out.
_TEASER: Final = regex.compile(
    r"(?:read more|read also|also read|read next|see also|related|recommended|more on this"
    r"|more on this story|must read|leia também|leia mais|lea también|lee también"
    r"|te recomendamos|lire aussi|à lire aussi|voir aussi|lesen sie auch|leggi anche"
    r"|czytaj także|czytaj też|ayrıca okuyun|lees ook|baca juga|basahin din|читайте также"
    r"|ilgili haberler|ilgili haber|soma pia|soma zaidi|te puede interesar"
    r"|también te puede interesar|ti potrebbe interessare|potrebbe interessarti"
    r"|اقرأ أيضا|اقرأ أيضاً|相关阅读|関連記事|seguí leyendo|seguir leyendo|ये भी पढ़ें"
    r"|यह भी पढ़ें|читайте також|tin liên quan|xem thêm|관련 기사|čtěte také|čtěte též"
    r"|přečtěte si také|čítajte aj|läs också|läs även|læs også|les også|citește și"
    r"|διαβάστε επίσης|lue myös)\s*[:»›>|\-–—]\s*(?!(?-i:\p{Ll}))\S",
    regex.IGNORECASE,
)
# A link to a video or a live stream, its label in capitals: "WATCH LIVE:
# KXPV 7 News at 6", "WATCH: Crews work overnight ...", "VIDÉO. Les images ...".
_CAPS_TEASER: Final = regex.compile(
    r"(?:WATCH LIVE|WATCH|LIVE VIDEO|VIDEO|VIDÉO|VÍDEO|LISTEN|PHOTOS|GALLERY)\s*[:.|»›\-–—]\s*\S"
)
_COUNTER: Final = regex.compile(
    r"(?:(?:photo|image|picture|slide|foto|bild|imagen|immagine|zdjęcie|afbeelding|写真|画像"
    r"|图片|圖片|사진|صورة)s?\s*)?"
    r"\d{1,3}\s*(?:of|/|из|من|von|de|di|sur|z|van)\s*\d{1,3}"
    r"|\d{1,3}\s+(?:photos|images|pictures|comments?)"
    r"|(?:view|see)\s+(?:all\s+)?\d{1,3}\s+(?:photos|images|pictures|comments)"
    # a page counter: "Page 1 of 2", "Página 1 de 2", "Seite 2 von 3"
    r"|(?:page|página|pagina|seite|halaman|strona|sayfa|sida|pág\.?)\s*\d{1,3}\s*"
    r"(?:of|de|di|von|dari|z|/|sur|van)\s*\d{1,3}"
    r"|[（(]?\d{1,3}\s*/\s*\d{1,3}\s*(?:ページ|页|頁)[）)]?"  # "（1/3ページ）"
    # a view count: "Viewed 314 times", "Visto 314 veces"
    r"|(?:viewed|visto|vista|vu|gesehen|visualizzato|dilihat|gezien)\s+\d[\d,.]*\s+"
    r"(?:times|veces|vezes|fois|mal|volte|kali|keer)",
    regex.IGNORECASE,
)
_COUNTER_STARTS: Final = (
    *("photo", "image", "picture", "slide", "view", "pag", "pág", "seite", "halaman"),
    *("bild", "imagen", "immagine", "zdjęcie", "afbeelding", "foto"),
    *("strona", "sayfa", "sida", "vist", "vu ", "gesehen", "dilihat", "gezien"),
    *("写真", "画像", "图片", "圖片", "사진", "صورة"),
)
# A blog platform's header over its comments: "3 thoughts on “Title”", "One
# Response to “Title”", "12 comments on “Title”".
_COMMENTS_ON: Final = regex.compile(
    r"(?:\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?"
    r"|comments?|replies|reactions?) (?:on|to) [\"“'‘].{1,200}[\"”'’]",
    regex.IGNORECASE,
)
_MD_LINKS: Final = regex.compile(r"\[([^\[\]]{1,200})\]\([^()\s]{1,400}\)")
# A line that is one Markdown link, maybe after an emoji: "[Label](https://...)".
_MD_LINK_LINE: Final = regex.compile(r"[^\w\[]{0,3}" + _MD_LINKS.pattern)
# A Markdown image that is no caption: with no alt text, or inside a link (a
# logo). An image with alt text ("![Image 2: Flood water ...](...)") may be
# the only copy of its caption and stays.
_MD_IMAGE: Final = regex.compile(
    r"!\[\]\([^()\s]+(?:\s+\"[^\"]*\")?\)"
    r"|\[!\[[^\]]*\]\([^()\s]+\)\]\([^()\s]+\)"
)
# A logo: "![The Brinmoor Post](https://.../logo.png)".
_MD_LOGO: Final = regex.compile(r"!\[[^\[\]]{0,60}\]\([^()\s]*/[^/()\s]*logo[^/()\s]*\)", regex.I)
_ROW_PHRASES: Final = 6  # controls in a row of them
# The line head and tail print above each file they join: "==> a.txt <==".
_FILE_HEADER: Final = regex.compile(r"==> .{1,300} <==")
# A text browser's form field and its buttons: "[          ] [Search]",
# "[____________]Sign up".
_FORM_FIELD: Final = regex.compile(
    r"\[[\s_]{2,}\](?:\s*\[[^\[\]]{1,30}\])*(?:\s*[\p{L}][\p{L} ]{1,20})?"
    r"|_{4,}(?:\s*\((?:BUTTON|SUBMIT)\)\s*[\p{L}][\p{L} '’]{0,30})?"  # Lynx: "____ (BUTTON) Go"
    # a field's label before it, a button after: "Enter email_________ (BUTTON) Sign up",
    # "Search by name______ Go" (a form a story prints has a field's label after it)
    r"|\p{L}[\p{L} ]{0,24}_{4,}\s*(?:\((?:BUTTON|SUBMIT)\)\s*[\p{L}][\p{L} '’]{0,30}"
    r"|(?i:go|ok|search|submit|send|sign up|subscribe|suchen|buscar|rechercher|cerca|zoeken|sök"
    r"|søk|haku|szukaj|cari|ara|pesquisar))"
)
# A line of arrows only: a pager's or a gallery's buttons ("<<", "›", "↑ ↑").
_ARROW_STARTS: Final = frozenset("<>«»‹›←→↑↓⟨⟩")
# A pager on one line: "« Anteriores 1 2 3 … 48 Siguientes »", "1 | 2 | 3 | Next ›".
_PAGER_LINE: Final = regex.compile(
    r"(?:[«‹<←]\s*)?(?:\p{L}+(?: \p{L}+)?\s+)?1(?:\s*\|?\s*\d{1,3}){2,}"
    r"(?:\s*(?:…|\.\.\.)\s*\d{1,4})?(?:\s*\|?\s*\p{L}+(?: \p{L}+)?)?(?:\s*[»›>→])?"
)
_ARROWS: Final = regex.compile(r"[<>«»‹›←→↑↓⟨⟩]+(?:\s*[<>«»‹›←→↑↓⟨⟩]+)*")
# A page counter between a pager's buttons (the key, arrows stripped):
# "previous page 1 of 24 next", "prev | 2/5 | next".
_PAGER_WORDS: Final = (
    r"(?:previous|prev|next|older|newer|anterior|siguiente|próximo|précédent|suivant|zurück"
    r"|weiter|vorige|volgende|precedente|successivo|sebelumnya|berikutnya|poprzednia|następna)"
)
_PAGER_WORD_SET: Final = frozenset(_PAGER_WORDS.strip("(?:)").split("|"))
_PAGER_AROUND: Final = regex.compile(
    rf"(?:(?P<before>{_PAGER_WORDS})\s*[|·]?\s*)?(?P<counter>\S.*?)"
    rf"(?:\s*[|·]?\s*(?P<after>{_PAGER_WORDS}))?"
)
# A font-size control: "Text size: A A+ A++ Print", "A- A+", "फॉन्ट साइज़: A- A+";
# without a label, only with a sign ("A A" alone is a default marker).
_FONT_LABEL: Final = (
    r"(?:text size|font size|font|schriftgröße|schrift|taille du texte|taille des caractères"
    r"|tamaño(?: del?)? (?:letra|texto|fuente)|dimensione(?: del)? testo"
    r"|tamanho d[ao] (?:fonte|letra)|tekstgrootte|lettergrootte|rozmiar (?:czcionki|tekstu)"
    r"|velikost písma|ukuran (?:huruf|teks|font)|cỡ chữ|betűméret|textstorlek|tekstin koko"
    r"|tekststørrelse|skriftstørrelse|mărime(?:a)? text(?:ului)?|yazı boyutu"
    r"|文字サイズ|字号|字體|字体|글자 ?크기|글씨 ?크기|फॉन्ट साइज़|फ़ॉन्ट साइज़"
    r"|μέγεθος γραμματοσειράς|μέγεθος κειμένου)"
)
_FONT_SIZE: Final = regex.compile(
    rf"(?P<label>{_FONT_LABEL}\s*[:：]?\s*)?"
    r"(?:[aAΑα]|[小中大])[+\-−]{0,2}(?:\s*(?:[aAΑα]|[小中大])[+\-−]{0,2}|\s+[+\-−]{1,2}){1,4}"
    r"(?:\s+(?:print|imprimir|imprimer|drucken|stampa|afdrukken|drukuj|印刷))?",
    regex.IGNORECASE,
)
# A link whose address a scraper printed after its label: "保存javascript:void(0)".
_SCRIPT_LINK: Final = regex.compile(
    r"[\p{L}\p{N} ]{0,20}?(?:\s*javascript:(?:void\(0\);?|;))+", regex.IGNORECASE
)
# A pager's buttons glued together: "AnteriorSiguiente", "PreviousNext".
_GLUED_PAGER: Final = regex.compile(
    r"(?:previous|prev|next|anterior|siguiente|próximo|précédent|suivant|zurück|weiter"
    r"|vorige|volgende|precedente|successivo|sebelumnya|berikutnya){2,}",
    regex.IGNORECASE,
)
# Phrases with a variable end: "Follow us on Instagram", "Share on Bluesky",
# "Subscribe to our daily briefing".
_PHRASES: Final = (
    (
        "follow_links",
        regex.compile(
            r"(?:(?:follow|connect with|join)\s+(?:us|@\w+)|sígue(?:nos|la|lo|me)|siga-nos"
            r"|suivez-nous|folgen sie uns|seguici|obserwuj nas)"
            r"(?:\s+(?:on|en|no|na|sur|auf|su)\s+[\w .+]{1,30})?"
        ),
    ),
    ("share_links", regex.compile(r"(?:share|post)\s+(?:on|to|via)\s+[\w .+]{1,20}")),
    # "تابعوا الكاتب على إكس", "تابعونا على فيسبوك": follow (us, the writer) on X
    ("follow_links", regex.compile(r"تابعو(?:نا|ا)(?:\s+\S+){0,2}\s+(?:على|عبر)\s+\S+(?:\s+\S+)?")),
    (
        # "Compartilhar no Facebook", "Compartir en X", "Partager sur LinkedIn"
        "share_links",
        regex.compile(
            r"(?:compartilhar|compartilhe|compartir|comparte|partager|partagez|teilen|condividi"
            r"|udostępnij|delen|deel|bagikan|paylaş)\s+(?:no|na|en|sur|auf|bei|su|op|via|ke|por"
            r"|em)\s+(?:facebook|x|twitter|whatsapp|linkedin|telegram|e-mail|email|messenger"
            r"|pinterest|reddit|bluesky|threads)"
        ),
    ),
    (
        "subscribe_prompt",
        regex.compile(
            r"(?:subscribe|sign up)\s+(?:to|for)\s+(?:our|the)\s+[\w -]{1,30}"
            # "Suscríbete a Última Hora", "Abonnez-vous à La Gazette"
            r"|(?:suscríbete|suscribite)\s+(?:a|al)\s+[\w -]{1,30}"
            r"|abonnez-vous\s+(?:à|au)\s+[\w' -]{1,30}|iscriviti\s+(?:a|al|alla)\s+[\w' -]{1,30}"
            r"|assine\s+(?:o|a)\s+[\w -]{1,30}"
        ),
    ),
)
# Longer lines of a known kind, matched on the whole line (up to
# _LONGEST_TEASER characters, no final period): newsletter boxes, share
# invitations, cookie banners (which may end with their button: "... OK").
_LONG_PHRASES: Final = (
    (
        "subscribe_prompt",
        regex.compile(
            r"(?:get|sign up for|subscribe to|receive)\s+(?:our|the)\s+[\w -]{0,30}newsletters?"
            r"(?:[,:\s-]+[\w ,'’-]{0,80})?[.!]?",
            regex.IGNORECASE,
        ),
    ),
    (
        # "This article is for premium members. Subscribe to continue reading."
        "paywall",
        regex.compile(
            r"(?:this (?:article|story|content) is (?:only )?(?:for|available to|exclusive to)"
            r" (?:our )?(?:premium |paying |digital )?(?:members|subscribers)[.!]?\s*)?"
            r"(?:subscribe|sign in|log in|become a member|register)(?: now)? to (?:continue"
            r" reading|read (?:the (?:full|rest of the) (?:article|story)|more"
            r"|this (?:article|story)))"
            r"(?:[.!]?|,? and (?:get|enjoy) (?:unlimited|full) access\b.{0,120})"
            # "This is a Premium article available exclusively to our subscribers."
            r"|this is an? (?:premium|subscriber|members?[-’' ]?only|exclusive|paid) (?:article"
            r"|story)(?: (?:available|reserved) (?:exclusively |only )?(?:to|for) (?:our )?"
            r"(?:subscribers|members))?[.!]?(?:\s+to read .{0,100})?",
            regex.IGNORECASE,
        ),
    ),
    (
        # Le Monde-style: "Il vous reste 61.42% de cet article à lire. La suite
        # est réservée aux abonnés."; the same in other languages.
        "paywall",
        regex.compile(
            r"(?:il vous reste [\d.,]+ ?% de cet article à lire[.!]?\s*)?"
            r"la suite est réservée aux abonnés.{0,80}"
            r"|il vous reste [\d.,]+ ?% de cet article à lire.{0,120}"
            r"|(?:the )?rest of this (?:article|story) is (?:reserved|available) (?:for|to)"
            r" (?:our )?(?:subscribers|members).{0,80}",
            regex.IGNORECASE,
        ),
    ),
    (
        # A blog platform's comment form, in the languages it is translated into.
        "comment_prompt",
        regex.compile(
            r"(?:leave a reply\s*(?:cancel reply)?\s*)?"
            r"(?:your email address will not be published|required fields are marked"
            r"|save my name, email,? and website|tu dirección de correo electrónico no será"
            r" publicada|los campos obligatorios están marcados|votre adresse (?:e-mail|de"
            r" messagerie) ne sera pas publiée|les champs obligatoires sont indiqués"
            r"|o seu endereço de e-?mail não será publicado|campos obrigatórios são marcados"
            r"|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|erforderliche felder"
            r" sind|il tuo indirizzo email non sarà pubblicato|i campi obbligatori sono"
            r" contrassegnati).{0,160}",
            regex.IGNORECASE,
        ),
    ),
    (
        # A wire's line under its stories on partners' pages: "Our Standards:
        # The Thomson Reuters Trust Principles."; a site's line under every
        # story: "Catch all the Business News, Breaking News Events and
        # Latest News Updates on The Economic Times."
        "page_furniture",
        regex.compile(
            r"our standards: the .{1,60} principles\.?"
            r"|dalsza część artykułu pod (?:materiałem wideo|reklamą|zdjęciami).{0,40}"
            r"|veja mais notícias .{1,120}|masz informacje .{1,120}napisz do nas.{0,120}"
            r"|posted in [^.!?]{1,80}?(?:\s*tagged [^.!?]{1,160})?"
            # a blog's post navigation: "Previous: Older post Next: Newer post"
            r"|(?:previous|prev|older)(?: post)?: .{1,150}?(?:next|newer)(?: post)?: .{1,150}"
            r"|do not sell (?:or share )?my (?:personal )?info(?:rmation)?"
            r"|catch all the .{0,80}\bnews\b.{0,160}",
            regex.IGNORECASE,
        ),
    ),
    (
        # "Download the KQLM 9 News app for breaking news alerts."
        "app_prompt",
        regex.compile(
            r"(?:download|get|install) (?:the|our) [\w .'’&-]{1,40} app\b[\w ,'’-]{0,80}[.!]?"
            # "Téléchargez l'application X : l'info locale ...", "Descarga la app"
            r"|(?:téléchargez|télécharger) l['’]app(?:lication)?\b.{0,160}"
            r"|(?:descarga|descargue|baixe|descarregue|scarica|laden sie)"
            r" (?:la |a |o |l['’]|die |unsere |nuestra |a nossa |o nosso )?"
            r"(?:app|aplicación|aplicação|aplicativo|applicazione)\b.{0,160}",
            regex.IGNORECASE,
        ),
    ),
    (
        # "Get the latest Lagos news on our WhatsApp channel. Click here to join."
        "follow_links",
        regex.compile(
            r"(?:(?:get|join|follow|subscribe to)\b[\w ,'’-]{0,60}\bon our"
            r"|(?:join|follow) (?:the )?\p{Lu}[\w .&’'-]{0,40}['’]s) (?:whatsapp|telegram)"
            r" (?:channel|group)(?: (?:and|to|for) [\w '’-]{0,80})?[.!]?"
            r"(?:\s*click here to (?:join|follow|subscribe)[.!]?)?",
            regex.IGNORECASE,
        ),
    ),
    (
        # "The opinions expressed in this column are the author's own."
        "disclaimer",
        regex.compile(
            r"the (?:views|opinions) expressed (?:in this (?:column|article|piece|op-ed) )?"
            r"are (?:the author['’]s own|those of the authors?(?: alone)?|the writer['’]s own)"
            r"(?:[\w ,'’-]{0,80})?[.!]?",
            regex.IGNORECASE,
        ),
    ),
    (
        # A labelled notice: "Disclaimer: The views and recommendations made above ..."
        "disclaimer",
        # (not the writer's own disclosure: "Disclaimer: I own shares in ...")
        regex.compile(
            r"[*_]?disclaimer\s*:\s*"
            r"(?!.*\b(?:I|I'm|I've|my|the author (?:owns|holds|has))\b)\S.{8,600}",
            regex.IGNORECASE,
        ),
    ),
    (
        # A news site's note over partners' press releases.
        "disclaimer",
        regex.compile(
            r"press releases? (?:is|are) (?:provided|distributed|supplied) by .{1,200}",
            regex.IGNORECASE,
        ),
    ),
    (
        # A newsletter's footer and sign-off: "You are receiving this email
        # because you signed up at ...", "That's all for today. Tips to ...".
        "subscribe_prompt",
        regex.compile(
            r"(?:you(?: are|'re|’re)? receiv(?:ing|ed) this (?:e-?mail|newsletter)"
            r"|you received this (?:e-?mail|newsletter)"
            r"|sie erhalten diese (?:e-mail|nachricht|newsletter)"
            r"|vous recevez cet (?:e-?mail|courriel)|recibes este (?:correo|e-?mail|boletín)"
            r"|ricevi questa (?:e-?mail|newsletter)|je ontvangt deze (?:e-?mail|nieuwsbrief)"
            r"|du får (?:det här|detta) (?:mejl|e-?mail|nyhetsbrev)"
            r"|anda menerima (?:e-?mail|surel|pesan|buletin) ini"
            r"|você (?:está recebendo|recebeu) (?:este|esta) (?:e-?mail|newsletter)"
            r"|otrzymujesz (?:tę|ten) (?:wiadomość|e-?mail|newsletter))\b.{0,240}"
            # a sign-off with where to write: a live blog's "That's all for
            # today" alone is its reporter's last line
            r"|(?:that's|that’s|that is) (?:all|it) for (?:today|this week|now)[.!]\s+.{0,40}"
            r"\b(?:tips|write to|e-?mail|reply|get in touch|send)\b.{0,200}",
            regex.IGNORECASE,
        ),
    ),
    (
        # A sign-up form's small print: "By signing up you agree to our
        # Privacy Notice. You can unsubscribe at any time."
        "subscribe_prompt",
        regex.compile(
            r"by (?:signing up|subscribing|registering),? you (?:agree|accept|consent)\b.{0,200}",
            regex.IGNORECASE,
        ),
    ),
    (
        # Newsletter platforms: "Thanks for reading X! Subscribe for free to ..."
        "subscribe_prompt",
        regex.compile(
            r"thanks for reading [^!.]{1,60}[!.]\s*subscribe\b.{0,120}", regex.IGNORECASE
        ),
    ),
    (
        # "Follow SportsPulse on WhatsApp for live scores"
        "follow_links",
        regex.compile(
            # the followed name is a brand, in capitals
            r"(?i:follow) (?:[\p{Lu}\d][\w.&'’-]*\s?){1,5} (?i:on (?:whatsapp|telegram|instagram"
            r"|facebook|x|twitter|google news|youtube|tiktok))\b[\w ,'’-]{0,60}[.!]?"
        ),
    ),
    (
        # "Sign up for The Ledger's free morning newsletter to get ...",
        # "Support local journalism. Subscribe to X today for as little as ..."
        "subscribe_prompt",
        regex.compile(
            r"(?:(?:support (?:local |independent |our |quality )?journalism[.!]?\s*)?"
            r"(?:sign up|subscribe|register)\b.{0,200}?\b(?:newsletter|inbox|subscription"
            r"|a week|a month|per week|per month|delivered to your)\b.{0,120}"
            r"|support (?:local |independent |our |quality )?journalism\b.{0,200})",
            regex.IGNORECASE,
        ),
    ),
    (
        # The same in other languages: "Tilaa Urheilun uutiskirje – ...",
        # "Suscríbete a nuestro boletín diario.", "Recibe las noticias del
        # Altiplano en tu correo", "Receba todas as manhãs as notícias ...
        # no seu e-mail."
        "subscribe_prompt",
        regex.compile(
            r"(?:tilaa|suscríbete|subscríbete|subscriu-te|assine|abonnez-vous|abonniere|iscriviti"
            r"|abonneer|prenumerera|tilmeld dig|zapisz się|pretplatite se|abonează-te|abone ol)"
            r"\b.{0,60}\b(?:uutiskirje\w*|boletín|butlletí|newsletter|nyhetsbrev|nyhedsbrev"
            r"|nieuwsbrief|infolettre|bülten|buletin)\b.{0,160}"
            r"|(?:recibe|receba|recevez|reçois|ricevi|primește|otrzymuj|erhalten sie) .{0,80}?"
            r"(?:en tu correo|en tu e-?mail|no seu e-?mail|dans votre boîte|nella tua (?:casella"
            r"|e-?mail)|direct pe e-?mail|pe e-?mail|na (?:swój )?e-?mail|in ihr(?:em)? postfach)"
            r"\b.{0,80}",
            regex.IGNORECASE,
        ),
    ),
    (
        # "Have a news tip? Email newsroom@example.com."
        "page_furniture",
        regex.compile(r"(?:have|got) a (?:news )?(?:tip|story)\?.{0,120}", regex.IGNORECASE),
    ),
    (
        # A banner's title in the site's language: "Dagblad Veenoord gebruikt
        # cookies", "Le Courrier utilise des cookies".
        "cookie_notice",
        regex.compile(
            r"\p{Lu}[\w .'’&-]{1,40} (?:gebruikt|utilise des|utiliza|verwendet|usa i|używa"
            r" plików) (?i:cookies?)[.!]?"
        ),
    ),
    (
        # "Get the latest X news direct to your inbox. Sign up to ...", "Get X
        # Daily in your inbox"; "Polub nas na Facebooku ...", "Receba as
        # notícias do X no WhatsApp", "Siga o X no Instagram".
        "subscribe_prompt",
        regex.compile(
            r"get (?:the latest |all the |our )?.{1,80}?\b(?:in|direct to|straight to|delivered"
            r" to) your inbox\b.{0,200}"
            r"|(?:iscriviti alla|abonnez-vous à (?:la|notre)|suscríbete a (?:la|nuestra)"
            r"|assine a|inscreva-se na|melden sie sich für unseren) newsletter\b.{0,160}",
            regex.IGNORECASE,
        ),
    ),
    (
        "follow_links",
        regex.compile(
            r"(?:polub nas na facebooku|obserwuj nas na"
            r"|receba as notícias .{1,60}? no (?:seu |nosso )?(?:whatsapp|telegram)"
            r"|siga (?:o|a|nos) .{1,60}? no (?:instagram|facebook|whatsapp|x|twitter|youtube"
            r"|tiktok|telegram)|síguenos en .{1,40}"
            r"|(?:підписуйтесь|підписуйтеся|подписывайтесь) на наш(?:у|ий)? (?:telegram|viber"
            r"|youtube|whatsapp)"
            r"|(?:підписуйтесь|підписуйтеся|подписывайтесь) на .{1,60}? (?:в|у) (?:telegram"
            r"|viber|facebook|instagram|youtube)"
            r"|simak berita .{1,80}? di google news).{0,160}",
            regex.IGNORECASE,
        ),
    ),
    (
        # "You must be logged in to post a comment.", in the sites' languages,
        # maybe with its button after it ("... Jetzt anmelden").
        "comment_prompt",
        regex.compile(
            r"(?:you must be (?:logged in|signed in|a subscriber|registered) to (?:post a )?"
            r"comment|sie müssen angemeldet sein,? um (?:zu )?kommentieren|vous devez être"
            r" (?:abonnée?|connectée?|inscrite?) pour (?:commenter|réagir)|debes (?:iniciar"
            r" sesión|estar registrado|ser suscriptor) para comentar|você precisa estar"
            r" (?:logado|conectado) para comentar|devi essere (?:registrato|abbonato|loggato)"
            r" per commentare|um kommentare (?:schreiben|verfassen) zu können,? müssen sie"
            r" (?:angemeldet|registriert|eingeloggt) sein|para comentar,? debes (?:estar"
            r" registrado|iniciar sesión))[.!]?(?:\s+[\w ’'-]{1,30}[.!]?)?",
            regex.IGNORECASE,
        ),
    ),
    (
        # An opinion page's disclaimer under a column, in Arabic: "the
        # published articles express their writers' opinions ..."
        "disclaimer",
        regex.compile(r"(?:المقالات|الآراء) المنشورة تعبّ?ر عن آراء .{1,120}"),
    ),
    (
        # The same in other languages: "Columns geven de mening van de auteur
        # weer ...", "Τα άρθρα γνώμης εκφράζουν τις απόψεις των συντακτών τους",
        # "Las opiniones expresadas ... son responsabilidad exclusiva de su autor".
        "disclaimer",
        regex.compile(
            # (no comma: "..., niet die van de redactie, en dat blijft zo." reports one)
            r"(?:columns|opiniestukken|opinieartikelen) geven de mening"
            r" (?:van de (?:auteur|schrijver)|weer van de (?:auteur|schrijver))[^,]{0,120}"
            r"|τα άρθρα γνώμης εκφράζουν τις απόψεις [^,]{1,120}"
            r"|(?:las|as|le|les) opini(?:ones|ões|oni|ons) (?:expresadas|expressas|espresse"
            r"|exprimées) [^,]{0,60}(?:autor|autore|auteur|autores|autori|auteurs|colaborador"
            r"|collaborat|articulist|firmant)[^,]{0,120}"
            r"|die (?:meinung|ansichten) (?:des autors|der autorin|der gastautoren)"
            r" (?:muss|müssen|gibt|geben|spiegelt|spiegeln|entspricht|entsprechen|deckt|decken)"
            r"[^,]{0,120}",
            regex.IGNORECASE,
        ),
    ),
    (
        # A paywall's box in other languages: "Lesen Sie jetzt weiter mit KURIER+",
        # "Sie haben Ihr Kontingent an freien Artikeln erreicht ...", "Sie sind
        # bereits Abonnent? Hier anmelden", "¿Ya eres suscriptor? Inicia sesión".
        "paywall",
        regex.compile(
            r"lesen sie (?:jetzt )?weiter mit .{1,40}"
            r"|sie haben ihr (?:monatliches )?kontingent an (?:kostenlosen |freien |gratis-)?"
            r"artikeln (?:für diesen monat )?(?:erreicht|aufgebraucht)[.!](?:[^?]{0,160})"
            # the question, then a button ("Hier anmelden"), not a sentence
            r"|(?:sie sind bereits (?:abonnent(?:in)?|kunde|registriert)|¿?ya eres (?:suscriptor"
            r"|suscriptora|abonado)|sei già abbonato|já é assinante)\?(?:\s+[^.\s]+){0,4}",
            regex.IGNORECASE,
        ),
    ),
    (
        # A web archive's toolbar over a captured page.
        "page_furniture",
        regex.compile(
            r"(?:the )?wayback machine(?: - https?://\S+| \| .{1,200})", regex.IGNORECASE
        ),
    ),
    (
        # A comments section's disclaimer and login prompt.
        "comment_prompt",
        regex.compile(
            r"(?:os comentários são de responsabilidade|los comentarios son responsabilidad"
            r"|comments are the (?:sole )?responsibility of|comments are (?:pre-)?moderated"
            r"|les commentaires sont sous la"
            r" responsabilité|para comentar,? (?:faça login|inicia sesión|regístrate)"
            r"|to comment,? (?:please )?(?:log in|sign in)"
            r"|join the (?:conversation|discussion|debate)\b.{0,60}"
            r"\b(?:log ?in|sign in|register)\b)"
            r".{0,240}",
            regex.IGNORECASE,
        ),
    ),
    (
        # "X News is also on Instagram and Threads. Follow us for ..."
        "follow_links",
        regex.compile(
            r"(?:[\w .&'’-]{1,60} is (?:also )?on [\w ,&]{1,60}[.!]\s*)?"
            r"(?:follow us|ikuti kami|síguenos|suivez-nous|folgen sie uns|seguici|volg ons"
            r"|obserwuj nas|siga-nos|bizi takip edin|следите за нами|följ oss|følg os"
            r"|seuraa meitä|pratite nas)\b"
            r"(?: on| at| for)?[^.]{0,60}\b(?:instagram|facebook|x|twitter|threads|tiktok"
            # then links or more networks, no clause: "Seguici su Instagram, l'appello
            # dei carabinieri" is a headline
            r"|youtube|whatsapp|telegram|linkedin|google news|social media)\b[^,;]{0,60}",
            regex.IGNORECASE,
        ),
    ),
    (
        # WordPress feeds: "The post TITLE appeared first on SITE."
        "feed_footer",
        # and as WordPress says it in other languages.
        regex.compile(
            r"(?:the post .{1,200} appeared first on|der beitrag .{1,200} erschien zuerst auf"
            r"|l[’']article .{1,200} est apparu en premier sur|la entrada .{1,200} se publicó"
            r" primero en|o post .{1,200} apareceu primeiro em|o artigo .{1,200} foi publicado"
            r" primeiro em|l[’']articolo .{1,200} proviene da|het bericht .{1,200} verscheen eerst"
            r" op|wpis .{1,200} pojawił się (?:po raz|poraz) pierwszy w|článek .{1,200} se"
            r" (?:nejdříve|poprvé|nejprve) objevil na|inlägget .{1,200} dök först upp på"
            r"|pos .{1,200} muncul pertama kali di|сообщение .{1,200} появились сначала на)"
            r" .{1,80}",
            regex.IGNORECASE,
        ),
    ),
    (
        "share_links",
        regex.compile(
            r"share\s+(?:this|the)\s+(?:article|story|page|post)(?:\s+[\w ,'’-]{0,60})?",
            regex.IGNORECASE,
        ),
    ),
    (
        "cookie_notice",
        regex.compile(
            # maybe after a word on privacy: "We value your privacy. We and our partners ..."
            r"(?:[^.!?]{0,40}(?:privacy|privacidad|vie privée|privatsphäre|datenschutz|privacidade"
            r"|prywatno)[^.!?]{0,20}[.!?]\s*)?"
            r"(?:(?:we use|this (?:web)?site uses|our (?:web)?site uses) cookies\b.{0,250}?"
            r"(?:consent|privacy|cookie policy|data protection|by continuing|you agree"
            r"|learn more|find out more|more information|your experience|personali[sz]e"
            r"|how you use|(?:make|help) (?:our|this|the) (?:web)?site work)"
            # the same banner in the site's language, recognized by its opening
            r"|(?:nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies"
            r"|usamos cookies|este sitio utiliza cookies|wir verwenden cookies|diese website"
            r" verwendet cookies|utilizziamo (?:i )?cookie"
            # Polish, with the banner's words after it (an interview's "Używamy plików
            # cookies, ale tylko ..." is an answer)
            r"|(?:używamy plików cookies?|(?:ta strona|serwis|nasz serwis|strona) (?:używa"
            r"|wykorzystuje) (?:plik(?:ów|i) )?cookies?)"
            # (or a wrapped banner's first line, cut before them)
            r"(?=.{0,300}(?:ustawie|zgod|zgadza|prywatno|polityk|akceptuj|przeglądar)|.*[^.!?…\s]\s*$)"
            r"|questo sito (?:web )?utilizza"
            r" (?:i )?cookie|este site (?:utiliza|usa) cookies|deze (?:web)?site gebruikt cookies"
            r"|bu sitede çerezler|çerezleri kullanıyoruz"
            # Nordic, Finnish, Romanian, Czech, Hungarian, Indonesian and Malay openings
            r"|vi (?:bruker|bruger|använder) (?:informasjonskapsler"
            r"|cookies|kakor)|(?:denna|den här) webbplats(?:en)? använder (?:kakor|cookies)"
            r"|käytämme evästeitä|(?:tämä )?(?:verkko)?sivusto käyttää evästeitä"
            r"|folosim (?:module )?cookie(?:-uri)?|(?:acest site|site-ul nostru) folosește cookie"
            r"|používáme (?:soubory )?cookies?|(?:tento web|tyto stránky|tento web používá)"
            r" používá? (?:soubory )?cookies?|sütiket használ|(?:ez a )?(?:weboldal|honlap)"
            r" sütiket|kami menggunakan (?:kuki|cookie)"
            r"|(?:situs|laman) ini menggunakan (?:kuki|cookie)"
            # "by going on you accept our cookies": "Genom att fortsätta surfa godkänner du ..."
            r"|(?:genom att fortsätta (?:att )?(?:surfa|använda)|ved å fortsette (?:å )?(?:bruke"
            r"|surfe)|ved at fortsætte (?:med at )?(?:bruge|browse)|door verder te (?:gaan|surfen)"
            r"|jatkamalla (?:sivuston )?(?:käyttöä|selaamista))"
            r"[^.]{0,100}(?:kakor|kakpolicy|informasjonskapsl|cookies?|evästei)"
            r"|aquest (?:web|lloc web) utilitza (?:galetes|cookies)|utilitzem galetes"
            # consent frameworks: "With your agreement, we and our 812 partners use cookies"
            r"|(?:with your (?:agreement|consent), )?we and our (?:\d+ )?partners (?:use|store)"
            # "Horizon et ses partenaires utilisent des cookies ..."
            r"|(?!(?:the|le|la|les|el|los|der|die|das|il|lo|o|a|un|une|ein|eine|this|ce|cette)\b)"
            r"(?-i:\p{Lu})[\p{L}\d.'’-]*(?: (?-i:\p{Lu})[\p{L}\d.'’-]*){0,3}"
            r" (?:and its|et ses|y sus|und seine|e i suoi|e seus) (?:\d+ )?"
            r"(?:partners|partenaires|socios|partner|parceiros) (?:use|utilisent|utilizan|verwenden"
            r"|nutzen|utilizzano|usam|utilizam) (?:cookies|des cookies|cookie)"
            r"|(?:avec votre accord, )?(?:nous et nos (?:\d+ )?partenaires|nos (?:\d+ )?partenaires"
            r" et nous) (?:utilisons|stockons)"
            r"|nosotros y nuestros (?:\d+ )?(?:socios|partners) (?:utilizamos|usamos)"
            r"|wij en onze (?:\d+ )?partners gebruiken|wir und unsere (?:\d+ )?partner"
            r" (?:verwenden|nutzen|speichern)|noi e i nostri (?:\d+ )?partner utilizziamo"
            r"|nós e os nossos (?:\d+ )?parceiros (?:utilizamos|usamos)"
            r"|my i nasi (?:\d+ )?partnerzy (?:używamy|wykorzystujemy)"
            r"|korzystamy z plików cookies?"
            # "Szanowni Państwo, w związku z RODO informujemy, że korzystamy z plików cookies"
            r"|[^.!?]{1,80}?(?:informujemy|informamos|informiamo|informons),? (?:że|que|che)"
            r" (?:korzystamy|utilizamos|usamos|utilizziamo|nous utilisons) .{0,30}?cookies?"
            r"|हम .{1,60}कुकीज़ का (?:उपयोग|इस्तेमाल)"
            # OneTrust: "By clicking “Accept All Cookies”, you agree to the storing of cookies"
            r"|by clicking [\"“']?accept(?: all)?(?: cookies)?[\"”']?,? you agree)\b)"
            r".{0,500}?(?:\.\s*(?:ok|okay|accept|accept all|i agree|got it|agree|close))?",
            regex.IGNORECASE,
        ),
    ),
)
_COOKIE_BANNERS: Final = tuple(p for rule, p in _LONG_PHRASES if rule == "cookie_notice")
_DISCLAIMERS: Final = tuple(p for rule, p in _LONG_PHRASES if rule == "disclaimer")
# "Cookie" in the languages of the banners above, as cheap gates for them.
_COOKIE_STEMS: Final = ("galet", "eväste", "kapsl", "kakor", "kakpol", "süti", "kuki", "çerez")
_BANNER_WORDS_CHARS: Final = 30  # a consent banner's sentence, at least
_COOKIE_WORD: Final = regex.compile(
    r"(?i:ookie)|eväste|informasjonskapsl|kakor|kakpolicy|sütik|süti |kuki|çerez|galetes"
)
_LONGEST_BANNER: Final = 700
_UPDATED: Final = regex.compile(
    r"(?:(?:last\s+)?updated(?:\s+on)?|refreshed|mis à jour(?: le)?|actualizado(?: el)?"
    r"|atualizado(?: em)?|aktualisiert(?: am)?|aggiornato(?: il)?|zaktualizowano"
    r"|güncellendi|güncelleme|na-update|in-update|imesasishwa|ενημερώθηκε|עודכן"
    r"|به روز شده|อัปเดตเมื่อ|aktualizováno|frissítve)\s*:?\s*(?P<rest>.*)",
    regex.IGNORECASE,
)
_UPDATED_STARTS: Final = (
    "updated",
    "last updated",
    "refreshed",
    "mis à jour",
    "actualizado",
    "atualizado",
    "aktualisiert",
    "aggiornato",
    "zaktualizowano",
    "güncelle",
    "na-update",
    "in-update",
    "imesasishwa",
    "ενημερώθηκε",
    "עודכן",
    "به روز شده",
    "อัปเดตเมื่อ",
    "aktualizováno",
    "frissítve",
)
# "6 juin 2024 à 17h42", "28 de mayo de 2024, 08:15": dates in the languages above.
_INTL_DATE: Final = regex.compile(
    r"\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?\d{4}"
    r"(?:,?\s*(?:à|a las|às|um|alle|o|saat)?\s*\d{1,2}[:h.]\d{2})?",
    regex.IGNORECASE,
)
# "2 hours ago", "an hour ago", "hace 37 minutos", "hace una hora", "il y a 3
# heures", "vor 2 Stunden", "há 5 minutos", "3 ore fa", "2 uur geleden".
_N: Final = r"(?:\d{1,3}|an?|one|una?|une?|einer?|uma?|un'|een)"
_AGO: Final = regex.compile(
    rf"(?:about\s+)?{_N}\s+(?:sec|second|min|minute|hr|hour|day|week)s?\s+ago|just now"
    rf"|(?:hace|há|il y a|vor)\s+{_N}\s*(?:segundos?|minutos?|horas?|días?|dias?|semanas?"
    r"|secondes?|minutes?|heures?|jours?|sekunden|minuten?|stunden?|tag(?:en)?|wochen?)"
    rf"|{_N}\s*(?:secondi|minut[oi]|or[ae]|giorn[oi]|seconden|minuten|uur|dagen|dag)"
    r"\s+(?:fa|geleden)"
    # Indonesian and Malay, Turkish: "2 jam lalu", "3 saat önce"
    r"|\d{1,3}\s+(?:detik|menit|jam|hari|minggu)\s+(?:yang\s+)?lalu"
    r"|\d{1,3}\s+(?:saniye|dakika|saat|gün|hafta)\s+önce"
    # Polish, Russian and Ukrainian, Scandinavian, Finnish, Vietnamese, Czech
    # and Romanian: "1 godz. temu", "2 часа назад", "för 2 timmar sedan",
    # "2 tuntia sitten", "2 giờ trước", "před 2 hodinami", "acum 2 ore"
    r"|\d{1,3}\s*(?:sek\.?|min\.?|minut[ay]?|godz\.?|godzin[ay]?|dni|dzień|tydz\.?"
    r"|tygodni[e]?)\s+temu"
    r"|\d{1,3}\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|хвилин[уи]?"
    r"|годин[уи]?)\s+(?:назад|тому)"
    r"|(?:för|for)\s+\d{1,3}\s+(?:minuter|minutter|timmar|timer|dagar|dage|dager)\s+"
    r"(?:sedan|siden)"
    r"|\d{1,3}\s+(?:sekuntia|minuuttia|tuntia|päivää)\s+sitten"
    r"|\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần)\s+trước"
    r"|před\s+\d{1,3}\s+(?:minutami|minutou|hodinami|hodinou|dny|dnem)"
    r"|acum\s+\d{1,3}\s+(?:minute|ore|oră|zile)"
    # Japanese, Chinese, Korean: "10時間前", "3分钟前", "2시간 전"
    r"|\d{1,3}\s*(?:秒|分|時間|日|週間|分钟|小时|天|周)前|\d{1,3}\s*(?:초|분|시간|일)\s*전",
    regex.IGNORECASE,
)
_AGO_ENDS: Final = (
    "ago",
    "now",
    "fa",
    "geleden",
    "lalu",
    "önce",
    "temu",
    "назад",
    "тому",
    "sedan",
    "siden",
    "sitten",
    "trước",
)
_PUBLISHED_AGO: Final = regex.compile(
    r"(?:published|posted|publicado|publié|veröffentlicht|pubblicato)\s*:?\s*(?P<ago>.+)",
)
_AGO_STARTS: Final = ("hace ", "há ", "il y a ", "vor ", "před ", "acum ", "för ", "for ")
# "© 2024 Example Media. All rights reserved.", "Copyright 2024 Example Ltd"
# Case matters: a notice's name is in capitals ("Copyright 2015 was
# registered ..." is a sentence).
_RIGHTS: Final = r"(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)"
_COPYRIGHT: Final = regex.compile(
    r"(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?"
    r"(?:,?\s+(?:[\p{Lu}\d&][\w.&'-]*|of|and|the|de|du)){0,8}"
    rf"(?:[.,]?\s*{_RIGHTS})?\.?"
    # "Copyright © The Herald. All rights reserved.", "© AFP 2024"
    rf"|(?:(?:[Cc]opyright|COPYRIGHT)\s*)?©\s*[\w .,&'-]{{1,60}}?[.,]?\s*{_RIGHTS}\.?"
    r"|©\s*[\w.&'-]{1,30}(?:\s+[\w.&'-]{1,30}){0,6}\s+\d{4}\.?"
)
# Residue of embedded posts: "pic.twitter.com/x1", "— Name (@handle) June 2,
# 2024", "A post shared by Name (@handle)".
_EMBED: Final = regex.compile(
    r"(?:\S*\s*)?pic\.twitter\.com/\w+"
    rf"|[—–-]\s*[^()]{{1,60}}\(@\w{{1,30}}\)\s+(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    r"|a post shared by [^()]{1,60}\(@[\w.]{1,30}\)",
    regex.IGNORECASE,
)
_READING_TIME: Final = regex.compile(
    r"(?:(?:(?:estimated\s+)?read(?:ing)?\s+time|tempo di lettura|lesezeit|tiempo de lectura"
    r"|temps de lecture|tempo de leitura|lecture|lectura|leitura|lettura|lesedauer|czas czytania"
    r"|leestijd"
    r"|okuma süresi|temps de lectura|lukuaika|vrijeme čitanja|waktu baca|lästid|lesetid"
    r"|læsetid|χρόνος ανάγνωσης|время чтения|час читання)\s*:?\s*)?"
    r"\d{1,3}\s*(?:[-–]\s*(?:\d{1,3}\s*)?)?(?:min(?:ute)?s?|minut[oi]|minuten|minutos|menit|λεπτά|мин|хв)"
    r"(?:\s+read)?"
)
# A video's or a recording's length: "Vidéo - 1 min 48 s", "Video (2:31)".
_LENGTH: Final = r"(?:\d{1,3}\s*min(?:\.|utes?)?(?:\s*\d{1,2}\s*s)?|\d{1,2}:\d{2})"
_MEDIA_LENGTH: Final = regex.compile(rf"(?:video|vidéo|vídeo|audio)\s*[-–:,·(]?\s*{_LENGTH}\)?")
# A player's notice that scripts are off: "Per visualizzare il video è
# necessario attivare JavaScript.", "Please enable JavaScript to view this video."
_LABELLED_LINKS: Final = 3  # links in a labelled row of them, at least
# Labels of a site's rows of links ("Regioni: [8]Val Serrana | [9]Litorale");
# a story's own labelled links ("Areas:", "Operators:", "Sources:") are its text.
_NAV_LABELS: Final = frozenset(
    "regions regioni regiones regionen régions regiões sections secciones sezioni rubriken"
    " ressorts rubriques categories categorías categorie kategorien kategori kategoria"
    " channels canali canales kanäle editions edizioni ediciones ausgaben".split()
)
# A syndicated story's credit: "This article originally appeared on ...",
# "Dieser Artikel erschien zuerst bei ...", "Artikel ini telah tayang di ...".
_SYNDICATED: Final = regex.compile(
    r"(?:this (?:article|story|report|piece|column) (?:was |is |has been )?(?:originally |first )?"
    r"(?:published|appeared|distributed|ran)\b"
    r"|(?:originally|first) (?:published|appeared) (?:by|in|on|at)\b"
    r"|dieser (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|erstmals|ursprünglich)"
    r"|(?:el|este) artículo (?:se publicó|fue publicado|se publica) (?:originalmente|primero"
    r"|bajo licencia)|cet article a (?:d'abord |initialement )?été publié"
    r"|questo articolo è stato pubblicato (?:originariamente|per la prima volta|su)"
    r"|artikel ini (?:telah tayang|pertama kali (?:terbit|tayang|dimuat))"
    r"|το άρθρο δημοσιεύθηκε (?:αρχικά|για πρώτη φορά)"
    r"|esta (?:notícia|matéria|reportagem) (?:foi publicada originalmente|pode ser reproduzida)"
    r"|este (?:artigo|texto) foi (?:originalmente )?publicado"
    r"|artykuł (?:ukazał się|został opublikowany) (?:pierwotnie|po raz pierwszy)"
    r"|dit artikel verscheen (?:eerder|eerst)|denna artikel publicerades (?:först|ursprungligen))",
    regex.IGNORECASE,
)
# How those lines open (a cheap gate for them).
_SYNDICATED_STARTS: Final = frozenset(
    "this |origi|first|diese|el ar|este |cet a|quest|artik|το άρ|esta |artyk|dit a|denna|dies "
    "|ceci |to je|dit i".split("|")
)
_PRESS_CODE_WORDS: Final = (
    "Code",
    "code",
    "ouncil",
    "IPSO",
    "IMPRESS",
    "presse",
    "Presse",
    "Vær",
    "publicistisk",
    "ohjeet",
    "omplaints",
)
# The credit says it: first, again, with leave ("This article appeared in a
# newspaper of the 1950s" is a story's sentence).
_SYNDICATION_SIGN: Final = regex.compile(
    r"originally|first|republish|syndicat|permission|partner|licen[cs]|distributed|zuerst"
    r"|erstmals|ursprünglich|originalmente|primero|licencia|initialement|d'abord|originariamente"
    r"|prima volta|tayang|αρχικά|reproduzida|pierwotnie|eerder|först|ursprungligen",
    regex.IGNORECASE,
)
# A translation note is the story's: "This article was originally published in Spanish."
_TRANSLATED: Final = regex.compile(
    r"\bin (?:English|Spanish|French|German|Italian|Portuguese|Arabic|Chinese|Japanese|Russian"
    r"|Korean|Dutch|Polish|Turkish|Hindi|Swedish|Ukrainian|Greek|Catalan)\b|translat"
)
# A publisher's word that it keeps a press code: "This website and associated
# newspaper adhere to the Editors' Code of Practice", "This newspaper is a
# member of the Press Council of Ireland", "TV Fjordvik arbeider etter Vær
# Varsom-plakatens regler for god presseskikk".
_PRESS_CODE: Final = regex.compile(
    r"^(?:(?:this (?:website|site|newspaper|publication|title)|we|our (?:newspaper|website|site))"
    r"(?: and (?:its |the )?associated (?:newspaper|website)s?)?"
    r" (?:is a member of|are members of|adheres? to|subscribes? to|abides? by|is regulated by"
    r"|are regulated by|unterliegt|hält sich an)"
    # a Nordic outlet's own statement: "TV Fjordvik arbeider etter Vær Varsom-plakaten"
    r"|[\p{Lu}][\w .&'-]{1,40} (?:arbeider etter|följer|arbejder efter|noudattaa))"
    r"[^.!?]{0,80}(?:press council|editors' code|editors’ code|code of practice|ipso|impress"
    r"|press complaints|presseskikk|vær varsom|pressens|pressekodex|journalistin ohjeet"
    r"|god publicistisk sed)",
    regex.IGNORECASE,
)
# A web archive's or a cache's banner over the page it kept: "This page was
# archived on ...", "Dies ist eine Kopie. Die Originalseite kann sich ...",
# "This is Google's cache of ...".
_ARCHIVE_BANNER: Final = regex.compile(
    r"^(?:\S+\s+[–—-]\s+)?(?:(?:this page|diese seite|cette page|esta página|questa pagina"
    r"|ta strona|deze pagina) (?:was|wurde|a été|fue|foi|è stata|została|werd|is)"
    r" (?:am |on |le |el |em |il |dnia |op )?.{0,40}?(?:archived|archiviert|archivée|archivada"
    r"|arquivada|archiviata|zarchiwizowana|gearchiveerd)"
    r"|(?:this is|dies ist|ceci est|esta es|este é|questa è|to jest|dit is) (?:a|an|eine|une|una"
    r"|uma|kopia|een) (?:archived )?(?:copy|kopie|copie|copia|cópia|snapshot)\b"
    r".{0,80}(?:original|oryginal|oorspronkelijk)"  # "... Die Originalseite kann sich ..."
    r"|this is google's cache of)",
    regex.IGNORECASE,
)
# The player's message ends its own sentence ("... this video." / "... tag."),
# where a story's sentence or headline goes on ("... video format: for three days").
_MESSAGE_END: Final = regex.compile(r"[^.!?:;]{0,40}[.!](?:\s|$)")
# A video player's fallback text: "Your browser does not support the video tag."
_NO_VIDEO: Final = regex.compile(
    r"(?:your (?:web )?browser (?:does not|doesn't|cannot|can't) (?:support|play)"
    r"|il tuo browser non (?:supporta|può riprodurre)|ihr browser unterstützt (?:kein|dies|das)"
    r"|votre navigateur ne (?:prend pas en charge|supporte pas|peut pas lire)"
    r"|tu navegador no (?:admite|soporta|es compatible)|seu navegador não (?:suporta|é compatível))"
    r"[^.!?]{0,80}(?:video|vídeo|vidéo|audio|áudio|player|html5|riproduzione|wiedergabe)",
    regex.IGNORECASE,
)
_NO_SCRIPT: Final = regex.compile(
    r"(?:(?:to (?:view|watch|play) this (?:video|content)|per visualizzare (?:il|questo) video"
    r"|pour (?:voir|regarder) cette vidéo|um dieses video (?:zu sehen|anzusehen|abzuspielen)"
    r"|para ver este v[ií]deo)[^.]{0,60}javascript|please enable javascript to (?:view|watch"
    r"|play) (?:this )?(?:video|content)).{0,40}",
    regex.IGNORECASE,
)
# A player's own lines: "Jetzt läuft: Die Morgenrunde", "Audio abspielen (1:32
# Min)", "Lecture en cours", "La publicité se terminera dans 5 secondes".
_PLAYER_STARTS: Final = frozenset("JjNnEeAaOoVvLlTtDdRrPpWw")
_PLAYER: Final = regex.compile(
    r"(?:jetzt läuft|now playing|en ce moment|ahora suena|on air)\s*:.{1,60}"
    # a player's button and clock: "Play Video 0:00 / 2:14"
    r"|(?:play|watch|listen)(?: (?:video|audio))?\s+\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?"
    r"|(?:audio|video|vidéo) (?:abspielen|anhören|play|écouter|reproducir|riproduci)(?:\s*\(?"
    r"[\d:]+\s*min\.?\)?)?|lecture en cours|now playing|reproduciendo"
    r"|(?:la publicité se terminera|the ad will end|ad ends|la publicidad terminará|die werbung"
    r" endet) (?:dans|in|en) \d{1,2} (?:secondes?|seconds?|segundos?|sekunden)"
)
# A text-to-speech player over the story: "Listen to this article (4 min)".
_LISTEN: Final = regex.compile(
    r"(?:listen to|ascolta|escucha|écouter|écoutez|anhören|hören sie|ouça|ouvir|luister naar"
    r"|posłuchaj|dinle)(?: (?:this|questo|este|esta|cet|diesen|den|esse|dit|tego|bu))?"
    r"(?: (?:article|story|articolo|artículo|noticia|l'article|artikel|artigo|notícia|artykułu"
    r"|haberi))(?: (?:now|ora|ahora|maintenant|jetzt|agora|nu|teraz))?[\s.…]*"
    r"(?:\(?[\d:]+\s*min\.?\)?|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?)?$"
)
_SPONSORED: Final = regex.compile(
    r"(?:sponsored|presented|brought to you|supported) by [\w .&'-]{1,40}"
)
_CLICK_HERE: Final = regex.compile(r"click here(?:\s+(?:to|for)(?:\s+[\w-]+){1,4})?")
# A UI phrase with a count: "Comments (4)", "Share [12]", "Comments: 4".
_COUNTED: Final = regex.compile(
    r"(?P<phrase>\D+?)\s*(?:\(\d{1,6}\)|\[\d{1,6}\]|（\d{1,6}(?:件|条|개)?）|:?\s+\d{1,6}(?:件|条|개)?)"
)
_COUNT_FIRST: Final = regex.compile(r"\d{1,6}\s+(?P<phrase>\D{4,30})")
_COUNTED_RULES: Final = frozenset({"comment_prompt", "share_links"})
# Labels that introduce a list of linked headlines ("Related:", "Most read")
# and labels of a tag list ("Topics"). Such a label alone is not debris (a
# heading can say "Latest news"); with its list after it, label and list go.
#
# Labels that say the lines after them are links to other stories, wherever
# they stand ("Related:", "Also read", in several languages).
_LINK_LABELS: Final = frozenset(
    (
        "related; related articles; related stories; related news; related content; related "
        "coverage; read more; read also; also read; read next; see also; more on this; more on "
        "this story; leia também; lea también; lee también; lire aussi; à lire aussi; lesen sie "
        "auch; leggi anche; czytaj także; basahin din; baca juga; lees ook; читайте также; "
        "ilgili haberler; ilgili haber; "
        "اقرأ أيضا; 関連記事; 관련 기사; ये भी पढ़ें; читайте також; tin liên quan; berita terkait; "
        "relacionado; relacionados; relacionadas; noticias relacionadas; artículos relacionados; "
        "notícies relacionades; povezane vijesti; aiheesta lisää; "
        "notícias relacionadas; matérias relacionadas; articles liés; sur le même sujet; "
        "verwandte artikel; ähnliche artikel; das könnte sie auch interessieren; articoli "
        "correlati; notizie correlate; gerelateerd; gerelateerde artikelen; powiązane; "
        "powiązane artykuły; benzer haberler; soma pia; soma zaidi; habari zinazohusiana; "
        "saistītie raksti; susiję straipsniai; seotud artiklid; související články; súvisiace "
        "články; kapcsolódó cikkek; articole similare; σχετικά άρθρα; relaterade artiklar; "
        "relaterede artikler; relaterte artikler; aiheeseen liittyvät; lue myös; läs också; "
        "læs også; les også; čtěte také; citiți și; pročitajte i; прочитајте још"
    ).split("; ")
)
# All labels over a list of linked headlines: those above, and labels of
# lists that may also head an article's own list ("Most read", "Don't miss"),
# which count only at the page's edges.
_HEADLINE_LABELS: Final = _LINK_LABELS | frozenset(
    (
        "recommended; recommended for you; recommended stories; you may also like; you might "
        "also like; most read; most popular; most viewed; trending; trending now; must read; "
        "latest news; latest stories; top stories; editor's picks; editors' picks; more "
        "stories; more news; don't miss; up next; what to read next; more from this section; "
        "key events; recent posts; recent comments; latest posts; popular posts; "
        "te recomendamos; 많이 본 뉴스; más leídas; lo más leído; mais lidas; les plus "
        "lus; meistgelesen; più letti; najczęściej czytane; en çok okunanlar; 最热新闻; 热门新闻; "
        "热点新闻; 推荐阅读; 延伸阅读; 猜你喜欢; 热门推荐; 相关报道; 相關新聞; 熱門新聞; 人気記事; "
        "関連ニュース; あわせて読みたい; 주요 뉴스; 최신 뉴스; meest gelezen; mest läst; "
        "mest lästa; mest læste; mest lest; nejčtenější; najčítanejšie; cele mai citite; "
        "luetuimmat; más vistos; lo más visto; più lette; mais lidos; najpopularniejsze; "
        "à voir aussi; a ver também; da vedere; auch interessant; ti potrebbe interessare; "
        "potrebbe interessarti; también te puede interesar; você também pode gostar; "
        "terpopuler; paling banyak dibaca; самое читаемое; найпопулярніше; δημοφιλή; "
        "đọc nhiều; đọc nhiều nhất; xem nhiều; सबसे ज्यादा पढ़ी गई; सबसे ज़्यादा पढ़ी गई; "
        "सबसे ज्यादा पढ़ी गईं; लोकप्रिय; стрічка новин; лента новостей; все новости; "
        "усі новини; 주요뉴스; 많이 본 기사; 가장 많이 본 뉴스; en çok okunan; "
        "τα πιο δημοφιλή; הנקראים ביותר; پربازدیدترین; i più letti; le più lette; "
        "top coverage; more coverage"
    ).split("; ")
)
# Labels that also end a teaser paragraph in feeds ("... Read more"): the
# line after them may be the next article's title.
_WEAK_LABELS: Final = frozenset(("read more", "more", "latest news", "top stories"))
_TAG_LABELS: Final = frozenset(
    (
        "tags; topics; related topics; suggested topics; filed under; categories; keywords; "
        "more on these "
        "topics; explore more on these topics; in this story; in this article; etiquetas; "
        "temas; tópicos; mots-clés; thèmes; schlagworte; themen; argomenti; tagi; tematy; "
        "etiketler; onderwerpen; topik; метки; теги; الوسوم; 标签; タグ; schlagwörter; "
        "关键词; 關鍵詞; 标签： ; 专题; 專題; 関連キーワード; キーワード; 태그; "
        "étiquettes; tag; etiquetes; tunnisteet; oznake; etichete; từ khóa; từ khoá; mga tag; "
        "mada; témata; štítky; címkék; ετικέτες; תגיות; برچسب‌ها; برچسب ها; แท็ก; "
        "टैग; टैग्स"
    ).split("; ")
)
_LONGEST_LIST: Final = 8  # items after one label
_LISTED: Final = regex.compile(r"\s*(?:\d{1,2}[.)]|[•*-])\s+\S")  # " 1. Headline", "• Headline"
# A list item that opens with its date: "08/01/2014 Castro confía en ..."
_DATED_HEADLINE: Final = regex.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\s+\p{L}")
_LONGEST_LINK_LIST: Final = 12  # items after a label that says "link" ("Related")
_LONGEST_TAG: Final = 40
# "23:42", "at 9.05 pm", "11:00 BST": a time with an optional zone.
_TIME: Final = r"(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?"
# Shape: UI lines are short; teasers carry a headline and may be longer.
_LONGEST_UI: Final = 40
_LONGEST_TEASER: Final = 200
# A sentence that reports what someone said, or two clauses joined by ";",
# is article text even when it quotes a prompt.
_REPORTED: Final = regex.compile(
    r"\b(?:said|says|urged|urges|told|tells|added|wrote|according to|announced|officials"
    # the same in the languages of the consent banners: a quote of one is the story's
    r"|sanoo|sanoi|kertoo|kertoi|säger|sade|sa|stod det|sier|sa|uttaler|siger|sagde|stod der"
    r"|zegt|zei|volgens|spune|a spus|a declarat|mondta|szerint|říká|uvedl|kata|ujar|sagt|sagte"
    r"|a déclaré|dice|dijo|diz|disse"
    # ... and the verbs that report a notice or a rule: "..., explica el jefe de
    # Participación", "..., heißt es in dem Bescheid", "..., lembra o conselho"
    r"|explica|explicó|recuerda|recordó|afirma|afirmó|señala|señaló|asegura|reconoce|reconocía"
    r"|advierte|advertía|précise|a précisé|explique|a expliqué|indique|indiquait|rappelle"
    r"|souligne|affirme|betont|betonte|erklärt|erklärte|heißt es|teilte mit|spiega"
    r"|ha spiegato|precisa|sottolinea|ricorda|ha accertato|lembra|ressalta|destaca|αναφέρει"
    r"|δήλωσε|είπε|σημειώνει|aldus|benadrukt)\b|;",
    regex.IGNORECASE,
)
_LEADING_SYMBOLS: Final = "📲📱👉📩📣📢🔔✉▶►•*→-# "
_LONG_PHRASE_STARTS: Final = (
    "téléchar",
    "descarga ",
    "descargue ",
    "baixe o ",
    "descarrega",
    "scarica l",
    "laden sie ",
    "tilaa ",
    "suscríbet",
    "subscríbe",
    "subscriu-",
    "abonniere",
    "abonneer ",
    "prenumerer",
    "ikuti kami",
    "anda mener",
    "você está ",
    "você receb",
    "otrzymujes",
    "suivez-nou",
    "folgen sie",
    "seguici",
    "volg ons",
    "siga-nos",
    "bizi takip",
    "следите за",
    "följ oss",
    "følg os",
    "seuraa mei",
    "pratite na",
    "tilmeld di",
    "pretplatit",
    "abonează-t",
    "abone ol",
    "recibe ",
    "receba ",
    "recevez ",
    "reçois ",
    "ricevi ",
    "primește ",
    "otrzymuj ",
    "erhalten s",
    "aquest we",
    "aquest ll",
    "utilitzem ",
    "press rele",
    "you are r",
    "you're re",
    "you’re re",
    "you receiv",
    "sie erhalt",
    "vous recev",
    "recibes es",
    "ricevi que",
    "je ontvang",
    "du får de",
    "that's all",
    "that’s all",
    "that's it ",
    "that is al",
    "by signing",
    "by subscri",
    "by registe",
    "our stand",
    "polub nas",
    "підписуй",
    "подписыв",
    "simak ber",
    "iscriviti",
    "abonnez-v",
    "suscríbet",
    "assine a ",
    "inscreva-",
    "melden si",
    "obserwuj ",
    "receba as",
    "siga o ",
    "siga a ",
    "siga nos ",
    "síguenos ",
    "this is a ",
    "this is an",
    "os coment",
    "join the c",
    "join the d",
    "los comen",
    "comments ",
    "les comme",
    "para come",
    "to commen",
    "dalsza cz",
    "veja mais",
    "हम ",
    "you must ",
    "um kommen",
    "sie müsse",
    "vous deve",
    "debes ini",
    "debes est",
    "debes ser",
    "você prec",
    "devi esse",
    "المقالات",
    "الآراء ا",
    "columns ge",
    "opiniestuk",
    "opinieart",
    "τα άρθρα ",
    "las opinio",
    "as opiniõe",
    "le opinion",
    "les opinio",
    "die meinun",
    "die ansich",
    "lesen sie ",
    "sie haben ",
    "sie sind b",
    "ya eres su",
    "¿ya eres s",
    "sei già ab",
    "já é assin",
    "disclaimer",
    "*disclaime",
    "wayback m",
    "the wayba",
    "masz info",
    "previous:",
    "prev: ",
    "older pos",
    "posted in",
    "do not se",
    "catch all",
    "your emai",
    "leave a r",
    "required ",
    "save my n",
    "tu direcc",
    "los campo",
    "votre adr",
    "les champ",
    "o seu end",
    "campos ob",
    "deine e-m",
    "ihre e-ma",
    "erforderl",
    "il tuo in",
    "i campi o",
    "il vous r",
    "la suite ",
    "rest of t",
    "the rest ",
    "get our ",
    "get the ",
    "get ",
    "join ",
    "follow ",
    "this arti",
    "this stor",
    "this cont",
    "log in ",
    "sign in ",
    "register ",
    "become a ",
    "download ",
    "install ",
    "the opini",
    "the views",
    "the post ",
    "der beitra",
    "l'article ",
    "l’article ",
    "la entrada",
    "o post ",
    "o artigo ",
    "l'articolo",
    "l’articolo",
    "het berich",
    "wpis ",
    "článek ",
    "inlägget ",
    "pos ",
    "сообщение ",
    "thanks fo",
    "support ",
    "have a ",
    "got a ",
    "sign up",
    "sign up ",
    "subscribe ",
    "receive ",
    "share th",
    "we use c",
    "ta strona",
    "questo si",
    "este site",
    "deze webs",
    "deze site",
    "with your",
    "we and ou",
    "by clicki",
    "nosotros ",
    "wij en on",
    "wir und u",
    "noi e i n",
    "nós e os ",
    "my i nasi",
    "avec votr",
    "nous et n",
    "this site",
    "this web",
    "our site",
    "our webs",
    "nous util",
    "ce site u",
    "utilizamo",
    "usamos co",
    "este siti",
    "wir verwe",
    "diese web",
    "utilizzia",
    "używamy p",
    "bu sitede",
    "çerezleri",
)
_STRIP_HEAD: Final = " \t»›>‹«<+|•·#【＞"
_STRIP_TAIL: Final = " \t:»›>‹«<|•·.…!】："


# Text-browser dumps number their links: "[12]Read more: ...", "   [IMG]".
_LINK_REF: Final = regex.compile(r"\[\d{1,4}\]")
# A line of links and nothing else: Markdown ("[Rail](https://...) [Roads](...)")
# or numbered ("[3]News [4]Business"): navigation, tags, related links.
_MD_LINK: Final = r"\[[^\[\]]{1,80}\]\([^()\s]{1,300}\)"
_LINK_ROW: Final = regex.compile(
    rf"(?:{_MD_LINK})(?:[\s|·•,/]*{_MD_LINK})+|(?:\[\d{{1,4}}\][^\[\]]{{1,40}}){{2,}}"
)
_MEDIA_TIME: Final = regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# Reference links at the end of an html2text dump: "   [3]: https://..."
_LINK_REFERENCE: Final = regex.compile(r"\[\d{1,4}\]:\s*\S+")
# "[Related: Other story][5]", "  * [Other story][5]": a reference-style link.
_REF_LINK: Final = regex.compile(r"(?:[*•-]\s+)?\[([^\[\]]{1,200})\]\[\d{1,4}\]")
# "214 Likes · 31 Comments": counts of reactions.
_REACTIONS: Final = r"\d[\d,.]*\s*[km]?\s+(?:likes?|comments?|shares?|reactions?|views?|replies)"
_ENGAGEMENT: Final = regex.compile(rf"{_REACTIONS}(?:\s*[·|•,]\s*{_REACTIONS})*", regex.IGNORECASE)
# A print page's jump line: "See BRIDGE, Page A9", "Continued on Page 4".
_JUMP: Final = regex.compile(
    # The story's key word is in capitals: case matters here.
    r"(?:(?:See|SEE) [\p{Lu}\d][\p{Lu}\d '’-]{1,30},?|(?:Continued|CONTINUED) (?:on|from|ON|FROM))"
    r" (?:[Pp]age|PAGE|[Pp]g\.?|p\.) [A-Z]?\d{1,3}"
)
# A print page's jump line in other languages: "SEGUE A PAGINA 4", "SEGUE
# DALLA PRIMA", "Fortsetzung auf Seite 3", "Suite page 5", "Continúa en la página 8".
_PRINT_JUMP: Final = regex.compile(
    r"(?:segue (?:a|alla) pagina \d{1,3}|segue dalla (?:prima|pagina \d{1,3})"
    r"|fortsetzung (?:auf|von) seite \d{1,3}|suite (?:en )?page \d{1,3}"
    r"|suite de la (?:une|page \d{1,3})"
    r"|contin[uú]a en (?:la )?p[aá]gina \d{1,3}|viene de (?:la )?(?:p[aá]gina \d{1,3}|portada)"
    r"|continua (?:na|à) p[aá]gina \d{1,3}|ciąg dalszy na str(?:\.|onie) \d{1,3})\.?",
    regex.IGNORECASE,
)
_PRINT_JUMP_STARTS: Final = frozenset(("segu", "fort", "suit", "cont", "vien", "ciąg"))
# A field of a serialized record: "siteName: ...", "images[0].url: ...".
_FIELD: Final = regex.compile(
    r"[a-z]+(?:[A-Z][a-z0-9]*)+(?:\[\d+\])?(?:\.\w+)*:\s\S.*|\w+\[\d+\](?:\.\w+)+:\s\S.*"
)
# Words that make a line a copyright notice.
_RESERVED: Final = (
    "all rights reserved",
    "riproduzione riservata",
    "todos los derechos reservados",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "무단전재",
    "版权所有",
    "все права защищены",
    "всі права захищені",
    "alle rechten voorbehouden",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "alla rättigheter förbehållna",
    "bản quyền thuộc về",
    "tüm hakları saklıdır",
    "hak cipta dilindungi",
    "reproduction réservés",  # "Tous droits de reproduction et de représentation réservés."
    "représentation réservés",
)
_BRACKET_COUNTER: Final = regex.compile(r"\[\d{1,3}\s*(?:/|of)\s*\d{1,3}\]")
_YEAR: Final = regex.compile(r"\b(?:19|20)\d{2}\b")
_NEW_TAB: Final = (
    "opens new tab",
    "opens new window",
    "opens in new tab",
    "opens in a new tab",
    "opens in new window",
    "opens in a new window",
)
_IMAGE_PLACEHOLDER: Final = frozenset(("[img]", "[image]", "[photo]", "[picture]", "[video]"))


def _link_row(s: str) -> bool:
    """Whether ``s`` is only links (two or more), each with a short label."""
    if not _LINK_ROW.fullmatch(s):
        return False
    labels = regex.findall(r"\[([^\[\]]+)\]\(", s) if "](" in s else _LINK_REF.split(s)[1:]
    return all(label.strip().count(" ") <= 4 for label in labels)


def _social_run(key: str, words: Sequence[str] = _SOCIAL_BY_LENGTH) -> bool:
    """Share buttons glued together: ``FacebookTwitterLinkedinEMail``; two
    or more of ``words`` (longest first) and nothing else."""
    key = key.replace(" ", "")
    found = 0
    while key:
        word = next((w for w in words if key.startswith(w)), None)
        if word is None:
            return False
        key = key[len(word) :]
        found += 1
    return found >= 2


def _ui_key(line: str) -> str:
    if "[" in line and "]" in line:
        line = _LINK_REF.sub("", line)
    if "**" in line:
        line = line.replace("**", "")  # Markdown bold: "**Leia também:**"
    s = line.strip(_STRIP_HEAD).casefold().rstrip(_STRIP_TAIL)
    if "\u0307" in s:
        s = s.replace("i\u0307", "i")  # Turkish "İ" casefolds to "i" and a dot
    if "  " in s or "\t" in s:
        s = " ".join(s.split())
    return s


_ROW_NETWORKS: Final = 4  # networks named in a row of share buttons with other controls
_AMBIGUOUS_NETWORKS: Final = frozenset("share print mail line x band threads tweet".split())
# Other controls of a share row: "Copy link", "Read later", "Gift article".
_ROW_CONTROLS: Final = _SHARE_GLUE | frozenset(
    "read later gift article bookmark comment comments more url listen".split()
)


_NOTICE_CHARS: Final = 30  # characters of a publisher's notice, at least


def _publishers_notice(s: str) -> str | None:
    """A publisher's notice as a long line: its press code ("This newspaper is
    a member of the Press Council of ..."), a player's fallback text, a web
    archive's or a cache's banner. A story's sentence about them, said by
    someone, stays."""
    if any(word in s for word in _PRESS_CODE_WORDS) and _PRESS_CODE.search(s):
        return None if _REPORTED.search(s) else "copyright_notice"
    if "rowser" in s[:40] and (m := _NO_VIDEO.match(s)) and _MESSAGE_END.match(s, m.end()):
        return "media_player"  # "Il tuo browser non supporta la riproduzione di questo video."
    if ("rchiv" in s or "cache" in s or s[:5].casefold() in _SYNDICATED_STARTS) and (
        _ARCHIVE_BANNER.search(s)
    ):
        return (
            None if _REPORTED.search(s) else "page_furniture"
        )  # "Diese Seite wurde ... archiviert."
    return None


def _network_row(line: str) -> bool:
    """A row of share buttons among other controls: four networks or more
    named one after the other, with no word but other controls' ("Copy link
    Email Facebook Twitter Telegram LinkedIn WhatsApp Reddit READ LATER PRINT
    Gift Article"). A headline naming networks has other words."""
    if len(line) > _LONGEST_CREDIT_LINE:
        return False
    tokens = _tokens(_ui_key(line))
    networks = {t for t in tokens if t in _SOCIAL and t not in _AMBIGUOUS_NETWORKS}
    return len(networks) >= _ROW_NETWORKS and all(
        t in _SOCIAL or t in _ROW_CONTROLS for t in tokens
    )


def _tokens(key: str) -> list[str]:
    for sep in _SEPARATORS:
        if sep in key:
            key = key.replace(sep, " ")
    return key.split()


def _reserved_rights(lines: Sequence[str], rules: dict[int, str]) -> dict[int, str]:
    """A publisher's line that says its rights are reserved, without a (c)
    sign or "Copyright" (which :func:`ui_rule` knows): "Dagblad Veenland is
    onderdeel van Veenland Media B.V. Alle rechten voorbehouden." Looked
    for only in a page that has such a phrase at all."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in rules or len(line) > _LONGEST_CREDIT_LINE * 2 or "." not in line[-60:]:
            continue  # a notice ends with its phrase's sentence
        low = line.casefold()
        if any(r in low for r in _RESERVED) and _copyright(line.strip()):
            found[i] = "copyright_notice"
    return found


def _copyright(s: str) -> bool:
    """A copyright notice anywhere on a short line: "© 2024 Site", "Copyright ©
    Site. 무단전재 ...", "Impressum Datenschutz © 2024 Radio", or a
    publisher's line that says its rights are reserved ("Dagblad Veenland
    is onderdeel van Veenland Media B.V. Alle rechten voorbehouden."). A
    photo credit ("© Jane Doe/AFP") has neither a year nor a reserved-rights
    phrase."""
    if len(s) > _LONGEST_CREDIT_LINE * 2:
        return False
    low = s.casefold()
    if "©" not in s and low[:9] != "copyright":
        # A sentence that says the rights are reserved, not one reporting it.
        return (
            any(f"{r}." in low or low.endswith(r) for r in _RESERVED)
            and _REPORTED.search(s) is None
        )
    sentence = s.endswith((".", "!", "?")) and not s.startswith(("©", "Copyright", "COPYRIGHT"))
    if any(r in low for r in _RESERVED):
        return not sentence or any(low.rstrip(" .").endswith(r) for r in _RESERVED)
    if sentence:
        return False  # a sentence that quotes a notice
    if s[:9].casefold() == "copyright" and "©" in s and not s.endswith(".") and _YEAR.search(s):
        return True  # "COPYRIGHT © KBN 2026": the word says it is no photo credit
    at = s.find("©")
    after = s[at + 1 :].lstrip()
    if after[:9].casefold() == "copyright":
        after = after[9:].lstrip()  # "© Copyright 2024 Placar Total Ltda."
    return at >= 0 and _YEAR.match(after) is not None


# A link to a network's share dialog: whatever its label says, a share button.
_SHARE_TARGET: Final = regex.compile(
    r"\]\((?:https?://)?(?:www\.|m\.|api\.)?(?:facebook\.com/(?:sharer|share\.php|dialog/share)"
    r"|(?:twitter|x)\.com/(?:intent|share)|linkedin\.com/(?:share|sharing|cws/share)"
    r"|whatsapp\.com/send|wa\.me/|t\.me/share|telegram\.me/share|reddit\.com/submit"
    r"|pinterest\.com/pin/create|bsky\.app/intent|mailto:\?)[^()\s]*\)",
    regex.IGNORECASE,
)
# Such a link whole, the end of one whose label began on the line before, or
# a label that goes on to the next line.
_SHARE_LINK: Final = regex.compile(
    r"(?:\[[^\[\]]*|^[^\[\]]*)" + _SHARE_TARGET.pattern + r"|\[[^\[\]]*$", regex.IGNORECASE
)


def _share_links(s: str) -> bool:
    """A line of links to share dialogs, with a few words at most besides
    ("Copy link"); html2text may wrap it inside a label ("[Share on" /
    "X](https://x.com/intent/...)")."""
    if _SHARE_TARGET.search(s) is None:
        return False
    rest = _SHARE_LINK.sub(" ", s).strip(" |·•,")
    return rest.count(" ") < 4 and not rest.endswith((".", "!", "?"))


def _share_row(s: str) -> bool:
    """A labelled row of share buttons: "Teilen: Facebook X WhatsApp E-Mail";
    under a label the lexicon does not know ("Deel dit bericht:"), only
    networks and a copy-link button, two networks or more."""
    label, _, rest = s.partition(":")
    if "](" in rest:
        rest = _MD_LINKS.sub(r"\1", rest)  # "Comparteix: [Facebook](https://...) [X](...)"
    if _UI_RULES.get(_ui_key(label)) != "share_links":
        if label.count(" ") > 2 or "](" in label or "," in rest:
            return False
        tokens = _tokens(_ui_key(rest))
        networks = {t for t in tokens if t in _SOCIAL and t not in _AMBIGUOUS_NETWORKS}
        return len(networks) >= 2 and all(t in _SOCIAL or t in _COPY_LINK for t in tokens)
    rest = _NEW_WINDOW.sub(" ", rest)  # "LinkedIn(Opens in new window)X(Opens in new window)"
    tokens = _tokens(_ui_key(rest))
    if len(tokens) == 1 and tokens[0].isalpha():
        return _social_run(tokens[0])  # "Share this:FacebookEmail"
    return sum(t in _SOCIAL for t in tokens) >= 2 and len(tokens) <= 12


# A newsroom asking readers for tips, maybe with the way to send them:
# "Do you have a story for us? Email newsdesk@...", "Got a story?", "Har du
# tips om saken? Ring eller send SMS til vaktsjefen på 400 00 000."
_TIP_PROMPT: Final = regex.compile(
    # asked for the newsroom ("for us"), alone (a heading) or with the way to send it
    r"(?:(?:do you have|have you got|got|have) (?:a )?(?:story|news tip|tip|news story)s?"
    r" for us|(?:tem uma (?:história|notícia|sugestão)|¿tienes (?:una )?(?:historia|noticia))"
    r" para nosotros|para nós)\?"
    r"(?:\s+\p{L}[^?]{0,160}?(?:@|\d{3}|\]\(|\bcontact|\bmail)[^?]{0,80})?"
    # asked with the newsroom's address or desk: "Har du tips om saken? Ring ... vaktsjefen"
    r"|(?:(?:do you have|have you got|got|have) (?:a )?(?:story|news tip|tip|news story)s?"
    r"(?: to share)?|har du (?:et |ett )?tips(?: om saken)?|heb je (?:een )?tip"
    r"|hebt u (?:een )?tip|haben sie (?:einen )?(?:hinweis|tipp)|hast du (?:einen )?tipp"
    r"|vous avez une info(?:rmation)?|¿tienes (?:una )?(?:historia|noticia)"
    r"|tem uma (?:história|notícia|sugestão)|hai una notizia|onko sinulla (?:uutis)?vinkki)\?"
    r"\s+(?=[^?]{0,160}(?:newsdesk|news desk|newsroom|\bnews@|vaktsjef|redaksjon|redaktion"
    r"|redactie|toimitus|redazione|rédaction|redacción|redação|\bus\b|\boss\b))"
    r"(?![^?]*(?:polic|polit|poliis|polis|polizei|polizi|guardia|gendarm))"
    r"\p{L}[^?]{0,160}?(?:@|\d{3}|\]\(|\bcontact|\bmail)[^?]{0,80}",
    regex.IGNORECASE,
)
_TIP_STEMS: Final = (
    "stor",
    "tip",
    "hinweis",
    "info",
    "histor",
    "notic",
    "notíc",
    "notiz",
    "vinkki",
)
# "Comments are closed on election results articles."; "Contact reporter Marcy
# Delgado at mdelgado@... or follow her on X": a reporter's address line.
_CLOSED_OR_CONTACT: Final = regex.compile(
    r"comments are (?:closed|disabled|turned off)\b[^.!?]{0,80}[.!]?"
    r"|contact (?:the )?(?:reporter|writer|author|journalist)s? \p{Lu}[\p{L}'’.-]*"
    r"(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:at|on|via) \S+@\S+.{0,80}",
    regex.IGNORECASE,
)
_ROW_SPLIT: Final = regex.compile(r"\s*[|·•]\s*|\s{3,}")
_ROW_PIECE: Final = 40  # columns of one control in a row of them


def _control_row(s: str) -> str | None:
    """A row of controls or footer links, split by bars, dots or wide gaps:
    every piece a UI phrase ("Terms of Use | Privacy Policy | Contact",
    "Sign the Guest Book   Send Flowers   Share"), or most of three or more
    with the rest short ("Nghe bài viết | Chia sẻ | Lưu bài | Bình luận
    (12)"), or a copyright notice and short links after it ("© Järviseudun
    Sanomat 2025 | Yhteystiedot | Tietosuoja"). A headline with a bar
    ("Budget 2025 | Live updates") has a piece that is no control."""
    pieces = [p for p in _ROW_SPLIT.split(s) if p]
    if len(pieces) < 2 or any(len(p) > _ROW_PIECE or _sentence(p) for p in pieces):
        return None
    first = pieces[0]
    if first[:1] == "©" and _YEAR.search(first) and all(p.count(" ") <= 2 for p in pieces[1:]):
        return "copyright_notice"  # a poem's "© Ana Blandiana · tr. Paul Scott" has no year
    if not any(_ui_key(p) in _UI_RULES or p.casefold() in _MARKED for p in pieces):
        return None  # no piece is a phrase of the lexicon: no row of controls (and no cost)
    rules = [ui_rule(p) or ("page_furniture" if p.casefold() in _MARKED else None) for p in pieces]
    controls = len(pieces) - rules.count(None)
    short = all(p.count(" ") <= 2 and not any(c.isdigit() for c in p) for p in pieces)
    if controls == len(pieces) or (len(pieces) >= 3 and 2 * controls > len(pieces) and short):
        # one kind of control ("Facebook | X | WhatsApp") is that kind's row
        if len(set(rules)) > 1:
            return "page_furniture"
        return "language_switcher" if rules[0] == "language_name" else rules[0]
    return None


_NEW_WINDOW: Final = regex.compile(
    r"\s*\((?:opens|open) in (?:a )?new (?:window|tab)\)\s*", regex.I
)


# A call to subscribe after a question to the reader: "Want the latest
# Eastmoor news in your inbox? Sign up to our free daily newsletter here.",
# "Cet article vous a été utile ? Abonnez-vous pour 1 € le premier mois",
# "The Ledger is reader-funded. If this story was useful, become a member".
_SUBSCRIBE_CALL: Final = regex.compile(
    # "Sign up", "become a member", "inscrivez-vous" also ask readers to
    # join a club or a library: the site's offer names a newsletter, an
    # inbox, journalism, a subscription or a price.
    r"(?:if [^,]{1,60}, )?(?:(?:sign up|subscribe|become a (?:member|subscriber|supporter)"
    r"|inscrivez-vous|inscreva-se|iscriviti|zapisz się)\b(?=.{0,120}(?:[$€£]|newsletter|inbox"
    r"|journalis|subscription|abonnement|butlletí|boletín|nieuwsbrief|nyhetsbrev|uutiskirje))"
    r"|forward (?:it|this|this email) to a friend|abonnez-vous"
    r"|abonnieren sie|abonniere|suscríbete|hazte suscriptor|assine"
    r"|abbonati|word abonnee|wordt abonnee|neem een abonnement|prenumeruj"
    r"|abone ol|berlangganan)\b.{0,160}",
    regex.IGNORECASE,
)
_LONGEST_QUESTION: Final = 100  # characters of the question before a call to subscribe
# A call to sign up for the site's own newsletter, at the start of a line:
# "Subscribe to our daily newsletter and get ...", "Abonnez-vous à notre
# newsletter", "Mag-subscribe sa aming newsletter". "Our" says it is the
# site's; a story's "Sign up for the club's newsletter" is not.
_OWN_NEWSLETTER: Final = regex.compile(
    r"(?:(?:sign up|subscribe|register) (?:to|for) our (?:\w+ ){0,3}(?:newsletters?"
    r"|briefing|digest)\b(?! (?:to|and) (?:claim|double|win|get a chance))"
    r"|(?:підписуйтесь|підпишіться|подписывайтесь|подпишитесь) на наш (?:\w+ )?канал"
    r"|(?:abonnez-vous|inscrivez-vous) (?:à|a) (?:notre|nos) (?:\w+ ){0,2}newsletters?"
    r"|(?:suscríbete|suscribete|suscríbase|regístrate) (?:a|en) nuestr[oa]s? (?:\w+ ){0,2}"
    r"(?:newsletters?|boletín|boletines)"
    r"|(?:assine|inscreva-se n?[ao]?) (?:a )?nossa (?:\w+ )?newsletter"
    r"|abonnieren sie (?:jetzt )?unseren (?:\w+ )?newsletter"
    r"|iscriviti alla nostra (?:\w+ )?newsletter"
    r"|(?:meld je aan|schrijf je in|abonneer je) (?:voor|op) onze (?:\w+ )?nieuwsbrief"
    r"|zapisz się (?:do|na) (?:nasz(?:ego|ej|y)) (?:\w+ )?newslett"
    r"|mag-subscribe sa aming (?:\w+ )?newsletter"
    r"|klik di sini untuk (?:langgan|berlangganan) (?:surat berita|buletin|newsletter)"
    r"|(?:berlangganan|langgan) (?:surat berita|buletin|newsletter) (?:kami|percuma))\b",
    regex.IGNORECASE,
)
_OWN_LETTER_STARTS: Final = frozenset(
    "sign subs regi abon insc susc regí assi iscr meld schr zapi mag- klik berl lang "
    "підп подп".split()
)
# An offer to subscribe with its price, as a button or a box's line: "Je
# m'abonne - 1€ le premier mois", "Subscribe from £1", "View Plans Starting
# at ₹99/month". No sentence: "Subscribers pay €9.99 a month." is the text's.
_PRICED_OFFER: Final = regex.compile(
    r"(?:je m'abonne|s'abonner|abonnez-vous|subscribe|subscribe now|view plans|see plans"
    r"|get (?:full )?access|jetzt abonnieren|abonnieren|abo|assine|suscríbete|abbonati"
    r"|zacznij subskrypcję|abone ol|jetzt (?:\d+ (?:wochen|monate?|tage) )?(?:für|ab) .{1,20}"
    r"(?:testen|lesen|sichern))\b(?!.*[.!?]$)",
    regex.IGNORECASE,
)
_PRICED_OFFER_CHARS: Final = 70
# A newsletter's link to its web version: "If this email does not display
# correctly, ...", "Wenn dieser Newsletter nicht korrekt angezeigt wird".
# What the notices below have in them, in one C-speed scan of each line:
# most lines have none of it.
_PAGE_NOTICE_GATE: Final = re.compile(
    "orrect|orrekt|orret|roperly|rouble reading|rouble viewing|ichtig|weergegeven|ommission"
    "|omment|oment|оммент|оментар|تعليق|نظرات"
    "|댓글|コメント|评论|評論| this site|affiliate|Creative Commons|^Market|^Quotes|^Prices"
    "|[$€£₹¥]|zł| TL"
)


def _page_notice(s: str, n: int) -> str | None:
    """The rule of a page's notice on the line ``s`` (``n`` characters long
    with its spaces): a newsletter's "not displayed correctly", a site's
    terms, a comments policy, an affiliate or licence notice, a market
    data delay, an offer to subscribe with its price."""
    # Each notice opens as a page's notice does: a story's sentence that
    # mentions one ("The council will publish its photos under a Creative
    # Commons licence", "..., the study found") stays.
    if _NOT_DISPLAYED.search(s) and _NOTICE_OPENING.match(s) and _HERE_WORD.search(s):
        return "page_furniture"  # "Wenn dieser Newsletter nicht korrekt angezeigt wird, ..."
    if ("roperly" in s or "rouble" in s) and _CANT_SEE.fullmatch(
        _MD_LINKS.sub(r"\1", s) if "](" in s else s
    ):
        return "page_furniture"  # "Can't see this e-mail properly? [View it in your browser](...)"
    if " this site" in s and _SITE_TERMS.match(s):
        return "copyright_notice"  # "Registration on or use of this site constitutes ..."
    policy = n >= _PARAGRAPH and _POLICY_OPENING.match(s) and _MODERATION.search(s)
    if policy and _REPORTED.search(s) is None and not _QUOTES.search(s):
        return "comment_prompt"  # "El contenido de los comentarios es la opinión ..."
    if "commission" in s and _EARN_COMMISSION.fullmatch(s) and not _REPORTED.search(s):
        return "page_furniture"  # "If you buy something from a Circuitry link, we may earn ..."
    if "affiliate" in s and _AFFILIATE.search(s) and _DISCLOSURE_OPENING.match(s):
        return "page_furniture"  # "Just a heads up, some of the links ... are affiliate links"
    if "Creative Commons" in s and _LICENCE_NOTICE.search(s):
        return "copyright_notice"  # "Licence: Creative Commons (cc) BY-NC ..."
    if s[:6] in ("Market", "Quotes", "Prices") and _DELAYED_DATA.match(s):
        return "page_furniture"  # "Market data delayed by at least 15 minutes."
    if len(s) <= _PRICED_OFFER_CHARS and _price_in(s) and _PRICED_OFFER.match(s):
        return "subscribe_prompt"  # "S'abonner dès 1 €", "View Plans Starting at ₹99/month"
    return None


_NOT_DISPLAYED: Final = regex.compile(
    r"(?:does not|doesn't|isn't|is not) display(?:ing|ed)? (?:correctly|properly)"
    r"|nicht (?:korrekt|richtig) angezeigt|ne s'affiche pas correctement"
    r"|no se (?:ve|visualiza|muestra) correctamente"
    r"|não (?:está sendo exibid[ao]|aparece) corretamente"
    r"|non (?:viene visualizzat[ao]|si visualizza) correttamente|niet goed (?:wordt )?weergegeven",
    regex.I,
)
# A site's terms in its footer: "Registration on or use of this site
# constitutes acceptance of our User Agreement", "The material on this site
# may not be reproduced, distributed, transmitted, cached ...".
_CANT_SEE: Final = regex.compile(
    r"(?:(?:can'?t|can’t|cannot|unable to) (?:see|read|view) this (?:e-?mail|newsletter|message)"
    r" (?:properly|correctly)|(?:having )?trouble (?:reading|viewing) this (?:e-?mail|newsletter"
    r"|message))\?(?:\s*view (?:it|this(?: e-?mail| newsletter| message)?)"
    r" (?:in your (?:web )?browser|online|on (?:the|our) website)\.?)?",
    regex.I,
)
_SITE_TERMS: Final = regex.compile(
    r"(?:(?:the )?use of (?:and/or registration on )?(?:any portion of )?this site"
    r"|registration on or use of this site) constitutes (?:your )?acceptance"
    r"|(?:the )?material on this site may not be reproduced",
    regex.I,
)
# How a page's own notices open: "If this email does not display ...",
# "Reader comments do not ...", "El contenido de los comentarios ...",
# "ultimahora.es se reserva ...", "Gearloft is reader-supported. ...".
_NOTICE_OPENING: Final = regex.compile(
    r"(?:if this (?:e-?mail|newsletter|message)|wenn (?:dieser|diese|dieses) |si (?:este|el|ce)"
    r" |se (?:este|o|questa) |als deze )",
    regex.I,
)
_HERE_WORD: Final = regex.compile(r"\b(?:here|hier|aquí|ici|qui|aqui)\b", regex.I)
_POLICY_OPENING: Final = regex.compile(
    r"(?:disclaimer:\s*)?(?:(?:reader |user )?comments?\b|(?:el contenido de )?los comentarios"
    r"|no está permitido|les commentaires|die kommentare|i commenti|os comentários"
    r"|[\w-]+(?:\.[\w-]+)+ (?:se reserva|reserves|se réserve|behält|si riserva))",
    regex.I,
)
_QUOTES: Final = regex.compile(r"[\"“”„«»]")
_DISCLOSURE_OPENING: Final = regex.compile(
    r"(?:[\w ]{1,40} is reader-supported|just a heads up|some of the links|disclosure:"
    r"|this (?:post|article|page|story) (?:contains|may contain)|we may earn|as an amazon)",
    regex.I,
)
# A comments section's policy: it opens with the comments (see
# _POLICY_OPENING) and says what moderators do ("El contenido de los
# comentarios es la opinión de los usuarios", "Comments are moderated").
_MODERATION: Final = regex.compile(
    r"reserves? the right|do(?:es)? not (?:necessarily )?reflect"
    r"|views of (?:the )?(?:authors|users)|moderat|moderad|modér|moderier|moderow|offensive"
    r"|se reserva"
    r"|no (?:refleja|reflejan|está permitido)|opinión de los usuarios"
    r"|ne reflètent pas|se réserve le droit|behält sich (?:das Recht )?vor|spiegeln nicht"
    r"|si riserva|non riflettono|reserva-se|não refletem|لا تعبر عن|يحتفظ|ننصحك"
    r"|見解ではありません|見解を代表するものではありません|不代表本(?:网|站)立场",
    regex.I,
)
# "Some of the links are affiliate links. This means if you buy ... we may
# earn a commission": a site's disclosure.
_AFFILIATE: Final = regex.compile(r"affiliate (?:links?|commission)", regex.I)
# A shopping story's notice: "If you buy something from a Circuitry link, Circuit
# Media may earn a commission." (opening so: a story reporting commissions does not)
_EARN_COMMISSION: Final = regex.compile(
    r"(?i:(?:if|when) you (?:buy|purchase) (?:something|a product|products|anything)"
    r" (?:from|through|via) (?:one of )?(?:our |the |a |an )?[\w ’'-]{0,40}links?"
    r"(?: on this page)?, )"
    # the site (by its name, or "we"), not "the influencer" a study reports on
    r"(?:(?i:we)|\p{Lu}[\w.&’'-]*(?: \p{Lu}[\w.&’'-]*){0,4})"
    r"(?i: (?:may|might|could) (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share"
    r"|affiliate))[^,]{0,80}"
)
_LICENCE_NOTICE: Final = regex.compile(
    r"\(cc\)|\bCC BY|^(?:licen[cs]e|lizenz|licencia|licença|licenza)\s*:|^this (?:work|content)"
    r" is licensed",
    regex.I,
)
_DELAYED_DATA: Final = regex.compile(
    r"(?:market data|quotes|prices)(?: are| is)? delayed (?:by )?(?:at least )?\d+ min", regex.I
)


def _price_in(s: str) -> bool:
    return any(c in s for c in "$€£₹¥") or "zł" in s or " TL" in s


_GLUED_AD: Final = regex.compile(
    r"(?:Advertisement|Anzeige|Werbung|Publicidad|Publicité|Pubblicità|Advertentie|Reklama"
    r"|Reklam|Sponsored|Publicidade|Annonce)(?=\p{Lu})"
)
_GLUED_AD_STARTS: Final = frozenset(("Ad", "An", "We", "Pu", "Re", "Sp"))
_CAPITALIZED: Final = regex.compile(r"\p{Lu}\p{Ll}+")


def _glued_menu(s: str) -> bool:
    """Whether ``s`` is menu words glued together, each capitalized
    ("HomeNewsCrime", a page's text extracted without separators)."""
    words = _CAPITALIZED.findall(s)
    return (
        len(words) >= 2 and "".join(words) == s and all(w.casefold() in _NAV_WORDS for w in words)
    )


_CAPITAL_PIECES: Final = regex.compile(r"\p{Lu}\p{Ll}*")
_GLUED_SHARE_WORDS: Final = _SOCIAL | _SHARE_VERBS | _COPY_LINK | {"comments", "comment", "save"}


def _glued_share_row(s: str) -> bool:
    """Whether ``s`` is share buttons glued together, each capitalized
    ("ShareFacebookXWhatsAppEmailComments"): pieces that make up known
    button words ("Whats" + "App"), two of them social networks or e-mail."""
    pieces = _CAPITAL_PIECES.findall(s)
    if len(pieces) < 3 or "".join(pieces) != s:
        return False
    social = 0
    i = 0
    while i < len(pieces):
        for j in range(min(len(pieces), i + 3), i, -1):
            word = "".join(pieces[i:j]).casefold()
            if word in _GLUED_SHARE_WORDS:
                social += word in _SOCIAL and word != "share"
                i = j
                break
        else:
            return False
    return social >= 2


# A comment's row of controls: "Reply Like (12)", "Balas · Suka 14".
_COMMENT_CONTROLS: Final = regex.compile(
    r"(?:(?:\d+\s+)?(?:reply|like|likes|dislike|report|balas|suka|responder|répondre|antworten"
    r"|rispondi|odpowiedz|yanıtla|svara|vastaa|odgovori|trả lời|thích|curtidas?|curtir"
    r"|me gusta)\s*(?:\(\d+\)|\d+)?\s*[·|•]?\s*){2,}",
    regex.IGNORECASE,
)
_CONTROL_STARTS: Final = frozenset(
    "rep lik dis bal suk res rép ant ris odp yan sva vas odg trả thí cur me ".split()
)


# Share buttons in Japanese, Chinese and Korean pages, glued when the text
# is extracted: "ポストシェアLINEはてブ".
_CJK_SHARE: Final = tuple(
    sorted(
        "ポスト シェア ツイート はてブ はてなブックマーク LINE Facebook X メール 印刷 共有"
        " 保存 分享 微信 微博 QQ 공유 카카오톡 페이스북 트위터 링크복사 URLをコピー"
        " リンクをコピー".split(),
        key=len,
        reverse=True,
    )
)


_MAIL_HEADER: Final = regex.compile(
    r"(?:From|To|Reply-To|Sender|Cc):\s+[^<>]{0,80}<[^<>@\s]+@[^<>\s]+>|(?:From|Reply-To):\s+"
    r"[^@\s]+@[^@\s]+\.\w+"
)
_HASHTAGS: Final = regex.compile(r"#\w[\w-]*(?:[\s,]+#\w[\w-]*)+")
_TOPIC_WORDS: Final = 4  # words of a topic tag ("#Du lịch sông nước")


def _topic_tags(line: str) -> bool:
    """A row of topic tags of a few words each, every one after a "#":
    "#Chợ nổi #Du lịch sông nước #Nắng nóng". A sentence with a hashtag in
    it, or a ranking ("#1 seed"), is none."""
    parts = regex.split(r"\s+(?=#\p{L})", line.strip())
    return (
        len(parts) >= 2
        and all(p[:1] == "#" and p[1:2].isalpha() for p in parts)
        and all(p.count(" ") < _TOPIC_WORDS and not p.endswith(_SENTENCE_ENDS) for p in parts)
    )


# How the calls of ``_SUBSCRIBE_CALL`` start.
_CALL_STARTS: Final = (
    "if ",
    "sig",
    "sub",
    "bec",
    "for",
    "abo",
    "ins",
    "abb",
    "sus",
    "haz",
    "ass",
    "isc",
    "wor",
    "nee",
    "zap",
    "pre",
    "ber",
)


def _asked_to_subscribe(s: str) -> bool:
    """A short question or statement to the reader, then a call to
    subscribe (see ``_SUBSCRIBE_CALL``); not a sentence that reports one."""
    if len(s) > _LONGEST_TEASER:
        return False
    head = s[: _LONGEST_QUESTION + 2]
    ends = [at for at in (head.find("? "), head.find(". "), head.find("! ")) if at >= 0]
    if not ends:
        return False
    rest = s[min(ends) + 2 :].lstrip()
    if not rest[:3].casefold().startswith(_CALL_STARTS):
        return False  # the common case: a sentence after a sentence, no call
    return _SUBSCRIBE_CALL.fullmatch(rest) is not None and not _REPORTED.search(s)


def ui_rule(line: str) -> str | None:
    """The UI-debris rule a whole line matches, or None for a line to keep.

    A line matches when it is, as a whole, a phrase of the UI lexicon, a
    gallery counter, an "updated" timestamp, a row of share buttons or of
    languages, a read-more teaser, embed residue or a copyright footer. A
    line ending like a sentence matches only as a lexicon phrase of several
    words ("Comments are closed.") or a footer; a question, a quotation, a
    list item, or a line that is exactly one of the default ``markers`` (left
    to ``drop_markers``) never does.

    >>> ui_rule("Share on WhatsApp"), ui_rule("Photo 3/10"), ui_rule("إعلان")
    ('share_links', 'gallery_counter', 'ad_label')
    >>> ui_rule("Share prices fell."), ui_rule("Share prices fell sharply in early trade")
    (None, None)
    """
    n = len(line)
    if n > _LONGEST_TEASER and "](" in line and "![" not in line:
        # A Markdown line is as long as its words: its links' addresses
        # ("Posted in [Local News](https://...) Tagged [Millbrook](https://...)").
        plain = _MD_LINKS.sub(r"\1", line)
        if len(plain) <= _LONGEST_TEASER and "](" not in plain:
            # a row of links is one as a short line is ("[Avís legal](...) · [Privacitat](...)")
            return ui_rule(plain) or ("link_list" if _link_row(line.strip()) else None)
    if n > _LONGEST_TEASER and n <= _LONGEST_BANNER and _COOKIE_WORD.search(line):
        # A consent banner printed as one long line (maybe its heading in
        # Markdown bold: "**Dbamy o Twoją prywatność.** Używamy plików cookies ...").
        s = line.strip().replace("**", "") if "**" in line else line.strip()
        return "cookie_notice" if any(p.fullmatch(s) for p in _COOKIE_BANNERS) else None
    if n == 0 or n > _LONGEST_BANNER:
        return None
    s = line.strip()
    if (
        n >= _PARAGRAPH
        and (n <= _LONGEST_TEASER or "://" in s or "www." in s)  # a long one with its address
        and s.lstrip("*_(").strip()[:5].casefold() in _SYNDICATED_STARTS
        and _SYNDICATED.match(s.lstrip("*_(").strip())
        and _SYNDICATION_SIGN.search(s)
        and not _TRANSLATED.search(s)
    ):
        # "This article originally appeared on ...", with the original's
        # title and address: as long as a paragraph may be.
        return "page_furniture"
    if (
        n > _LONGEST_TEASER
        and s.lstrip("*_")[:10].casefold() == "disclaimer"
        and any(p.fullmatch(s) for p in _DISCLAIMERS)
    ):
        return "disclaimer"  # "*Disclaimer: The views and recommendations made above ...*"
    called = s.lstrip(_LEADING_SYMBOLS)
    if called[:4].casefold() in _OWN_LETTER_STARTS and _OWN_NEWSLETTER.match(called):
        return "subscribe_prompt"  # the site's own newsletter: "Subscribe to our daily ..."
    if n > _LONGEST_TEASER:
        return None
    if "](" in s and ("share" in s or "intent" in s or "mailto:" in s) and _share_links(s):
        return "share_links"  # "[Share on Facebook](https://www.facebook.com/sharer...)"
    if "][" in s and (m := _REF_LINK.fullmatch(s)):
        s = m.group(1).strip()  # a reference-style link (maybe a list item): judge its text
    elif "](" in s and s[:2] != "![" and (m := _MD_LINK_LINE.fullmatch(s)):
        label = m.group(1).replace("**", "").strip()
        rule = ui_rule(label) if label else None
        if rule is not None:
            return rule  # "[Compartilhar no Facebook](https://...)"
    if (
        s[:8].casefold() in ("comments", "contact ")
        and _CLOSED_OR_CONTACT.match(s)
        and not _REPORTED.search(s)
    ):
        return "comment_prompt" if s[:1] in "Cc" and "omments" in s[:9] else "page_furniture"
    if (
        "?" in s[:44]
        and s.lstrip("#* ")[:1].isalpha()
        and any(stem in s[:44].casefold() for stem in _TIP_STEMS)
        and _TIP_PROMPT.fullmatch(s.lstrip("#* "))
    ):
        return "page_furniture"  # "Do you have a story for us? Email newsdesk@..."
    if not s or s.endswith(("?", '"', "”", "'", "’")) or s.startswith(("- ", "* ")):
        if s and _COMMENTS_ON.fullmatch(s):
            return "comment_prompt"  # "3 thoughts on “Tram extension ...”"
        return None
    if _PAGE_NOTICE_GATE.search(s) is not None and (notice := _page_notice(s, n)) is not None:
        return notice
    controls = _LINK_REF.sub("", s) if s[:1] == "[" else s  # "[24]Responder · 12 curtidas"
    if (
        controls[:3].casefold() in _CONTROL_STARTS
        and len(controls) <= _LONGEST_UI
        and _COMMENT_CONTROLS.fullmatch(controls)
    ):
        return "comment_prompt"  # a comment's controls: "Reply Like (12)"
    if s[:1] in "WVLPG" and s[:5].isupper() and _CAPS_TEASER.match(s) and not _sentence(s):
        return "read_more_teaser"  # "WATCH LIVE: KXPV 7 News at 6" (see also drop_ui_lines)
    if s[:4] == "==> " and _FILE_HEADER.fullmatch(s):
        return "file_header"  # "==> a.txt <==": files joined by head or tail
    if s[:2] in _GLUED_AD_STARTS and _GLUED_AD.match(s):
        return "ad_label"  # an ad glued to its label: "AdvertisementSave 20% on sheds"
    if " " not in s and s[:1].isupper() and len(s) <= _LONGEST_GLUED:
        if _glued_menu(s):
            return "navigation"  # menu items glued together: "HomeNewsCrime"
        if _glued_share_row(s):
            return "share_links"  # "ShareFacebookXWhatsAppEmailComments"
    if " " not in s and len(s) <= _LONGEST_UI and not s.isascii() and _social_run(s, _CJK_SHARE):
        return "share_links"  # "ポストシェアLINEはてブ"
    if s[0] == "#" and s[1:2] not in (" ", "#") and (_HASHTAGS.fullmatch(s) or _topic_tags(s)):
        return "tag_list"  # "#jääkiekko #LaKi #Lahtisaari", "#Chợ nổi #Du lịch sông nước"
    if "@" in s and s[:1] in "FTRSC" and _MAIL_HEADER.fullmatch(s):
        return "page_furniture"  # an e-mail's header: "From: Sauti ya Pwani <jarida@...>"
    if s[:7] == "SOURCE " and _SOURCE_LINE.fullmatch(s):
        return "press_release_boilerplate"  # a wire release's last line: "SOURCE Hollin Foods LLC"
    if s[:14] == "View original " and _VIEW_ORIGINAL.fullmatch(s):
        return "press_release_boilerplate"  # "View original content: https://..."
    if "°" in s and len(s) <= _WIDGET and _WEATHER_LABEL.match(s) and _TEMPERATURE.search(s):
        return "weather_widget"  # "**Weather:** Bright spells. High 14°C, low 7°C."
    if ("? " in s or "! " in s or ". If " in s or ". Sign" in s or ". Subscr" in s) and (
        _asked_to_subscribe(s)
    ):
        return "subscribe_prompt"
    if s[0] in _ARROW_STARTS and _ARROWS.fullmatch(s):
        return "page_furniture"  # a pager's or a gallery's buttons
    if ("1 2" in s or "1 | 2" in s) and _PAGER_LINE.fullmatch(s):
        return "page_furniture"  # "« Anteriores 1 2 3 … 48 Siguientes »"
    if s[0] in "=_" and len(s) >= 3 and s.strip("=_") == "":
        return "separator"  # a Markdown heading's underline, a wire's "___" rule
    if (s[:2] in ("[ ", "[_", "__") or "____" in s) and _FORM_FIELD.fullmatch(s):
        # A text browser's search box: "[          ] [Search]"; a sign-up
        # form: "[          ]Sign up", "____ (BUTTON) Zapisz się".
        button = _ui_key(s.rsplit("]", 1)[-1].rsplit(")", 1)[-1].strip("_ "))
        return (
            "subscribe_prompt" if _UI_RULES.get(button) == "subscribe_prompt" else "page_furniture"
        )
    if ("pic.twitter.com/" in s or "(@" in s or s[:14].lower() == "a post shared ") and (
        _EMBED.fullmatch(s)
    ):
        return "embed_residue"
    if s[:8] in ("(BUTTON)", "(SUBMIT)"):
        return "page_furniture"  # a text browser's buttons: "(BUTTON) Accepter (BUTTON) Refuser"
    if s[:2] == "‹ " and s[-2:] == " ›" and not _sentence(s[1:-1]):
        return "page_furniture"  # a pager between articles: "‹ Previous article ... Next article ›"
    if s.startswith(("©", "(c)", "(C)", "Copyright", "COPYRIGHT")) and _COPYRIGHT.fullmatch(s):
        return "copyright_notice"  # a footer notice, the UI line that ends like a sentence
    if "**" in s or "__" in s:
        s = s.replace("**", "").replace("__", "").strip()  # Markdown bold from html2text
        if not s:
            return None
    if s[0] == "[" and _LINK_REFERENCE.fullmatch(s):
        return "link_list"  # html2text's list of link targets
    if ":" in s[:40] and _inline_tags(s):
        return "tag_list"
    if ":" in s[:30] and _share_row(s):
        return "share_links"
    if ("©" in s or s[:9].casefold() == "copyright") and _copyright(s):
        return "copyright_notice"
    if len(s) <= 60 and ("ICP" in s or "公网" in s or "许可证" in s) and _SITE_LICENCE.fullmatch(s):
        return "copyright_notice"
    if s[0].isdigit() and _ENGAGEMENT.fullmatch(s):
        return "gallery_counter"
    if s[0] == "[" and _BRACKET_COUNTER.fullmatch(s):
        return "gallery_counter"  # "[1/2]"
    if len(s) <= 40 and _READ_IN.fullmatch(s):
        return "language_switcher"
    if s[:4].casefold() in _PRINT_JUMP_STARTS and _PRINT_JUMP.fullmatch(s):
        return "page_furniture"  # "SEGUE A PAGINA 4"
    if s[:4].casefold() in ("see ", "cont") and _JUMP.fullmatch(s.rstrip(".")):
        return "page_furniture"
    if s.endswith(("→", "->")) and s.count(" ") <= 6 and not s[0].isdigit():
        return "link_list"  # a link drawn with an arrow: "Harlow Grid Systems, Inc. →"
    linked = False
    if s[:2] in ("![", "[!") and (_MD_IMAGE.fullmatch(s) or _MD_LOGO.fullmatch(s)):
        return "placeholder_caption"  # an image with no caption of its own, a logo
    if ":" in s[:24] and "[" in s and s.count("[") >= _LABELLED_LINKS:
        label, _, links = s.partition(":")
        if (
            label.count(" ") <= 1
            and "[" not in label
            and (key := _ui_key(label)) is not None
            and (key in _NAV_LABELS or key in _UI_RULES or key in _TAG_LABELS)
            and _link_row(links.strip())
        ):
            return "link_list"  # a labelled row of links: "Regioni: [8]Val Serrana | [9]Litorale"
    if s[0] == "[" or "](" in s:
        if s.casefold() in _IMAGE_PLACEHOLDER:
            return "placeholder_caption"
        if _link_row(s):
            return "link_list"
        if "](" in s and (plain := _MD_LINKS.sub(r"\1", s)) != s and "](" not in plain:
            # a prompt with its link: "Already a subscriber? [Sign in](/login)"
            rule = ui_rule(plain)
            if rule is not None:
                return rule
        if _LINK_REF.match(s):
            s = s[s.index("]") + 1 :].strip()  # "[12]Read more: ..." is "Read more: ..."
            if not s:
                return None
            linked = True  # a control, not a word of text: "[20]Share"
    if s.endswith(_NEW_TAB) and len(s) <= _LONGEST_CREDIT_LINE:
        return "link_list"  # a link's screen-reader text: "Our Standards, opens new tab"
    if s[0].isdigit() and _MEDIA_TIME.fullmatch(s) and ("/" in s or s.strip("0:") == ""):
        return "media_player"  # a player's clock: "00:00 / 03:12", "0:00"
    if len(s) <= _LONGEST_CREDIT_LINE and s.split(" ", 1)[0].casefold() in _SHARE_VERBS:
        tokens = _tokens(_ui_key(s))
        if all(t in _SOCIAL or t in _SHARE_GLUE or t in _COPY_LINK for t in tokens) and (
            sum(t in _SOCIAL and t != "share" for t in tokens) >= 2
        ):
            return "share_links"  # "Share on Facebook Share on Twitter Share via Email"
    low = s.casefold()
    if not low[:1].isalnum():
        low = low.lstrip(_LEADING_SYMBOLS)  # "📲 Receba as notícias ..."
    if (
        low[:10].startswith(_LONG_PHRASE_STARTS)
        or "follow us" in low
        or "cookie" in low
        or (len(low) >= _BANNER_WORDS_CHARS and any(w in low for w in _COOKIE_STEMS))
    ) and not _REPORTED.search(s):
        plain = _MD_LINKS.sub(r"\1", s) if "](" in s else s  # "[faça login](...)"
        if not plain[:1].isalnum():
            plain = plain.lstrip(_LEADING_SYMBOLS)
        for name, pattern in _LONG_PHRASES:
            if pattern.fullmatch(plain):
                return name
    if "avaScript" in s and _NO_SCRIPT.fullmatch(s):
        return "media_player"
    if len(s) >= _NOTICE_CHARS and (notice := _publishers_notice(s)) is not None:
        return notice
    if ("|" in s or "·" in s or "•" in s or "   " in s) and (row := _control_row(s)) is not None:
        return row
    if "javascript:" in s and _SCRIPT_LINK.fullmatch(s):
        return "page_furniture"  # "保存javascript:void(0)": a control and its no-op address
    if ("acebook" in s or "witter" in s or "hatsApp" in s) and _network_row(s):
        return "share_links"  # "Copy link Email Facebook Twitter Telegram LinkedIn WhatsApp ..."
    if s[:1] in _PLAYER_STARTS and _PLAYER.fullmatch(s.casefold()):
        return "media_player"  # "Jetzt läuft: ...", "La publicité se terminera dans 5 secondes"
    if len(s) > _LONGEST_UI:
        if s.endswith("."):
            return None
        if _TEASER.match(s):
            return "read_more_teaser"
        glued = _ui_key(s) if len(s) <= _LONGEST_GLUED else ""
        if " " in glued and glued.split(" ", 1)[0] in _PHRASE_FIRST_WORDS:
            # "Zum Inhalt springen Zur Navigation springen"
            return _glued_phrases(glued) or _furniture_shape(s, glued)
        return _furniture_shape(s, glued) if glued else None
    if s.casefold() in _MARKED and not linked:
        return None
    if (
        ("A+" in s or "A-" in s or "A−" in s or "小" in s or "Α+" in s or "Α-" in s)
        and (m := _FONT_SIZE.fullmatch(s)) is not None
        and (m.group("label") or "+" in s or "-" in s or "−" in s)
    ):
        return "page_furniture"  # a font-size control: "Text size: A A+ A++"
    key = _ui_key(s)
    if (
        " " in key
        and (key.split(" ", 1)[0] in _PAGER_WORD_SET or key.rsplit(" ", 1)[1] in _PAGER_WORD_SET)
        and (m := _PAGER_AROUND.fullmatch(key))
        and (m.group("before") or m.group("after"))
        and _COUNTER.fullmatch(m.group("counter"))
    ):
        return "page_furniture"  # "« Previous Page 1 of 24 Next »"
    rule = _UI_RULES.get(key)
    if s.endswith((".", "!")) and not s.endswith(("...", "…")):
        # Only a phrase of several words is UI with a final period or "!"
        # ("Comments are closed."); "More." or "Next!" can be a quote.
        return rule if rule is not None and " " in key.rstrip("!") else None
    if rule is not None:
        return rule
    if not key:
        return None
    if (
        " " in key
        and key.split(" ", 1)[0] in _CONSENT_FIRST_WORDS
        and _glued_phrases(key, _CONSENT_BUTTONS) == "cookie_notice"
        and key not in _CONSENT_BUTTONS
    ):
        return "cookie_notice"  # a consent banner's buttons: "Hyväksy kaikki Vain välttämättömät"
    if key[-1].isdigit() and key[-2:-1] == " " and _UI_RULES.get(key[:-2]) == "page_furniture":
        return "page_furniture"  # a skip link with its access key: "Ir para o conteúdo 1"
    if key[-1].isdigit() or key[-1] in ")]）":
        m = _COUNTED.fullmatch(key)
        counted = _UI_RULES.get(m.group("phrase").rstrip(" :")) if m else None
        if counted in _COUNTED_RULES or (counted is not None and key[-1] in ")]）"):
            return counted
    if key[0].isdigit() and (m := _COUNT_FIRST.fullmatch(key)) is not None:
        counted = _UI_RULES.get(m.group("phrase"))
        if counted in _COUNTED_RULES:
            return counted  # "88 Comentarios", "12 Kommentare"
    if key in _LANGUAGES:
        return "language_name"  # kept unless next to another (see drop_ui_lines)
    counter_like = key[0].isdigit() or key[0] in "(（" or key.startswith(_COUNTER_STARTS)
    if counter_like and _COUNTER.fullmatch(key):
        return "gallery_counter"
    relative = key.endswith(_AGO_ENDS) or any(a in key for a in _AGO_STARTS)
    if relative and (m := _PUBLISHED_AGO.fullmatch(key)) and _AGO.fullmatch(m.group("ago")):
        return "updated_timestamp"  # "Published 3 hours ago": a relative time, no date
    if key.startswith(_UPDATED_STARTS):
        m = _UPDATED.fullmatch(key)
        rest = m.group("rest") if m else ""
        if rest and (
            date_line(rest)
            or loose_date(rest)
            or _AGO.fullmatch(rest)
            or regex.fullmatch(_TIME, rest)
            or _INTL_DATE.fullmatch(rest)
        ):
            return "updated_timestamp"
    if "|" in key and 2 <= key.count("|") + 1 <= _ROW_PHRASES:
        # A row of controls: "Abonneren | Inloggen", "Subscribe | Log in"
        found = [_UI_RULES.get(part.strip()) for part in key.split("|")]
        if all(found):
            return found[0]
    tokens = _tokens(key)
    if len(tokens) >= 2:
        if all(t in _SOCIAL for t in tokens):
            return "share_links"
        if len(tokens) <= 4 and all(_UI_RULES.get(t) == "cookie_notice" for t in tokens):
            return "cookie_notice"  # a consent banner's buttons: "Aceptar Rechazar Configurar"
        # "Facebook X WhatsApp Copy link", "Facebook Twitter E-mail Copier le lien"
        if all(t in _SOCIAL or t in _COPY_LINK for t in tokens) and (
            sum(t in _SOCIAL for t in tokens) >= 2
        ):
            return "share_links"
        if all(t in _LANGUAGES or t in _LANGUAGE_CODES for t in tokens) and any(
            t in _LANGUAGES for t in tokens
        ):
            return "language_switcher"
        if all(t in _LANGUAGE_CODES for t in tokens) and any(c in s for c in _SEPARATORS):
            return "language_switcher"
    elif " " not in key and key.isalpha() and _social_run(key):
        return "share_links"
    elif " " not in key and _GLUED_PAGER.fullmatch(key):
        return "gallery_control"
    if key.startswith("click here") and _CLICK_HERE.fullmatch(key):
        return "page_furniture"
    if ("min" in key or "menit" in key or "λεπτ" in key) and _READING_TIME.fullmatch(key):
        return "page_furniture"
    if _LISTEN.match(key.lstrip("▶►▷⏵ ")):
        return "media_player"  # "Listen to this article", "Ascolta questo articolo ora..."
    if ("vid" in key or "audio" in key) and _MEDIA_LENGTH.fullmatch(key):
        return "media_player"  # "Vidéo - 1 min 48 s", "Video (2:31)"
    if " by " in key and _SPONSORED.fullmatch(key):
        return "ad_label"
    for name, pattern in _PHRASES:
        if pattern.fullmatch(key):
            return name
    if _TEASER.match(s):
        return "read_more_teaser"
    if (key.endswith(_AGO_ENDS) or key.startswith(_AGO_STARTS)) and _AGO.fullmatch(key):
        return "updated_timestamp"
    if " " in key and key.split(" ", 1)[0] in _PHRASE_FIRST_WORDS:
        return _glued_phrases(key) or _furniture_shape(s, key)
    return _furniture_shape(s, key)


def _furniture_shape(s: str, key: str) -> str | None:
    """Page furniture known by its shape, in any language: a post's views
    and time ("12.4K 09:14"), a channel's or an author's followers ("48.2K
    subscribers"), a forwarded post's origin, a link back to a section ("←
    Local news"), a teaser's source and age ("Harbour Post 3 hours ago"), a
    row of counters and buttons ("1.2K 24 Save Listen Share"), a text
    browser's image name ("[12-4a]") and a print page's number ("Sida 12")."""
    first = s[:1]
    if (" — " in s or " · " in s) and _running_head(s):
        return "page_furniture"  # "LA GAZZETTA DEL VALLONE — GIOVEDÌ 16 OTTOBRE 2025 — PAGINA 1"
    if (
        "/" in s
        and s.count(" ") <= _PLAYER_WORDS
        and (clock := _PLAYER_CLOCK.search(s))
        and (clock.group().startswith(("0:00", "00:00")) or _PLAYER_WORD.search(s))
    ):
        return "media_player"  # "Play Video 0:00 / 2:31 CC"; not "Samstag 15:30 / 18:30"
    if (
        "hare" in s
        and (m := _SHARE_COUNT.search(s))
        and s[: m.start()].count(" ") >= 1
        and ui_rule(s[: m.start()]) == "share_links"
    ):
        return "share_links"  # "Share Facebook X WhatsApp Email 1.4k shares"
    if first.isdigit():
        if _VIEWS_AND_TIME.fullmatch(s):
            return "updated_timestamp"
        if _FOLLOWERS.fullmatch(key):
            return "follow_links"
        if _RESULTS.fullmatch(key):
            return "page_furniture"  # a search's or a tag page's count: "4 risultati"
        tokens = s.split()
        counts = [t for t in tokens if _COUNT_TOKEN.fullmatch(t)]
        words = [t for t in tokens if t not in counts]
        if (
            len(words) + len(counts) >= _ROW_ITEMS
            and counts
            and words
            and all(_UI_RULES.get(w.casefold()) for w in words)
        ):
            return "share_links"  # a row of counters and buttons: "1.2K 24 Share"
        return None
    if first in "←‹" and s[1:2] == " " and len(s) <= _LONGEST_UI:
        if s.count(" ") <= 4 and not s.endswith(_SENTENCE_ENDS):
            return "navigation"  # back to the section
        return None
    if first == "[" and _IMAGE_NAME.fullmatch(s):
        return "placeholder_caption"
    if key.startswith(_FORWARDED) and s.count(" ") <= 8 and not s.endswith(_SENTENCE_ENDS):
        return "page_furniture"
    if key[-1:].isdigit() and _PAGE_NUMBER.fullmatch(key):
        return "page_furniture"
    if "." in s and " " not in s and _DOMAIN.fullmatch(s):
        return "site_name"  # the site's address alone (a reader view's source line)
    if (
        key.endswith(_AGO_ENDS)
        and first.isupper()
        and (m := _SOURCE_AGO.fullmatch(s))
        and _AGO.fullmatch(m.group("ago").casefold())
    ):
        return "source_and_age"  # a teaser's (or a comment's: see _NAME_RULES)
    return None


# "12.4K 09:14", "5.3K edited 08:30": a channel post's views and time.
_VIEWS_AND_TIME: Final = regex.compile(
    r"\d{1,3}(?:[.,]\d{1,3})?[KkMm]\s+(?:(?:edited|изменено|змінено|bearbeitet)\s+)?\d{1,2}:\d{2}"
)
_FOLLOWERS: Final = regex.compile(
    r"\d{1,3}(?:[.,]\d{1,3})?[km]?\s+(?:subscribers|followers|abonnés|abonnenten|follower"
    r"|seguidores|suscriptores|iscritti|volgers|följare|obserwujących|takipçi"
    r"|подписчик(?:ов|а|и)?|підписник(?:ів|и)?)"
)


def _running_head(s: str) -> bool:
    """A print page's running head: its date, and its page or issue number,
    with the paper's name or edition ("4 — GIOVEDÌ 16 OTTOBRE 2025 — LA
    GAZZETTA DEL VALLONE", "Edizione: Nord · 16 ottobre 2025 · Anno LXXIX ·
    Numero 287"), three parts or more."""
    parts = [p.strip() for p in regex.split(r" [—·] ", s)]
    if len(parts) < _ROW_ITEMS or len(s) > _LONGEST_CREDIT_LINE:
        return False
    dated = sum(date_line(p) for p in parts)
    # a page's mark ("PAGINA 1"), or its bare number at an end beside the
    # paper's name in capitals, or an issue's number beside the edition's
    # label: not a chart's or a catalogue's numbered entry
    page = any(_PAGE_NUMBER.fullmatch(p.casefold()) for p in parts)
    bare = any(p.isdigit() and len(p) <= 3 for p in (parts[0], parts[-1])) and any(
        p.isupper() and p.count(" ") >= 1 for p in parts
    )
    issue = any(_ISSUE_NUMBER.fullmatch(p) for p in parts) and _EDITION.match(s) is not None
    return dated == 1 and (page or bare or issue)


_EDITION: Final = regex.compile(r"(?i:edizione|edition|édition|edición|ausgabe|editie|wydanie)\b")
_ISSUE_NUMBER: Final = regex.compile(
    r"(?i:numero|número|nummer|numéro|issue|no\.|nr\.|n\.|anno|año|jahrgang|année|year|vol\.)"
    r"\s*(?:\d{1,5}|[IVXLC]{1,8})"
)
_ROW_ITEMS: Final = 3  # counters and buttons in a row, at least
_PLAYER_CLOCK: Final = regex.compile(r"\b\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\b")
_PLAYER_WORDS: Final = 6  # spaces in a player's row of controls, at most
_PLAYER_WORD: Final = regex.compile(
    r"(?i:\b(?:play|pause|video|audio|cc|mute|wiedergabe|reproducir|lecture|riproduci))|▶|►"
)
_SHARE_COUNT: Final = regex.compile(r"\s+\d[\d.,]*[kKmM]?\s+shares?$")
_DOMAIN: Final = regex.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12}")
_RESULTS: Final = regex.compile(
    r"\d{1,6}\s+(?:results?|risultati|resultados?|résultats?|ergebnisse|treffer|resultaten"
    r"|wyników|sonuç|hasil|результат(?:ов|а|ів|и)?|tulosta|träffar|találat)"
    r"(?:\s+(?:found|trovati|encontrados|trouvés|gefunden))?"
)
_COUNT_TOKEN: Final = regex.compile(r"\d{1,3}(?:[.,]\d{1,3})?[KkMm]?")
_IMAGE_NAME: Final = regex.compile(r"\[[\w.-]*\d[\w.-]*\]")  # w3m's image: its file's name
_FORWARDED: Final = (
    "forwarded from ",
    "переслано від ",
    "переслано от ",
    "переслано из ",
    "weitergeleitet von ",
    "reenviado de ",
    "transféré de ",
)
_PAGE_NUMBER: Final = regex.compile(
    r"(?:page|seite|sida|side|sivu|pagina|página|strona|oldal|stránka|pag\.|s\.)\s*\d{1,3}"
)
# "Harbour Post 3 hours ago": a name of two to five capitalized words, then an age.
_SOURCE_AGO: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}'’&.-]*\s+){2,5}(?P<ago>(?:about\s+)?\d{1,2}\s+\p{L}+\s+ago)"
)


_LONGEST_PHRASE_WORDS: Final = 6
_LONGEST_GLUED: Final = 80  # columns of a line of UI phrases glued together
_PHRASE_FIRST_WORDS: Final = frozenset(phrase.split()[0] for phrase in _UI_RULES if phrase)
# A consent banner's buttons that are words of a text alone ("Only necessary",
# "I accept.", "Sunt de acord."): UI only run together with another button
# ("Hyväksy kaikki Vain välttämättömät", "I Accept Show Purposes").
_CONSENT_BUTTONS: Final = {
    phrase: "cookie_notice"
    for phrase in (
        "only necessary; necessary only; only necessary cookies; vain välttämättömät; "
        "nur notwendige; nur notwendige cookies; endast nödvändiga; kun nødvendige; "
        "bare nødvendige; doar cele necesare; sunt de acord; show purposes; i accept; "
        "godta; godkänn; accepteren; weigeren; hyväksy; hylkää; informativa; "
        "informativa privacy; informativa cookie; privacy policy; more options"
    ).split("; ")
}
_CONSENT_FIRST_WORDS: Final = frozenset(
    p.split()[0]
    for p in [*_CONSENT_BUTTONS, *(k for k, rule in _UI_RULES.items() if rule == "cookie_notice")]
    if p
)


def _glued_phrases(key: str, more: Mapping[str, str] | None = None) -> str | None:
    """The rule of a line made of two or more UI phrases one after the other
    ("zum inhalt springen zur navigation springen", "artikel teilen drucken"),
    each a whole phrase of the lexicon (or of ``more``); None when a word is
    left over."""
    words = key.split()
    if len(words) > 4 * _LONGEST_PHRASE_WORDS:
        return None
    # reach[k]: the rule of the first phrase of a covering of words[:k], if any
    reach: dict[int, str] = {0: ""}
    for k in range(len(words)):
        if k not in reach:
            continue
        for n in range(1, min(_LONGEST_PHRASE_WORDS, len(words) - k) + 1):
            phrase = " ".join(words[k : k + n])
            rule = _UI_RULES.get(phrase) or (more.get(phrase) if more else None)
            if rule is not None and rule != "language_name" and k + n not in reach:
                reach[k + n] = reach[k] or rule
    if len(words) not in reach:
        return None
    return reach[len(words)] or None


def _inline_tags(line: str) -> bool:
    """Whether the line is a tag list after its label: ``Topics: Wildlife, Roads``."""
    label, _, rest = line.partition(":")
    if _ui_key(label) not in _TAG_LABELS:
        return False
    if "  " in rest.strip() and not any(c in rest for c in ",|·•/;"):
        rest = regex.sub(r"\s{2,}", ",", rest.strip())  # "Tag: banjir  pasar induk  sukamerta"
    items = _tokens_by(rest, ",|·•/;")
    if len(items) == 1 and "  " not in rest and not _tag_item(items[0]):
        # Tags run together with spaces: "Tags: Harwick Borough Council
        # Libraries Council tax": words, most of them capitalized, no sentence.
        words = rest.split()
        return (
            len(words) <= _TAG_WORDS
            and not rest.rstrip().endswith((".", "!", "?"))
            and 2 * sum(w[:1].isupper() or w[:1].isdigit() for w in words) > len(words)
        )
    return bool(items) and all(_tag_item(item) for item in items)


_TAG_WORDS: Final = 16  # words of a tag list run together


def _tokens_by(text: str, separators: str) -> list[str]:
    for sep in separators[1:]:
        text = text.replace(sep, separators[0])
    return [t.strip() for t in text.split(separators[0]) if t.strip()]


def _tag_item(line: str) -> bool:
    """A tag: a few words, no sentence punctuation (``Wildlife``, ``Climate change``)."""
    s = line.strip()
    return (
        0 < len(s) <= _LONGEST_TAG
        and s.count(" ") < 4
        and not s.endswith((".", "!", "?", ":", ";", ","))
        and not s.startswith(("- ", "* ", "• "))
        and not date_line(s)
    )


_RANK: Final = regex.compile(r"\d{1,2}[.)]\s+")
# A line that is one link, maybe a list item: "- [Label](url)", "[Label][3]",
# a text browser's "[12]Label"; group 1 is the label.
_LINKED_LABEL: Final = regex.compile(
    r"(?:[*+•-]\s+)?(?:\[([^\[\]]{1,200})\]\([^()\s]{1,400}\)|\[([^\[\]]{1,200})\]\[\d{1,4}\]"
    r"|\[\d{1,4}\]([^\[\]]{1,200}))"
)


def _headline_item(line: str, config: Config) -> bool:
    """A linked headline: two words or more, not a sentence, a list item or a
    date; a rank may stand before it ("1. Bridge closed until October") or
    on its own line, and a time stamp under it ("Published 2 days ago")."""
    s = line.strip()
    if s[:1] in "-*•" and s[1:2] == " " and (s[:1] != "-" or s[2:3] == " " or line[:1] == " "):
        # A bulleted list of links: "-   Kårens nya app ...", "  * Obras do metrobus ...";
        # "- What happens next" at the margin is a subheading, as the seed writes them.
        s = s[1:].strip()
    if s.isdigit() and len(s) <= 2:
        return True
    if s[:9].casefold() in ("published", "updated") and (
        _AGO.fullmatch(s[9:].strip()) or date_line(s)
    ):
        return True
    if s[:1].isdigit() and (m := _RANK.match(s)):
        s = s[m.end() :]
    if ("](" in s or "][" in s or s[:1] == "[") and (m := _LINKED_LABEL.fullmatch(s)):
        s = next(g for g in m.groups() if g is not None).strip()  # judge a link by its label
    if _TWO_SENTENCES.search(s):
        return False  # '"My dream is to be a doctor," she said। "There is no ...।"'
    return len(s) <= _LONGEST_TEASER and _title_shaped(s, config) and url_line(s) is None


# Two sentences, the last one ending the line (a quote may close it): text,
# not a headline.
_TWO_SENTENCES: Final = regex.compile(
    r"[\p{L}\p{M}]{2}[.!?।。]\s+\S.*[\p{L}\p{M}][.!?।。][\"”»’']?$"
)


def _list_after_label(
    draft: Draft, body: _Body, rules: dict[int, str], config: Config
) -> dict[int, str]:
    """The lines of a list of headlines or tags, and its label, where a label
    (``Related:``, ``Most read``, ``Topics``) is followed at once by such a
    list that ends the paragraph. A label that ``drop_markers`` already took
    out (``Read more``) still counts: it is in the edits, just before the list.
    """
    lines, numbers = draft.lines, draft.numbers
    removed = {
        e.line: key
        for e in draft.edits
        if len(e.text) <= _LONGEST_UI
        and ((key := _ui_key(e.text)) in _HEADLINE_LABELS or key in _TAG_LABELS)
    }
    found: dict[int, str] = {}
    n = len(lines)
    blank = sum(1 for line in lines if not line.strip())
    single_newlines = blank * 4 < n - blank
    headed = _Headed(lines, body.nonblank)
    # Between two sentences of the article only a label that says "link"
    # ("Related:", "Also read") counts; "Most read", "Don't miss", "Topics"
    # or "Categories" there may head the article's own list.
    for i, line in enumerate(lines):
        if not line or i in found:
            continue
        key = _ui_key(line) if len(line) <= _LONGEST_UI else ""
        if key in _HEADLINE_LABELS or key in _TAG_LABELS:
            start = i + 1
        elif (before := removed.get(numbers[i] - 1)) is not None:
            start, key = i, before  # the label is gone already, just before this line
        else:
            continue
        # "Related:" and a Markdown heading ("## Most read") may stand a
        # blank line above their list.
        if start < n and not lines[start].strip():
            label = line.replace("**", "").strip()
            listed = start + 1 < n and _LISTED.match(lines[start + 1]) is not None
            if label.endswith(":") or label.startswith("#") or key in _LINK_LABELS or listed:
                start += 1
        inside = (
            body.between(i)
            and i not in (body.first, body.last)
            and (body.text_end is None or i <= body.text_end)  # not below the article's text
        )
        if inside and (key in _TAG_LABELS or key not in _LINK_LABELS):
            continue
        tags = key in _TAG_LABELS
        end = start
        longest = _LONGEST_LINK_LIST if key in _LINK_LABELS else _LONGEST_LIST
        while end < n and end - start < longest and lines[end].strip():
            if not (_tag_item(lines[end]) if tags else _headline_item(lines[end], config)):
                break
            after = lines[end + 1].strip() if end + 1 < n else ""
            dated = _DATED_HEADLINE.match(after) is not None and _headline_item(after, config)
            if after and _credits(after) and not dated:
                # A headline over its byline or date: the article's own title,
                # not a teaser (a dated headline below it is the next item).
                break
            end += 1
        # The list must end its paragraph: a headline glued to the text after
        # it is a title or a subheading, not a teaser. Where every line is a
        # paragraph (no blank lines), one headline after a label that says
        # "link" ("Also read", not a bare "Read more") may run on into text.
        if end == start:
            continue
        glued = end < n and lines[end].strip()
        if glued and single_newlines and end - start >= 2:
            if _sentence(lines[end]):
                end -= 1  # the last headline may be a subheading over its paragraph
        elif glued and not (single_newlines and end - start == 1 and key not in _WEAK_LABELS):
            continue
        rule = "tag_list" if tags else "read_more_teaser"
        if start > i:
            found[i] = rule
        for j in range(start, end):
            # The article's own title may be in the list: it is printed again
            # over the article's text.
            if j not in rules and (tags or not headed.elsewhere(j)):
                found[j] = f"{rule}, a list after its label"
    return found


# One-word controls that are also words of a text ("Home", "Away"; "Next"),
# and bare counters ("3 of 10", a score as well as a gallery position): UI
# only next to other UI, next to a caption, or before the first sentence or
# after the last.
_AMBIGUOUS: Final = (
    frozenset(
        "next previous prev close expand zoom video play pause watch top home menu search listen"
        " save translate more related trending recommended discuss register anterior siguiente"
        " próximo précédent suivant zurück weiter precedente successivo poprzednie następne önceki"
        " sonraki vorige volgende sebelumnya berikutnya назад далее replay delicious homepage"
        " sök søk søg haku zoeken meny valikko tillbaka tilbake forrige neste föregående nästa"
        " edellinen seuraava stäng lukk luk sulje sluiten tulosta acessibilidade accessibility"
        " tributes condolences"
        " accesibilidad accessibilité barrierefreiheit kontrast contraste"
        " 메뉴 검색 閉じる"
        # the same words in the languages added last (one word each, or a
        # word a story may use as its subheading: "Comments", "More", "Next")
        " הבא הקודם תגובות نظرات قبلی بعدی σχόλια περισσότερα εγγραφή maoni shiriki jiandikishe"
        " pinakabago mag-subscribe další předchozí sdílet feliratkozás ข่าวล่าสุด ถัดไป ก่อนหน้า".split()
    )
    | frozenset(
        "about the author; über den autor; über die autorin; à propos de l'auteur; sobre el autor;"
        " sobre la autora; sobre o autor; sobre a autora; sull'autore".split("; ")
    )
    | {
        # Phrases a story may quote as words of its own (a slogan, a law's example).
        *"main menu; o seu consentimento é importante; a sua privacidade é importante; tu "
        "privacidad es importante; votre vie privée est importante; ihre privatsphäre ist uns "
        "wichtig; przejdź do treści; vés al contingut; salta al contingut; siirry sisältöön; gå "
        "til indhold; gå till innehållet".split("; "),
        # labels a story may quote ("Member-only story", an artwork's "Loading",
        # an e-paper tutorial's "Sfoglia")
        *f"{_EPAPER_PHRASES}; {_QUOTED_LABELS}; {_LOADING_PHRASES}".split("; "),
    }
)


CLAUSE_ENDS: Final = (".", ",", ";", ":", "。", "，", "、", "；", "：", "．", "।", "۔", "،")
"""How a line that runs on, or a sentence, ends (Latin, CJK, Devanagari, Arabic
script): a title or a heading does not end so."""

# "“" closes a quote in German ("„Wir sind gespannt.“").
_SENTENCE_ENDS: Final = (
    *(".", "!", "?", '"', "”", "’", "'", "“", "。", "！", "？", "।", "»", "」"),
    *("؟", "۔", "።", "။"),  # Arabic script's question mark, Urdu's stop, Ethiopic's, Burmese
)


def _sentence(line: str) -> bool:
    """A line of text: four words or more (or a line of a script written
    without spaces), ending like a sentence, or any line of such a script
    long enough to be one."""
    s = line.rstrip()
    if s.endswith(_SENTENCE_ENDS) and (s.count(" ") >= 3 or len(s) >= 12):
        return True
    if s[-1:] == ";" and s.count(" ") >= 3 and _GREEK.search(s) is not None:
        return True  # Greek's question mark
    # Chinese, Japanese, Thai: no word breaks (an ASCII line has none of
    # them); a menu item or a headline there is short, a sentence long.
    return (
        len(s) >= _SENTENCE_SYLLABLES
        and not s.isascii()
        and len(_NO_SPACES.findall(s)) >= _SENTENCE_SYLLABLES
    )


_GREEK: Final = regex.compile(r"\p{Greek}")
_NO_SPACES: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
_SENTENCE_SYLLABLES: Final = 25


def _page_below(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> int | None:
    """Where the page goes on below the article: its first line after the
    text that is UI of a kind a page prints around an article, not inside
    it (a share bar, a copyright line, a comment or subscribe prompt, a
    menu, a list of headlines or tags), or a label over links or tags that
    cleanse knows ("Most Viewed", "Related", "Tags"). An ad label or a
    "Read also" link stands between paragraphs too: after one, the story
    may go on with its own list."""
    end = body.text_end
    if end is None:
        # A short story (two paragraphs, an item of a merged page) has no
        # run of three: its text ends with its last paragraph, when it has
        # two, and the page starts below it with a line no story prints (a
        # share row, a copyright line, a menu; not "Page 4" or "En direct").
        if len(body.paragraphs) < 2:
            return None
        end = max(body.paragraphs)
    for i in body.nonblank:
        if i <= end:
            continue
        if (
            i in rules
            and rules[i].split(",")[0] in _PAGE_KINDS
            and (
                end == body.text_end
                or not _ambiguous(lines[i], rules[i])
                or _PAGER_LINE.fullmatch(lines[i].strip())  # "1 2 3 następna »"
            )
        ):
            return i
        # A label over links or tags ("Related", "You Might Also Like …",
        # "Most Viewed", "Tags"), not a teaser with its headline ("READ MORE:
        # Riot changes the format") or an ad's "Scroll to continue".
        if len(lines[i]) <= _LONGEST_UI:
            key = _ui_key(lines[i]).rstrip(" .:…")
            if key in _HEADLINE_LABELS or key in _TAG_LABELS or _MORE_FROM.fullmatch(key):
                return i
    return None


_PAGE_KINDS: Final = frozenset(
    (
        "share_links",
        "follow_links",
        "subscribe_prompt",
        "comment_prompt",
        "cookie_notice",
        "copyright_notice",
        "navigation",
        "headline_list",
        "tag_list",
        "link_list",
        "language_switcher",
        "page_furniture",  # "Back to top", "Print", "Next article"
        "updated_timestamp",  # comments' and teasers' time stamps
        "source_and_age",  # "Harbour Post 3 hours ago"
    )
)
_TEXT_RUN: Final = 3  # long sentences in a row: the article's own text
_PARAGRAPH: Final = 40  # columns
_TEXT_GAP: Final = 3  # lines between two paragraphs of the text
_GLUED_TEXT: Final = 400  # columns of a line that holds several paragraphs


class _Body(NamedTuple):
    """Where a page's text is: its non-blank lines and the first and last of
    them that is a sentence (None for both when none is): lines before the
    first sentence are the page's header, lines after the last its footer;
    and where the article's own text starts and ends, its first and last
    run of three long sentences (None for both when it has none), and
    which lines are long sentences. Computed once for the rules of
    :func:`drop_ui_lines` that look at it."""

    nonblank: list[int]
    first: int | None
    last: int | None
    text_start: int | None
    text_end: int | None
    paragraphs: frozenset[int]  # lines that are long sentences

    @classmethod
    def of(cls, lines: Sequence[str], ui: Collection[int] = ()) -> _Body:
        """``ui``: lines already known to be UI, none of them text (a
        cookie banner's sentences)."""
        nonblank = _positions(lines)
        sentence = [_sentence(lines[i]) and i not in ui for i in nonblank]
        sentences = [i for i, yes in zip(nonblank, sentence, strict=True) if yes]
        if not sentences:
            return cls(nonblank, None, None, None, None, frozenset())
        # The article's text ends with its last run of paragraphs; readers'
        # comments, teasers and forms below it ("How can we improve?",
        # "Thanks for your feedback!") have sentences, rarely three long
        # ones in a row.
        long = [
            yes and (len(lines[i]) >= _PARAGRAPH or _width(lines[i]) >= _PARAGRAPH)
            for i, yes in zip(nonblank, sentence, strict=True)
        ]
        # A hard-wrapped paragraph: its long lines run on into the next line
        # (it starts in lower case) down to one that ends it like a sentence,
        # all of them text.
        wrapped = False
        for k in range(len(nonblank) - 2, -1, -1):
            i = nonblank[k]
            runs_on = (
                nonblank[k + 1] == i + 1
                and not long[k]
                and (sentence[k + 1] or wrapped)
                and lines[i + 1].lstrip()[:1].islower()
                and _width(lines[i]) >= _PARAGRAPH
                and not lines[i].rstrip().endswith(_SENTENCE_ENDS)
            )
            if runs_on:
                long[k] = True
                long[k + 1] = long[k + 1] or sentence[k + 1]
            wrapped = runs_on
        # A short sentence between long ones ("Don't do it to us again.")
        # neither breaks a run nor counts in it.
        end = None
        run = last = 0
        for k in range(len(nonblank) - 1, -1, -1):
            if long[k]:
                last = last if run else k
                run += 1
                if run == _TEXT_RUN:
                    end = last
                    break
            elif not sentence[k]:
                run = 0
        paragraphs = frozenset(i for i, yes in zip(nonblank, long, strict=True) if yes)
        if end is None:
            # Text saved as a few very long lines (paragraphs glued together)
            # has no run of three: its first and last such line bound it.
            huge = [
                i
                for i, yes in zip(nonblank, long, strict=True)
                if yes and _width(lines[i]) >= _GLUED_TEXT
            ]
            if huge:
                return cls(nonblank, sentences[0], sentences[-1], huge[0], huge[-1], paragraphs)
            return cls(nonblank, sentences[0], sentences[-1], None, None, paragraphs)
        # It starts with its first such run.
        run = first = 0
        for k in range(len(nonblank)):
            if long[k]:
                first = first if run else k
                run += 1
                if run == _TEXT_RUN:
                    start = nonblank[first]
                    break
            elif not sentence[k]:
                run = 0
        # A paragraph or two after a short break (a pull quote, a verse, an
        # ad label) is text too: the text goes on to the last long line
        # ending like a sentence or a clause, a few lines at most after it.
        k = end + 1
        while k < len(nonblank) and k - end <= _TEXT_GAP + 1:
            line = lines[nonblank[k]]
            if (
                _width(line) >= _PARAGRAPH
                and nonblank[k] not in ui
                and (sentence[k] or line.rstrip().endswith(CLAUSE_ENDS))
            ):
                end = k
            k += 1
        return cls(nonblank, sentences[0], sentences[-1], start, nonblank[end], paragraphs)

    def between(self, i: int) -> bool:
        """Whether line ``i`` is between the first sentence and the last."""
        return self.first is not None and self.last is not None and self.first <= i <= self.last


def continued(lines: Sequence[str], numbers: Sequence[int], i: int) -> bool:
    """Whether ``lines[i]`` runs on into the next line: a hard-wrapped
    sentence ("Email" / "us your questions ...") is text, not a control.
    The test is the one ``normalize_paragraphs`` joins lines by (the next
    input line, starting in lower case, after no closing punctuation), and
    the joined line must not be UI itself ("Share on WhatsApp" / "and more"),
    or cleaning the output again, where they are one line, would differ."""
    if not _runs_into(lines, numbers, i):
        return False
    return ui_rule(f"{lines[i].strip()} {lines[i + 1].strip()}") is None


def _runs_into(lines: Sequence[str], numbers: Sequence[int], i: int) -> bool:
    """Whether ``lines[i]`` runs on into the next input line, as
    normalize_paragraphs would join them: no closing punctuation, the next
    line starting in lower case (or, in Japanese, with a particle)."""
    if i + 1 >= len(lines) or numbers[i + 1] != numbers[i] + 1:
        return False
    nxt = lines[i + 1].strip()
    if not nxt or lines[i].rstrip().endswith(_ENDS_SENTENCE):
        return False
    if nxt[0].islower():
        return True
    # A Japanese sentence wrapped around the line goes on with a particle in
    # hiragana ("... 区切られずに" / LINE / "と一続きに ...").
    if not ("\u3041" <= nxt[0] <= "\u309f") or i == 0 or numbers[i - 1] != numbers[i] - 1:
        return False
    prev = lines[i - 1].strip()
    return sum(c >= "\u3041" for c in prev) >= _CJK_CLAUSE and not prev.endswith(
        ("。", "」", *_ENDS_SENTENCE)
    )


_CJK_CLAUSE: Final = 8  # characters of Japanese text on a line a sentence wraps from


def _broken_links(lines: Sequence[str], rules: dict[int, str]) -> dict[int, str]:
    """A Markdown link that html2text broke over two lines, judged whole:
    "[View this email in your" / "browser](https://...)"."""
    found: dict[int, str] = {}
    for i in range(len(lines) - 1):
        line = lines[i]
        if "[" not in line or i in rules or i + 1 in rules:
            continue
        nxt = lines[i + 1].strip()
        if line.count("[") > line.count("]") and "](" in nxt:
            # the link's words broken: "... [View it in your" / "browser](https://...)"
            whole = f"{line.strip()} {nxt}"
        elif (
            "](" in line
            and ")" not in line.rsplit("](", 1)[1]
            and nxt.split(" ", 1)[0].endswith(")")
            and (" " not in nxt or nxt.split(" ", 1)[1][:1] == "[")
        ):
            # its address broken: "[Read on the website ->](https://.../ile-eko-" / "funding)",
            # maybe in a row of links: "[Climate](/tag/climate) [Local News](/ta" / "g/local) [..."
            whole = f"{line.strip()}{nxt}"
        else:
            continue
        rule = ui_rule(whole)
        if rule is not None:
            found[i] = found[i + 1] = rule
    return found


def _wrapped_on(
    lines: Sequence[str], numbers: Sequence[int], rules: dict[int, str]
) -> dict[int, str]:
    """The rest of a hard-wrapped UI line: the lines it runs on into (the
    next input line, in lower case, after no closing punctuation) while the
    whole is still UI ("Wij en onze partners gebruiken cookies ... om de
    site" / "te verbeteren, advertenties te tonen ...")."""
    found: dict[int, str] = {}
    for i in sorted(rules):
        whole, j = lines[i].strip(), i
        while (
            j + 1 not in rules and len(whole) <= _LONGEST_TEASER and _runs_into(lines, numbers, j)
        ):
            whole = f"{whole} {lines[j + 1].strip()}"
            if ui_rule(whole) is None:
                break
            j += 1
            found[j] = rules[i]
    return found


def _wrapped_banners(
    lines: Sequence[str], numbers: Sequence[int], rules: dict[int, str]
) -> dict[int, str]:
    """A consent banner that a text browser wrapped before its end: no line
    of it is one alone ("Newsloop uses cookies and similar technologies to
    personalise your" / "and measure traffic."), the lines joined are."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in rules or i in found or not _COOKIE_WORD.search(line):
            continue
        whole, j = line.strip(), i
        while j - i < _BANNER_LINES and j + 1 not in rules and _runs_into(lines, numbers, j):
            j += 1
            whole = f"{whole} {lines[j].strip()}"
            if len(whole) > _LONGEST_BANNER:
                break
            if any(p.fullmatch(whole) for p in _COOKIE_BANNERS) and not _REPORTED.search(whole):
                found.update((k, "cookie_notice") for k in range(i, j + 1))
                break
    return found


_BANNER_LINES: Final = 6  # lines a wrapped banner runs on over
# The words of _COOKIE_WORD as plain strings, to scan a whole page for them.
_COOKIE_GATE: Final = (
    "ookie",
    "OOKIE",
    "eväste",
    "informasjonskapsl",
    "kakor",
    "kakpolicy",
    "süti",
    "kuki",
    "çerez",
    "galetes",
)


def _ambiguous(line: str, rule: str) -> bool:
    key = _ui_key(line)
    if key[:1].isdigit() and rule in _COUNTED_SHAPES:
        return True  # "3 of 10", "4/5", "1.2M views", "40 minutes"; "Photo 3 of 10" is clear
    if rule == "source_and_age" or (
        rule == "placeholder_caption" and _IMAGE_NAME.fullmatch(line.strip())
    ):
        return True  # "Harbour Post 3 hours ago" (a media review's list), "[12-7c]"
    if (
        rule == "page_furniture"
        and (
            _PAGE_NUMBER.fullmatch(key)
            or _PRINT_JUMP.fullmatch(line.strip())  # an exhibition's "Suite page 5", a play's act
            or key in _DONATE
            or (line.lstrip()[:8] in ("(BUTTON)", "(SUBMIT)") and line.count("(") == 1)
        )
    ):
        return True  # "Page 12" in an index, one button quoted from a screen reader
    if rule == "language_switcher" and key in _LANGUAGES:
        return True  # "Français" / "Español" one per line: school subjects too
    return key in _AMBIGUOUS or key in _BADGES  # badges: "LIVE", "Ao vivo" (an album's title)


def _supported(
    lines: Sequence[str],
    numbers: Sequence[int],
    body: _Body,
    rules: dict[int, str],
    config: Config,
) -> dict[int, str]:
    """``rules`` without hard-wrapped lines, and without ambiguous lines
    that have no sign of UI around them. A line does not run on into a UI
    line that goes too ("Photo 1 of 12" / "fOLLOW US")."""
    rules = {i: r for i, r in rules.items() if i + 1 in rules or not continued(lines, numbers, i)}
    weak = [i for i, r in rules.items() if _ambiguous(lines[i], r)]
    if not weak:
        return rules
    pos = body.nonblank
    at = {i: k for k, i in enumerate(pos)}
    credit = config.credit_regex
    galleries = _gallery_totals(lines, pos, rules, credit)
    keep: set[int] = set()
    for i in weak:
        if not body.between(i) and not _needs_support(lines[i]):
            continue  # in the header or the footer
        m = _COUNTER_TOTAL.fullmatch(lines[i].strip())
        if m is not None and m.group(2) in galleries:
            continue
        k = at[i]
        near = [pos[m] for m in (k - 1, k + 1)]
        if any(
            (j in rules and not _ambiguous(lines[j], rules[j]))
            or credit.search(lines[j][-120:]) is not None
            or lines[j].strip().casefold() in config.marker_set
            for j in near
        ):
            continue
        keep.add(i)
    return {i: r for i, r in rules.items() if i not in keep}


# Rules of lines that a story may print as its own when they open with a
# number ("12.4K 09:14", "2.1M Followers", "5 4 3 2 1 Live") or a name.
_COUNTED_SHAPES: Final = frozenset(
    ("gallery_counter", "page_furniture", "updated_timestamp", "follow_links", "share_links")
)


def _needs_support(line: str) -> bool:
    """An ambiguous line that needs UI beside it even above or below the
    text: a page number ("Page 4" in a corrections column), a badge ("En
    direct" in a schedule)."""
    key = _ui_key(line)
    return _PAGE_NUMBER.fullmatch(key) is not None or key in _BADGES


_DONATE: Final = frozenset(_DONATE_PHRASES.split("; "))
_BADGES: Final = frozenset(_BADGE_PHRASES.split("; "))
_COUNTER_TOTAL: Final = regex.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")
_GALLERY_PHOTOS: Final = 3  # counters of one gallery, at least


def _gallery_totals(
    lines: Sequence[str], pos: Sequence[int], rules: dict[int, str], credit: regex.Pattern[str]
) -> set[str]:
    """The totals of a gallery's counters, one per photo: "1 / 8", "2 / 8",
    "3 / 8" ..., numbered on from one, three or more, with a photo credit
    under one of them. Ratings ("4/10", "9/10") or a shoot-out's score
    lines, with no credit, are none."""
    counted: dict[str, list[int]] = {}
    credited: set[str] = set()
    for k, i in enumerate(pos):
        if (
            rules.get(i) != "gallery_counter"
            or (m := _COUNTER_TOTAL.fullmatch(lines[i].strip())) is None
        ):
            continue
        counted.setdefault(m.group(2), []).append(int(m.group(1)))
        if any(credit.search(lines[j][-120:]) for j in pos[k + 1 : k + 4]):
            credited.add(m.group(2))
    return {
        total
        for total, numbers in counted.items()
        if total in credited
        and len(numbers) >= _GALLERY_PHOTOS
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    }


# A market ticker's line: "BRTL 14.22 ▲ 6.1%", "- GBP/USD 1.3104 ▼ 0.1%",
# "CALLOWAY 40 8,412.6 ▲ 0.4%": a name, a price, an arrow or a sign, a change.
_TICKER_QUOTE: Final = regex.compile(
    r"(?:[-*•]\s+)?[\p{Lu}\d][\p{Lu}\d/&. -]{0,30}?\s+[\d.,]+\s*[▲▼△▽↑↓]\s*[+\-−]?[\d.,]+\s*%"
)
_TICKER_LINES: Final = 3
# A change in per cent with its arrow or sign, somewhere in the text.
_TICKER_SIGN: Final = re.compile(r"[▲▼△▽↑↓][ \t]*[+\-−]?[\d.,]+[ \t]*%|[+\-−][\d.,]+[ \t]*%")


def _market_ticker(lines: Sequence[str], body: _Body) -> dict[int, str]:
    """A market ticker above or below the article: three lines or more in
    a row, each a quote ("BRTL 14.22 ▲ 6.1%"). A market report's own table
    between its paragraphs stays."""
    found: dict[int, str] = {}
    run: list[int] = []
    above = ""  # the line over the run
    for i in [*body.nonblank, None]:
        if (
            i is not None
            and len(lines[i]) <= _LONGEST_UI
            and _TICKER_QUOTE.fullmatch(lines[i].strip())
        ):
            run.append(i)
            continue
        outside = run and (
            body.first is None
            or run[-1] < body.first
            or (body.last is not None and run[0] > body.last)
        )
        # "The day's biggest movers were:" introduces the story's own list
        if len(run) >= _TICKER_LINES and outside and not above.endswith(":"):
            found.update(dict.fromkeys(run, "market_ticker"))
        if i is not None:
            above = lines[i].strip()
        run = []
    return found


# Rows of menu items: "News | Sport | Weather", "Sign the Guest Book   Send
# Flowers   Share", "Startseite Nachrichten Region Sport Verkehr Wetter".
_ROW_SEPARATORS: Final = regex.compile(r"\s*[|•·\t]\s*|\s{3,}")
# A news site's section names, in the languages of its menus.
_NAV_WORDS: Final = frozenset(
    # English
    "home news sport sports weather business politics opinion video videos podcasts podcast"
    " live region world local entertainment culture travel tech technology science health"
    " lifestyle traffic latest authors careers advertise browse index sitemap markets legal"
    " commentary sustainability newsletters subscribe login livestream nation national"
    " international money economy arts books food style education environment climate crime"
    " obituaries obits jobs classifieds autos homes events photos galleries puzzles games"
    " e-edition epaper e-paper community investigates watch listen shows closings delays"
    " elections features columnists letters editorials tv celebs showbiz celebrity motoring"
    " property shop betting horoscopes"
    # French
    " accueil actualités actualité info infos politique économie société monde planète"
    " météo sciences santé loisirs territoire régions vidéos replay direct émissions débats"
    " idées tribunes annonces nécrologie emploi immobilier"
    # German
    " startseite nachrichten wetter verkehr politik wirtschaft kultur panorama wissen"
    " gesundheit lokales meinung ratgeber reise leben gesellschaft bilder fotos"
    # Spanish, Portuguese, Italian
    " deportes noticias inicio portada actualidad economía economia sociedad cultura"
    " internacional nacional opinión sucesos tecnología ciencia salud vídeos agenda"
    " notícias esportes desporto política mundo cidades saúde opinião ciência colunistas"
    " últimas entretenimento classificados"
    " notizie esteri cronaca politica spettacoli tecnologia scienza salute opinioni"
    # Dutch, Scandinavian, Polish, Indonesian, Turkish
    " nieuws regio cultuur economie binnenland buitenland weer puzzels politiek opinie"
    " nyheter kultur ekonomi inrikes utrikes ledare debatt nöje"
    " wiadomości kraj świat biznes kultura polityka gospodarka opinie wideo zdrowie nauka"
    " berita nasional olahraga politik hiburan teknologi kesehatan daerah"
    " gündem spor dünya politika yaşam sağlık kültür teknoloji yazarlar"
    # Russian, Ukrainian
    " новости политика экономика спорт культура общество мир происшествия новини політика"
    " економіка суспільство світ".split()
)


def _menu_row(s: str, config: Config) -> bool:
    """A row of three or more short menu items (no numbers: a row with
    numbers is a table's), or of capitalized words that are mostly menu
    words ("Startseite Nachrichten Region Sport Verkehr Wetter")."""
    separated = any(c in s for c in "|•·\t") or "   " in s
    if not separated and not (s.count(" ") >= 3 and all(w[:1].isupper() for w in s.split())):
        return False  # the common case, decided without a regex ("TV" is capitalized too)
    parts = [part for part in _ROW_SEPARATORS.split(s) if part]
    if _DIGIT.search(s) is not None:
        # one menu item of four or more may name a year ("Local Elections 2024")
        dated = [part for part in parts if _DIGIT.search(part)]
        if not (
            len(parts) >= _DATED_MENU
            and len(dated) == 1
            and _YEAR.search(dated[0])
            and sum(c.isalpha() for c in dated[0]) >= _MENU_WORD_LETTERS
        ):
            return False
    if len(parts) >= 3 or (len(parts) == 2 and "\t" in s):
        return all(
            part.count(" ") <= 3 and not part.endswith((".", "!", "?", ",", ";")) for part in parts
        )
    words = s.split()
    if not all(w.isalpha() for w in words):
        return False
    is_menu = [w.casefold() in _NAV_WORDS or w.casefold() in config.section_set for w in words]
    # The site's name may open the row: "Wendelstädter Kurier Lokales Region Politik Sport"
    lead = next((k for k, yes in enumerate(is_menu) if yes), len(words))
    if lead > _SITE_NAME_WORDS:
        lead = 0
    rest = is_menu[lead:]
    return len(rest) >= _MENU_ROW_WORDS and sum(rest) * 4 >= len(rest) * 3


_DATED_MENU: Final = 4  # items of a menu row one of which may name a year
_TABLE_ROWS: Final = 30  # lines between a table's upper and lower border, at most
_TABLE_RULE: Final = regex.compile(r"\s*-{3,}(?: +-{3,})+\s*")
_SITE_NAME_WORDS: Final = 3  # words of a site's name at the start of its menu row
_MENU_ROW_WORDS: Final = 4
_MENU_WORD_LETTERS: Final = 4


def _over_title(lines: Sequence[str], pos: Sequence[int], i: int, config: Config) -> bool:
    """Whether ``lines[i]`` stands right above (no blank line between) a
    title with a byline or a date in the two lines under it."""
    if i + 1 >= len(lines) or not lines[i + 1].strip() or not _title_shaped(lines[i + 1], config):
        return False
    k = bisect_left(pos, i + 1)
    return any(_credits(lines[j]) for j in pos[k + 1 : k + 3])


def _rows_at_the_edges(
    lines: Sequence[str], body: _Body, rules: dict[int, str], config: Config
) -> dict[int, str]:
    """Menu rows before the first sentence of the page or after the text:
    navigation, tickers and widget rows. A breadcrumb is left to
    ``extract_metadata``; rows between sentences (a table) stay."""
    if body.first is None or body.last is None:
        return {}
    pos = body.nonblank
    found: dict[int, str] = {}
    # The first line is the title's place: it is never a menu row.
    top = [i for i in pos[1:] if i < body.first]
    end = body.last if body.text_end is None else body.text_end
    bottom = [i for i in pos if i > end]
    # Between the page's first sentence and the article's header (its last
    # lines above the text): a page's mega menu goes on past a sentence of
    # its own ("Your weather is set to ..."); judged as below the text.
    middle: list[int] = []
    if body.text_start is not None:
        above = [i for i in pos if body.first < i < body.text_start]
        middle = above[: max(0, len(above) - _HEADER_ABOVE)]
    for zone in (top, middle, bottom):
        run: list[int] = []
        for i in [*zone, -1]:  # -1 ends the last run
            # Above the article's header a menu may be a bulleted list (a
            # text browser draws one so); below the text such a list may be
            # the story's own.
            item = (
                lines[i].strip().removeprefix("• ").removeprefix("* ") if zone is not bottom else ""
            )
            bulleted = bool(item) and (_menu_item(item) or (item.isdecimal() and len(item) <= 3))
            if i >= 0 and (i in rules or _menu_item(lines[i]) or bulleted):
                run.append(i)
                continue
            # Four menu items or more one below the other, most of them menu
            # words or UI: a menu column (names or a poem are not). Above
            # the page's first sentence, a long column is a menu in any
            # language: a header has a title, a date, a byline, a section.
            known = sum(j in rules or _menu_word(lines[j], config) for j in run)
            # Below the last sentence a long column is one with a few menu
            # words in it: a list of names at the end of a story has none,
            # nor a list its sentence introduces ("The budget goes to:").
            if (
                (len(run) >= _MENU_COLUMN and known * 2 >= len(run) and known >= 2)
                or (len(run) >= _LONG_MENU_COLUMN and (zone is top or known >= 2))
            ) and not _introduced(lines, pos, run[0], rules):
                found.update((j, "navigation") for j in run if j not in rules)
            run = []
            if i < 0:
                break
            s = lines[i].strip()
            if len(s) > _LONGEST_TEASER or s.endswith((".", "!", "?")):
                continue
            if (
                _menu_row(s, config)
                and not _in_table(lines, i)
                and not section_line(s, config)
                and _breadcrumb(s) is None
                and not _introduced(lines, pos, i, rules)
            ):
                found[i] = "navigation"
    # A kicker glued to the title under it ("Betrugsprozess" / "Ehemaliger
    # Geschäftsführer ... muss ins Gefängnis" / "12.03.2025, 16:40 Uhr") is
    # the article's, however short, even at the end of a menu column.
    in_top = set(top)
    for i in [i for i in found if i in in_top and _over_title(lines, pos, i, config)]:
        del found[i]
    return found


_BULLETS: Final = ("* ", "• ", "- ", "+ ")
_BOX_CHARS: Final = "│┃├┼┤┌┐└┘─━"
_BOX: Final = regex.compile(r"[\u2500-\u257f]")


def _bulleted_menus(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """A menu drawn as a bulleted list above the article's text, one to
    three words an item (four after a number), four items or more one under the other (a text
    browser's or a Markdown rendering of the site's navigation): an
    article's header has no such list, wherever it starts."""
    if body.text_start is None:
        return {}

    def item(s: str) -> bool:
        # a menu item, a number in it or not ("4 Investigates", "7 On Your Side")
        s = s[2:].strip() if s[:2] in _BULLETS else ""
        words = 4 if s[:1].isdigit() else 3
        return bool(s) and (
            _menu_item(s)
            or ui_rule(s) is not None  # a control: "Type et mise en page"
            or (
                _width(s) <= _MENU_WIDTH
                and s.count(" ") < words
                and not s.endswith(CLAUSE_ENDS)
                and "," not in s  # a list's item: "Milk, 2 litres"
            )
        )

    found: dict[int, str] = {}
    run: list[int] = []
    for i in [*(i for i in body.nonblank if i < body.text_start), -1]:
        s = lines[i].strip() if i >= 0 else ""
        if (i in rules or item(s)) and s[:2] in _BULLETS and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if (
            len(run) >= _MENU_COLUMN
            or (len(run) >= 2 and all(ui_rule(lines[j].strip()[2:].strip()) for j in run))
        ) and not _introduced(lines, body.nonblank, run[0], rules):
            # four items or more, or controls: "- Écouter", "- Enregistrer"
            found.update((j, "navigation") for j in run if j not in rules)
        run = [i] if item(s) else []
    return found


def _colon_lists(lines: Sequence[str], pos: Sequence[int]) -> set[int]:
    """The short lines of lists that a line ending with a colon introduces
    ("Sunt afectate următoarele străzi:" / "strada Viilor" / ...): the
    story's own, wherever they stand."""
    found: set[int] = set()
    for k, i in enumerate(pos):
        if not lines[i].rstrip().endswith(":") or _width(lines[i]) < _PARAGRAPH // 2:
            continue  # a label ("Tags:") introduces no list of the story's
        for j in pos[k + 1 : k + 1 + _LONGEST_LIST]:
            s = lines[j].strip()
            if _width(s) > _SHORT_LINE or s.endswith(":"):
                break
            found.add(j)
    return found


def _above(pos: Sequence[int], i: int) -> int | None:
    """The non-blank line right above line ``i`` (``pos``: the non-blank
    lines in order), or None."""
    k = bisect_left(pos, i)
    return pos[k - 1] if k > 0 else None


def _quoted_by_text(
    lines: Sequence[str], pos: Sequence[int], i: int, rules: dict[int, str]
) -> bool:
    """Whether the non-blank line ``lines[i]`` has above it a line of the
    text (no UI line, three words or more) that introduces it ("The email
    begins:")."""
    k = bisect_left(pos, i)
    if k >= len(pos) or pos[k] != i or (above := _above(pos, i)) is None:
        return False
    s = lines[above].strip()
    return (
        above not in rules
        and s.count(" ") + 1 >= _INTRO_WORDS
        and _LIST_INTRO.search(s) is not None
    )


_INTRO_WORDS: Final = 3


def _introduced(lines: Sequence[str], pos: Sequence[int], i: int, rules: dict[int, str]) -> bool:
    """Whether ``lines[i]``, no UI line, starts a list that the line above it
    introduces ("... goes to:", "... listed below."), no UI label ("Tags:")."""
    if i in rules:
        return False
    above = _above(pos, i)
    return above is not None and above not in rules and _LIST_INTRO.search(lines[above]) is not None


# How a sentence introduces what follows it: a colon, or "... listed below."
_LIST_INTRO: Final = regex.compile(
    r"(?::|\b(?:below|following|as follows|ci-dessous|suivants?|suivantes|siguientes|folgende"
    r"|folgenden|unten|seguenti|poniżej|hieronder|nedan|abaixo)\.?)\s*$",
    regex.IGNORECASE,
)
_MENU_COLUMN: Final = 4
_LONG_MENU_COLUMN: Final = 8  # menu items above the first sentence, whatever their words
_MENU_WIDTH: Final = 30  # columns of a menu item


def _below_the_article(
    draft: Draft, body: _Body, rules: dict[int, str], config: Config
) -> dict[int, str]:
    """Short lines of the page below the article: the page goes on from its
    first UI line after the text (see :func:`_page_below`), and below it a
    short line with no sentence in it is the page's, in any language
    (menus, tags, widget labels, tickers). Lines above that UI line may be
    the story's own last list; a line that ends like a clause, runs on into
    the next line, stands above a sentence (a subheading, a name over a
    comment) or above a photo credit (a caption) stays, and so do the lines
    from a header's length above the place where text starts again."""
    lines, numbers = draft.lines, draft.numbers
    page = _page_below(lines, body, rules)
    if page is None:
        return {}
    below = [i for i in body.nonblank if i >= page]
    # Where text starts again (two long sentences in a row: the next story
    # of a merged page, a long comment), the page is not only furniture:
    # the lines from a header's length above it stay.
    long = body.paragraphs
    again = next(
        (k for k in range(len(below) - 1) if below[k] in long and below[k + 1] in long), None
    )
    stop = len(below) if again is None else again - _HEADER_LINES
    if again is not None:
        # A few lines between the last UI line and the text there are the
        # story's too (a table, a list, a subheading) or the next story's
        # header: a box inside the article ("Read also", two links) ends there.
        last = max((k for k in range(again) if below[k] in rules), default=0)
        if again - last <= _BACK_TO_TEXT:
            stop = min(stop, last)
    found: dict[int, str] = {}
    for k in range(stop):
        i = below[k]
        s = lines[i].strip()
        if (
            i in rules
            or _width(s) > _SHORT_LINE
            or s.endswith(CLAUSE_ENDS)
            or _sentence(s)
            or credit_only(s, config)  # a photo's credit, under its caption
        ):
            continue
        # A subheading over its paragraph, a caption over its credit; not a
        # teaser's time stamp over its summary.
        after = lines[below[k + 1]] if k + 1 < len(below) and below[k + 1] not in rules else ""
        if after and (_sentence(after) or credit_only(after, config)) and not date_line(s):
            continue
        if not continued(lines, numbers, i):
            found[i] = "page_below_the_article"
    return found


_SHORT_LINE: Final = 80  # columns
_BACK_TO_TEXT: Final = 12  # non-blank lines from a box inside the article back to its text


def _above_the_article(
    draft: Draft, body: _Body, rules: dict[int, str], config: Config
) -> dict[int, str]:
    """Short lines of the page above the article: above the header (the
    last lines before the text: title, byline, date, captions, share bar)
    and above the last UI line there, a line of one to three words as short
    as a menu item is the page's (menus, login and weather widgets, tags),
    in any language, numbers or not. The first line (the title's place in a
    scraper's file) stays, and so do a longer line (the article's headline
    may stand far above its text), a byline, a line with a year or a clock
    time (its date), a line ending like a clause, a hard-wrapped line and a
    caption over its credit."""
    if body.text_start is None:
        return {}
    lines, numbers = draft.lines, draft.numbers
    above = [i for i in body.nonblank[1:] if i < body.text_start][:-_HEADER_ABOVE]
    last = next((k for k in range(len(above) - 1, -1, -1) if above[k] in rules), None)
    if last is None:
        return {}
    found: dict[int, str] = {}
    listed = _colon_lists(lines, body.nonblank)
    for k in range(last):
        i = above[k]
        s = lines[i].strip()
        if (
            i in rules
            or i in listed
            # A headline, in any script: the article's own may stand far above it.
            or s.count(" ") >= 3
            or _width(s) > _MENU_WIDTH
            or s.endswith(CLAUSE_ENDS)
            or _sentence(s)
            or credit_only(s, config)
            or credit_only(lines[above[k + 1]], config)
            or continued(lines, numbers, i)
            # The article's own header may stand there: its byline and date.
            or _credit_line(s) is not None
            or _YEAR.search(s) is not None  # a date in any language
            or _CLOCK.fullmatch(s) is not None
        ):
            continue
        found[i] = "page_above_the_article"
    return found


_HEADER_ABOVE: Final = 12  # lines above the text kept for its header
_CLOCK: Final = regex.compile(_TIME, regex.IGNORECASE)


def clock_line(line: str) -> bool:
    """Whether the line is only a time of day ("13:25", "6.05pm"): a live
    blog's entry time, never a title.

    >>> clock_line(" 6.05pm"), clock_line("6.05pm: Highway closed")
    (True, False)
    """
    return _CLOCK.fullmatch(line.strip()) is not None


_HEADER_LINES: Final = 5  # title, byline, date, share bar, caption


def _headline_lists(
    lines: Sequence[str], body: _Body, rules: dict[int, str], config: Config
) -> dict[int, str]:
    """Lists of other stories' headlines below the article, with or without
    a label in a language cleanse knows ("More Must-Reads From TIME", "Lo +
    visto"): four headlines or more one below the other, below the page's
    first UI line after the text (see :func:`_page_below`). A list the text
    introduces ("Centres still open:"), a caption with its credit or a run
    of scores is no such list, and above that UI line a list may be the
    story's own (survivors, a timeline, tips). UI lines already found may
    stand between the headlines."""
    page = _page_below(lines, body, rules)
    if page is None:
        return {}
    pos = [i for i in body.nonblank if i >= page]
    found: dict[int, str] = {}
    run: list[int] = []
    for k, i in enumerate([*pos, -1]):  # -1 ends the last run
        if i >= 0 and (i in rules or _listed_headline(lines[i], config)):
            run.append(i)
            continue
        items = [j for j in run if j not in rules]
        before = pos[k - len(run) - 1] if k > len(run) else page
        if (
            len(items) >= _HEADLINE_LIST
            and not lines[before].rstrip().endswith(":")
            and not all(_DIGIT.search(lines[j]) for j in items)
            # a headline over its source and date is a digest's next item
            and not any(_dated_credit(lines[j]) for j in items)
        ):
            found.update((j, "headline_list") for j in items)
            # Its label, a few words above it ("Popular Posts", "Latest News").
            if before > page and before not in rules and _tag_item(lines[before]):
                found[before] = "headline_list"
        run = []
    return found


_HEADLINE_LIST: Final = 4


def _dated_credit(line: str) -> bool:
    """A source or a byline with a date, as a feed's item prints under its
    headline: "El Heraldo del Tarrén · 15.10.2025, 08:20"."""
    if _DIGIT.search(line) is None or len(line) > _LONGEST_CREDIT_LINE:
        return False
    credit = _credit_line(line)
    return credit is not None and bool(credit[0]) and bool(credit[1])


_RANKED: Final = regex.compile(r"(\d{1,2})[.)]?\s+(\S.*)")
_RANKED_LIST: Final = 5  # ranked headlines in a row, counting up from 1
_NUMBERS: Final = regex.compile(r"\d+(?:[.,:]\d+)*")


def _ranked_lists(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """Ranked lists of other stories below the article ("1 Bridge to close
    ...", "2 Fares rise ...", up to "10"): five items or more counting up
    from 1, each a headline of three words or more besides at most two
    numbers, not all of them with a number. A league table's rows are
    names and numbers; a ranked list inside the text (a story's own top
    ten) is above its last run of paragraphs and stays."""
    if body.text_end is None:
        return {}
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []  # (line, item) of the list so far

    def headline(item: str) -> bool:
        numbers = len(_NUMBERS.findall(item))
        return numbers <= 2 and item.count(" ") + 1 - numbers >= 3

    below = [i for i in body.nonblank if i > body.text_end]
    for k, i in enumerate([*below, -1]):  # -1 ends the last run
        m = _RANKED.fullmatch(lines[i].strip()) if i >= 0 else None
        item = m.group(2) if m is not None else ""
        rank = int(m.group(1)) if m is not None and headline(item) else 0
        if rank == 1:
            # The text's own list follows a sentence that introduces it ("Its
            # six tips are these."); a box of other stories, a label or a menu.
            above = lines[below[k - 1]] if k > 0 else lines[body.text_end]
            if above.rstrip().endswith((*_SENTENCE_ENDS, ":")):
                rank = 0
        if rank and rank == len(run) + 1:
            run.append((i, item))
            continue
        # A table's rows each hold a number of their own ("61 Punkte").
        if len(run) >= _RANKED_LIST and not all(_DIGIT.search(item) for _, item in run):
            found.update((j, "headline_list") for j, _ in run if j not in rules)
        run = [(i, item)] if rank == 1 else []
    return found


_MORE_FROM: Final = regex.compile(
    r"(?:more (?:from|in|on)|trending (?:on|in|at)|latest from|popular on|most read on"
    r"|mehr (?:aus|von|zum|zur)(?: dem| der)?|plus de|más de|mais de|altro da|więcej z)"
    r" [\w .'’&-]{1,40}",
    regex.IGNORECASE,
)


_TRUNCATED: Final = ("...", "…")
_TRUNCATED_RUN: Final = 4  # lines of a carousel of teasers, at least
_CUT_SHORT: Final = regex.compile(r"(?:\.\.\.|…)[ \t]*(?=\n|$)")
_TRUNCATED_TEASERS: Final = 3  # of them cut short with an ellipsis


def _truncated_teasers(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """A carousel of teasers outside the article's text: four headlines or
    more one below the other, three of them cut short with an ellipsis
    ("The iPhone is the ultimate parenting tool in Apple's latest...").
    A story's own list ends its items with stops, or cuts none short."""
    if len(_CUT_SHORT.findall("\n".join(lines))) < _TRUNCATED_TEASERS:
        return {}  # the common case, found in one scan
    inside = (
        range(body.text_start, body.text_end + 1)
        if body.text_start is not None and body.text_end is not None
        else range(0)
    )
    found: dict[int, str] = {}
    run: list[int] = []
    for i in [*range(len(lines)), -1]:  # -1 ends the last run
        s = lines[i].strip() if i >= 0 else ""
        teaser = (
            bool(s)
            # a headline ("iPhone classic ..." too); a poem's lines go on in lower case
            and not s.split(" ", 1)[0].islower()
            and i not in inside
            and len(s) <= _LONGEST_CREDIT_LINE
            and " " in s
            and (s.endswith(_TRUNCATED) or not s.endswith((".", "!", "?", ":", ";")))
        )
        if teaser:
            run.append(i)
            continue
        if len(run) >= _TRUNCATED_RUN and (
            sum(lines[j].rstrip().endswith(_TRUNCATED) for j in run) >= _TRUNCATED_TEASERS
        ):
            found.update((j, "headline_list") for j in run if j not in rules)
        if run:
            run = []
    return found


def _headline_lists_above(
    lines: Sequence[str], body: _Body, rules: dict[int, str], config: Config
) -> dict[int, str]:
    """A list of other stories above the article's text, under a label
    cleanse knows ("Top stories", "More from Real Simple"): four headlines
    or more. The article's own title may be in such a list and printed
    again below it: a line printed again stays, and so does a line with a
    byline or a date under it (the title of the article, or of a teaser
    with its credit)."""
    if body.text_start is None:
        return {}
    top = [i for i in body.nonblank if i < body.text_start]
    headed = _Headed(lines, body.nonblank)
    found: dict[int, str] = {}
    k = 0
    while k < len(top):
        label = lines[top[k]]
        key = _ui_key(label).rstrip(" .:…")
        if len(label) > _LONGEST_UI or not (key in _HEADLINE_LABELS or _MORE_FROM.fullmatch(key)):
            k += 1
            continue
        run: list[int] = []
        m = k + 1
        while m < len(top):
            i = top[m]
            line = lines[i]
            nxt = lines[top[m + 1]] if m + 1 < len(top) else lines[body.text_start]
            if i not in rules and not (
                _listed_headline(line.rstrip().rstrip("?"), config)  # a headline may ask
                or line.rstrip().endswith(("...", "…"))
            ):
                break
            if _credits(nxt):
                break  # a headline over its byline: the article's own, or a teaser's
            run.append(i)
            m += 1
        items = [i for i in run if i not in rules and not headed.elsewhere(i)]
        if len(items) >= _HEADLINE_LIST:
            found.update((i, "headline_list") for i in items)
            found[top[k]] = "headline_list"
        k = m
    return found


# A line that is one link and nothing else, maybe a list item: a text
# browser's "[12]Label", Markdown's "[Label](url)", a reference "[Label][3]",
# a bare address (a text browser's numbered list of the page's links).
_LINK_ITEM: Final = regex.compile(
    r"(?:[*+•-]\s+|\d{1,4}[.)]\s+)?"
    r"(?:\[\d{1,4}\][^\[\]]{1,80}|\[[^\[\]]{1,80}\]\([^()\s]{1,300}\)"
    r"|\[[^\[\]]{1,80}\]\[\d{1,4}\]|(?:https?|ftp|mailto):\S{1,300})"
)


_PAGER_NUMBERS: Final = 3
_COMMENTS: Final = 2  # readers' comments under a comments label, at least
_COMMENT_LINES: Final = 4  # lines of one comment's text, at most
_COMMENTER: Final = regex.compile(
    r"[^\s!?:]{1,30}(?: [^\s!?:]{1,30}){0,3}"
    r"(?: (?:says|said|schreibt|dice|disse|écrit|zegt):)?"
)
# A comment's header: "Karl M. schrieb am 12.06.2025 um 18:30:", "Ana wrote on 3 May:".
_WROTE: Final = regex.compile(
    r"[^\s!?:]{1,30}(?: [^\s!?:]{1,30}){0,3} (?:wrote|writes|schrieb|a écrit|escribió|escreveu"
    r"|ha scritto|scrisse|schreef|napisał|napisała|yazdı)(?: (?:on|am|le|el|em|il|op|dnia))?"
    r".{0,40}:",
    regex.IGNORECASE,
)
_COMMENT_TIME: Final = regex.compile(
    r"(?:.{1,30} )?(?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", regex.I
)
# The number in a comments label: "3 comments", "Kommentare (2)", "Komentar (1)".
_COMMENT_COUNT: Final = regex.compile(r"\d{1,3}")
_LONGEST_COMMENT: Final = 400  # characters of one line of a comment
_TRAILING_EMOJI: Final = regex.compile(r"[\p{So}\p{Sk}\ufe0f\u200d\s]+$")


def _comments_label(line: str, rule: str | None) -> int | None:
    """If ``line`` labels a comments section ("Comments", "3 comentarios",
    "Kommentare (2)"), how many comments it counts (0 when it says not);
    else None."""
    if rule is None and len(line) > _LONGEST_UI:
        return None  # the common case: a line of text
    key = _ui_key(line)
    # "3 comments" is a counter; a counter of comments is their label.
    counter = rule == "gallery_counter" and "comment" in key
    if rule != "comment_prompt" and _UI_RULES.get(key) != "comment_prompt" and not counter:
        return None
    if len(key) > _LONGEST_UI:
        return 0  # a prompt ("Sign in to leave a comment") is no label
    numbers = _COMMENT_COUNT.findall(key)
    return int(numbers[0]) if len(numbers) == 1 else 0


def _comment_text(lines: Sequence[str], text: Sequence[int], t: int) -> bool:
    """Whether ``lines[text[t]]`` is a comment's text: a sentence, or a
    long line hard-wrapped into the next one ("... supposed to" / "do
    their homework now?")."""
    line = lines[text[t]]
    if _sentence(line) or _sentence(_TRAILING_EMOJI.sub("", line)):
        return True  # "Die vrije trap van Thijs!! 👏"
    after = lines[text[t + 1]].lstrip() if t + 1 < len(text) else ""
    return _width(line) >= _PARAGRAPH and after[:1].islower()


def _over_controls(
    lines: Sequence[str], after: Sequence[int], i: int, rules: dict[int, str]
) -> bool:
    """Whether line ``i`` (of three words or more) stands right over a
    comment's row of controls ("Reply Like (5)")."""
    k = after.index(i)
    if k + 1 >= len(after) or lines[i].count(" ") < 2:
        return False
    below = after[k + 1]
    return (
        rules.get(below) == "comment_prompt"
        and _COMMENT_CONTROLS.fullmatch(lines[below].strip()) is not None
    )


def _reader_comments(
    lines: Sequence[str], body: _Body, rules: dict[int, str], raw: dict[int, str]
) -> dict[int, str]:
    """Readers' comments under a comments label below the start of the
    article's text ("Comments", "3 thoughts on “...”"): each a name (maybe "... says:",
    "... wrote on 12 May:"), maybe a time, then a few lines of text; two
    comments or more, or as many as the label counts ("Kommentare (1)").
    The text of a comment is sentences, which the other rules keep; here
    the label and the names say whose they are. A line that breaks the
    pattern ends the comments (the rest is left to the other rules). Where
    the names are gone (an extractor kept only the text), the lines under a
    label that counts N comments are they when there are N of them, short,
    down to the page's end or its next UI line."""
    # The text's start, or its third long sentence where no three run (a
    # short story broken by subheads and lists): a share row's "Comments
    # (2)" under the dek labels no comments.
    start = body.text_start
    if start is None:
        if len(body.paragraphs) < _TEXT_RUN:
            return {}
        start = sorted(body.paragraphs)[_TEXT_RUN - 1]
    # The text's end may have been drawn after the comments (they are long
    # sentences too): the label is looked for anywhere after its start.
    after = [i for i in body.nonblank if i > start]
    k, count = next(
        (
            (k, n)
            for k, i in enumerate(after)
            if (n := _comments_label(lines[i], rules.get(i) or raw.get(i))) is not None
        ),
        (None, None),
    )
    if k is None or count is None:
        return {}
    found: dict[int, str] = {}
    comments = 0
    m = k + 1
    own: list[int] = []  # the section's notices the other rules left: "All tributes are moderated."
    while m < len(after) and (
        (after[m] in rules and rules[after[m]] != "source_and_age")  # not a name and its age
        or (
            _MODERATION.search(lines[after[m]])
            and _sentence(lines[after[m]])
            and not _REPORTED.search(lines[after[m]])  # "..., betont der Chefredakteur."
        )
    ):
        if after[m] not in rules:
            own.append(after[m])
        m += 1  # the section's own lines: "Comments are moderated."
    # A comment with its name on its line only in a section with its own UI
    # (a count, a sign-in prompt, a moderation notice): under a "Comments"
    # subheading alone, "user_1: ..." lines are a story's quotes of a forum.
    prompted = bool(count) or m > k + 1
    while m < len(after):
        if prompted and after[m] not in rules and _inline_comment(lines[after[m]]) is not None:
            # a name and the comment on one line: "estrelense_roxo — QUE JOGO!!!",
            # "**BillyT** Who?", "Kevin R.: Roads are slick."
            found[after[m]] = "reader_comment"
            comments += 1
            m += 1
            continue
        n = _commenter_at(lines, after, m, rules, bool(count))
        if n is None and comments == 0 and _comment_text(lines, after, m):
            # The first comment's name lost by the extractor: its text, then
            # the next comment's name and time.
            below = _commenter_at(lines, after, m + 1, rules, bool(count))
            if below is not None and below == m + 3:
                comments += 1
                found[after[m]] = "reader_comment"
                m += 1
                continue
        if n is None:
            break
        text = [j for j in after[n : n + _COMMENT_LINES] if j not in rules]
        said = next((t for t, j in enumerate(text) if not _comment_text(lines, text, t)), len(text))
        if said == 0 and text and _over_controls(lines, after, text[0], raw):
            said = 1  # a comment without a stop, over its "Reply Like (5)"
        if said == 0:
            break
        comments += 1
        found.update((j, "reader_comment") for j in after[m:n] + text[:said])
        m = n + said
        while m < len(after) and (
            (after[m] in rules and rules[after[m]] != "source_and_age")
            or after[m] in raw
            or _REACTION_COUNTS.fullmatch(lines[after[m]].strip()) is not None
        ):  # "Reply", "Like", "共感した 412 なるほど 35 うーん 6"
            if after[m] not in rules:
                found[after[m]] = raw.get(after[m], "comment_prompt")  # the comment's controls
            m += 1
    if comments == 0 and count:
        # No names: the label's count of lines, then the page's end or a UI line.
        unnamed = after[k + 1 : k + 1 + count]
        end = k + 1 + count
        if (
            len(unnamed) == count
            and all(
                j not in rules and _sentence(lines[j]) and len(lines[j]) <= _LONGEST_COMMENT
                for j in unnamed
            )
            and (end == len(after) or after[end] in rules)
        ):
            found.update((j, "reader_comment") for j in unnamed)
            comments = count
    if comments < min(_COMMENTS, count or _COMMENTS):
        return {}
    found[after[k]] = "comment_prompt"
    found.update((j, "comment_prompt") for j in own)
    return found


def _commenter_at(
    lines: Sequence[str], after: Sequence[int], m: int, rules: dict[int, str], counted: bool
) -> int | None:
    """If ``lines[after[m]]`` is a comment's name line (with its time on it
    or on the next line), where the comment's text starts (an index into
    ``after``); else None. A name in bold or with its time beside it only
    under a label that counts the comments (``counted``): a story quotes
    people with the time they spoke under a "Reactions" subheading too."""
    if m >= len(after):
        return None
    name = lines[after[m]].strip()
    # "Gerrit W. schreef op 10 maart 2024 om 18:22:": a header, time and all
    header = name.endswith(":") and _WROTE.fullmatch(name) is not None
    # "budi_s · 2 jam lalu": a name and the comment's age on one line
    name = _CREDIT_SEPARATORS.split(name)[0] if "·" in name or "|" in name else name
    if " – " in name or " - " in name:
        who, _, when = name.replace(" - ", " – ").partition(" – ")
        if date_line(when) or _AGO.fullmatch(when.strip()):
            name = who  # "Achieng O. – 15 July 2024": a tribute's name and date
    if counted:
        # "**Nguyễn Thị Hằng** 2 giờ trước": a name in bold, its age after it
        ago = _AGO.search(name, 1)
        if ago is not None and ago.end() == len(name):
            name = name[: ago.start()].rstrip()
        name = name.strip("*_") if name[:1] in "*_" else name
        name = _commenter(name)  # "Сергей_В 15.11.2023 14:02": the time beside the name
    wrote = header or _WROTE.fullmatch(name) is not None
    initial = name[-2:-1].isupper() and name.endswith(".") and name[-3:-2] == " "  # "Achieng O."
    if not wrote and (
        not _COMMENTER.fullmatch(name) or (_sentence(name) and not initial) or ", " in name
    ):
        return None  # "Carmen Ruiz, comerciante": a person the story quotes
    if after[m] in rules and rules[after[m]] not in _NAME_RULES:
        return None
    n = m + 1
    if n < len(after):
        time = lines[after[n]].strip()
        if date_line(time) or _COMMENT_TIME.fullmatch(time) or _AGO.fullmatch(time):
            n += 1
    return n


# A comment's reactions with their counts, under it: "共感した 412　なるほど 35　うーん 6",
# "Like 12 Dislike 3" (read only under a comment: a table's row looks the same).
_REACTION_COUNTS: Final = regex.compile(
    r"(?:[^\d\s]{1,12}\s*\d{1,6}[\s\u3000]+){1,5}[^\d\s]{1,12}\s*\d{1,6}"
)


def _inline_comment(line: str) -> str | None:
    """The name of a comment written on one line with its name before it
    ("estrelense_roxo — QUE JOGO!!!", "**BillyT** Who?", "Kevin R.: Roads
    are slick."), or None."""
    s = line.strip()
    if len(s) > _LONGEST_COMMENT or (m := _INLINE_COMMENT.fullmatch(s)) is None:
        return None
    name = (m.group("bold") or m.group("name") or "").strip()
    if m.group("colon") and not _handle(name):
        return None  # "Maria Lopez: I think ..." quotes a person; "bryn_w: ..." is a user
    said = m.group("said").strip()
    if not _COMMENTER.fullmatch(name) or name.count(" ") > 3 or not any(c.isalpha() for c in said):
        return None
    stamp = said.casefold()
    if date_line(said) or _AGO.fullmatch(stamp) or _COMMENT_TIME.fullmatch(said):
        return None  # the name and the comment's time: its text is under it
    return name


_INLINE_COMMENT: Final = regex.compile(
    r"(?:\*\*(?P<bold>[^*]{1,30})\*\*\s+|(?P<name>[^\s:—–][^:—–]{0,29}?)\s*(?:(?P<colon>:)|—|–)\s+)"
    r"(?P<said>\S.*)"
)


def _commenter(line: str) -> str:
    """A comment's name line without the time beside it: "Karhufani77
    12.10. 22:11" is "Karhufani77"."""
    words = line.split()
    while len(words) > 1 and _STAMP_WORD.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


_STAMP_WORD: Final = regex.compile(r"\d[\d.:/-]*\.?|[ap]\.?m\.?|klo|kl\.|um|at|o")


def _handle(name: str) -> bool:
    """A user name as sites print them: one word with "_" or a digit in it
    ("Bryn_W", "hasklass62", "dorrance_dad")."""
    return (
        " " not in name
        and 2 < len(name) <= _HANDLE
        and ("_" in name or any(c.isdigit() for c in name))
        and not name.isdigit()
        and any(c.isalpha() for c in name)
    )


def _unlabelled_comments(
    lines: Sequence[str], body: _Body, rules: dict[int, str]
) -> dict[int, str]:
    """Readers' comments with no label over them (an extractor dropped it),
    below the start of the text, down to the page's end or a UI line: a name
    over each comment's sentences, or "name: comment" on one line, where
    user names ("Bryn_W", "farmgirl_1977") say whose they are: two of them
    at least. People quoted in a story have names, not user names."""
    if body.text_start is None:
        return {}
    after = [i for i in body.nonblank if i > body.text_start]
    found: dict[int, str] = {}
    m = 0
    while m < len(after):
        run: list[int] = []
        handles = comments = 0
        n = m
        while n < len(after) and after[n] not in rules:
            s = lines[after[n]].strip()
            named = ": " in s[: _HANDLE + 2]  # "Kevin R.: Pike Hollow roads are slick."
            if len(s) > (_LONGEST_COMMENT if named else _HANDLE * 2):
                break  # the common case: a paragraph of the text
            head, colon, said = s.partition(": ") if named else (s, "", "")
            if colon and _COMMENTER.fullmatch(head) and _sentence(said):
                run.append(after[n])  # "Kevin R.: Pike Hollow roads are slick."
                handles += _handle(head)
                comments += 1
                n += 1
                continue
            if _sentence(s):
                break  # no name: a line of text
            who, stamped = _stamped_name(s)
            if who.count(" ") > 3 or not _COMMENTER.fullmatch(who):
                break
            # The comment's time under the name: "11.06.2024 στις 20:04".
            k = n + 1
            if not stamped and k < len(after) and after[k] not in rules:
                when = lines[after[k]].strip()
                stamped = date_line(when) or _COMMENT_TIME.fullmatch(when) is not None
                k += stamped
            said_lines = 0
            for j in after[k : k + _COMMENT_LINES]:
                if j in rules or not _sentence(lines[j]) or len(lines[j]) > _LONGEST_COMMENT:
                    break
                said_lines += 1
            if said_lines == 0:
                break
            run.extend(after[n : k + said_lines])
            # A user name, or a name with the time it wrote: a reader's.
            handles += _handle(who) or stamped
            comments += 1
            n = k + said_lines
        to_the_end = n == len(after) or after[n] in rules
        # Under a UI line (a sign-up prompt, a copyright line): a vox pop
        # that the story introduces has text above it.
        above = _above(body.nonblank, run[0]) if run else None
        under_ui = bool(run) and (above is None or above in rules)
        if comments >= _COMMENTS and handles >= _COMMENTS and to_the_end and under_ui:
            found.update((i, "reader_comment") for i in run)
        m = max(n, m + 1)
    return found


_HANDLE: Final = 30  # characters of a user name


def _stamped_name(line: str) -> tuple[str, bool]:
    """A comment's name line without the time beside it, and whether it had
    one: "Karhufani77 12.10. 22:11", "שירה, 18.08.2024", "Reza Tehrani - 14
    August 2024" (a name, then the date)."""
    for sep in (", ", " – ", " - ", " · "):
        who, found, when = line.partition(sep)
        if found and date_line(when.strip()):
            return who.strip(), True
    who = _commenter(line)
    return who, False


# Rules that may have taken a commenter's name already (a short line).
_NAME_RULES: Final = frozenset(
    (
        "navigation",
        "page_below_the_article",
        "page_above_the_article",
        "headline_list",
        "source_and_age",  # "EastfoldDave 2 hours ago"
    )
)


def _subscribe_boxes(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """A sign-up box below the article's text: its pitch ("The week's most
    important environment stories, every Thursday.") over its button or
    form ("Sign up", "Enter your email"), under its heading ("Newsletter
    Sciences", "Stay informed") or another UI line. A story's last
    paragraph is inside the text and stays; so does a line that reports
    what someone said. (Above the text, a byline and a date stand over a
    "Subscribe" button.)"""
    pos = body.nonblank
    start, end = body.text_start, body.text_end
    if start is None or end is None:
        return {}  # no run of text to tell the story from the page

    def loose(i: int) -> bool:
        return i not in rules and i > end

    found: dict[int, str] = {}
    for k in range(2, len(pos)):
        head, pitch = pos[k - 2], pos[k - 1]
        # the box's button, or a text browser's e-mail field and button under
        # a pitch that asks for an address: "_______ (BUTTON) Quero receber"
        form = (
            lines[pos[k]].lstrip()[:5] == "_____"
            and _FORM_ROW.fullmatch(lines[pos[k]].strip()) is not None
            and _MAIL_WORD.search(lines[pitch]) is not None
        )
        if rules.get(pos[k]) != "subscribe_prompt" and not form:
            continue
        s = lines[pitch].strip()
        h = markdown_words(lines[head]).strip()
        # A pitch that reads like a paragraph counts as the text's last one:
        # the box's heading names a newsletter there.
        boxed = pitch == end and (
            rules.get(head) == "subscribe_prompt"
            or (head not in rules and _NEWSLETTER.search(h) is not None)
        )
        if (
            not (loose(pitch) or boxed)
            or len(s) > _PITCH
            or s.count(" ") < 3
            or _REPORTED.search(s) is not None
            or date_line(s)
        ):
            continue
        heading = (
            (loose(head) or (boxed and head > start))
            and h.count(" ") < _HEADING_WORDS
            and not h.endswith((".", "!", "?", ":", ","))
            and not _sentence(h)
            and not date_line(h)
            and not byline_line(h)
        )
        if heading or head in rules:
            found[pitch] = "subscribe_prompt"
            if heading:
                found[head] = "subscribe_prompt"
    return found


_FORM_ROW: Final = regex.compile(
    r"_{5,}\s*(?:\((?:BUTTON|SUBMIT)\)\s*[\p{L}][\p{L} ]{0,30}|\[[^\]]{1,30}\])?"
)
_MAIL_WORD: Final = regex.compile(
    r"(?i:e-?mail|correo|courriel|inbox|postfach|skrzynk|caixa de entrada|newsletter|boletín)"
)
# A temperature: "34°", "14°C", "-3 °F".
_TEMPERATURE: Final = regex.compile(r"-?\d{1,2}\s?°[CF]?")
_WEATHER_LABEL: Final = regex.compile(
    r"\**(?:weather|wetter|météo|meteo|el tiempo|tempo|pogoda|počasí|väder|weer|cuaca|hava)"
    r"\**\s*:",
    regex.IGNORECASE,
)
_WIDGET: Final = 100  # characters of a widget's line


def _weather_widgets(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """A weather widget's line outside the article's text: a place and its
    temperature ("Millbrook 34° Cloudy", "Zalesie: 14°C, zachmurzenie
    umiarkowane | Jakość powietrza: dobra"). A story's sentence about the
    heat ends like one and stands in the text. (A forecast under a weather
    label is UI anywhere: see :func:`ui_rule`.)"""
    start, end = body.text_start, body.text_end
    found: dict[int, str] = {}
    for i in body.nonblank:
        s = lines[i].strip()
        if i in rules or len(s) > _WIDGET or "°" not in s or _TEMPERATURE.search(s) is None:
            continue
        if i == body.nonblank[0] and _clause_words(s) >= _WORDS_OF_A_CLAUSE:
            continue  # the title's place: "Hedgerows cool city streets by up to 3°C, study finds"
        if start is not None and end is not None and start <= i <= end:
            continue
        k = bisect_left(body.nonblank, i)
        near = [body.nonblank[m] for m in (k - 1, k + 1) if 0 <= m < len(body.nonblank)]
        if any("°" in lines[j] and _TEMPERATURE.search(lines[j]) for j in near):
            continue  # a list of readings (a story's record temperatures)
        if not s.endswith((".", "!", "?")):
            found[i] = "weather_widget"
    return found


_WORDS_OF_A_CLAUSE: Final = 4  # lower-case words that make a line a headline's clause


def _clause_words(line: str) -> int:
    """How many words of four letters or more in lower case a line has."""
    return sum(len(w) >= 4 and w.isalpha() and w.islower() for w in line.split())


# A link to the site's home page: the logo's "[Name](https://site.example/)".
_HOME_LINK: Final = regex.compile(r"\]\((?:https?://[^/()\s]+)?/?\)$")
# "News" in a site's tagline, in the sites' languages.
_NEWS_WORD: Final = regex.compile(
    r"\b(?:news|nachrichten|nouvelles|actualités?|noticias|notícias|notizie|nieuws|nyheter"
    r"|nyheder|wiadomości|informacje|zprávy|habari|berita|haberler|новости|новини)\b",
    regex.IGNORECASE,
)
_TAGLINE_WORDS: Final = 12
_TOP_LINES: Final = 5  # non-blank lines at the top of a page where its name and tagline stand


def _tagline(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """A site's or a feed's tagline under its name at the top of the page
    ("Le Courrier" / "Nouvelles du Haut-Doubs depuis 1904", "County news
    from Nakuru, Baringo and beyond"): a short line about news, no sentence,
    under a short name, above the article's text; not a title with its
    byline or date under it."""
    if body.text_start is None:
        return {}
    top = [i for i in body.nonblank[:_TOP_LINES] if i < body.text_start]
    found: dict[int, str] = {}
    for k in range(1, len(top)):
        i, name = top[k], lines[top[k - 1]].strip()
        s = lines[i].strip()
        if (
            i in rules
            or s.count(" ") >= _TAGLINE_WORDS
            or s.endswith((".", "!", "?", ":"))
            or "://" in s
            or _NEWS_WORD.search(s) is None
            or name.count(" ") >= _LONGEST_SITE_NAME
            or name.endswith((".", "!", "?", ":", ","))
        ):
            continue
        if top[k - 1] != top[0] and top[k - 1] not in rules and not _HOME_LINK.search(name):
            continue  # under a kicker, a headline: the page's name is its first line, UI or a logo
        under = [j for j in body.nonblank if j > i][:2]
        if any(_credits(lines[j]) for j in under) or (under and _sentence(lines[under[0]])):
            continue  # a title (or a dek) over its byline or its text
        found[i] = "site_tagline"
    return found


# A sponsor's label at a paragraph's start, set off in bold or italics:
# "_Supported by Wrenfield Building Society_ Saving for your first home?"
_SPONSOR_OPENING: Final = regex.compile(
    r"\s*(?:\*\*|__|[_*])(?i:(?:supported|sponsored|presented|brought to you|powered) by)"
    r" [^_*\n]{1,60}(?:\*\*|__|[_*])"
)
# An ad's call to action, as a link: "[Find out more](https://...)".
_AD_CALLS: Final = (
    "find out more; learn more; shop now; book now; book today; get a quote; apply now; mehr "
    "erfahren; jetzt buchen; en savoir plus; boka tid; läs mer; saiba mais; scopri di più; más "
    "información"
).split("; ")
_AD_CALL: Final = regex.compile(
    r"\[(?i:" + "|".join(map(regex.escape, _AD_CALLS)) + r")\b[^\]]{0,30}"
)
_AD_LINES: Final = 4  # lines of an ad's paragraph, at most


def _ad_blocks(draft: Draft, rules: dict[int, str]) -> dict[int, str]:
    """An ad printed as a paragraph: one that opens with a sponsor's label
    in bold or italics, or one under an ad label ("SPONSORED") that ends
    with a link calling to buy or book ("[Find out more](...)"). A story's
    paragraph after an ad label has no such link and stays."""
    lines = draft.lines
    labels = {
        e.line
        for e in draft.edits
        if e.kind == "removed" and _UI_RULES.get(_ui_key(e.text)) == "ad_label"
    }
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not line.strip() or i in rules or (i > 0 and lines[i - 1].strip()):
            continue  # a paragraph's first line only
        opening = line.lstrip()[:1] in ("_", "*") and _SPONSOR_OPENING.match(line)
        above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        after_label = (above is not None and rules.get(above) == "ad_label") or (
            draft.numbers[i] - 2 in labels or draft.numbers[i] - 1 in labels
        )
        if not opening and not after_label:
            continue  # the common case: a paragraph of the text
        block = []
        for j in range(i, min(i + _AD_LINES, len(lines))):
            if not lines[j].strip():
                break
            block.append(j)
        if len(block) == _AD_LINES and block[-1] + 1 < len(lines) and lines[block[-1] + 1].strip():
            continue  # a longer paragraph: text
        if opening:
            found.update((j, "ad_label") for j in block if j not in rules)
            continue
        # The call may be a paragraph of its own: "[Find out more](#)".
        nxt = block[-1] + 2
        if nxt < len(lines) and not lines[nxt - 1].strip() and _AD_CALL.match(lines[nxt].strip()):
            block.append(nxt)
        sold = any(("**" in lines[j] or _PRICE.search(lines[j])) for j in block)
        if sold and any(_AD_CALL.search(lines[j]) for j in block):
            found.update((j, "ad_label") for j in block if j not in rules)
    return found


_PRICE: Final = regex.compile(r"[$€£]\s?\d|\d\s?[$€£%]")


# A newsletter's hello to its reader, in its languages.
_GREETING: Final = regex.compile(
    r"(?:good (?:morning|afternoon|evening)|hello|hi there|welcome to|god morgon|god kväll"
    r"|guten (?:morgen|abend|tag)|bonjour|bonsoir|buenos días|buenas tardes|bom dia|boa tarde"
    r"|buongiorno|buonasera|goedemorgen|goedenavond|dzień dobry|dobré ráno|selamat pagi"
    r"|habari za asubuhi)\b"
    r"[\w ]{0,40}[,.!:](?:\s|$)",
    regex.IGNORECASE,
)
_GREETING_LINES: Final = 4  # lines of a newsletter's greeting, at most
# What only an e-mail newsletter prints: "View this email in your browser",
# "Unsubscribe", "You are receiving this email because ...".
_EMAIL_SIGNS: Final = regex.compile(
    r"in (?:your )?browser|webbläsaren|im browser|en ligne|navegador|kivinjari|unsubscribe"
    r"|abmelden|désabonner|darse de baja|receiving this e-?mail|receiv(?:ed|ing) this newsletter"
    r"|di browser|berhenti berlangganan|anda menerima e-?mail ini",
    regex.IGNORECASE,
)


def _greeting(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """A newsletter's greeting above the first story's text ("Good morning.
    It's a busy one: ... Here's what you need to know.", "God morgon! ...")
    with the lines it runs on to (a signature: "/ Karin Ekdahl, nyhetschef"),
    or anywhere in a newsletter's header with no text, under its "View in
    browser"."""
    start = body.text_start if body.text_start is not None else len(lines)
    found: dict[int, str] = {}
    for i in body.nonblank[1:]:  # the first line is the title's place
        if i >= start:
            break
        if i in rules or _GREETING.match(lines[i].strip().strip("*_")) is None:
            continue
        if not _EMAIL_SIGNS.search(" ".join(lines)):
            break  # not a newsletter: a radio host's "Good morning!" is the story's
        j = i
        while (
            j < start
            and j - i < _GREETING_LINES
            and lines[j].strip()
            and j not in rules
            and not date_line(lines[j])
        ):
            found[j] = "newsletter_greeting"
            j += 1
        break
    return found


_PITCH: Final = 160  # characters of a sign-up box's pitch
_NEWSLETTER: Final = regex.compile(
    r"newsletter|nyhetsbrev|nieuwsbrief|infolettre|boletín|nyhedsbrev|uutiskirje|bülten"
    r"|рассылк|розсилк|\bsign up\b|\bbriefing\b|\bbulletin\b|\bdigest\b|butlletí",
    regex.IGNORECASE,
)
_HEADING_WORDS: Final = 6


def _pager(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """A pager's page numbers, one a line: three or more numbers in a row
    that count up by one ("1", "2", "3" ... between "<" and ">")."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i in [*body.nonblank, -1]:  # -1 ends the last run
        s = lines[i].strip() if i >= 0 else ""
        if s.isdecimal() and len(s) <= 3 and (not run or int(s) == int(lines[run[-1]]) + 1):
            run.append(i)
            continue
        if len(run) >= _PAGER_NUMBERS:
            found.update((j, "gallery_control") for j in run if j not in rules)
        run = [i] if s.isdecimal() and len(s) <= 3 else []
    return found


# A blog feed's footer, "The post TITLE appeared first on SITE.", as
# WordPress words it in the feed's language: its opening and its middle.
_FEED_FOOTER_OPENINGS: Final = frozenset(
    "the post; der beitrag; l’article; l'article; la entrada; o post; o artigo; l’articolo; "
    "l'articolo; het bericht; wpis; článek; inlägget; pos; сообщение".split("; ")
)
_FEED_FOOTER_MIDDLES: Final = frozenset(
    "appeared first on; erschien zuerst auf; est apparu en premier sur; se publicó primero en; "
    "apareceu primeiro em; foi publicado primeiro em; proviene da; verscheen eerst op; "
    "pojawił się po raz pierwszy w; se nejdříve objevil na; se poprvé objevil na; "
    "dök först upp på; muncul pertama kali di; появились сначала на".split("; ")
)


def _feed_footer_in_pieces(lines: Sequence[str], pos: Sequence[int]) -> dict[int, str]:
    """A blog feed's footer broken at its links, one piece a line: "The
    post" / TITLE / "appeared first on" / SITE / "." (get_text of a feed),
    in the feed's language ("Der Beitrag" / ... / "erschien zuerst auf")."""
    found: dict[int, str] = {}
    for k, i in enumerate(pos):
        if lines[i].strip().casefold() not in _FEED_FOOTER_OPENINGS:
            continue
        piece = [
            j for j in pos[k + 1 : k + 4] if lines[j].strip().casefold() in _FEED_FOOTER_MIDDLES
        ]
        if not piece:
            continue
        end = bisect_left(pos, piece[0]) + 1  # the site's name
        if end < len(pos) and len(lines[pos[end]]) <= _LONGEST_UI:
            if end + 1 < len(pos) and lines[pos[end + 1]].strip() == ".":
                end += 1
            found.update((j, "feed_footer") for j in pos[k : end + 1])
    return found


def _link_lists(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """Lists of links outside the article's text (above its first run of
    paragraphs or below its last): two or more lines, one below the other,
    that are each one link and nothing else (a menu, a list of related
    stories or tags, a footer's links), whatever their labels say. UI lines
    already found may stand between them. Inside the text, a list of links
    may be the story's own (its sources) and stays. Below the text, the
    list's label of a word or two goes with it ("References:", a text
    browser's heading over its list of addresses)."""
    if body.text_start is None or body.text_end is None:
        return {}
    found: dict[int, str] = {}
    run: list[int] = []
    links = 0
    before = -1  # the line above the run
    for i in [*body.nonblank, -1]:  # -1 ends the last run
        inside = body.text_start <= i <= body.text_end
        link = i >= 0 and ("[" in lines[i] or "://" in lines[i])  # cheap gate for the regex
        is_link = link and not inside and _LINK_ITEM.fullmatch(lines[i].strip()) is not None
        if i >= 0 and not inside and (i in rules or is_link):
            run.append(i)
            links += is_link
            continue
        if links >= 2:  # links already found to be UI count too ("[Email](mailto:...)")
            found.update((j, "link_list") for j in run if j not in rules)
            if before > body.text_end and before not in rules and _list_label(lines[before]):
                found[before] = "link_list"
        run, links, before = [], 0, i
    return found


def _list_label(line: str) -> bool:
    """A list's label: a word or two, maybe with a colon, no digit, no
    sentence ("References:", "Links", "Mehr zum Thema:")."""
    s = line.strip().rstrip(":").rstrip()
    return (
        0 < len(s) <= _LABEL_WIDTH
        and s.count(" ") <= 2
        and s[:1].isupper()
        and (not any(c.isdigit() for c in s) and not s.endswith(_SENTENCE_ENDS))
    )


_LABEL_WIDTH: Final = 30  # columns


def _listed_headline(line: str, config: Config) -> bool:
    """A headline in a list of links: three words or more, not a question
    ("What happens next?" heads a section), a byline or a photo credit."""
    s = line.strip()
    return (
        s.count(" ") >= 2
        and not s.endswith("?")
        and _headline_item(s, config)
        and not byline_line(s)
        and _PHOTO_CREDIT.search(s) is None
        and not credit_only(s, config)
    )


_PHOTO_CREDIT: Final = regex.compile(
    r"(?i:\((?:photo|foto|image|picture)s?\b|\b(?:photo|foto|image|picture)s?\s*(?:by\b|:))"
    r"|©\s*\p{Lu}"
)  # menu items above the first sentence, whatever their words


def _in_table(lines: Sequence[str], i: int) -> bool:
    """Whether the row at ``i`` has a neighbour split into as many cells: a
    table ("Ward | Winner | Votes" above "North | Dana Whitfield | 1,204")."""
    cells = len(_ROW_SEPARATORS.split(lines[i].strip()))
    return cells > 1 and any(
        0 <= j < len(lines) and len(_ROW_SEPARATORS.split(lines[j].strip())) == cells
        for j in (i - 1, i + 1)
    )


def _menu_word(line: str, config: Config) -> bool:
    """A menu entry by its words: a section name, or menu words only."""
    key = " ".join(line.split()).casefold()
    if key in config.section_set or key in _NAV_WORDS or key in _UI_RULES:
        return True
    return all(w in _NAV_WORDS or w in _MENU_GLUE for w in key.replace("&", " ").split())


def _width(s: str) -> int:
    """How wide ``s`` prints: a Chinese or Japanese character takes two
    columns, so a 24-character headline is not a short menu item."""
    if s.isascii() or max(s) < "\u1100":  # no wide character below U+1100
        return len(s)
    return len(s) + len(_WIDE.findall(s))


_WIDE: Final = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")


_MENU_GLUE: Final = frozenset(("and", "&", "of", "the", "us", "with", "about", "contact", "more"))


def _menu_item(line: str) -> bool:
    """A menu item on its own line: one to three words, no sentence, no list
    bullet, no number but a rank."""
    s = line.strip()
    if (
        not s
        or len(s) > _MENU_WIDTH
        or s.count(" ") > 2
        or s.endswith((".", "!", "?", ",", ";", ":", '"', "”", "“", "’", "'"))  # a quote
    ):
        return False
    if _width(s) > _MENU_WIDTH:
        return False
    if s.startswith(("- ", "* ", "• ")):
        return False
    return not any(c.isdigit() for c in s) or (s.isdigit() and len(s) <= 2)


_EXPORT_OWN: Final = regex.compile(
    r"(?:load-date|job number|client/matter|search terms|search type|document-type"
    r"|publication-type|length:\s*\d[\d,]*\s+words)",
    regex.IGNORECASE,
)


def _export_fields(lines: Sequence[str], rules: dict[int, str]) -> dict[int, str]:
    """Export field lines, where the file has three of them or more."""
    found = {
        i: "export_field"
        for i, line in enumerate(lines)
        if i not in rules and ":" in line[:20] and _EXPORT_FIELD.fullmatch(line.strip())
    }
    # A book's fact box has "Length:" and "Language:" too: an export has
    # fields no article prints ("Load-Date:", "Length: 149 words").
    if len(found) < 3 or not any(_EXPORT_OWN.match(lines[i].strip()) for i in found):
        return {}
    # The export's cover table, a row a line: "Content Type\tNarrowed by".
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else []
        if (
            i not in rules
            and 2 <= len(cells) <= _COVER_CELLS
            and all(0 < len(c) <= _COVER_CELL for c in cells)
            and any(lines[j].strip() == "Narrowed by:" or j in found for j in (i - 1, i - 2))
        ):
            found[i] = "export_field"
    return found


_COVER_CELLS: Final = 4
_COVER_CELL: Final = 60  # characters of a cell of an export's cover table


# A web archive's record (WARC, and the WET files of its text): "WARC/1.0",
# then header fields down to a blank line, then the record's block.
_RECORD_FIELD: Final = regex.compile(r"[A-Za-z][\w.-]{0,40}:(?:\s+\S.{0,600})?")
# Records whose block is the crawl's, not a page's text.
_CRAWL_RECORDS: Final = frozenset(("warcinfo", "request", "metadata"))


def _warc_record(lines: Sequence[str], i: int) -> tuple[int, str] | None:
    """If a WARC record starts at line ``i``, the index of its last header
    line and its type (``WARC-Type``, "" when not given)."""
    if not lines[i].lstrip().startswith("WARC/"):
        return None
    kind, j = "", i
    while j + 1 < len(lines) and _RECORD_FIELD.fullmatch(lines[j + 1].strip()):
        j += 1
        name, _, value = lines[j].partition(":")
        if name.strip().casefold() == "warc-type":
            kind = value.strip().casefold()
    return (j, kind) if j > i else None


def _warc_headers(lines: Sequence[str]) -> dict[int, str]:
    """The header lines of each WARC record, and the whole of a record that
    holds the crawl's own fields (``warcinfo``): what a WET file prints
    around the text of each page."""
    found: dict[int, str] = {}
    records = [(i, r) for i, line in enumerate(lines) if (r := _warc_record(lines, i))]
    for k, (i, (end, kind)) in enumerate(records):
        stop = records[k + 1][0] if k + 1 < len(records) else len(lines)
        last = stop if kind in _CRAWL_RECORDS else end + 1
        found.update((j, "crawl_record") for j in range(i, last) if lines[j].strip())
    return found


def _serialized_fields(lines: Sequence[str], rules: dict[int, str]) -> dict[int, str]:
    """Fields of a serialized record ("siteName: ...", "images[0].url: ..."),
    where a file has three of them or more ("eBay: shares rose" is a sentence)."""
    found = {
        i: "serialized_field"
        for i, line in enumerate(lines)
        if i not in rules
        and line[:1].islower()
        and ":" in line[:40]
        and _FIELD.fullmatch(line)
        and not _TEXT_FIELD.search(line.partition(":")[0])
    }
    if len(found) < 3:
        return {}
    # The record's other fields, in the block of "key: value" lines around
    # them ("type: article", "sentiment: 0.412", "tags: A; B").
    pos = _positions(lines)
    at = {i: k for k, i in enumerate(pos)}
    for edge in list(found):
        for step in (-1, 1):
            k = at[edge] + step
            while 0 <= k < len(pos) and _PLAIN_FIELD.fullmatch(lines[pos[k]]):
                key = lines[pos[k]].partition(":")[0]
                metadata = key.casefold() in _MATTER_FIELDS  # "author:", "date:": fields
                if pos[k] not in rules and not _TEXT_FIELD.search(key) and not metadata:
                    found[pos[k]] = "serialized_field"
                k += step
    return found


# A record's field with a plain key: "type: article", "sentiment: 0.412".
_PLAIN_FIELD: Final = regex.compile(r"[a-z][\w.\[\]]{0,30}:\s\S.{0,200}")


# Fields that hold the article's own text: its title, text, caption.
_TEXT_FIELD: Final = regex.compile(r"(?i)(?:title|text|caption|description|body|content|summary)$")


# A page's <title>: "Headline - Site", "Headline | Site".
_TITLE_SEPARATORS: Final = regex.compile(r"\s+[-|–—·•]\s+")
_LONGEST_SITE_NAME: Final = 6  # words


def _site_name_lines(lines: Sequence[str], body: _Body, rules: dict[int, str]) -> dict[int, str]:
    """Lines that are only the site's name, outside the article's text, where
    the page's first line (its ``<title>``) names the site after the
    headline ("Crues : la Sarrèze déborde - Télé Garonne Sud"): the logo
    over the menu, the name over the footer."""
    pos = [i for i in body.nonblank if i not in rules]  # below a crawl record's header
    if len(pos) < 2:
        return {}
    parts = _TITLE_SEPARATORS.split(lines[pos[0]].strip())
    name = parts[-1].strip()
    if (
        len(parts) < 2
        or not name[:1].isupper()
        or name.count(" ") >= _LONGEST_SITE_NAME
        or name.endswith((".", "!", "?", ":"))
    ):
        return {}
    key = name.casefold()
    start, end = body.text_start, body.text_end
    return {
        i: "site_name"
        for i in pos[1:]
        if i not in rules
        and len(lines[i]) < 2 * len(name)
        and markdown_words(lines[i]).strip().strip("#*_ ").casefold() == key
        and (start is None or end is None or not start <= i <= end)
        and not body.between(i)  # inside the text: a story about the paper
    }


# Fields of a news-database export around each document ("Length: 149 words",
# "Load-Date: March 15, 2025", "Section: NEWS; Pg. 7"); "Byline:" is a byline.
_EXPORT_FIELD: Final = regex.compile(
    r"(?:section|length|load-date|language|publication-type|publication type|document-type"
    r"|document type|journal code|edition|dateline|highlight|graphic|subject|geographic"
    r"|company|industry|organization|person|ticker|date and time|job number|client/matter"
    r"|search terms|search type|narrowed by|content type|correction-date|distribution"
    r"|word count|copyright|user name)\s*:.{0,200}",
    regex.IGNORECASE,
)


def drop_ui_lines(draft: Draft, config: Config) -> Draft:
    """Drop whole lines that are UI debris of a known kind (see :func:`ui_rule`).

    Generic counterpart of ``drop_markers``: share/follow/subscribe links,
    gallery controls and counters, "updated" timestamps, language switchers,
    read-more teasers, comment prompts, ad labels (in several scripts) and
    placeholder captions. The reason names the rule.
    """
    rules: dict[int, str] = {}
    for i, line in enumerate(draft.lines):
        if line and len(line) <= _LONGEST_BANNER:
            rule = ui_rule(line)
            if rule is not None:
                rules[i] = rule
    # A lone language name ("Français") is a switcher only in a list of them.
    pos = [i for i in rules if rules[i] == "language_name"]
    if pos:
        nonblank = _positions(draft.lines)
        at = {i: k for k, i in enumerate(nonblank)}
        for i in pos:
            k = at[i]
            near = [nonblank[m] for m in (k - 1, k + 1) if 0 <= m < len(nonblank)]
            if any(rules.get(j) in ("language_name", "language_switcher") for j in near):
                rules[i] = "language_switcher"
        rules = {i: r for i, r in rules.items() if r != "language_name"}
    # A link to the story's full text, wrapped by html2text inside its label
    # or its address: "[Read the full story →](https://...north-" / "channel)".
    for i, line in enumerate(draft.lines):
        if line[:1] == "[" and _DIGEST_START.match(line):
            last = _digest_end(draft.lines, i)
            if last is not None and last > i:
                rules.update((j, "read_more_teaser") for j in range(i, last + 1))
    rules.update(_broken_links(draft.lines, rules))
    rules.update(_wrapped_on(draft.lines, draft.numbers, rules))
    if any(word in draft.text for word in _COOKIE_GATE):  # C-speed scans, no regex
        rules.update(_wrapped_banners(draft.lines, draft.numbers, rules))
    low = draft.text.casefold()
    if any(r in low for r in _RESERVED):
        rules.update(_reserved_rights(draft.lines, rules))
    if any(line.startswith("WARC/") for line in draft.lines):
        rules.update(_warc_headers(draft.lines))
    if "capture" in draft.text[:_TOOLBAR_CHARS]:
        rules.update(_archive_toolbar(draft.lines))
    body = _Body.of(draft.lines, rules)
    rules.update(_site_name_lines(draft.lines, body, rules))
    raw = dict(rules)
    rules = _supported(draft.lines, draft.numbers, body, rules, config)
    rules.update(_reader_comments(draft.lines, body, rules, raw))
    rules.update(_list_after_label(draft, body, rules, config))
    rules.update(_headline_lists(draft.lines, body, rules, config))
    rules.update(_ranked_lists(draft.lines, body, rules))
    rules.update(_headline_lists_above(draft.lines, body, rules, config))
    rules.update(_truncated_teasers(draft.lines, body, rules))
    rules.update(_link_lists(draft.lines, body, rules))
    rules.update(_pager(draft.lines, body, rules))
    rules.update(_unlabelled_comments(draft.lines, body, rules))
    rules.update(_subscribe_boxes(draft.lines, body, rules))
    rules.update(_greeting(draft.lines, body, rules))
    rules.update(_ad_blocks(draft, rules))
    rules.update(_tagline(draft.lines, body, rules))
    if "°" in draft.text:
        rules.update(_weather_widgets(draft.lines, body, rules))
    rules.update(_rows_at_the_edges(draft.lines, body, rules, config))
    rules.update(_bulleted_menus(draft.lines, body, rules))
    if "%" in draft.text and _TICKER_SIGN.search(draft.text):
        rules.update(_market_ticker(draft.lines, body))
    # Offers with their prices one under the other are a story's list of
    # them ("Subscribe for £9.99 a month" / "... £99 a year"), not a box.
    offers = {i for i, r in rules.items() if r == "subscribe_prompt" and _price_in(draft.lines[i])}
    if len(offers) >= 2:
        nb = body.nonblank
        listed = {
            j
            for k in range(len(nb) - 1)
            if nb[k] in offers and nb[k + 1] in offers
            for j in (nb[k], nb[k + 1])
        }
        rules = {i: r for i, r in rules.items() if i not in listed}
    # A photo's credit between a gallery's counter and its buttons is the
    # caption's, no menu item: "(צילום: נועה בן־שושן)".
    rules = {
        i: r
        for i, r in rules.items()
        if r != "navigation" or ":" not in draft.lines[i] or not credit_only(draft.lines[i], config)
    }
    rules.update(_below_the_article(draft, body, rules, config))
    rules.update(_above_the_article(draft, body, rules, config))
    if any(line.strip().casefold() in _FEED_FOOTER_MIDDLES for line in draft.lines):
        rules.update(_feed_footer_in_pieces(draft.lines, body.nonblank))
    rules.update(_export_fields(draft.lines, rules))
    rules.update(_serialized_fields(draft.lines, rules))
    rules.update(_feed_header(draft.lines, rules, config))
    # A separator line with nothing after it separated this article from the
    # next one in a merged file; inside an article it is a scene break.
    # So does one with nothing before it.
    # (Edges after the UI lines found so far: a separator over an ad at the end.)
    last = next(
        (
            i
            for i in range(len(draft.lines) - 1, -1, -1)
            if draft.lines[i].strip() and i not in rules
        ),
        None,
    )
    top = next((i for i, line in enumerate(draft.lines) if line.strip() and i not in rules), None)
    for end in (i for i in (top, last) if i is not None):
        if (
            end not in rules
            and _SEPARATOR.fullmatch(draft.lines[end].strip())
            # a table's lower border ("-------- ------", a column's rule each),
            # the same rule drawn above its rows
            and not (
                _TABLE_RULE.fullmatch(draft.lines[end])
                and draft.lines[end] in draft.lines[max(0, end - _TABLE_ROWS) : end]
            )
        ):
            rules[end] = "separator"
    # What a sentence of the text introduces ("The email begins:", "... the
    # placards read:") is the text's: a quoted notice, header or hashtags.
    rules = {
        i: r
        for i, r in rules.items()
        if i not in raw  # the lists and columns the page's rules found stay theirs
        or _UI_RULES.get(_ui_key(draft.lines[i])) is not None  # a label stays UI
        or not _quoted_by_text(draft.lines, body.nonblank, i, rules)
    }
    # A table drawn with box characters (a text browser's) is text: only a
    # line's own UI words take a line of it.
    if any(c in draft.text for c in _BOX_CHARS):
        rules = {i: r for i, r in rules.items() if i in raw or not _BOX.search(draft.lines[i])}
    # A video's headline may open with its label in capitals ("VIDÉO. Le clip
    # ..."): on the article's first line it is the title, no link.
    top = next((i for i, line in enumerate(draft.lines) if line.strip()), None)
    if top is not None and rules.get(top) == "read_more_teaser":
        s = draft.lines[top].strip()
        if _CAPS_TEASER.match(s) and not s.startswith(("WATCH LIVE", "LIVE VIDEO")):
            del rules[top]
    # A page's front matter is extract_metadata's to read, fences included.
    first = next(
        (i for i, line in enumerate(draft.lines) if line.strip() and rules.get(i) != "file_header"),
        None,
    )
    if first is not None and rules:
        for i in _front_matter(draft.lines, first):
            rules.pop(i, None)
    found = {i: f"UI debris ({rule})" for i, rule in rules.items()}
    return draft.drop_lines(found, "drop_ui_lines")


# A web archive's toolbar over the page it captured: "38 captures", "15 Nov
# 2023 - 02 Feb 2025", a calendar, "About this capture", "COLLECTED BY",
# "Collection: ...", "TIMESTAMPS", "Help Close".
_CAPTURES: Final = regex.compile(r"\d[\d,. ]*\s+captures?", regex.IGNORECASE)
_TOOLBAR_END: Final = regex.compile(
    r"about this capture|collected by|collection:.*|timestamps|(?:help\s+)?close",
    regex.IGNORECASE,
)
_TOOLBAR_CHARS: Final = 400  # where a web archive's toolbar stands: the file's start
_TOOLBAR_LINES: Final = 16


def _archive_toolbar(lines: Sequence[str]) -> dict[int, str]:
    """A web archive's toolbar at the top of a capture: a line "N captures"
    among the first three with the span of the captures under it ("15 Nov
    2023 - 02 Feb 2025"), then two of the toolbar's labels or more, all on
    short lines: everything from the top down to the last label (the
    calendar's months, years and day too). An article that starts "38
    captures in one night" has no such block."""
    top = _positions(lines, _TOOLBAR_LINES)
    first = next(
        (k for k in range(min(3, len(top))) if _CAPTURES.fullmatch(lines[top[k]].strip())), None
    )
    if (
        first is None
        or first + 1 >= len(top)
        or not _CAPTURE_SPAN.fullmatch(lines[top[first + 1]].strip())
    ):
        return {}
    labels = [k for k, i in enumerate(top) if _TOOLBAR_END.fullmatch(lines[i].strip())]
    if len({lines[top[k]].strip().casefold() for k in labels}) < 2:
        return {}
    last = labels[-1]
    if any(len(lines[i].strip()) > _LONGEST_UI for i in top[: last + 1]):
        return {}
    return dict.fromkeys(top[: last + 1], "archive_toolbar")


# "15 Nov 2023 - 02 Feb 2025": the first and the last capture.
_CAPTURE_SPAN: Final = regex.compile(
    r"\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\s+[-–]\s+\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}"
)


# ---------------------------------------------------------------------------
# extract_metadata

_BYLINE: Final = regex.compile(
    r"(?:(?:by\s*:?|written by|words by|reporting by|story by|author\s*:|authors\s*:|byline\s*:"
    r"|reporter\s*:|autor\s*:|autori\s*:|autorka\s*:|auteur\s*:|penulis\s*:"
    # a correspondent's credit: "dal nostro inviato Stefano Morlacchi"
    r"|dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)(?: speciale)?"
    r"|de (?:notre|nuestro|nuestra) (?:envoyée?|enviad[oa]|corresponsal)(?: spécial[e]?| especial)?"
    r"|von unsere[mr] (?:korrespondent(?:in|en)?|reporter(?:in)?)"
    r"|from our (?:own )?correspondent)\s*"
    # "by" in other languages: French, Spanish and Portuguese, German, Italian,
    # Dutch, Indonesian, Scandinavian
    r"|(?:par|por|von|di|door|oleh|av|af|na)\s+)"
    r"(?P<names>\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|al|el|bin|da)){0,4}"
    # "and" in the bylines' languages: "Av Kari Vatne og Eirik Holm"
    r"(?:\s*(?:,|and|&|og|och|und|et|en|ja|és|și|dan|ve|i|y|e)\s*\p{Lu}[\p{L}'’.\-]*"
    r"(?:\s+\p{Lu}[\p{L}'’.\-]*){0,4})*)"
    # the place after a dash, maybe with its state: "Por Rafael Coutinho — Pedra Alta (PI)"
    r"(?:\s*[,;|/\-–—]\s*[\p{L}][\p{L} .&'-]{0,40}(?:\s*\(\p{Lu}{2,3}\))?"
    r"|\s*\([\p{L}\d][\p{L}\d .&'-]{0,40}\))?",
    regex.IGNORECASE,
)
_LONGEST_BYLINE: Final = 100
_BYLINE_STARTS: Final = (
    "da",
    "de",
    "fr",
    "كت",
    "بق",
    "by",
    "wr",
    "wo",
    "re",
    "st",
    "au",
    "pa",
    "po",
    "vo",
    "di",
    "do",
    "ol",
    "av",
    "af",
    "na",
)
# Credits at the end of wire stories: "Reporting by X; Editing by Y",
# "Associated Press writer X in Berlin contributed to this report."
_CREDITED_NAMES: Final = (
    r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|da))*"
    r"(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*"
    r"(?:\s+in\s+\p{Lu}[\p{L} -]*)?"
)
_SOURCES_STARTS: Final = frozenset(("mit ", "con ", "com ", "avec"))
# Case matters for the names (in capitals), not for the words around them.
_CREDIT_WORK: Final = (
    r"(?i:(?:additional )?(?:reporting|writing|editing|compiled|research|photos) by"
    r"|with files from(?: the)?)"
)
_WIRE_CREDIT: Final = regex.compile(
    rf"{_CREDIT_WORK} {_CREDITED_NAMES}(?:;\s*{_CREDIT_WORK} {_CREDITED_NAMES})*\.?"
    # the sources a story was written with: "Mit Material von MPA und nxp",
    # "Con información de EFE", "Com informações da Agência Brasil", "Avec AFP"
    r"|(?i:(?:mit material (?:von|der|des)|con informaci[oó]n(?:es)? de|com informações d[aoe]s?"
    r"|con informazioni d[ai])\s*[\p{L}\d][\p{L}\d.&/'’-]*(?: [\p{L}\d.&/'’-]+){0,6}\.?"
    r"|avec (?:l'|les )?(?:afp|agences|reuters|ap)\b\.?)"
    r"|(?i:(?:the )?(?:associated press|ap|reuters|afp|bloomberg) (?:staff )?(?:writers?"
    r"|reporters?|correspondents?|journalists?) .{2,160} contributed(?: to)?(?: this)?"
    r" report(?:ing)?\.?)"
    # any wire's: "Meridian Press writer Anil Batra in Fort Gaines contributed to this report."
    r"|(?:The )?\p{Lu}[\w&.'’-]*(?: \p{Lu}[\w&.'’-]*){0,3} (?i:(?:staff )?(?:writers?|reporters?"
    r"|correspondents?|journalists?)) \p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*){0,3}"
    r"(?:(?:,| and) \p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*){0,3})*(?: in \p{Lu}[\w ,.'’-]{1,60})?"
    r" (?i:contributed(?: to)?(?: this)? report(?:ing)?)\.?"
)
_NAME_PARTICLES: Final = frozenset(
    "de van von al el bin da and do dos das du der den la le di del della y e ter ten op"
    " staff og och und et en ja és și dan ve i".split()
)
_BYLINE_LABEL: Final = regex.compile(
    r"^(?:(?:by|author\s*:)\s*|(?:par|por|von|di|door|oleh|av|af|na)\s+)", regex.IGNORECASE
)
_NAME_SPLIT: Final = regex.compile(r",|\band\b|&|\|")
# Desk initials ending an agency story: "dko/jm/pb".
# ... or an Italian or Spanish reporter's initials signing a short item: "(m.r.)";
# an Indonesian desk's in parentheses: "(ryp/yhn)", "(*/ant)".
_DESK_INITIALS: Final = regex.compile(
    r"[a-z]{2,4}(?:/[a-z]{2,4}){1,5}(?:/[A-Z]{2,5})?|\((?:\p{Ll}\.){2,3}\)"
    r"|\((?!(?:she|her|him|his|they|them|hers|theirs|xe|xem|ze|hir)\b)(?:\*|[a-z]{3})(?:/[a-z]{3}){1,4}\)"
)
_BIO_VERBS: Final = tuple(f" {w} " for w in "is covers writes reports was has edits joined".split())
# "Is" in the languages of the bylines ("Elin Sandgren är nyhetsreporter ..."):
# a bio only with a newsroom's word in it; "Ola Hansen er 67 år" may be the
# story's own man of the same name.
_BIO_COPULAS: Final = tuple(f" {w} " for w in "är er on ist est es é è jest este adalah".split())
_NEWSROOM_WORD: Final = regex.compile(
    r"report|journalist|correspond|redakt|redact|toimitta|periodist|giornalist|kolumnist"
    r"|columnist|skribent|writer|editor|fotograf|photograph|freelance|frilans|dziennikar"
    r"|novinář|újságíró|wartawan|jurnalis",
    regex.IGNORECASE,
)
_BIO_WINDOW: Final = 25  # last non-blank lines searched for the author's bio
_BIO_ROLE_REACH: Final = 30  # characters after the name where a bio says their job
_CRUMB_SEPARATORS: Final = ("|", ">", "›", "»", "/", "•")


# "윤다은 기자", "[새솔일보] 윤다은 기자 daeun@saesol.example", "윤다은 기자 기자 구독"
# (a portal's "follow the reporter" button beside the name).
_KO_REPORTER: Final = regex.compile(
    r"(?:\[[^\[\]]{1,20}\]\s*)?\p{Hangul}{2,4}\s?기자"
    r"(?:\s+(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|(?:기자\s*)?구독))?"
)


def byline_line(line: str) -> bool:
    """Whether the whole line is a byline ("By Jane Doe, Reuters").

    >>> byline_line("By Jane Doe and John Roe, Reuters"), byline_line("By the time we left")
    (True, False)
    """
    s = line.strip()
    if "**" in s:
        s = s.replace("**", "")  # Markdown bold: "Por **Juliana Prado**"
    if s[:1] in "*_" and s[-1:] == s[:1]:
        s = s.strip("*_ ")  # Markdown italics: "*By Callum Rees*"
    if "[" in s:  # a linked name: "By [Owen Prothero](https://...)", "By [9]Naomi Fairweather"
        s = _MD_LINKS.sub(r"\1", _LINK_REF.sub("", s))
    if s[:1] in _ARABIC_BY_STARTS:
        return len(s) <= _LONGEST_BYLINE and _ARABIC_BYLINE.fullmatch(s) is not None
    if "기자" in s:
        return len(s) <= _LONGEST_BYLINE and _KO_REPORTER.fullmatch(s) is not None
    if not s or len(s) > _LONGEST_BYLINE or s[:2].casefold() not in _BYLINE_STARTS:
        return False
    if s.endswith((".", "!", "?", ":", ";")) and not s.endswith(" Jr."):
        return False
    if _names_after_by(s):
        return True
    # A role after the names with no comma: "By Owen Prothero Court reporter".
    role = _TRAILING_ROLE.search(s)
    return role is not None and _names_after_by(s[: role.start()])


def _names_after_by(s: str) -> bool:
    m = _BYLINE.fullmatch(s)
    if m is None:
        return False
    names = m.group("names")
    if ";" in s and ";" not in names:
        return all(w[0].isupper() or w in _NAME_PARTICLES for w in names.split())
    head, comma, role = names.rpartition(",")
    if (
        comma
        and role.count(" ") <= _ROLE_WORDS
        and (role.strip().islower() or _ROLE.fullmatch(role.strip()))
    ):
        names = head  # "By Leah Fennimore, business reporter": a role after the name
    # The names keep their capitals even though the label matches any case.
    return all(
        w[0].isupper() or w in _NAME_PARTICLES
        for w in names.replace(",", " ").replace("&", " ").split()
    )


_ROLE_WORDS: Final = 4  # words of a reporter's role after the byline's names
# An Arabic byline: "كتب: سامر الحداد", "بقلم سامر الحداد" (names have no capitals).
_ARABIC_BYLINE: Final = regex.compile(
    r"(?:(?:كتب|كتبت)\s*[:\-–]|بقلم\s*:?)\s*\p{Arabic}+(?:\s+\p{Arabic}+){0,4}"
)
_ARABIC_BY_STARTS: Final = frozenset("كبتإا")


_GLUED_DATES: Final = regex.compile(r"(\d)(\p{L})")
_DATE_BY: Final = regex.compile(r"\s+(?:by|von|par|por|di|door|oleh|av|af)\s+", regex.IGNORECASE)


def _date_and_byline(line: str) -> tuple[str, str] | None:
    """A date and a byline on one line, as blog platforms print them
    ("Posted on March 3, 2025 by Jane Doe", "Veröffentlicht am 3. März 2025
    von Jana Wolters"): (the date, the byline), or None.

    >>> _date_and_byline("Posted on March 3, 2025 by Jane Doe")
    ('Posted on March 3, 2025', 'by Jane Doe')
    """
    s = line.strip()
    if len(s) > _LONGEST_DATE + _LONGEST_BYLINE or _DATE_BY.search(s) is None:
        return None
    for m in _DATE_BY.finditer(s):
        date, byline = s[: m.start()], s[m.start() :].strip()
        # A blog prints the date published and updated glued: "March 5,
        # 2025March 5, 2025".
        date = _GLUED_DATES.sub(r"\1 \2", date)
        if date_line(date) and byline_line(byline):
            return date, byline
    return None


def section_line(line: str, config: Config) -> bool:
    s = line.strip()
    if not s or len(s) > 60:
        return False
    parts = [s]
    for sep in _CRUMB_SEPARATORS:
        if sep in s:
            parts = [p for chunk in parts for p in chunk.split(sep)]
    names = config.section_set
    return all(" ".join(p.split()).casefold() in names for p in parts if p.strip()) and any(
        p.strip() for p in parts
    )


_PARTICLES: Final = frozenset(
    "de del della di da dos das du van von der den al el bin bint ibn la le of the and".split()
)
# Parts of a credit line: "Jane Doe | 14.11.2023", "Anand Deshpande / TNN / Updated: ..."
_CREDIT_SEPARATORS: Final = regex.compile(r"\s+[|/·•–—-]\s+")
_LONGEST_CREDIT_LINE: Final = 120


def _proper_name(part: str) -> bool:
    """A name of a person or an outlet: one to five capitalized words (with
    particles such as ``de``, ``al-``), letters only."""
    words = part.split()
    if not 1 <= len(words) <= 5 or len(part) > 50:
        return False
    capitalized = 0
    for w in words:
        if not all(c.isalpha() or c in ".'’-" for c in w):
            return False
        if w[0].isupper():
            capitalized += 1
        elif w.casefold() not in _PARTICLES and not w.casefold().startswith(("al-", "el-")):
            return False
    return capitalized > 0


def credit_line(line: str, *, strict: bool = False) -> bool:
    """Whether a line is made only of names and dates: a byline and its date
    ("By Jane Doe | 21 Sep 2023", "Maya Okonkwo, The Northern Ledger").
    ``strict``: a name alone only when it is a person's ("Jordi Ametller
    Casals"), not a menu's item ("Shop the TIME Store")."""
    found = _credit_line(line)
    if found is None:
        return False
    names, dates = found
    if not strict or len(names) + len(dates) > 1 or dates:
        return True
    words = names[0].split()
    # A particle may join the names ("Mariana Souza dos Santos", "Muhammad
    # bin Abdullah"); a menu's "the", "of", "and" may not.
    capitalized = [w for w in words if w[0].isupper() and not w[1:].isupper()]
    return names[0].startswith("By ") or (
        1 < len(capitalized) <= _NAME_WORDS
        and all(w in capitalized or w in _NAME_LINKS for w in words)
    )


_NAME_LINKS: Final = frozenset(
    (
        "de del della di da dos das do du la las los le van von der den ter bin bint ibn al el y e"
    ).split()
)


def _credit_line(line: str) -> tuple[list[str], list[str]] | None:
    """The names and dates of a header line made only of them, or None.

    ``By Jane Doe | Published on 21 Sep 2023`` -> (["By Jane Doe"],
    ["Published on 21 Sep 2023"]); ``Maya Okonkwo, The Northern Ledger`` ->
    (["Maya Okonkwo", "The Northern Ledger"], []).
    """
    # A wide gap parts credits as a separator does: "Text: Elin Morberg   Foto: Jonas Vretlund"
    s = " · ".join(" ".join(p.split()) for p in _WIDE_GAP.split(line.strip()))
    if len(s) > 2 and s[0] in "_*" and s[-1] == s[0]:
        s = s.strip("_*").strip()  # in italics: "_Oleh Rina Kusuma | Senin, 8 Juli 2024_"
    if not s or len(s) > _LONGEST_CREDIT_LINE or s.endswith(("!", "?", ";", ":", ",")):
        return None
    if s.count(" ") > 14:
        return None  # a caption or a sentence, not names and a date
    names: list[str] = []
    dates: list[str] = []
    by_de: list[str] = []
    for part in _CREDIT_SEPARATORS.split(s):
        label, colon, rest = part.partition(":")
        if dates and (m := _UPDATED.fullmatch(part.strip())) and date_line(m.group("rest")):
            continue  # "Güncelleme: 15.10.2025 15:10" after the date it updates
        if colon and label.strip().casefold() in _AUTHOR_LABELS and _proper_name(rest.strip()):
            names.append(f"By {rest.strip()}")  # "Penulis: Dimas Prasetyo"
        elif date_line(part) or _INTL_DATE.fullmatch(part) or loose_date(part):
            dates.append(part)
        elif dates and _CLOCK.fullmatch(part):
            dates[-1] = f"{dates[-1]} {part}"  # "14/10/2025 - 09:12": the date's time
        elif "@" in part and _EMAIL_LINE.fullmatch(part.strip()):
            continue  # the author's address next to their name
        elif _READING_TIME.fullmatch(part.strip().casefold()):
            continue  # "Tempo de leitura: 4 min" beside the byline and date
        elif _PHOTOGRAPHER.fullmatch(part.strip()):
            continue  # the photographer's credit beside the writer's
        elif (part[:1].isdigit() and ui_rule(part) == "comment_prompt") or (
            dates and _NO_COMMENTS.fullmatch(part.strip())
        ):
            continue  # "18 aprilie 2024 · de Ioana Predescu · 2 comentarii"
        elif part[:3].casefold() == "de " and _proper_name(part[3:]) and part[3:4].isupper():
            names.append(f"By {part[3:]}")  # "de" is "by" in Romanian beside a date
            by_de.append(part)
        elif byline_line(part) or _proper_name(part.rstrip(".")):
            names.append(part)
        elif dates and _CJK_NAME_PART.fullmatch(part):
            names.append(part)  # "记者 林晓雯", "鹭汀日报" beside the date
        elif "," in part and all(_proper_name(n) for n in part.split(", ")):
            names.extend(part.split(", "))
        else:
            return None
    # A person's name has two words or more ("Gulf" alone is a section); a
    # newsroom's ("Redacción") signs beside a date, and so does a name in
    # Chinese or Japanese, written without spaces.
    if not any(n.count(" ") >= 1 for n in names) and not (
        dates
        and names
        and (
            names[0].casefold() in _NEWSROOM
            or _CJK_NAME_PART.fullmatch(names[0])
            or _CAMEL_NAME.fullmatch(names[0])  # an outlet's name: "CheckRoom · 16.10.2025"
        )
    ):
        return None
    if by_de and not dates:
        # without a date, "de Ioana Predescu" is a name with its particle, as before
        names = [n for n in names if not n.startswith("By ")] + by_de
    return names, dates


_WIDE_GAP: Final = regex.compile(r" {3,}|\t")
_CAMEL_NAME: Final = regex.compile(r"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+")  # "CheckRoom", "TechCrunch"
# A Chinese credit beside a date: a reporter ("记者 林晓雯 通讯员 黄秋萍"), an
# outlet or a section ("鹭汀日报", "体育").
_CJK_NAME_PART: Final = regex.compile(
    r"(?:(?:记者|記者|通讯员|通訊員|作者|编辑|編輯)\s*[:：]?\s*\p{Han}{2,4}\s*)+|\p{Han}{2,8}"
)
# A post's comment count when it has none, beside its date.
_NO_COMMENTS: Final = regex.compile(
    r"(?i:no comments|niciun comentariu|sin comentarios|aucun commentaire|keine kommentare"
    r"|nessun commento|sem comentários|geen reacties|brak komentarzy|0 comments?)"
)
# The newsroom signing a story: "Redacción | 11/10/2025 - 18:40".
_NEWSROOM: Final = frozenset(
    "redacción redação redacao redazione rédaction redaktion redakcja redaksi newsroom staff"
    " redactie редакція редакция".split()
)


_AUTHOR_LABELS: Final = frozenset(
    "author authors penulis editor autor autora auteur autore verfasser reporter redaksi"
    " text texto testo tekst teksti szöveg words tác giả автор 기자 लेखक".split()
)
# A photographer's credit beside the byline: "Text: Elin Sandgren · Foto: Oskar
# Lindqvist", "Words by Harriet Cole · Photographs by Marcus Teoh".
_PHOTOGRAPHER: Final = regex.compile(
    r"(?i:foto|fotos|photo|photos|bild|bilder|kuva|kuvat|fotó|zdjęcia|zdjęcie|photographs by"
    r"|photos by|pictures by|foto's)\s*:?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}"
)
_TIME_OF_DAY: Final = regex.compile(r"\d{1,2}[:.h]\d{2}")
_NUMERIC_DATE: Final = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_WORD: Final = regex.compile(r"\p{L}+")


def loose_date(line: str) -> bool:
    """A date in any language, for the header only: a short line with a year,
    mostly digits, few words, and a time or a numeric date
    (``Kamis, 18 Januari 2024 | 14:20 WIB``, ``입력 2024.05.21 10:12``)."""
    s = line.strip()
    if not s or len(s) > _LONGEST_DATE or _YEAR.search(s) is None:
        return False
    digits = sum(c.isdigit() for c in s)
    if digits < 6 or len(_WORD.findall(s)) > 5:
        return False
    return _TIME_OF_DAY.search(s) is not None or _NUMERIC_DATE.search(s) is not None


# "Courier staff writer", "Reuters correspondent": the line under a byline.
_ROLE_NOUNS: Final = (
    r"(?i:staff writer|staff reporter|senior writer|correspondent|reporter|contributor|columnist"
    r"|contributing writer|features writer|editor|journalist|photographer)s?"
)
# A role has no article: "The Night Editor" under a byline is a film's title.
_ROLE: Final = regex.compile(
    r"(?!(?i:the|a|an|der|die|das|le|la|les|el|los|il|lo|het|een|o|os|as)\s)"
    r"(?:[\p{Lu}][\w.'’&-]*\s+){0,4}" + _ROLE_NOUNS
)
# A role after a byline's names, with no comma: "By Owen Prothero Court reporter".
_TRAILING_ROLE: Final = regex.compile(r"\s+(?:\p{Lu}[\p{Ll}&-]*\s+)?" + _ROLE_NOUNS + "$")
# A person's name and their role on one line: "Sophie Carrow Local Democracy
# Reporter", "Tom Ashby Sports Reporter" (a text browser joins the two lines).
_NAMED_ROLE: Final = regex.compile(
    r"\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){1,2}?\s+(?:\p{Lu}[\p{Ll}&-]*\s+){0,3}"
    + _ROLE_NOUNS
)
# "14 March", "March 14": a day, not just a month and a year ("June 1954").
_DAY_AND_MONTH: Final = regex.compile(
    rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}",
    regex.IGNORECASE,
)
_STAMP_STARTS: Final = ("publi", "first", "updat", "poste", "last ")
_EMAIL_LINE: Final = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")


def kicker_line(line: str) -> bool:
    """A short label above a title (``Counties``, ``Exclusive``)."""
    s = line.strip()
    return 0 < len(s) <= 30 and s.count(" ") <= 2 and _proper_name(s)


# The home page's name at the start of a breadcrumb, in the sites' languages.
_HOME_WORDS: Final = tuple(
    "home; homepage; home page; accueil; inicio; início; página inicial; startseite; "
    "strona główna; główna; "
    "pagina iniziale; anasayfa; ana sayfa; beranda; trang chủ; главная; головна; الرئيسية; "
    "首页; ホーム; 홈; voorpagina; portada; etusivu; forside; startsida; úvod; naslovnica; "
    "kezdőlap; címlap; acasă; prima pagină; mwanzo; होम; मुखपृष्ठ; トップ; 首頁; 主页; 메인".split(
        "; "
    )
)
# Separators a breadcrumb uses and a title does not: "News › Region".
# An empty crumb (a link without words) leaves two arrows: "新华网 > > 正文".
_CRUMB_ARROWS: Final = regex.compile(r"\s+[›»>](?:\s+[›»>])*\s+")
_CRUMB_PART_WORDS: Final = 3  # spaces in one part of a breadcrumb


def _crumb(part: str, *, capitals: bool = True) -> bool:
    """A part of a breadcrumb: a short name of letters, its first word
    capitalized (or in a script without capitals), and with ``capitals``
    every word but particles."""
    words = part.split()
    if not words or len(words) > _CRUMB_PART_WORDS + 1 or len(part) > 40:
        return False
    if words[0][0].islower():
        return False
    return all(
        all(c.isalpha() or c in ".'’-&·・" for c in w)
        and (not capitals or not w[0].islower() or w.casefold() in _PARTICLES)
        for w in words
    )


def _breadcrumb(line: str) -> str | None:
    """The sections of a breadcrumb: one that starts at the home page
    (``Home / India / Farming`` -> ``India / Farming``, ``Accueil > Sciences``,
    ``[Trang chủ](/) » [Pháp luật](/phap-luat)``), or short names joined by
    arrows (``Nachrichten › Region``, ``National > Social Affairs``); or None."""
    s = " ".join(markdown_words(line).split()) if "](" in line else " ".join(line.split())
    if ":" in s[:24] and (here := _YOU_ARE_HERE.match(s)) is not None:
        s = s[here.end() :]  # "You are here: Home > News > Local"
    if len(s) > 80:
        return None
    if s.casefold().startswith(_HOME_WORDS):
        for sep in _CRUMB_SEPARATORS:
            parts = [p.strip() for p in s.split(sep)]
            if len(parts) >= 2 and parts[0].casefold() in _HOME_WORDS:
                if all(_crumb(p, capitals=False) for p in parts[1:]):
                    return f" {sep} ".join(parts[1:])
                return None
        return None
    parts = _CRUMB_ARROWS.split(s)
    # a breadcrumb's own arrows ("›", "»") may join names in sentence case
    # ("Thời sự › Chính quyền số"); ">" and "/" only capitalized names
    capitals = "›" not in s and "»" not in s
    if len(parts) >= 2 and all(_crumb(p, capitals=capitals) for p in parts):
        sep = _CRUMB_ARROWS.search(s).group().strip()[0]  # type: ignore[union-attr]
        return f" {sep} ".join(parts)
    return None


# A breadcrumb's label: "You are here: Home > News".
_YOU_ARE_HERE: Final = regex.compile(
    r"(?:you are here|você está aqui|usted está aquí|está aquí|sie sind hier|vous êtes ici"
    r"|siete qui|sei qui|jesteś tutaj|u bent hier|du är här|du er her|olet tässä"
    r"|buradasınız|bạn đang ở)\s*:\s*",
    regex.IGNORECASE,
)


# Straight and curly quotes alike: normalize_quotes runs later, and cleaning
# the output again must find the same header.
_ENDS_SENTENCE: Final = (".", "!", "?", '"', "'", "”", "’", "“", ":")


def _header_lines(lines: Sequence[str], window: Sequence[int]) -> list[int]:
    """The lines of ``window`` (indices of the top non-blank lines) that come
    before the first body paragraph: a bullet line, or a sentence (four words
    or more) printed once in the window (header captions are printed again)."""
    stripped = [lines[i].strip() for i in window]

    def copied(k: int) -> bool:
        s, n = stripped[k], len(stripped[k])
        near = [t for j, t in enumerate(stripped) if j != k and abs(len(t) - n) <= LENGTH_SLACK]
        if s in near or any(line_key(t) == line_key(s) for t in near):
            return True
        # The headline under the page's title, which has the site's name after
        # it ("Headline : Site" over "Headline"): a title ending with a quote.
        return k > 0 and n >= _TITLE_PREFIX and stripped[0].startswith(s)

    out: list[int] = []
    dek = False
    for k, s in enumerate(stripped):
        if s.startswith(("- ", "• ", "* ")):
            if _SEPARATOR.fullmatch(s):
                continue  # a rule ("* * *") under a newsletter's masthead
            break  # a subheading or a list: the body has begun
        # The first line is the title (or a section): it never ends the header.
        sentence = k > 0 and s.endswith(_ENDS_SENTENCE) and (len(s) > 40 or s.count(" ") >= 3)
        if sentence and not copied(k) and not (date_line(s) or loose_date(s) or byline_line(s)):
            # A dek under the title: the header goes on when a "By" line
            # follows it ("A new study asks ..." / "By Ines Okafor").
            if dek or not any(_by_line(t) for t in stripped[k + 1 : k + 1 + _DEK_BYLINE]):
                break
            dek = True
        out.append(window[k])
    return out


_DEK_BYLINE: Final = 2  # lines below a dek where its byline stands
_TITLE_PREFIX: Final = 16  # characters of a headline the page's title starts with


def _by_line(line: str) -> bool:
    return byline_line(line) or _date_and_byline(line) is not None


def _credits(line: str) -> bool:
    """A byline or a date, alone or together ("Andrew Tarantola 8/17/13
    11:04am"): what stands under a headline that is an article's."""
    if byline_line(line):
        return True
    if _DIGIT.search(line) is None:  # every other sign holds a date
        return False
    if _date_and_byline(line) is not None or date_line(line) or loose_date(line):
        return True
    if len(line) > _LONGEST_CREDIT_LINE:
        return False
    credit = _credit_line(line)
    if credit is not None and credit[1]:
        return True
    m = _NAME_THEN.match(line.strip())  # "Andrew Tarantola 8/17/13 11:04am"
    return m is not None and date_line(line.strip()[m.end() :])


class _Headed:
    """Which lines head text elsewhere: for a line of a list, whether its
    text is printed again over a byline, a date or a long sentence (the
    article's own title, where it stands over its text). The lines' keys
    are computed once; the test under a copy only for lines that have one."""

    def __init__(self, lines: Sequence[str], nonblank: Sequence[int]) -> None:
        self.lines = lines
        self.nonblank = nonblank
        self.at: dict[str, list[int]] | None = None  # built when first asked

    def elsewhere(self, i: int) -> bool:
        """Whether a copy of line ``i`` (not ``i`` itself) heads text."""
        lines, nonblank = self.lines, self.nonblank
        if self.at is None:
            self.at = {}
            for k, j in enumerate(nonblank):
                if len(lines[j]) <= _LONGEST_TEASER:
                    self.at.setdefault(line_key(lines[j]), []).append(k)
        for k in self.at.get(line_key(lines[i]), ()):
            j = nonblank[k]
            if j == i or k + 1 == len(nonblank) or _sentence(lines[j]):
                continue
            nxt = lines[nonblank[k + 1]]
            if (_sentence(nxt) and _width(nxt) >= _PARAGRAPH) or _credits(nxt):
                return True
        return False


_NAME_THEN: Final = regex.compile(r"\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} ")


_FOOTER_LINES: Final = 6  # last non-blank lines searched for credits


# A labelled credit line under a story: its reporter or its editor.
_LABELLED_CREDIT: Final = regex.compile(
    r"(?i:(pewarta|penulis|reporter|redaktur|editor|editing))"
    r"\s*:\s*\p{Lu}[\p{L}'’-]*\.?(?:[ ,/&]{1,3}\p{Lu}[\p{L}'’-]*\.?){0,3}"
)
_EDITOR_LABELS: Final = frozenset(("redaktur", "editor", "editing"))
_FIRST_NAME: Final = 3  # letters of a first name a bio may open with ("Ruth covers ...")
_REPORTER_VERBS: Final = tuple(f" {w} " for w in "covers writes reports edits joined".split())


def _footer_credits(
    lines: Sequence[str],
    found: dict[str, tuple[int, str]],
    reasons: dict[int, str],
    kinds: dict[int, EditKind],
) -> None:
    """Credits and the author's bio among the last non-blank lines: wire
    credits ("Reporting by ...; Editing by ..."), desk initials, and a line
    that starts with the byline's name and says who they are."""
    tail = _positions(lines[::-1], _FOOTER_LINES)
    tail = [len(lines) - 1 - i for i in tail]
    byline = found.get("byline", (0, ""))[1]
    # the names before the first comma: "By Lena Fischer, Hong Kong" names no "Hong Kong"
    names = (
        [
            n.strip()
            for n in _NAME_SPLIT.split(_BYLINE_LABEL.sub("", byline).split(",")[0])
            if n.strip().count(" ") >= 1
        ]
        if byline
        else []
    )
    first_names = [n.split()[0] for n in names if len(n.split()[0]) >= _FIRST_NAME]
    for i in tail:
        if i in reasons or len(lines[i]) > 300:
            continue
        s = " ".join(lines[i].split())
        if "@" in s and _EMAIL_LINE.fullmatch(s):
            reasons[i], kinds[i] = "the author's e-mail address", "removed"
            continue
        if (
            s[:5].casefold() in _STAMP_STARTS
            and len(s) <= _LONGEST_DATE
            and date_line(s)
            and (_TIME_OF_DAY.search(s) or _DAY_AND_MONTH.search(s))
        ):
            if "date" not in found:
                found["date"] = (i, s)
                reasons[i], kinds[i] = "date (time stamp at the end)", "extracted"
            else:
                reasons[i], kinds[i] = "time stamp at the end", "removed"
            continue
        bare = s[1:-1] if s[:1] == "(" and s[-1:] == ")" else s  # "(Reporting by X)"
        if ":" in s[:12] and not s.endswith(".") and (m := _LABELLED_CREDIT.fullmatch(s)):
            # "Pewarta: Rina Wulandari", "Editor: Dedi Purnamasari"
            if "byline" not in found and m.group(1).casefold() not in _EDITOR_LABELS:
                found["byline"] = (i, s)
                reasons[i], kinds[i] = "byline (credit at the end)", "extracted"
            else:
                reasons[i], kinds[i] = "credit line at the end", "removed"
            continue
        wired = (
            " by " in s
            or "contributed" in s
            or "files from" in s
            or s[:4].casefold() in _SOURCES_STARTS
        )
        credit = wired and _WIRE_CREDIT.fullmatch(bare) is not None
        initials = ("/" in s or s[:1] == "(") and len(s) < 30 and _DESK_INITIALS.fullmatch(s)
        if credit or initials:
            if "byline" not in found and not _DESK_INITIALS.fullmatch(s):
                found["byline"] = (i, bare)
                reasons[i], kinds[i] = "byline (credit at the end)", "extracted"
            else:
                reasons[i], kinds[i] = "credit line at the end", "removed"
        elif (
            names
            and (
                any(_bio_of(s, n) for n in names)
                # a first name alone only with a reporter's verbs ("Ruth covers ...")
                or any(
                    s.startswith(n) and s[len(n) : len(n) + 10].startswith(_REPORTER_VERBS)
                    for n in first_names
                )
            )
        ):
            reasons[i], kinds[i] = "the author's bio at the end", "removed"
            # Their name over it, the bio box's heading: "Ruth Khan".
            above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
            if above is not None and above not in reasons and lines[above].strip() in names:
                reasons[above], kinds[above] = "the author's bio at the end", "removed"
    if not names:
        return
    # Further up, above the page's own lines (related stories, comments): a
    # line that starts with the author's whole name and says who they are,
    # and the lines a text browser wrapped it onto.
    for i in _positions(lines[::-1], _BIO_WINDOW):
        i = len(lines) - 1 - i
        s = lines[i].strip()
        if i in reasons or i in tail or len(s) > 300 or not s.startswith(tuple(names)):
            continue
        if _NEWSROOM_WORD.search(s) and any(_bio_of(s, n) for n in names):
            reasons[i], kinds[i] = "the author's bio at the end", "removed"
            j = i + 1
            while j < len(lines) and lines[j].strip()[:1].islower() and j not in reasons:
                reasons[j], kinds[j] = "the author's bio at the end", "removed"
                j += 1


def _bio_of(line: str, name: str) -> bool:
    """Whether ``line`` opens with ``name`` and says who they are: "Jane Doe
    is ...", "Elin Sandgren är nyhetsreporter ..." (another language's "is"
    only with a newsroom's word in the line)."""
    if not line.startswith(name):
        return False
    verb = line[len(name) : len(name) + 8]
    # the newsroom's word is what they are: "... är nyhetsreporter på ...", not
    # "... er 67 år og har samme navn som journalisten"
    return verb.startswith(_BIO_VERBS) or (
        verb.startswith(_BIO_COPULAS)
        and _NEWSROOM_WORD.search(line, len(name), len(name) + _BIO_ROLE_REACH) is not None
    )


def _name_under_the_text(
    draft: Draft,
    lines: Sequence[str],
    found: dict[str, tuple[int, str]],
    reasons: dict[int, str],
    kinds: dict[int, EditKind],
) -> None:
    """The author's name under the last paragraph, over the page's lines
    ("Lê Thị Hồng Vân" over a share row): a person's name alone, a long
    paragraph right above it, and right under it what stands under an
    article (share and follow rows, tags, comments). A name over more text
    (a vox pop, a list of names) or at the end of the file stays."""
    gone = {
        e.line
        for e in draft.edits
        if e.kind == "removed" and any(rule in e.reason for rule in _UNDER_THE_TEXT)
    }
    if not gone:
        return
    pos = _positions(lines)
    for k in range(len(pos) - 1, 0, -1):
        i = pos[k]
        s = lines[i].strip()
        if len(s) > _LONGEST_NAME_LINE or "|" in s:
            continue
        number = draft.numbers[i]
        nxt = draft.numbers[pos[k + 1]] if k + 1 < len(pos) else None
        between = range(number + 1, nxt or draft.numbers[-1] + 1)
        if not any(n in gone for n in between):
            continue  # more text under the name, or nothing (the page's last line)
        above = lines[pos[k - 1]].strip()
        if not (_sentence(above) and _width(above) >= 2 * _PARAGRAPH):
            continue
        if not credit_line(s, strict=True):
            continue
        found["byline"] = (i, s)
        reasons[i], kinds[i] = "byline (the author's name under the text)", "extracted"
        return


_LONGEST_NAME_LINE: Final = 40
_UNDER_THE_TEXT: Final = (
    "(share_links",
    "(follow_links",
    "(tag_list",
    "(comment_prompt",
    "(reader_comment",
)


def _label_above_title(
    lines: Sequence[str], header: Sequence[int], dated: set[int], config: Config
) -> bool:
    """Whether the first header line is a label above the title (``Counties``,
    ``LOCAL NEWS``, ``Photo Galleries``): short, printed once, above a
    title-shaped line (no caption), and in capitals or above a title printed
    twice. A label of three words must be in capitals."""
    first = lines[header[0]].strip()
    if len(header) < 3 or not kicker_line(first) or _copied(lines, header, header[0]):
        return False
    if first.count(" ") == 2 and not first.isupper():
        return False
    second = lines[header[1]]
    if not _title_shaped(second, config) or config.credit_regex.search(second[-120:]):
        return False
    # A short title in title case above its deck looks the same ("Paradise
    # Lost" / "Wildfire destroys ..."): only capitals, or one word above a
    # title printed twice, tell a label.
    return first.isupper() or (" " not in first and _title_printed_twice(lines, header))


def _title_after_date(lines: Sequence[str], header: Sequence[int], config: Config) -> bool:
    """Whether a title-shaped line that is no byline or date follows the
    date on the first header line."""
    for j in header[1:4]:
        line = lines[j]
        if byline_line(line) or date_line(line) or loose_date(line):
            continue
        return _title_shaped(line, config) and not _sentence(line)
    return False


def _copied(lines: Sequence[str], header: Sequence[int], i: int) -> bool:
    """Whether ``lines[i]`` is printed again among the header lines."""
    key = line_key(lines[i])
    return any(j != i and line_key(lines[j]) == key for j in header)


def _title_printed_twice(lines: Sequence[str], header: Sequence[int]) -> bool:
    """Whether the second header line is printed again within two lines."""
    if len(header) < 3:
        return False
    key = line_key(lines[header[1]])
    return any(line_key(lines[j]) == key for j in header[2:4])


# A page's front matter: "---" / "title: ..." / "author: ..." / "---" (an
# extractor's metadata header, a static site's source), or a reader API's
# "Title: ..." / "URL Source: ..." / "Markdown Content:".
_MATTER_LINE: Final = regex.compile(r"([A-Za-z][\w -]{0,30}):(?:\s+(\S.*))?")
_MATTER_FIELDS: Final = {
    "title": "title",
    "author": "byline",
    "authors": "byline",
    "byline": "byline",
    "date": "date",
    "published": "date",
    "published time": "date",
    "date published": "date",
    "url": "url",
    "url source": "url",
    "source": "url",
    "link": "url",
    "canonical": "url",
    "permalink": "url",
    "section": "section",
    "categories": "section",
    "category": "section",
    # a crawler's own fields, no place for them in a document
    "fetched": "",
    "fetched at": "",
    "crawled": "",
    "crawl date": "",
    "retrieved": "",
    "language": "",
    "lang": "",
    "hostname": "",
    "sitename": "",
    "description": "",
    # an extractor's record (newspaper's, a JSON-lines dump's fields)
    "publish date": "date",
    "publication date": "date",
    "published at": "date",
    "date published at": "date",
    "canonical link": "url",
    "source url": "url",
    "meta description": "",
    "meta keywords": "",
    "meta lang": "",
    "meta site name": "",
    "site name": "",
    "keywords": "",
    "top image": "",
    "image": "",
    "images": "",
    "movies": "",
    "summary": "",
    "excerpt": "",
    "word count": "",
}
_MATTER_END: Final = ("markdown content", "content", "text", "body")
_LONGEST_MATTER: Final = 40  # lines


def _crawl_header_ends(lines: Sequence[str], i: int, found: dict[int, tuple[str, str]]) -> bool:
    """Whether the blank line ``i`` ends a crawler's header of three fields
    or more, a title or an address among them: the next non-blank line is
    no field of it."""
    if len(found) < 3 or not any(f in ("title", "url") for f, _ in found.values()):
        return False
    after = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    if not after:
        return False  # a fact box at the end of a text: no page's text under it
    m = _MATTER_LINE.fullmatch(after)
    if m is None:
        return True
    key = " ".join(m.group(1).casefold().replace("_", " ").split())
    return key not in _MATTER_FIELDS and key not in _MATTER_END


def _front_matter(lines: Sequence[str], first: int) -> dict[int, tuple[str, str]]:
    """The page's front matter at line ``first``, as {line index: (field, value)}
    (field "" for a line that goes with no field: a fence, a field cleanse
    has no place for, the closing "Markdown Content:"). Empty when there is
    none: two fields or more, between "---" lines or ended by a reader's
    "Markdown Content:"; or a crawler's three fields or more with a title or
    an address, ended by a blank line with the page's text under it."""
    fenced = lines[first].strip() == "---"
    found: dict[int, tuple[str, str]] = {first: ("", "")} if fenced else {}
    start = first + 1 if fenced else first
    for i in range(start, min(len(lines), start + _LONGEST_MATTER)):
        s = lines[i].strip()
        if not s:
            if not fenced and _crawl_header_ends(lines, i, found):
                return found  # a crawler's header ("URL:", "Title:", "Fetched:"), then the text
            continue
        if fenced and s == "---":
            found[i] = ("", "")
            return found if len(found) >= 4 else {}
        m = _MATTER_LINE.fullmatch(s)
        if m is None:
            return {}
        key = " ".join(m.group(1).casefold().replace("_", " ").split())
        if not fenced and key in _MATTER_END:
            # "Markdown Content:" over the text, or a record's "text: ..."
            # with the text's first paragraph after it (the line stays)
            if m.group(2) is None:
                found[i] = ("", "")
            return found if len(found) >= 3 else {}
        if not fenced and key not in _MATTER_FIELDS:
            return {}  # a reader's header has only fields it names
        value = m.group(2) or ""
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]  # YAML quotes: title: "Bridge closed"
        found[i] = (_MATTER_FIELDS.get(key, ""), value)
    return {}


_DIGITS: Final = regex.compile(r"\d+")


def _same_day(first: str, second: str) -> bool:
    """Whether two dates in any formats share their year and day of the
    month ("2025-01-19T08:14:22Z" and "19 January 2025").

    >>> _same_day("2025-01-19T08:14:22Z", "19 January 2025"), _same_day("2025-01-19", "20 Jan 2025")
    (True, False)
    """
    iso = regex.match(r"(\d{4})-(\d{2})-(\d{2})", first.strip())
    if iso is None:
        return False  # only a front matter's ISO date is compared
    year, month, day = iso.group(1), int(iso.group(2)), int(iso.group(3))
    low = second.casefold()
    numbers = _DIGITS.findall(low)
    if year not in numbers:
        return False
    named = [m for name, m in _MONTH_NUMBERS.items() if regex.search(rf"\b{name}\b", low)]
    if named:
        return month in named and str(day) in [n.lstrip("0") for n in numbers]
    # Numbers only: "19.01.2025", "01/19/2025", "2025-01-19".
    return any(
        regex.search(rf"\b0?{a}[./-]0?{b}[./-]{year}\b|\b{year}[./-]0?{month}[./-]0?{day}\b", low)
        for a, b in ((day, month), (month, day))
    )


# "来源：新华网" (source: Xinhua), after a date or alone.
_SOURCED: Final = regex.compile(
    r"(?P<date>.{0,40}?)\s*(?:来源|來源|稿源|出处|出處)\s*[:：]\s*\S.{0,30}"
)
# "（早瀬真琴）", "（佐々木由美）": a Japanese story's reporter, as its last line.
_JA_REPORTER: Final = regex.compile(
    r"[（(]([\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,10}?)(?:記者)?[)）]"
)
# "（编辑：严玉洁 王辉）", "【责任编辑：张樵苏 】", "记者 王辉": a credit line.
_CJK_CREDIT: Final = regex.compile(
    r"[（(【\[]?\s*(?:责任编辑|責任編輯|编辑|編輯|记者|記者|校对|校對|本文来源|本文來源)\s*[:：]"
    r"\s*[^（()）【】\[\]]{1,30}"
    r"[）)】\]]"
)


def _copies(
    values: dict[str, str], found: dict[str, tuple[int, str]], matter: Collection[int]
) -> bool:
    """Whether the fields a line holds are those found already: the same
    text, the front matter's date printed in the page's own format, or a
    section of the breadcrumb found ("Cultura" under "Portada / Cultura")."""
    return all(
        line_key(found[f][1]) == line_key(v)
        or (f == "date" and found[f][0] in matter and _same_day(found[f][1], v))
        or (f == "section" and line_key(v) in map(line_key, _CRUMB_SPLIT.split(found[f][1])))
        for f, v in values.items()
    )


_FIRST_LINE_CRUMBS: Final = 3  # parts of a breadcrumb on an article's first line
_CRUMB_SPLIT: Final = regex.compile(r"\s+[|>›»/•]\s+")


def _below_the_header(
    lines: Sequence[str],
    top: Sequence[int],
    end: int,
    matter: Collection[int],
    found: dict[str, tuple[int, str]],
    reasons: dict[int, str],
    kinds: dict[int, EditKind],
) -> None:
    """A byline or a date below a dek or a caption, still above the text
    (two long sentences in a row): "By Jane Doe" or "19 January 2025" on a
    line of its own there is the article's, where the header above had none.
    Only whole lines that are plainly one or both count: names alone, a
    loose date or a section name below a sentence may be text, and so is a
    date over a sentence (a timeline's)."""
    rest = [i for i in top if i > end]
    if rest and all(_sentence(lines[j]) and _width(lines[j]) >= _PARAGRAPH for j in (end, rest[0])):
        return  # the dek and the first paragraph: the text has begun
    for k, i in enumerate(rest):
        line = lines[i]
        if k + 1 < len(rest) and all(
            _sentence(lines[j]) and _width(lines[j]) >= _PARAGRAPH for j in (i, rest[k + 1])
        ):
            return  # the text has begun
        if i in reasons or len(line) > _LONGEST_CREDIT_LINE:
            continue
        value = " ".join(line.split())
        values: dict[str, str] = {}
        if date_line(line):
            # a timeline's date heads the sentence under it
            # a date under the text (a short article's last line) is its own
            if k + 1 < len(rest) and not lines[rest[k + 1]].rstrip().endswith(_SENTENCE_ENDS):
                values["date"] = value
        elif (both := _date_and_byline(value)) is not None:
            values["date"], values["byline"] = both
        elif (pair := _byline_date_split(value)) is not None:
            values["byline"], values["date"] = pair  # "Par Élise Vautrin, le 6 mai 2025"
        elif byline_line(line) or (
            # a name and a role over the date: "Sophie Carrow Local Democracy Reporter"
            k + 1 < len(rest) and _NAMED_ROLE.fullmatch(value) and date_line(lines[rest[k + 1]])
        ):
            values["byline"] = value
        elif (credit := _credit_line(line)) is not None:
            names, dates = credit  # a name always, when a credit line
            if (
                ":" in value
                and value.split(":", 1)[0].casefold() not in _EDITOR_LABELS
                and names[:1] != [value]
                and names[0].startswith("By ")
                and not dates
            ):
                values["byline"] = names[0]  # a labelled credit: "Text: Elin Morberg   Foto: ..."
            elif len(names) == 1 and len(dates) == 1 and byline_line(names[0]):
                # "Von Henrike Sommerfeld · 14.05.2024, 17:05 Uhr"
                values["byline"], values["date"] = names[0], dates[0]
        if not values:
            continue
        if all(f in found for f in values) and _copies(values, found, matter):
            reasons[i], kinds[i] = f"copy of the {' and '.join(values)}", "removed"
            continue
        if any(f in found for f in values):
            continue  # the header had its own: this one may be the text's
        for f, v in values.items():
            found[f] = (i, v)
        reasons[i] = " and ".join(values) + " (below the dek or a caption)"
        kinds[i] = "extracted"


def extract_metadata(draft: Draft, config: Config) -> Draft:
    """Move the dateline, byline, section and source URL out of the body.

    The header (the top ``metadata_window`` non-blank lines, up to the first
    body paragraph) is searched for lines that are only a date (``Sunday, 7
    August, 2022 - 06:15``), a byline (``By Jane Doe, Reuters``) or a section
    name from ``sections`` (``World``, or a breadcrumb ``World | Middle
    East``); the last non-blank line, for a source URL on its own (``Source:
    https://...``). The first of each goes to its field (an ``extracted``
    edit); copies of it in the header are removed.
    Lines anywhere else stay: a date heading a timeline is body text.
    """
    lines = draft.lines
    top = _positions(lines, config.metadata_window)
    if not top:
        return draft
    found: dict[str, tuple[int, str]] = {}
    reasons: dict[int, str] = {}
    kinds: dict[int, EditKind] = {}
    matter = _front_matter(lines, top[0])
    for i, (field, value) in matter.items():
        if field and field not in found:
            found[field] = (i, value)
            reasons[i], kinds[i] = f"{field} (the page's front matter)", "extracted"
        else:
            reasons[i], kinds[i] = "a field of the page's front matter", "removed"
    raw = lines
    if any("](" in lines[i] for i in top):
        # Markdown links a date and a byline ("Posted on [October 3, 2025](...)
        # by [Dana Reed](...)"): the header's lines are judged by their words.
        lines = tuple(_MD_LINKS.sub(r"\1", line) if "](" in line else line for line in lines)
    pieces = _byline_pieces(lines, top)
    if pieces:
        # A byline that get_text broke at its links ("By " / "Tomas Reyna" /
        # " and " / "Ingrid Vaal"): judged as one line, its pieces go with it.
        joined = list(lines)
        for first, rest in pieces.items():
            joined[first] = " ".join(" ".join(lines[j].split()) for j in (first, *rest))
            for j in rest:
                joined[j] = ""
                reasons[j], kinds[j] = "a piece of the byline", "removed"
        lines = tuple(joined)
        top = [i for i in top if lines[i].strip()]
    header = [i for i in _header_lines(lines, top) if i not in matter]
    dated = {
        i
        for i in header
        if len(lines[i]) <= _LONGEST_DATE
        and (
            date_line(lines[i])
            # a loose date, unless names share the line ("Jane Doe | 14.11.2023")
            or (loose_date(lines[i]) and _credit_line(lines[i]) is None)
        )
    }
    title_at: int | None = None  # the first header line that is not metadata
    guessed: int | None = None  # the byline's line, when it is names beside the date
    for k, i in enumerate(header):
        line = lines[i]
        if len(line) > _LONGEST_CREDIT_LINE:
            continue
        value = " ".join(line.split())
        values: dict[str, str] = {}
        rule = ""
        if (
            k > 0
            and found.get("date", (None,))[0] == header[k - 1]
            and value[:1].isdigit()
            and _CLOCK.fullmatch(value)
        ):
            # The date's time on a line of its own under it: "March 4, 2025" / "6:12 PM UTC".
            at, date = found["date"]
            found["date"] = (at, f"{date} {value}")
            reasons[i], kinds[i] = "date (its time, on the next line)", "extracted"
            continue
        if "源" in line and (sourced := _SOURCED.fullmatch(value)) is not None:
            # "来源：新华网", "2023-11-17 20:52:15 来源： 新华网": the story's source
            date = sourced.group("date").strip()
            if not date:
                reasons[i], kinds[i] = "the story's source", "removed"
                continue
            if date_line(date):
                values["date"], rule = date, " (with the story's source)"
        elif i in dated:
            # A date on the first line is the date only when a title follows
            # it; else it is the title of the story ("7 October 2023", "May
            # 1968", "Election 2024: Polls Close at 8:00").
            if k > 0 or _title_after_date(lines, header, config):
                values["date"] = value
        elif (both := _date_and_byline(value)) is not None:
            values["date"], values["byline"] = both
            rule = " (one line)"
        elif k == 0 and (labelled := _date_and_label(value)) is not None:
            values["date"], values["section"] = labelled  # an archive post's "12.04.2024 · Sport"
            rule = " (one line)"
        elif (pair := _byline_date_split(value)) is not None:
            values["byline"], values["date"] = pair
            rule = " (one line)"
        elif k > 0 and (opening := _dated_opening(value)) is not None:
            values["date"] = opening
            rule = " (with what follows it on the line)"
        elif byline_line(line):
            values["byline"] = value
            if guessed is not None and found.get("byline", (None,))[0] == guessed:
                # A "By" line outranks names guessed from beside the date (a
                # masthead beside a print page's date): they stay in the text.
                del found["byline"], reasons[guessed], kinds[guessed]
                guessed = None
        elif section_line(line, config):
            values["section"] = value
        elif (crumbs := _breadcrumb(line)) is not None and (
            k > 0
            or "›" in value
            or "»" in value
            or len(_CRUMB_SPLIT.split(markdown_words(value))) >= _FIRST_LINE_CRUMBS
            or _YOU_ARE_HERE.match(value) is not None  # labelled: "You are here: ..."
        ):
            # On the first line, two names joined by ">" or "/" may be a headline:
            # "Profits > Wages", "Home / Away" (a breadcrumb's own arrows are "›", "»").
            values["section"], rule = crumbs, " (breadcrumb)"
        elif "section" in found and _copies({"section": value}, found, matter):
            values["section"] = value  # a section of the breadcrumb found, again
        elif k == 0 and _label_above_title(lines, header, dated, config):
            values["section"], rule = value, " (a label above the title)"
        elif (
            k > 0
            and "byline" in found
            and found["byline"][0] == header[k - 1]
            and _ROLE.fullmatch(value)
        ):
            reasons[i], kinds[i] = "the byline's role", "removed"
            continue
        elif (
            k > 0
            and len(value) >= 4
            and value.isupper()
            and value.count(" ") <= 1
            and kicker_line(value)
            and value.casefold() not in config.marker_set
        ):
            values["section"], rule = value, " (a label in capitals)"
        elif (
            title_at is not None
            and "|" in value
            and _signed_from(value)
            # a list of them (winners by town) is the text's
            and not any(
                _signed_from(lines[header[m]].strip())
                for m in (k - 1, k + 1)
                if 0 <= m < len(header)
            )
        ):
            # "Redacción | Almendral", "Marta Quiles | Almendral": who and where
            values["byline"], rule = value.split("|")[0].strip(), " (a name and a place)"
        elif title_at is not None and (credit := _credit_line(line)) is not None:
            # Names alone (no date, no "By") are a byline only beside the
            # date and printed once: a title-cased title is printed again.
            names, dates = credit
            beside = {header[m] for m in (k - 1, k + 1) if 0 <= m < len(header)}
            # "Nathan Greer" / "Crime reporter" / the date: a role between them
            role = (
                header[k + 1]
                if k + 2 < len(header) and _ROLE.fullmatch(" ".join(lines[header[k + 1]].split()))
                else None
            )
            if role is not None:
                beside.add(header[k + 2])
            if dates or byline_line(names[0]) or (beside & dated and not _copied(lines, header, i)):
                values["byline"] = ", ".join(names)
                if dates:
                    values["date"] = dates[0]
                rule = " (names and dates)" if dates else " (names beside the date)"
                if not dates and "byline" not in found:
                    guessed = i
        if not values:
            if title_at is None:
                title_at = i
            continue
        fields = list(values)
        if all(f in found for f in fields):
            if not _copies(values, found, matter):
                continue  # a second, different date (an update time): leave it
            reasons[i], kinds[i] = f"copy of the {' and '.join(fields)}", "removed"
        else:
            for f in fields:
                found.setdefault(f, (i, values[f]))
            reasons[i], kinds[i] = " and ".join(fields) + rule, "extracted"
    if header:
        _below_the_header(lines, top, header[-1], matter, found, reasons, kinds)
    lines = raw
    last = next(i for i in range(len(lines) - 1, -1, -1) if lines[i].strip())
    if last not in reasons:
        url = url_line(lines[last])
        if url is not None:
            found["url"] = (last, url)
            reasons[last], kinds[last] = "url (source URL trailer)", "extracted"
    # A source URL in the header: labelled ("Link: https://..."), or bare
    # below the title (a feed item's link), when it is the header's only one.
    urls = [
        i
        for i in header
        if i not in reasons and "://" in lines[i] and url_line(lines[i], any_label=False)
    ]
    for i in urls:
        line = lines[i].lstrip()
        if "url" in found:
            break
        bare = line.startswith(("http", "<http"))
        if not bare or (len(urls) == 1 and i != header[0]):
            found["url"] = (i, url_line(line, any_label=False) or "")
            why = "bare, under the title" if bare else "labelled"
            reasons[i], kinds[i] = f"url ({why} source URL)", "extracted"
    _footer_credits(lines, found, reasons, kinds)
    if "byline" not in found:
        _name_under_the_text(draft, lines, found, reasons, kinds)
    # A Chinese story's editor credit, in brackets, wherever the page put it.
    for i, line in enumerate(lines):
        credit_word = (
            "编" in line or "編" in line or "记者" in line or "記者" in line or "来源" in line
        )
        if credit_word and i not in reasons and _CJK_CREDIT.fullmatch(line.strip()):
            reasons[i], kinds[i] = "credit line (editor or reporter)", "removed"
    # A Japanese story's reporter, in brackets under its last paragraph: "（早瀬真琴）".
    # Under a poem (a line with no stop) the name is the poet's.
    for i in _positions(lines[::-1], _FOOTER_LINES):
        i = len(lines) - 1 - i
        s = lines[i].strip()
        if s[:1] not in "（(" or i in reasons or (m := _JA_REPORTER.fullmatch(s)) is None:
            continue
        above = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        if not above.endswith(("。", "」")):
            continue
        if "byline" in found:
            reasons[i], kinds[i] = "credit line (the reporter's name in brackets)", "removed"
        else:
            found["byline"] = (i, m.group(1))
            reasons[i], kinds[i] = "byline (the reporter's name in brackets)", "extracted"
    if not reasons:
        return draft
    values = {k: v for k, (_, v) in found.items()}
    return draft.drop_lines(reasons, "extract_metadata", kind=kinds, **values)


# ---------------------------------------------------------------------------
# drop_repeated_blocks


_ACRONYM: Final = regex.compile(r"\((\p{Lu}{2,8})\)\s*\.?\s*$")


def _credited(line: str, credit: regex.Pattern[str]) -> bool:
    """Whether ``line`` ends with a photo credit; an acronym after its words
    ("... North Atlantic Treaty Organization (NATO).") is no credit."""
    if credit.search(line[-120:]) is None:
        return False
    m = _ACRONYM.search(line)
    if m is None:
        return True
    letters = m.group(1).casefold()
    initials = "".join(w[0] for w in line[: m.start()].split() if w[0].isalpha()).casefold()
    # The acronym's letters are the initials of the words before it, in order.
    it = iter(initials[-3 * len(letters) :])
    return not all(c in it for c in letters)


def credit_only(line: str, config: Config) -> bool:
    """Whether the whole line is a photo credit (``© Jane Doe/AFP``,
    ``Photo: Jane Doe, Reuters``): the caption is the line before it.

    >>> credit_only("© Jane Doe/AFP", Config()), credit_only("A view (AFP)", Config())
    (True, False)
    """
    s = line.strip()
    if not s or len(s) > 120:
        return False
    m = config.credit_regex.search(s)
    return m is not None and m.start() == 0


def _positions(lines: Sequence[str], limit: int | None = None) -> list[int]:
    """Indices of the non-blank lines (the first ``limit`` of them)."""
    if limit is None:
        return [i for i, line in enumerate(lines) if line.strip()]
    out: list[int] = []
    for i, line in enumerate(lines):
        if line.strip():
            out.append(i)
            if len(out) == limit:
                break
    return out


_MIN_SENTENCE_WORDS: Final = 8


def _sentence_copy(first: str, copy: str) -> bool:
    """Whether a short line printed again right after itself is a sentence
    (eight words or more, a final period, not a quotation): an extractor's
    copy. A chant or a refrain ends with "!" or nothing, or is shorter."""
    a, b = first.strip(), copy.strip()
    return (
        a.endswith(".")
        and b.endswith(".")
        and not a.endswith("..")
        and a.count(" ") >= _MIN_SENTENCE_WORDS - 1
        and a[0] not in "\"'“‘«„-–—*•"
    )


_FAR_BLOCK_LINES: Final = 3  # a block printed again anywhere: this many lines
_FAR_BLOCK_CHARS: Final = 40  # and this many characters
_FAR_TRIES: Final = 8  # earlier places of its first line tried


_MD_ALT: Final = regex.compile(r"!\[(?:Image \d+:\s*)?([^\]]+)\]\([^)]*\)")
_CAPTION_WORDS: Final = 4  # words of a caption printed again with its credit


def _credited_again(
    lines: Sequence[str], pos: Sequence[int], numbers: Sequence[int], credit: regex.Pattern[str]
) -> dict[int, str]:
    """A caption printed again right under itself with its credit after it:
    an image's text, then its caption ("Maud Fenwick with her marrow" /
    "Maud Fenwick with her marrow (Image: Tom Ashby/Daily" / "Clarion)"). The
    credited copy goes (the lines it wraps onto too); the first stays."""
    found: dict[int, str] = {}
    for k in range(1, len(pos)):
        first, line = lines[pos[k - 1]].strip(), lines[pos[k]].strip()
        if first[:2] == "![" and (m := _MD_ALT.fullmatch(first)):
            first = m.group(1).strip()  # an image's text in Markdown
        first = first.rstrip(". 。")
        if len(line) <= len(first) or not line.startswith(first):
            continue
        cjk = _NO_SPACES.search(first) is not None
        if (
            first.count(" ") + 1 < _CAPTION_WORDS
            and len(first) < (2 if cjk else 3) * _CAPTION_WORDS
        ):
            continue
        tail = line[len(first) :]
        wrapped = []
        i = pos[k]
        if (
            tail.count("(") > tail.count(")")
            and i + 1 < len(lines)
            and numbers[i + 1] == numbers[i] + 1
            and ")" in lines[i + 1]
        ):
            tail, wrapped = f"{tail} {lines[i + 1].strip()}", [i + 1]
        m = credit.search(tail)
        if m is None or tail[: m.start()].strip(" .,;:-–—。，"):
            continue  # words between the caption and its credit: no copy
        for j in (i, *wrapped):
            found[j] = "copy of the caption above, with its credit"
    return found


def _image_over_caption(
    lines: Sequence[str], pos: Sequence[int], config: Config, taken: Collection[int]
) -> dict[int, str]:
    """A Markdown image's text over the image's own caption, a credited line
    or a credit ("![People on the bridge](...)" / "The first walkers cross
    the bridge. Photo: Tom Ashdown"): two descriptions of one picture, the
    caption the one the page printed. The image's lines and their text (for
    the captions field), unless the caption is already ``taken`` (the
    image's text again with a credit, which :func:`_credited_again` takes)."""
    found: dict[int, str] = {}
    for k in range(len(pos) - 1):
        image = lines[pos[k]].strip()
        if image[:2] != "![" or (m := _MD_ALT.fullmatch(image)) is None:
            continue
        if pos[k + 1] - pos[k] > 2 or pos[k + 1] in taken:
            continue  # the caption right under the image, a blank line between at most
        below = lines[pos[k + 1]].strip()
        if _credited(below, config.credit_regex) or credit_only(below, config):
            found[pos[k]] = " ".join(m.group(1).split())
    return found


def drop_repeated_blocks(draft: Draft, config: Config) -> Draft:
    """Drop a line or block of lines printed again within ``repeat_window``
    non-blank lines, when its shape says it is an extractor's copy, and a
    block of three lines or more printed again anywhere (a widget or sidebar
    repeated between paragraphs).

    Copies are compared after normalization (white space, case, quote style,
    a final period). A copy goes when it is a block of two or more lines with
    a photo credit or at least ``min_repeat_chars`` characters in all, or a
    single line with a photo credit (a caption) or at least
    ``min_repeat_chars`` characters (a paragraph), or a shorter sentence
    printed again right after itself (eight words or more with a final
    period). A short line printed again (a chant, a refrain) stays, however
    often it repeats. The first copy of a
    caption (a credited line, or a line and its credit line) moves to
    ``captions``.
    """
    lines = draft.lines
    keys = line_keys(draft.text)  # whole-text operations; "" for blank lines
    pos = [i for i, key in enumerate(keys) if key]
    if len(pos) < 2:
        return draft
    text = draft.text
    quoted = _pull_quotes(lines) if "\n>" in f"\n{text}" else {}
    if _QUOTE_LINE.search(text) is not None:  # one C-speed scan for the common case
        quoted.update(_quoted_lines(lines, pos, text))
    if "…" in text or "..." in text:
        quoted.update(_excerpts(lines, pos, draft.numbers))
    quoted.update(_credited_again(lines, pos, draft.numbers, config.credit_regex))
    # An image's text over its caption moves to the captions.
    images = _image_over_caption(lines, pos, config, quoted) if "![" in text else {}
    nb_keys = [keys[i] for i in pos]
    if len(set(nb_keys)) == len(nb_keys) and not images:
        # Nothing repeats (the common case, one set() per page) but a pull quote.
        if not quoted:
            return draft
        return draft.drop_lines(quoted, "drop_repeated_blocks")
    window = config.repeat_window
    min_chars = config.min_repeat_chars
    credit = config.credit_regex
    numbers = draft.numbers
    last_seen: dict[str, int] = {}
    seen_at: dict[str, list[int]] = {}  # every earlier position of a line
    reasons: dict[int, str] = {}
    kinds: dict[int, EditKind] = {}
    captions: list[str] = []
    gone: list[int] = []  # positions taken out so far, ascending
    k, n = 0, len(pos)

    def run_length(j: int, k: int) -> int:
        """How many lines from ``k`` repeat those from ``j``."""
        size = 1
        while k + size < n and j + size < k and nb_keys[j + size] == nb_keys[k + size]:
            size += 1
        return size

    while k < n:
        key = nb_keys[k]
        j = last_seen.get(key)
        last_seen[key] = k
        earlier = seen_at.setdefault(key, [])
        earlier.append(k)
        if j is None:
            k += 1
            continue
        # The copy runs on while it matches the lines after the first copy.
        size = run_length(j, k)
        if size < _FAR_BLOCK_LINES:
            # A line of a widget may stand alone elsewhere too ("Business"):
            # look for the block it starts at its other places.
            for other in earlier[-2 - _FAR_TRIES : -2][::-1]:
                if (longer := run_length(other, k)) >= _FAR_BLOCK_LINES:
                    j, size = other, longer
                    break
        # The distance counts only lines still there: those this stage took
        # out are gone, as they are when the output is cleaned again.
        distance = k - j - (bisect_left(gone, k) - bisect_right(gone, j))
        block = [lines[pos[k + m]].strip() for m in range(size)]
        chars = sum(_width(b) for b in block)  # a Chinese character prints two columns wide
        long_block = size >= _FAR_BLOCK_LINES and chars >= _FAR_BLOCK_CHARS
        credited = any(_credited(b, credit) for b in block)
        if size == 1 and credited and credit_only(block[0], config):
            # A credit alone ("(Photo: Jane Doe)") under each of several
            # captions: one photographer's photos, no copy.
            k += 1
            continue
        if distance > window and not long_block and not (credited and chars >= min_chars):
            # Far apart, only a block of lines is a copy: a widget or a
            # sidebar printed again between paragraphs, or a caption with
            # its credit (a gallery under the story). One line (a pull
            # quote, a refrain) printed again far away stays.
            k += 1
            continue
        if credited:
            rule = "repeated_caption_block" if size >= 2 else "repeated_caption"
        elif chars >= min_chars or long_block:
            rule = "repeated_block" if size >= 2 else "repeated_paragraph"
        elif size == 1 and distance == 1 and _sentence_copy(lines[pos[j]], block[0]):
            rule = "repeated_sentence"
        else:
            k += 1
            continue
        if rule == "repeated_paragraph" and _summary_over_text(lines, pos, j, k):
            # A feed's summary over the story: the copy in the text stays.
            insort(gone, j)
            reasons[pos[j]] = f"copy of line {numbers[pos[k]]} ({rule}, a summary over the text)"
            kinds[pos[j]] = "removed"
            k += 1
            continue
        gone.extend(range(k, k + size))
        for m in range(size):
            reasons[pos[k + m]] = f"copy of line {numbers[pos[j + m]]} ({rule})"
            kinds[pos[k + m]] = "removed"
            last_seen[nb_keys[k + m]] = k + m
        # The first copy moves to captions when it is one: a credited line, or
        # a line and its credit on the next input line. A longer block stays.
        caption = size == 1 or (
            size == 2
            and numbers[pos[j + 1]] == numbers[pos[j]] + 1
            and credit_only(block[1], config)
        )
        if credited and caption and pos[j] not in reasons:
            for m in range(size):
                reasons[pos[j + m]] = f"caption, repeated in the body ({rule})"
                kinds[pos[j + m]] = "extracted"
                insort(gone, j + m)
            captions.append(" ".join(" ".join(b.split()) for b in block))
        k += size
    for i, reason in quoted.items():
        if i not in reasons:
            reasons[i], kinds[i] = reason, "removed"
    for i, alt in images.items():
        if i not in reasons:
            reasons[i], kinds[i] = (
                "an image's text over its caption (image_over_caption)",
                "extracted",
            )
            captions.append(alt)
    if not reasons:
        return draft
    return draft.drop_lines(
        reasons,
        "drop_repeated_blocks",
        kind=kinds,
        captions=draft.captions + tuple(captions),
    )


def _summary_over_text(lines: Sequence[str], pos: Sequence[int], j: int, k: int) -> bool:
    """Whether the paragraph at position ``j`` stands alone (no paragraph
    of text above or under it) while its copy at ``k`` opens the text (a
    paragraph under it): a feed's summary, printed over the caption and
    the story."""

    def paragraph(m: int, width: int = _PARAGRAPH) -> bool:
        line = lines[pos[m]] if 0 <= m < len(pos) else ""
        return _width(line) >= width and line.rstrip().endswith((*_SENTENCE_ENDS, ":"))

    def opens(m: int) -> bool:
        """A paragraph under position ``m``, maybe below an image."""
        below = lines[pos[m + 1]].lstrip() if m + 1 < len(pos) else ""
        return paragraph(m + 1) or (below[:2] == "![" and (paragraph(m + 2) or paragraph(m + 3)))

    # Printed twice in a row, the second is the copy, as elsewhere; and a
    # paragraph of the text has text around it (a verse's last line above).
    return j + 1 < k and not paragraph(j - 1, _PARAGRAPH // 2) and not paragraph(j + 1) and opens(k)


_EXCERPT_ENDS: Final = ("[…]", "[...]", "(…)", "(...)", "…", "...")
_EXCERPT_CHARS: Final = 50  # characters of an excerpt before its ellipsis, at least
_EXCERPT_WINDOW: Final = 12  # non-blank lines below an excerpt where its paragraph is


def _excerpts(lines: Sequence[str], pos: Sequence[int], numbers: Sequence[int]) -> dict[int, str]:
    """A feed's or a teaser's summary: a paragraph's first words and an
    ellipsis ("... Investice za 240 milionů korun […]"), with the whole
    paragraph a few lines below it."""
    found: dict[int, str] = {}
    for k, i in enumerate(pos):
        s = lines[i].strip()
        if not s.endswith(_EXCERPT_ENDS):
            continue
        end = next(e for e in _EXCERPT_ENDS if s.endswith(e))
        head = " ".join(s[: -len(end)].split()).casefold()
        if len(head) < _EXCERPT_CHARS:
            continue
        for j in pos[k + 1 : k + 1 + _EXCERPT_WINDOW]:
            whole = " ".join(lines[j].split()).casefold()
            if len(whole) > len(head) and whole.startswith(head):
                found[i] = f"an excerpt of line {numbers[j]} (a summary over the text)"
                break
    return found


_QUOTE_NOISE: Final = regex.compile(r"[^\w]+")
_PULL_QUOTE_WORDS: Final = 4


def _quote_key(text: str) -> str:
    return " ".join(_QUOTE_NOISE.sub(" ", text.casefold()).split())


def _pull_quotes(lines: Sequence[str]) -> dict[int, str]:
    """Markdown block quotes (``> "It was like a river."``) whose words are
    printed in the text too: a pull quote, set off from the paragraph it
    repeats. A block quote said nowhere else (a letter, a statement) stays."""
    blocks: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            if blocks and blocks[-1][-1] == i - 1:
                blocks[-1].append(i)
            else:
                blocks.append([i])
    if not blocks:
        return {}
    quotes = [_quote_key(" ".join(lines[i].lstrip()[1:] for i in block)) for block in blocks]
    text = f" {_quote_key(' '.join(lines))} "
    copies = Counter(quotes)
    found: dict[int, str] = {}
    for block, quote in zip(blocks, quotes, strict=True):
        if quote.count(" ") + 1 < _PULL_QUOTE_WORDS:
            continue
        # Its words printed elsewhere than in its own copies: in a paragraph,
        # or in a longer block quote (a statement quoted in the text).
        if text.count(f" {quote} ") > copies[quote]:
            found.update((i, "pull quote: a block quote of the text's own words") for i in block)
    return found


_OPEN_QUOTES: Final = ('"', "“", "«", "„", "‘", "»")
_CLOSE_QUOTES: Final = ('"', "”", "»", "“", "’", "«", '".', "”.", "».")
_QUOTED_WORDS: Final = 6  # words of a quote on a line of its own that is a pull quote


_QUOTE_LINE: Final = regex.compile(r"^[ \t]*[\"“«„‘»]", regex.MULTILINE)


def _quoted_lines(lines: Sequence[str], pos: Sequence[int], text: str) -> dict[int, str]:
    """A quote on a line of its own (in quotation marks, nothing else on
    the line) whose words the text prints inside a longer paragraph: a pull
    quote an extractor kept without its block-quote mark. A quote that is
    a paragraph of its own, said nowhere else, stays."""
    found: dict[int, str] = {}
    # After a paragraph of the text: under the headline, a quote is the dek
    # ("'Our goal was never to upset anyone.'").
    candidates = [
        pos[k]
        for k in range(1, len(pos))
        if lines[pos[k]].lstrip()[:1] in _OPEN_QUOTES
        and lines[pos[k]].rstrip().endswith(_CLOSE_QUOTES)
        and lines[pos[k - 1]].rstrip().endswith(_SENTENCE_ENDS)
    ]
    if not candidates:
        return found
    keys = {i: _bare_quote(lines[i]) for i in candidates}
    keys = {i: key for i, key in keys.items() if key.count(" ") + 1 >= _QUOTED_WORDS}
    if not keys:
        return found
    # Its words inside a longer paragraph: printed more often in the whole
    # text (one pass over it, then counts) than as lines of their own (a
    # chant printed twice). A paragraph may be hard-wrapped inside the quote.
    whole = " ".join(text.casefold().split())
    for i, quote in keys.items():
        printed = whole.count(quote)
        if printed < 2:
            continue  # the common case: a quote said once
        size = len(lines[i])
        alone = sum(
            1
            for j in pos
            if abs(len(lines[j]) - size) <= _QUOTE_MARKS_LEN and _bare_quote(lines[j]) == quote
        )
        if printed > alone:
            found[i] = "pull quote: a quote of the text's own words on a line of its own"
    return found


def _bare_quote(line: str) -> str:
    """A quote's words as the text prints them: case-folded, without its
    marks and final stop, white space as single spaces."""
    return " ".join(line.casefold().strip().strip(_QUOTE_MARKS).split())


_QUOTE_MARKS: Final = '"“”«»„‘’.,!? \u00a0\u202f'
_QUOTE_MARKS_LEN: Final = 8  # characters of marks and spaces a copy may differ by


# ---------------------------------------------------------------------------
# Article boundaries in merged archive and feed files


# A line of three or more separator characters: "* * *", "***", "-----", "• • •".
_SEPARATOR: Final = regex.compile(r"(?:[*•·~=#_\-–—]\s*){3,}")


def _title_shaped(line: str, config: Config) -> bool:
    """A headline: two words or more, not a sentence, a list item or a date."""
    s = line.strip()
    return (
        " " in s
        and len(s) <= config.max_title_chars
        and not s.endswith((".", "!", ":", ";", ","))
        and not s.startswith(("- ", "* ", "• "))
        and not date_line(s)
    )


_LONG_RULE: Final = 10  # separator characters in a rule drawn between documents


def _headline_case(line: str) -> bool:
    """A title in headline case, as the file's first line has it too ("Zoo
    Welcomes Two Snow Leopard Cubs"): three words of four letters or more,
    all capitalized. A feature's subheading after a scene break is written
    as a sentence."""
    long = [w for w in line.split() if len(w) >= _HEADLINE_WORD and w.isalpha()]
    return len(long) >= _HEADLINE_WORDS and all(w[0].isupper() and not w.isupper() for w in long)


_HEADLINE_WORD: Final = 4  # letters of a word that headline case capitalizes
_HEADLINE_WORDS: Final = 3


def _header_sign(lines: Sequence[str], pos: Sequence[int], k: int, config: Config) -> bool:
    """Whether one of the three non-blank lines from ``pos[k]`` is a byline,
    a date or a credited caption: what a new article's header has."""
    for m in range(k, min(k + 3, len(pos))):
        line = lines[pos[m]]
        if byline_line(line) or date_line(line) or loose_date(line) or credit_only(line, config):
            return True
        if config.credit_regex.search(line[-120:]) is not None:
            return True
    return False


def _underline(lines: Sequence[str], i: int, config: Config) -> bool:
    """Whether ``lines[i]`` underlines a Markdown heading right above it: a
    line of "=", or of "-" as long as a heading (a rule of "-" under a
    feed's last line separates two articles)."""
    rule, above = lines[i].strip(), lines[i - 1].strip() if i > 0 else ""
    if not above:
        return False
    if set(rule) == {"="}:
        return True
    return set(rule) == {"-"} and abs(len(rule) - len(above)) <= 3 and _title_shaped(above, config)


def _separator_starts(lines: Sequence[str], pos: Sequence[int], config: Config) -> dict[int, str]:
    """Articles after separator lines, when every separator in the file is
    followed by a title and then text, and the file starts with a title. One
    separator followed by a paragraph makes them all scene breaks. A line of
    "=" or "-" right under a line of text underlines a Markdown heading."""
    if not _title_shaped(lines[pos[0]], config):
        return {}
    pos = [i for i in pos if not _underline(lines, i, config)]
    # Separators of one kind (the characters they are drawn with) are judged
    # together: a feed may draw "———" between articles and "___" inside one.
    kinds: dict[frozenset[str], list[int]] = {}
    for k, i in enumerate(pos):
        s = lines[i].strip()
        if _SEPARATOR.fullmatch(s) and k + 2 < len(pos):  # a trailing one ends the file
            kinds.setdefault(frozenset(s.replace(" ", "")), []).append(k)
    starts: dict[int, str] = {}
    keys = [line_key(lines[i]) for i in pos] if kinds else []
    for seps in kinds.values():
        found = {}
        for k in seps:
            title, after = lines[pos[k + 1]], lines[pos[k + 2]]
            if not _title_shaped(title, config) or _SEPARATOR.fullmatch(after.strip()):
                break
            if keys[k + 1] in keys[:k]:
                break  # the title printed again under a rule (a reader view's copy)
            # A short ornament ("* * *") is also a scene break, and a feature
            # puts a subheading after it: only a header under the title (a
            # byline, a date, a credited caption) makes it a boundary. A long
            # rule ("-----------") is drawn between documents.
            rule = lines[pos[k]].strip().replace(" ", "")
            if (
                len(rule) < _LONG_RULE
                and not _header_sign(lines, pos, k + 2, config)
                and not (_headline_case(title) and _headline_case(lines[pos[0]]))
            ):
                break
            found[pos[k + 1]] = "new article: a title after a separator line (merged layout)"
        else:
            starts.update(found)
    if starts:
        # A feed's own header over its items (its title, link and
        # description, no date or byline) is no article: where every item
        # has a date or a byline under its title and the first part has
        # none, the first item starts the file's first article.
        first = min(starts)
        head = [i for i in pos if i < first and not _SEPARATOR.fullmatch(lines[i].strip())]
        signed = all(_header_sign(lines, pos, bisect_left(pos, i) + 1, config) for i in starts)
        if signed and len(head) <= _FEED_HEADER and not _header_sign(lines, pos, 1, config):
            del starts[first]
    return starts


_FEED_HEADER: Final = 4  # non-blank lines of a feed's own header over its first item
_LINKED_FEED_HEADER: Final = 12  # non-blank lines of a feed's header with its link and date


def _linked_feed_header(
    lines: Sequence[str], rules: dict[int, str], config: Config
) -> dict[int, str]:
    """A feed's own header as get_text prints an Atom or RSS file: its title,
    description, link, updated date, generator and rights, then the first
    entry's title over the entry's own link and date, no sentence between.
    The lines above the entry's title are the feed's."""
    pos = _positions(lines, _LINKED_FEED_HEADER)
    urls = [k for k, i in enumerate(pos) if "://" in lines[i] and url_line(lines[i])]
    if len(urls) < 2 or urls[0] == 0:
        return {}
    entry = urls[1] - 1  # the entry's title, right above its link
    if entry <= urls[0] or not _title_shaped(lines[pos[entry]], config):
        return {}
    if any(_sentence(lines[i]) for i in pos[: urls[1]]):
        return {}
    # The feed's header has its date, and so does the entry, under its link.
    dated = [k for k in range(len(pos)) if date_line(lines[pos[k]])]
    if not any(urls[0] < k < entry for k in dated) or not any(
        urls[1] < k <= urls[1] + 2 for k in dated
    ):
        return {}
    return {i: "feed_header" for i in pos[:entry] if i not in rules}


def _feed_header(lines: Sequence[str], rules: dict[int, str], config: Config) -> dict[int, str]:
    """A feed's own header (its title, link and description, no date or
    byline) over a long rule and the first item, which has a date or a
    byline under its title: the feed's, not the item's."""
    linked = _linked_feed_header(lines, rules, config)
    if linked:
        return linked
    pos = _positions(lines, _FEED_HEADER + 2)
    rule = next(
        (
            k
            for k, i in enumerate(pos)
            if _SEPARATOR.fullmatch(s := lines[i].strip()) and len(s.replace(" ", "")) >= _LONG_RULE
        ),
        None,
    )
    if (
        not rule
        or rule > _FEED_HEADER
        or rule + 1 >= len(pos)
        or _underline(lines, pos[rule], config)
    ):
        return {}
    whole = _positions(lines)
    if _header_sign(lines, pos, 0, config) or not _header_sign(lines, whole, rule + 2, config):
        return {}
    return {i: "feed_header" for i in pos[:rule] if i not in rules}


_PREAMBLE: Final = 3  # non-blank lines of a feed page before its first article
_STRICT_TITLE_WORDS: Final = 4  # words of a title found below a long page header
_PAGE_HEADER: Final = 24  # non-blank lines, menus included, before a feed's first article
_BODY_AFTER: Final = 8  # non-blank lines from a feed article's title to its first sentence end


# A sentence ending inside a hard-wrapped line: "dents attending. Members voted".
def _cjk_sentence(s: str) -> bool:
    """A sentence of Chinese or Japanese: a line of some length with their
    full stop (no spaces between its words)."""
    return s.endswith(("。", "！", "？", "」")) and len(s) >= _CJK_SENTENCE


_CJK_SENTENCE: Final = 12  # characters
_SENTENCE_INSIDE: Final = regex.compile(r"\p{Ll}[.!?][\"”’]?\s+\p{Lu}")
# Life dates under an obituary's title: "1938 - 2024", "(1938–2024)".
_LIFE_DATES: Final = regex.compile(r"\(?(?:1[89]|20)\d{2}\s*[-–—]\s*(?:1[89]|20)\d{2}\)?")


# A story's first paragraph opening with its dateline: "OUDEWEG – Een
# schuur ...", "Lembah Sari (KBN) - Gempa ...", "NAIROBI, Kenya — The ...".
_DATELINE_OPENING: Final = regex.compile(
    r"(?:\p{Lu}[\p{Lu}'’.-]{2,}(?:[ /]\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]+){0,2}"
    r"(?:\s*\([^()]{1,40}\))?"
    r"|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\s*\(\p{Lu}{2,10}\))"
    r"\s*[–—-]{1,2}\s+\p{Lu}"
)


def _under_title(line: str) -> bool:
    """A line that stands under a title in a feed's article header: a date,
    a byline or life dates; or the story's first paragraph, opening with its
    dateline (a print page's or a wire's short items)."""
    s = line.strip()
    if byline_line(s):
        return True
    if s[:1].isupper() and len(s) >= _PARAGRAPH:
        head = s[:80]  # a dateline's dash stands near the start
        if ("–" in head or "—" in head or "-" in head) and _DATELINE_OPENING.match(s):
            return True
    if _DIGIT.search(s) is None:  # the common case: a line of words
        return False
    if _dated_opening(s) is not None:
        return True  # "Posted on March 3, 2024 by admin in News | 2 Comments"
    if (
        date_line(s, place=False)  # a letter's "Bar-le-Duc, 12 mars 1916" is no feed item's
        or _LIFE_DATES.fullmatch(s) is not None
        or _date_and_byline(s) is not None
        or _byline_date_split(s) is not None
    ):
        return True
    # "Lucía Bermejo | 14/10/2025 - 09:12 | Lectura: 3 min": names and a date
    if not any(sep in s for sep in _CREDIT_SEPARATOR_MARKS):
        return False  # the common case: no separator, no credit line
    credit = _credit_line(s)
    return credit is not None and bool(credit[1])


_CREDIT_SEPARATOR_MARKS: Final = (" | ", " / ", " · ", " • ", " - ", " – ", " — ")


_CREDITED_STORY: Final = 2  # paragraphs under a title over names and a date


def _credited_starts_with_stories(
    lines: Sequence[str], pos: Sequence[int], starts: dict[int, str], first: int
) -> dict[int, str]:
    """Of the starts whose title stands over only names and a date ("Carlos
    Mazón | 14/10/2025 - 09:30"), those in a file whose first article (its
    title at line ``first``) is signed so too, with two paragraphs or more
    before the next start: a schedule's subheadings over a paragraph or two
    each (who appears when), under a headline signed otherwise, start no
    article."""

    def credited(title: int, end: int) -> str | None:
        """The date of the credit line under the title, if that is one."""
        below = [i for i in pos if title < i < end]
        sign = next((i for i in below[:3] if "://" not in lines[i]), None)
        if sign is None or "|" not in lines[sign] or date_line(lines[sign]):
            return None
        credit = _credit_line(lines[sign])
        if credit is None or not credit[1] or byline_line(credit[0][0]):
            return None
        return credit[1][0]

    bounds = [*sorted(starts), len(lines)]
    newest = credited(first, bounds[0])
    kept = dict(starts)
    for start, end in pairwise(bounds):
        date = credited(start, end)
        if date is None:
            continue
        below = [i for i in pos if start < i < end]
        paragraphs = sum(_sentence(lines[i]) and _width(lines[i]) >= _PARAGRAPH for i in below)
        # An archive lists its posts newest first; a schedule's dates run on.
        later = newest is not None and _day_number(date) > _day_number(newest)
        if newest is None or later or paragraphs < _CREDITED_STORY:
            del kept[start]
        else:
            newest = date
    return kept


_DMY: Final = regex.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


def _day_number(date: str) -> int:
    """A numeric date ("14/10/2025") as a sortable number, day first; 0 for
    another form (no order is read from it)."""
    m = _DMY.search(date)
    if m is None:
        return 0
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if month > 12 >= day:
        day, month = month, day  # month first: "10/14/2025"
    return year * 10_000 + month * 100 + day


def _byline_date_split(line: str) -> tuple[str, str] | None:
    """The byline and the date of a line that holds both, between
    separators ("By Priya Lorimer | Saturday 14 September 2024, 17:55",
    "Reporter: Dimas Prasetyo | Selasa, 18 Februari 2025 | 07:15 WIB"), after
    a comma ("Par Élise Vautrin, le 6 mai 2025 à 8h00") or with none, or
    None."""
    s = line.strip()
    separated = any(c in s for c in "|·•/–—") or " - " in s
    if not separated and s[:2].casefold() not in _BYLINE_STARTS:
        return None  # the common case: no separator, and no byline's first word
    parts = _CREDIT_SEPARATORS.split(s) if separated else [s]
    if 1 < len(parts) <= 4:
        by = next((p for p in parts if byline_line(p)), None)
        date = next((p for p in parts if date_line(p) or loose_date(p)), None)
        if by is not None and date is not None:
            return by, date
    head, comma, tail = s.rpartition(", ")
    while comma:
        if byline_line(head) and date_line(tail):
            return head, tail
        head, comma, rest = head.rpartition(", ")
        tail = f"{rest}, {tail}"
    # No separator: "By Owen Prescott Tuesday 15 October 2024, 4:12pm"
    if s[:2].casefold() in _BYLINE_STARTS and _DIGIT.search(s):
        words = s.split(" ")
        for j in range(2, min(len(words), 6)):
            head, tail = " ".join(words[:j]), " ".join(words[j:])
            if date_line(tail) and byline_line(head):
                return head, tail
    return None


def _reworded(title: str, line: str) -> bool:
    """Whether ``line`` prints ``title`` again in other words: two words or
    more of the shorter one, and most of them, are in the longer one
    (``Roz Amadi-Kern Obituary`` / ``Rosalind "Roz" Amadi-Kern``)."""
    a, b = (set(regex.findall(r"\w[\w'-]*", line_key(x))) for x in (title, line))
    shared = len(a & b)
    return shared >= 2 and 2 * shared >= min(len(a), len(b))


def _gap(line: str) -> bool:
    """A blank line or a UI line: what stands between two articles' headers."""
    s = line.strip()
    return not s or ui_rule(s) is not None


# Lines that end a document in news-database exports and wire feeds.
_END_MARKERS: Final = frozenset(
    ("end of document", "end of article", "end of story", "(end)", "-- end --", "- end -")
)


_NEXT_TEXT: Final = 16  # non-blank lines after an end marker within which a sentence shows
# A press release's last line on a wire: "SOURCE Kessel Dynamics, Inc."
# A wire release's last line: "SOURCE Hollin Foods LLC". The issuer's name is
# not in capitals and has no number ("SOURCE SHARE", "SOURCE Lake Mead 90"
# are a table's, "SOURCE CODE" a film's).
_SOURCE_LINE: Final = regex.compile(
    r"SOURCE (?=[^\d]*\p{Ll})\p{Lu}[^\W\d]*(?:[ .,&'’-]+[^\W\d]+)*\.?"
)
# A wire release's link to its page: "View original content to download
# multimedia: https://...".
_VIEW_ORIGINAL: Final = regex.compile(r"View original content[\w ]{0,40}:\s*\S+")


def _end_marker_starts(lines: Sequence[str]) -> dict[int, str]:
    """Articles after each end-of-document line that has an article after it:
    a sentence within a few lines. A wire story's ``(END)`` on a saved page is
    followed by the page's tags, lists and footer, which start no article."""
    starts: dict[int, str] = {}
    pos = _positions(lines)
    # A print page's or an archive's copyright line under each of its
    # articles ("© RIPRODUZIONE RISERVATA"): printed twice or more, it ends one.
    # A photo's credit ("© 2024 Jane Doe") is no such line: it says what is reserved.
    notices = Counter(
        s
        for i in pos
        if ("©" in (s := lines[i].strip()) or s[:9].casefold() == "copyright")
        and any(r in s.casefold() for r in _RESERVED)
        and ui_rule(s) == "copyright_notice"
    )
    for k, i in enumerate(pos[:-1]):
        s = lines[i].strip()
        if s.casefold() in _END_MARKERS or notices.get(s, 0) >= 2:
            after = pos[k + 1 : k + 1 + _NEXT_TEXT]
        elif _SOURCE_LINE.fullmatch(s) and not _sentence(lines[pos[k + 1]]):
            # A wire's "SOURCE X": the next release has a title, then text.
            after = [j for j in pos[k + 2 : k + 1 + _NEXT_TEXT] if _width(lines[j]) >= _PARAGRAPH]
        else:
            continue
        # The page's own sentences (its copyright line, a call in capitals
        # to use the wire) start no article.
        if any(
            _sentence(lines[j]) and not lines[j].isupper() and ui_rule(lines[j]) is None
            for j in after
        ):
            starts[pos[k + 1]] = "new article: after the line that ends the previous one"
    return starts


def _matter_over_text(lines: Sequence[str], i: int) -> bool:
    """Whether front matter with a title starts at line ``i`` and a page's
    text follows it (a fact box of "Title:", "Author:" lines ends an article
    and has none)."""
    matter = _front_matter(lines, i)
    if not any(field == "title" for field, _ in matter.values()):
        return False
    after = next((line for line in lines[max(matter) + 1 :] if line.strip()), "")
    return _width(after) >= _PARAGRAPH


def _document_starts(lines: Sequence[str]) -> dict[int, str]:
    """Files joined into one: each after the first starts at the line head
    or tail prints above it (``==> a.txt <==``), at its web archive record
    (``WARC/1.0`` and its header, as WET files hold pages' text), or at its front matter (a
    ``---`` block of fields with a title, a reader API's ``Title:`` header)
    below text."""
    starts: dict[int, str] = {}
    pos = _positions(lines)
    text_seen = False
    for k, i in enumerate(pos):
        s = lines[i].strip()
        if s[:5] == "WARC/" and (record := _warc_record(lines, i)) is not None:
            # A page's record starts an article; the crawl's own (warcinfo)
            # starts none and stays with the page before it (or the first).
            if text_seen and record[1] not in _CRAWL_RECORDS:
                starts[i] = "new article: a web archive's record (WARC)"
                text_seen = False
        elif s[:4] == "==> " and _FILE_HEADER.fullmatch(s):
            if k > 0:
                starts[i] = "new article: a file's name line (files joined by head or tail)"
            text_seen = False
        elif (
            (s == "---" or s[:6] == "Title:" or s[:4] == "URL:")
            and text_seen
            and _matter_over_text(lines, i)
        ):
            if pos[k - 1] not in starts:
                starts[i] = "new article: its front matter (files joined)"
            text_seen = False
        elif not text_seen and _sentence(s):
            text_seen = True
    return starts


# The link that ends each story of a newsletter digest, in the digests'
# languages: "Read the full story →" says so on a line of its own; "Read
# more", "Läs mer »" only as a link (a bare "Read more" is a teaser's label).
_FULL_STORY: Final = (
    "read the full story",
    "read the full article",
    "read the full piece",
    "read full story",
    "read full article",
    "läs hela artikeln",
    "lees het hele artikel",
    "leer la noticia completa",
    "leia a matéria completa",
    "lire l'article complet",
    "soma habari kamili",
)
_READ_ON: Final = (
    "read more",
    "continue reading",
    "läs mer",
    "lees verder",
    "lees meer",
    "leer más",
    "seguir leyendo",
    "lire la suite",
    "weiterlesen",
    "zum artikel",
    "leia mais",
    "continua a leggere",
    "leggi l'articolo",
    "czytaj dalej",
    "devamını oku",
    "baca selengkapnya",
    "اقرأ المزيد",
    "اقرأ أيضا المزيد",
    "читать далее",
    "читати далі",
    "đọc tiếp",
    "mehr lesen",
    "lue lisää",
    "les mer",
    "læs mere",
)
_DIGEST_WORDS: Final = frozenset(phrase.split()[0] for phrase in (*_FULL_STORY, *_READ_ON))
_DIGEST_START: Final = regex.compile(
    r"\s*\[?\s*(?:" + "|".join(sorted(_DIGEST_WORDS)) + r")\b", regex.IGNORECASE
)
_OPEN_ADDRESS: Final = regex.compile(r"\]\([^()\s]*$")  # a link wrapped inside its address
_MD_HEADING_MARK: Final = regex.compile(r"^#{1,6}\s+")
_DIGEST_GAP: Final = 10  # non-blank lines between a story's link and the next title
_LAST_STORY_LINES: Final = 6  # lines under the last story's title searched for its text
_LAST_STORY_SENTENCES: Final = 2
_WRAPPED_TEXT: Final = 60  # columns of a hard-wrapped line of text


def markdown_words(line: str) -> str:
    """A Markdown line's words: its heading mark and its links' addresses
    taken out.

    >>> markdown_words("## [Port board approves dredging](https://example.org/a)")
    'Port board approves dredging'
    """
    if "](" in line:
        line = _MD_LINKS.sub(r"\1", line)
    return _MD_HEADING_MARK.sub("", line) if line[:1] == "#" else line


def _says_full_story(key: str, phrases: tuple[str, ...]) -> bool:
    """The label is one of ``phrases``, maybe with the site it is on ("Läs
    hela artikeln på site.example"); not a teaser's "Read more: Headline"."""
    for phrase in phrases:
        if key == phrase:
            return True
        if key.startswith(phrase + " "):
            rest = key[len(phrase) + 1 :]
            return ":" not in rest and rest.count(" ") < 4 and "." in rest
    return False


def _digest_end(lines: Sequence[str], i: int) -> int | None:
    """If a story's link to its full text is at line ``i`` (a line of its
    own, or a Markdown link whose label or address goes on to the next
    line), the index of its last line."""
    s = lines[i].strip()
    if len(s) > _LONGEST_CREDIT_LINE * 3:
        return None
    last = i
    label = s
    link = s[:1] == "["
    if link:
        if "](" in s:
            label = s[1 : s.index("](")]
            if _OPEN_ADDRESS.search(s) and i + 1 < len(lines) and ")" in lines[i + 1]:
                last = i + 1  # the address goes on: "...north-" / "channel-dredging)"
        elif i + 1 < len(lines) and "](" in lines[i + 1]:
            label = s[1:] + " " + lines[i + 1].strip().split("](")[0]  # the label goes on
            last = i + 1
        else:
            return None
    key = _ui_key(label).rstrip(" →»>›.…")
    if len(key) > 60:
        return None
    said = _says_full_story(key, _FULL_STORY) or (link and _says_full_story(key, _READ_ON))
    return last if said else None


def _digest_starts(lines: Sequence[str], config: Config) -> dict[int, str]:
    """A newsletter digest: stories that each end with a link to the full
    story, the last one too, each after the first starting with a title (a
    Markdown heading, a numbered headline) over its text, below ads or a
    separator. Where text with a title goes on after the last such link,
    the links are teasers inside one article and nothing splits."""
    pos = _positions(lines)
    ends: list[int] = []  # the position of each link's last line
    k = 0
    while k < len(pos):
        last = _digest_end(lines, pos[k]) if _DIGEST_START.match(lines[pos[k]]) else None
        if last is None:
            k += 1
            continue
        while k + 1 < len(pos) and pos[k + 1] <= last:
            k += 1
        ends.append(k)
        k += 1
    if len(ends) < 2:
        return {}

    def next_story(k: int) -> int | None:
        """The title of a story within a few lines after position ``k``: a
        Markdown heading rather than a sponsor's line over its text, and
        over text, not a list of links ("## In brief")."""
        found = []
        for m in range(k + 1, min(k + 1 + _DIGEST_GAP, len(pos))):
            title = lines[pos[m]].strip().lstrip("#").strip()
            if not _title_shaped(title, config) or ui_rule(title) is not None:
                continue
            under = [lines[pos[j]] for j in range(m + 1, min(m + 3, len(pos)))]
            if any(
                (_width(u) >= _WRAPPED_TEXT or (_sentence(u) and _width(u) >= _PARAGRAPH))
                and _LISTED.match(u) is None
                for u in under
            ):
                found.append(pos[m])
        heading = next((i for i in found if lines[i].lstrip()[:2] == "##"), None)
        return heading if heading is not None else (found[0] if found else None)

    stories = [next_story(k) for k in ends[:-1]]
    # Below the last link, the digest's footer: a sentence or two, no story;
    # or one more story that ends otherwise ("Register now"), then the footer.
    footer = [pos[m] for m in range(ends[-1] + 1, len(pos))]
    told = sum(1 for i in footer if _sentence(lines[i]) and _width(lines[i]) >= _PARAGRAPH)
    if told >= _TEXT_RUN or any(s is None for s in stories):
        return {}
    last = next_story(ends[-1])
    if (
        last is not None
        and lines[last].strip().lstrip("#").strip()[:1].isalpha()
        and sum(
            _sentence(lines[i]) and _width(lines[i]) >= _PARAGRAPH
            for i in footer
            if last < i <= last + _LAST_STORY_LINES
        )
        >= _LAST_STORY_SENTENCES
    ):
        stories.append(last)  # a story with two sentences under its title
    return {
        s: "new article: after the previous story's link to its full text (newsletter digest)"
        for s in stories
        if s is not None
    }


def feed_boundaries(lines: Sequence[str], config: Config) -> dict[int, str]:
    """Article starts in a merged file, from signs other than a repeated header.

    Five layouts are recognized, each only when it holds for the whole file:

    - *Joined files*: the line ``head`` or ``tail`` prints above each file
      (``==> a.txt <==``), or each article's front matter below the text of
      the one before;

    - *End markers*: a line ``End of Document`` (or ``(END)``) after each
      article, as news-database exports print them, or the same copyright
      line after each (``© RIPRODUZIONE RISERVATA``), as print pages do;

    - *URL trailers*: each article ends with a line that is only its source
      URL, the last non-blank line of the file among them; an article starts
      at the first non-blank line after each trailer but the last.
    - *Date headers*: the file starts (after at most three lines of the
      page's own) with a title-shaped line followed (within two lines) by a
      date line, a byline, life dates (an obituary's ``1938 - 2024``) or a
      first paragraph opening with its dateline (``OUDEWEG – A barn ...``), and
      so does each later article, after a blank or a UI line (and maybe a
      section name), with a sentence after its header.
    - *Separators*: articles between separator lines (``* * *``), each
      starting with a title; the separator ends the article before it (where
      ``drop_ui_lines`` drops it).

    Returns ``{line index: reason}``.

    >>> body = "The council met on Monday to discuss the budget."
    >>> page = ["Budget vote", "1 May 2024", body, "", "Road plan", "2 May 2024", body]
    >>> feed_boundaries(page, Config())
    {4: 'new article: a title followed by a date line (feed layout)'}
    """
    starts: dict[int, str] = {}
    text = "\n".join(lines)  # one C-speed scan for the cheap gates
    if (
        "==> " in text
        or "\n---" in text
        or "\nTitle:" in text
        or "\nURL:" in text
        or "WARC/" in text
    ):
        starts = _document_starts(lines)
        if starts:
            return starts
    low = text.casefold()
    if (
        any(marker in low for marker in _END_MARKERS)
        or "\nSOURCE " in f"\n{text}"
        or low.count("©") + low.count("copyright") >= 2
    ):
        starts = _end_marker_starts(lines)
        if starts:
            return starts
    if any(phrase in low for phrase in _DIGEST_WORDS):
        starts = _digest_starts(lines, config)
        if starts:
            return starts
    has_url = "://" in text
    if "**" in text or "* *" in text or "---" in text or "•" in text or "__" in text:
        pos = _positions(lines)
        starts = _separator_starts(lines, pos, config)
        if starts:
            return starts
    if _VIEWS_GATE.search(text):
        starts = _post_stamp_starts(lines, _positions(lines))
        if starts:
            return starts
    # The date layout needs a date line (or a byline) among the first lines.
    first_lines = _positions(lines, _PAGE_HEADER + 2)[1:]
    if not has_url and not any(_under_title(lines[i]) for i in first_lines):
        return starts
    pos = _positions(lines)
    if not pos:
        return starts
    if has_url:
        trailers = [i for i in pos if url_line(lines[i]) is not None]
        if len(trailers) >= 2 and trailers[-1] == pos[-1]:
            nexts = [next((i for i in pos if i > t), None) for t in trailers[:-1]]
            # Each trailer is followed by the next article's title and comes
            # after a finished paragraph: a URL paragraph in a body is
            # followed by more text, or ends a sentence ("online at").
            ended = all(
                lines[p].rstrip().endswith(_ENDS_SENTENCE)
                for t in trailers
                if (p := next((i for i in reversed(pos) if i < t), None)) is not None
            )
            if ended and all(i is not None and _title_shaped(lines[i], config) for i in nexts):
                for i in nexts:
                    if i is not None:
                        starts[i] = "new article: after the source URL trailer of the previous one"
                return starts

    raw = lines
    if "](" in text:
        # Markdown: a title and its date line may be links ("## [Title](url)",
        # "Posted on [October 3, 2025](url) by [Dana Reed](url)"): judge their words.
        lines = [markdown_words(line) for line in lines]

    def dated_title(k: int) -> bool:
        """A title-shaped line at position ``k`` with a date line, a byline or
        life dates just after (or a date after one more line, or any of them
        after the title printed again: ``Jane Doe Obituary / Jane Doe``)."""
        line = lines[pos[k]].strip()
        if not (0 < len(line) <= config.max_title_chars) or line.endswith(CLAUSE_ENDS):
            return False
        if strict and line.count(" ") + 1 < _STRICT_TITLE_WORDS:
            return False  # a commenter's name over the comment's date
        # A feed item's link may stand between its title and its date.
        at = (
            k + 1
            if k + 1 < len(pos) and "://" in lines[pos[k + 1]] and url_line(lines[pos[k + 1]])
            else k
        )
        if at + 1 >= len(pos):
            return False
        if k > 0 and _live_entry(lines, pos, k, at):
            return ui_rule(line) is None
        short_name = line.count(" ") < _SHORT_NAME and _proper_name(line)
        if under(at + 1):
            # tags over tags over the date ("Metro Rail" / "Union Cabinet" /
            # "Published - ..."): a name over a name is no headline over a byline
            under_it = lines[pos[at + 1]]
            if (
                short_name
                and under_it.count(" ") < _SHORT_NAME
                and _proper_name(under_it)
                and not _reworded(line, under_it)
            ):
                return False
            signed = not under(k)
        elif strict or at + 2 == len(pos) or not under(at + 2) or under(k):
            return False
        elif short_name and not _reworded(line, lines[pos[at + 1]]):
            # a name over a place over the date: the story's byline ("Ritika
            # Deshpande" / "Pune" / "Updated: ..."), or tags over the date
            return False
        else:
            second = lines[pos[at + 2]]
            signed = date_line(second, place=False) or _reworded(line, lines[pos[at + 1]])
        # A UI line over a date is no title: "3 thoughts on “...”" over a
        # comment, "Reply" over the next one.
        return signed and ui_rule(line) is None

    signs: dict[int, bool] = {}
    strict = False  # only a date or byline right under the title

    def under(k: int) -> bool:
        """:func:`_under_title` of the line at position ``k``, computed once."""
        found = signs.get(k)
        if found is None:
            found = signs[k] = _under_title(lines[pos[k]])
        return found

    def body_after(k: int) -> bool:
        """Whether a body paragraph follows the title at ``k`` and its date
        (a hard-wrapped one ends a few lines further); a UI line is none."""
        return any(
            (
                (
                    " " in (s := lines[pos[m]].strip())
                    and (
                        s.endswith(_ENDS_SENTENCE)
                        or _SENTENCE_INSIDE.search(s) is not None
                        or s.endswith(_EXCERPT_ENDS)  # a feed's summary: "... [...]"
                    )
                )
                or _cjk_sentence(s)
            )
            and ui_rule(s) is None  # the page's copyright line is no body
            for m in range(k + 2, min(k + _BODY_AFTER, len(pos)))
        )

    # The first article may come after a few lines of the page's own (the
    # site's name, a tagline), which stay with it.
    # The page's own lines are no sentences: a title after body text is no
    # first article (and cleaning the page again must find the same one).
    # Menu items and UI lines above it (an archive page's header) do not
    # count among them.
    first = None
    own = 0
    for k in range(min(_PAGE_HEADER, len(pos))):
        if dated_title(k):
            first = k
            break
        line = lines[pos[k]]
        if (
            _menu_item(line)
            or ui_rule(raw[pos[k]]) is not None
            or _LINK_ITEM.fullmatch(raw[pos[k]].strip())
        ):
            continue  # the page's menu, a cookie banner's sentence, a link
        if line.rstrip().endswith(_ENDS_SENTENCE):
            break
        own += 1
        if own > _PREAMBLE:
            break
    if first is None:
        strict = True
        # Below a longer page header (an author archive's bio and menus):
        # the first title with its date or byline right under it, if two
        # more after it make the layout (teasers, a headline over a summary
        # over a date, do not count then).
        first = next((k for k in range(min(2 * _PAGE_HEADER, len(pos))) if dated_title(k)), None)
        if first is None:
            return starts
    # An article has body text before the next one starts, and its own
    # title: a header printing the title and the date twice is one article.
    title = line_key(lines[pos[first]])
    body_since = False
    paragraphs = 0  # since the last dated title
    for k in range(first + 1, len(pos)):
        i = pos[k]
        line = lines[i]
        said = (
            line.rstrip().endswith(_ENDS_SENTENCE) or _cjk_sentence(line.strip())
        ) and not date_line(line)
        paragraphs += said
        if not body_since:
            body_since = said
            continue
        # A later article's title has two words or more (or its address
        # stands over it): a one-word line over a date is a commenter's name
        # over the comment's time.
        # (A title in Chinese or Japanese has no spaces, and is longer; it
        # follows an article of a few paragraphs, not a timeline's entry.)
        spaceless = " " not in line.strip() and url_line(line) is None
        cjk = spaceless and len(line.strip()) >= _CJK_TITLE and _NO_SPACES.search(line) is not None
        if (spaceless and not cjk) or len(line) > config.max_title_chars or byline_line(line):
            continue
        if not dated_title(k):
            continue
        if cjk and paragraphs <= _TEXT_RUN:
            paragraphs = 0
            continue  # a timeline's dated entry
        start = i
        above = lines[i - 1].strip()
        # An ad's text under its label right above the title: the title starts
        # the article ("Reklama" / "Kredyt gotówkowy ... sprawdź ofertę" / title).
        ad_over = i >= 2 and ui_rule(raw[i - 2]) == "ad_label"
        if above and ui_rule(above) is None and not ad_over:
            # A section name or a kicker may stand right above the title,
            # after a blank or a UI line ("Next article", "Back to top").
            kicker = (
                section_line(above, config)
                or (_menu_item(above) and not _sentence(above))
                or _CLOCK.fullmatch(above) is not None  # a live page's entry time
            )
            # a blank or UI line over the kicker, or an ad's text under its label
            gap = i < 2 or _gap(lines[i - 2]) or (i >= 3 and ui_rule(raw[i - 3]) == "ad_label")
            if not kicker or not gap:
                continue
            start = i - 1
        if line_key(line) != title and body_after(k):
            # The title may be the line under this one, a kicker ("Amtsgericht"
            # / "Unfallflucht am Kreisel: ..." / "12.03.2025, 13:05 Uhr").
            kicker_first = (
                _menu_item(line)
                and line.count(" ") < 2
                and k + 2 < len(pos)
                and pos[k + 1] == i + 1
                and _title_shaped(lines[i + 1], config)
                and under(k + 2)
            )
            starts[start] = (
                FEED_UNDER_KICKER
                if (start < i and not section_line(above, config)) or kicker_first
                else "new article: a title followed by a date line (feed layout)"
            )
            title = line_key(line)
            body_since = False
        paragraphs = 0
    if starts and "|" in text:
        starts = _credited_starts_with_stories(raw, pos, starts, pos[first])
    if strict and len(starts) < 2:
        return {}
    if starts:
        # A first "article" with no paragraph of its own (a newsletter's
        # masthead and date over its greeting) is the page's header: the
        # first story starts the file's first article.
        head = min(starts)
        masthead = line_key(raw[head])
        under_head = next((i for i in pos if i > head), None)
        if (
            any(c.isalpha() for c in masthead)
            and masthead in {line_key(raw[i]) for i in pos if i < head}
            # over the issue's date; a section in the page's menu stands over a title
            and under_head is not None
            and _under_title(raw[under_head])
        ):
            # The newsletter's name printed again over the issue's date ("Der
            # Morgen" / "Dienstag, 15. April 2025"): its masthead, no story.
            del starts[head]
            if not starts:
                return starts
            head = min(starts)
        between = [raw[i].strip() for i in pos if pos[first] < i < head]
        # A greeting ending with a comma goes on in lower case: the editor's
        # letter ("Guten Morgen, liebe Leser," / "der Frühling kommt ...").
        letter = {
            k + 1
            for k, t in enumerate(between[:-1])
            if t.endswith(",") and _GREETING.match(t.strip("*_")) and between[k + 1][:1].islower()
        }
        told = any(
            ((s.endswith(_SENTENCE_ENDS) and " " in s) or _cjk_sentence(s))
            and ui_rule(s) is None
            and _GREETING.match(s.strip("*_")) is None
            and k not in letter
            for k, s in enumerate(between)
        )
        if not told:
            del starts[head]
    return starts


# "Next article" between two stories of an infinite-scroll capture.
_NEXT_ARTICLE: Final = frozenset(
    "next article; next story; neste sak; neste artikkel; nästa artikel; seuraava"
    " artikkeli; seuraava juttu; næste artikel; nächster artikel; article suivant; siguiente"
    " noticia; artículo siguiente; próxima notícia; próximo artigo; articolo successivo;"
    " volgend artikel; volgende artikel; następny artykuł; další článek; următorul articol;"
    " artikel berikutnya; sonraki haber; 다음 기사; 次の記事".split("; ")
)
_NEXT_WINDOW: Final = 6  # lines from the divider to the new story's byline or date


def _post_stamp_starts(lines: Sequence[str], pos: Sequence[int]) -> dict[int, str]:
    """A messaging channel's posts (its web preview): each ends with its
    views and time ("12.4K 09:14"), the last among the file's last lines;
    a post starts after each stamp but the last, where text follows it."""
    stamps = [k for k, i in enumerate(pos) if _VIEWS_AND_TIME.fullmatch(lines[i].strip())]
    if len(stamps) < 2 or len(pos) - 1 - stamps[-1] > _AFTER_LAST_STAMP:
        return {}
    starts: dict[int, str] = {}
    previous = -1
    for k in stamps:
        if not any(_width(lines[pos[j]].strip()) >= _PARAGRAPH for j in range(previous + 1, k)):
            return {}  # a post has text: these are no posts' stamps
        previous = k
        if k + 1 < len(pos) and k != stamps[-1]:
            starts[pos[k + 1]] = "new article: after the views and time of the post before"
    return starts


_CJK_TITLE: Final = 8  # characters of a headline in a script without spaces, at least
_SHORT_NAME: Final = 3  # words of a name that is no headline (over a place over a date)
_VIEWS_GATE: Final = regex.compile(r"\d[KkMm]\s")
_AFTER_LAST_STAMP: Final = 3  # non-blank lines after a channel's last post (its footer)


def next_article_starts(lines: Sequence[str], config: Config) -> dict[int, str]:
    """Article starts after a "Next article" divider, as an infinite-scroll
    capture prints one between two stories: the divider on a line of its
    own, then (after a section line or two, maybe) a headline with a byline
    or a date a few lines under it, and two paragraphs of text before the
    next divider. The story starts at the first line after the divider. A
    teaser under "Next article" at the page's end has no text and starts
    nothing.

    >>> body = "The council met on Monday to discuss the budget for the year."
    >>> page = ["Budget vote", body, body, "Next article", "Sport", "Rovers win again",
    ...         "By Tom Ashby", body, body]
    >>> next_article_starts(page, Config())
    {4: 'new article: a kicker, then a title followed by a date line (feed layout)'}
    """
    text = "\n".join(lines).casefold()
    if not any(phrase in text for phrase in _NEXT_ARTICLE):
        return {}  # the common case: no divider's words anywhere
    pos = _positions(lines)
    dividers = [k for k, i in enumerate(pos) if _ui_key(lines[i]) in _NEXT_ARTICLE]
    starts: dict[int, str] = {}
    for n, k in enumerate(dividers):
        end = dividers[n + 1] if n + 1 < len(dividers) else len(pos)
        after = pos[k + 1 : end]
        if not after:
            continue
        # the headline: the first line of two words or more, below section lines
        title = next(
            (
                m
                for m, i in enumerate(after[:3])
                if _title_shaped(markdown_words(lines[i]), config) and ui_rule(lines[i]) is None
            ),
            None,
        )
        if title is None or not any(
            byline_line(lines[i]) or date_line(lines[i]) or credit_line(lines[i])
            for i in after[title + 1 : title + _NEXT_WINDOW]
        ):
            continue
        # long sentences, or long lines a text browser wrapped (the next in lower case)
        told = sum(
            _width(lines[i]) >= _PARAGRAPH
            and (
                _sentence(lines[i]) or (i + 1 < len(lines) and lines[i + 1].lstrip()[:1].islower())
            )
            for i in after
        )
        if told >= _CREDITED_STORY:
            # at a section over the title, collapse_header takes the title under it
            starts[after[0]] = (
                FEED_UNDER_KICKER if title else 'new article: after a "next article" divider'
            )
    return starts


_DATED_CHARS: Final = 200  # characters of text under a dated heading in an archive, at least
_LABEL_WORDS: Final = 3  # words of a section's name beside a date


def _dated_label(line: str) -> bool:
    """A date alone, or with a section beside it ("12.04.2024 · Komunikaty",
    "28 Mart 2024 \\| Meclis", pandoc escaping the bar)."""
    s = line.strip()
    if not s or len(s) > _LONGEST_DATE or _DIGIT.search(s) is None:
        return False
    return date_line(s) or _date_and_label(s) is not None


def _date_and_label(line: str) -> tuple[str, str] | None:
    """The date and the section of a line that holds both: "12.04.2024 ·
    Ruch drogowy", "28 Mart 2024 \\| Meclis"; a person's name beside the
    date (two capitalized words) is a byline, not this."""
    s = line.strip().replace("\\|", "|")
    parts = [p.strip() for p in regex.split(r"\s[|·•/–—]\s", s)]
    if len(parts) != 2 or not date_line(parts[0]):
        return None
    label = parts[1]
    words = label.split()
    if (
        not 0 < len(label) <= _MENU_WIDTH
        or len(words) > _LABEL_WORDS
        or label.endswith((".", "!", "?", ":", ","))
        or (len(words) > 1 and all(w[:1].isupper() for w in words))
    ):
        return None
    return parts[0], label


def dated_heading_starts(lines: Sequence[str], config: Config) -> dict[int, str]:
    """Article starts in an archive or list page whose posts each open with
    their date (maybe beside a section) over their headline: "12.04.2024 ·
    Komunikaty" / "### Uwaga na fałszywe profile ...", then two paragraphs
    or more. The layout must hold for every dated headline of the file,
    two or more, and no paragraph may come before the first (a story's
    timeline of dated subheadings comes after its own title and text).

    >>> body = "The council met on Monday to discuss the budget for the year."
    >>> page = ["Archive", "12.04.2024 · Council", "## Budget vote", *[body] * 4,
    ...         "10.04.2024 · Roads", "## Road plan", *[body] * 4]
    >>> dated_heading_starts(page, Config())
    {7: 'new article: a date, then a title (archive layout)'}
    """
    pos = _positions(lines)
    heads = [
        k
        for k in range(len(pos) - 1)
        if len(lines[pos[k]]) <= _LONGEST_DATE
        and _YEAR.search(lines[pos[k]]) is not None  # an archive's posts have their year
        and _title_shaped(markdown_words(lines[pos[k + 1]]).lstrip("# "), config)
        and _dated_label(lines[pos[k]])
        and not _dated_label(lines[pos[k + 1]])
    ]
    if len(heads) < 2:
        return {}
    told = [
        _width(lines[i]) >= _PARAGRAPH
        and (
            _sentence(lines[i])
            or lines[i].rstrip().endswith(":")  # a paragraph over a list
            or (i + 1 < len(lines) and lines[i + 1].lstrip()[:1].islower())
        )
        and ui_rule(lines[i]) is None
        for i in pos
    ]
    if any(told[: heads[0]]):
        return {}  # text before the first: a story with dated subheadings
    if any(byline_line(lines[i]) or credit_line(lines[i]) for i in pos[: heads[0]]):
        return {}  # a byline above: one story's timeline, not a list of posts
    if any(_dated_label(lines[i]) and not _YEAR.search(lines[i]) for i in pos):
        return {}  # a diary's "9 May": an archive's posts have their year
    if not all(k + 2 < len(pos) and told[k + 2] for k in heads):
        return {}  # a headline with no text right under it: a page's date over its tagline
    bounds = [*heads, len(pos)]
    if any(
        not any(told[a + 2 : b])
        or sum(_width(lines[pos[m]]) for m in range(a + 2, b)) < _DATED_CHARS
        for a, b in pairwise(bounds)
    ):
        return {}  # a list of dated teasers: a line or two under each
    # newest first, where the dates can be read
    days = [_day_number(lines[pos[k]].replace("·", " ")) for k in heads]
    if all(days) and days != sorted(days, reverse=True):
        return {}
    return {pos[k]: "new article: a date, then a title (archive layout)" for k in heads[1:]}


def _place_credit(line: str) -> bool:
    """A credit of a name and a place: "Redacción | Almendral", "Marta
    Quiles | Almendral" (a live page's entry)."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) == 2 and all(
        p[:1].isupper() and p.count(" ") < 3 and not p.endswith((".", ":", ",")) and p.isprintable()
        for p in parts
    )


def _signed_from(line: str) -> bool:
    """A newsroom's or a person's name and a place: "Redacción | Almendral",
    "Marta Quiles | Almendral"; not two menu items ("News | Sport")."""
    if not _place_credit(line):
        return False
    who = line.split("|")[0].strip()
    return who.casefold() in _NEWSROOM or credit_line(who, strict=True)


def _live_entry(lines: Sequence[str], pos: Sequence[int], k: int, at: int) -> bool:
    """Whether the title at position ``k`` heads a live page's entry: its
    time on the line above ("13:25") and its credit under it, after a
    caption maybe ("Redacción | Almendral"). A live blog's update with a
    time and no credit is part of one article."""
    if not _CLOCK.fullmatch(lines[pos[k - 1]].strip()):
        return False
    return any(
        ("|" in (s := lines[pos[m]].strip()) and _place_credit(s)) or byline_line(s)
        for m in (at + 1, at + 2)
        if m < len(pos)
    )


FEED_UNDER_KICKER: Final = (
    "new article: a kicker, then a title followed by a date line (feed layout)"
)
"""The reason of a feed article's start at a kicker over its title: the
title is the next line (see :func:`cleanse.stages.collapse_header`)."""
