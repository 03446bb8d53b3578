"""One frozen configuration for the whole pipeline.

Field names match the stage names they configure where a field belongs to one
stage, so the configuration, the stage registry, the recorded edits and the
CLI share one vocabulary. Every non-obvious default says why it is what it is.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["DEFAULT_STAGES", "Config", "QuoteStyle"]

DEFAULT_STAGES: tuple[str, ...] = (
    "fix_encoding",
    "split_articles",
    "drop_markers",
    "drop_ui_lines",
    "extract_metadata",
    "collapse_header",
    "drop_repeated_blocks",
    "extract_headings",
    "normalize_quotes",
    "normalize_paragraphs",
    "reject_empty",
)

QuoteStyle = Literal["straight", "keep"]

# Lines that are page furniture, not text, when they stand alone on a line.
# Matched against the whole stripped line, case-insensitively: "TT" inside a
# sentence, or "Share" as part of a heading, is never touched.
DEFAULT_MARKERS: tuple[str, ...] = (
    "TT",  # font-size toggle
    "A A",
    "A+ A-",
    "Advertisement",
    "Advertisements",
    "ADVERTISEMENT",
    "Sponsored",
    "Share",
    "Share this",
    "Share this article",
    "Share on Facebook",
    "Share on Twitter",
    "Tweet",
    "Print",
    "Email",
    "Click to enlarge",
    "Enlarge",
    "Enlarge image",
    "Toggle caption",
    "hide caption",
    "Scroll down for video",
    "Read more",
    "Read More",
    "Comments",
    "Skip to content",
)

# A caption's credit: what makes a repeated line caption-shaped. Each pattern
# must match at the end of the (stripped) line.
DEFAULT_CAPTION_CREDITS: tuple[str, ...] = (
    # "(Tasnim)", "(AFP)", "(Reuters file photo)", "(SPA)": a short parenthetical
    r"\(\s*[\p{Lu}\d][^()]{0,40}\)\s*\.?",
    # "(foto Museo civico)", "(photo courtesy of the family)": a credit word first
    r"\((?i:\s*(?:photos?|fotos?|fotó|fot\.|image|imagen|imagem|bild|zdjęcie|credit|crédito"
    r"|crédit)\b)\s*(?::|(?i:by|courtesy|di|de|von|van|par)\b|\p{Lu})[^()]{0,60}\)\s*\.?",
    # "(צילום: נועה בן־שושן)", "(عکس: ...)", "(Φωτογραφία: ...)", "(ภาพ: ...)"
    r"\(\s*(?:צילום|تصوير|عکس|Φωτογραφία|Φωτό|ภาพ|Larawan|Picha)\s*[:：]\s*[^()]{1,60}\)\s*\.?",
    # "Photo: -/kcna/dpa", "Photo: Jane Doe, AFP", "Credit: ...", "Image: ..."
    r"\b(?:Photo|Photos|Photograph|Image|Picture|Credit|Foto|Source|Фото|Світлина)s?\s*:\s*\S.{0,80}",
    # "Image source, Getty Images": a label with a comma
    r"\b(?:Image|Photo) source\s*,\s*\S.{0,80}",
    # "Photo by Lotus Post/Tran Minh Khoa", "Foto de Ana Ruiz", "Foto von dpa"
    r"\b(?:Photo|Photograph|Foto|Picture|Image) (?:by|de|von|di|par|door|av) \p{Lu}.{0,80}",
    # "© Jane Doe/AFP"
    r"©\s*\S.{0,80}",
    # "... /AFP", "- Reuters", "Getty Images"
    r"[-/–—|]\s*(?:AFP|AP|Reuters|EPA|Getty(?: Images)?|Xinhua|Anadolu|dpa|SPA|WAM|ANSA"
    r"|Bloomberg|Kyodo|Yonhap|TASS|IRNA|KCNA|PA|Shutterstock|Alamy)\s*\.?",
    r"\bGetty Images\s*\.?",
    # "... on Friday. Reuters", "... in 2019. AFP file photo": a bare agency
    # name after the sentence. Only agencies: a bare name could be anything.
    r"[.!?]\s+(?:AFP|AP|Reuters|EPA|Xinhua|Anadolu|dpa|SPA|WAM|ANSA|Bloomberg|Kyodo|Yonhap"
    r"|TASS|Shutterstock|Alamy)(?:\s+(?:file\s+)?(?:photo|image|picture))?\s*\.?",
    # "... at court. EPA/JOHN SMITH": agency, slash, photographer.
    r"[.!?]\s+(?:AFP|AP|Reuters|EPA|Xinhua|Anadolu|dpa|ANSA|Bloomberg)"
    r"\s*/\s*\p{Lu}[\p{L} .'-]{1,40}",
    # Japanese, Chinese and Korean: "（撮影・早瀬真琴）", "（图/新华社）", "사진=연합뉴스"
    r"[（(]\s*(?:撮影|写真|写真提供|图|圖|图片|圖片|摄|攝)\s*[・:：/／]?\s*[^（）()]{1,30}[)）]",
    r"(?:사진|写真|图片来源|圖片來源)\s*[=:：]\s*\S.{0,40}",
    # "... 骑楼。记者 陈志远 摄": a Chinese photographer after the caption
    r"(?:记者|記者|通讯员|通訊員)\s*\p{Han}{2,4}(?:\s*[、/]\s*\p{Han}{2,4})?\s*[摄攝]",
)

# Section names recognized in a page's header (alone, or as a breadcrumb such
# as "World | Middle East"); a short list of what news sites commonly use, so
# that a one-word kicker that is not a section is never taken for one.
DEFAULT_SECTIONS: tuple[str, ...] = (
    "News",
    "World",
    "World News",
    "Local",
    "National",
    "International",
    "Politics",
    "Business",
    "Economy",
    "Markets",
    "Money",
    "Opinion",
    "Analysis",
    "Sport",
    "Sports",
    "Culture",
    "Arts",
    "Entertainment",
    "Lifestyle",
    "Travel",
    "Health",
    "Science",
    "Technology",
    "Tech",
    "Environment",
    "Climate",
    "Middle East",
    "Arab World",
    "Gulf",
    "Europe",
    "Asia",
    "Africa",
    "Americas",
    "Latin America",
    "US",
    "UK",
    "Features",
    "Interviews",
    "Editorials",
    "Education",
    "Crime",
    "Courts",
    "Weather",
    "Obituaries",
    # The same sections in the languages of the sites cleanse has seen.
    *(
        "Actualité Actualités Politique Économie Société Monde Santé Sciences Environnement"
        " Éducation Justice Planète Météo Région Politik Wirtschaft Kultur Gesundheit Wissen"
        " Panorama Lokales Meinung Bildung Umwelt Landespolitik Política Economía Sociedad"
        " Cultura Deportes Salud Ciencia Opinión Sucesos Internacional Nacional Comarca"
        " Educación Economia Esportes Saúde Ciência Cidades Opinião Educação Mundo Politica"
        " Salute Scienza Cronaca Esteri Spettacoli Politiek Economie Cultuur Gezondheid"
        " Wetenschap Binnenland Buitenland Regio Polityka Gospodarka Kultura Zdrowie Nauka"
        " Świat Kraj Nyheter Ekonomi Inrikes Utrikes Olahraga Politik Daerah Gündem Spor"
        " Dünya Sağlık Kültür"
    ).split(),
    "Faits divers",
    "Medio ambiente",
)


class Config(BaseModel):
    """Options for every stage; frozen, with validated overrides.

    >>> Config().quote_style
    'straight'
    >>> Config(markers=("Share",)).with_overrides(quote_style="keep").markers
    ('Share',)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    stages: tuple[str, ...] = Field(
        default=DEFAULT_STAGES, description="Stage names, in the order they run."
    )
    markers: tuple[str, ...] = Field(
        default=DEFAULT_MARKERS,
        description="drop_markers: whole lines (case-insensitive) that are UI furniture.",
    )
    caption_credits: tuple[str, ...] = Field(
        default=DEFAULT_CAPTION_CREDITS,
        description="collapse_header: regexes (matched at line end) for photo credits.",
    )
    # 24 non-blank lines covers a title printed three times with a caption
    # printed four times in each copy, plus markers; a larger window only
    # raises the chance of matching a repeated line in the body.
    header_window: int = Field(
        default=24, ge=2, le=200, description="collapse_header: lines scanned for the header."
    )
    # Straight quotes by default: mixed styles inside one corpus (even inside
    # one sentence, as scraped pages show) are noise to anything downstream,
    # and straightening is the only direction that needs no guessing; curling
    # would have to infer which straight quote opens and which closes.
    quote_style: QuoteStyle = Field(
        default="straight",
        description="normalize_quotes: 'straight' folds curly quotes to ASCII; 'keep' leaves them.",
    )
    # Splitting on weak evidence moves text between documents, so a mid-file
    # boundary needs a repeated title plus one more sign of a header.
    min_blank_lines_before_article: int = Field(
        default=2,
        ge=1,
        description=(
            "split_articles: blank lines before a repeated title that count as a header "
            "sign when no marker or credited caption is present."
        ),
    )
    max_title_chars: int = Field(
        default=250, ge=10, description="A longer line is never taken for a title."
    )
    sections: tuple[str, ...] = Field(
        default=DEFAULT_SECTIONS,
        description="extract_metadata: section names (case-insensitive) taken from the header.",
    )
    # The header ends at the first body paragraph anyway; the window only
    # bounds pages without one. 30 reaches past two header copies with
    # captions printed four times each, so that the search does not stop
    # inside a header (cleaning the output again then finds the same lines).
    metadata_window: int = Field(
        default=30,
        ge=1,
        le=50,
        description="extract_metadata: non-blank lines at the top searched for metadata.",
    )
    # A repeated block is an extractor printing the same thing again close by;
    # a copy many paragraphs away is more likely meant (a refrain, a quote).
    repeat_window: int = Field(
        default=8,
        ge=1,
        le=100,
        description="drop_repeated_blocks: non-blank lines between a block and its copy.",
    )
    # A single repeated line must be paragraph-sized (or carry a photo credit)
    # to be dropped: chants and refrains are short, glitch copies of
    # paragraphs are not.
    min_repeat_chars: int = Field(
        default=80,
        ge=1,
        description=(
            "drop_repeated_blocks: shortest repeated single line dropped without a credit."
        ),
    )
    unwrap_lines: bool = Field(
        default=True,
        description=(
            "normalize_paragraphs: join a line to the next when the sentence visibly "
            "runs on (no final punctuation, next line starts in lower case)."
        ),
    )

    @field_validator("stages")
    @classmethod
    def _no_duplicate_stages(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        dupes = sorted({s for s in v if v.count(s) > 1})
        if dupes:
            raise ValueError(f"stage names must be unique; repeated: {', '.join(dupes)}")
        return v

    @field_validator("caption_credits")
    @classmethod
    def _valid_patterns(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in v:
            try:
                regex.compile(pattern)
            except regex.error as exc:
                raise ValueError(f"invalid caption credit pattern {pattern!r}: {exc}") from exc
        return v

    def with_overrides(self, **overrides: Any) -> Config:
        """A copy with ``overrides`` applied and validated (unknown names are errors)."""
        return type(self).model_validate({**self.model_dump(), **overrides})

    @cached_property
    def marker_set(self) -> frozenset[str]:
        """``markers`` case-folded, for whole-line lookups."""
        return frozenset(m.strip().casefold() for m in self.markers)

    @cached_property
    def longest_marker(self) -> int:
        """Length of the longest marker: longer lines are never looked up."""
        return max((len(m) for m in self.marker_set), default=0)

    @cached_property
    def section_set(self) -> frozenset[str]:
        """``sections`` case-folded, for whole-line lookups."""
        return frozenset(" ".join(s.split()).casefold() for s in self.sections)

    @cached_property
    def credit_regex(self) -> regex.Pattern[str]:
        """All caption credit patterns as one regex anchored at line end."""
        joined = "|".join(f"(?:{p})" for p in self.caption_credits) or r"(?!)"
        return regex.compile(f"(?:{joined})\\s*$")
