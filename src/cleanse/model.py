"""The output schema: one validated :class:`Document` per article.

Documents are frozen pydantic models serialized as one JSON object per line
(JSONL). Everything a stage removed or changed travels with the document as a
list of :class:`Edit` records, so a run's statistics and a per-file
explanation are both computed from the same data.

Schema versions: the version changes when a field is removed, renamed or
changes meaning, and document ids (which depend on it) change with it. Adding
an optional field (``date``, ``byline``, ``section``, ``url``) keeps it.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "Edit",
    "EditKind",
    "Reject",
    "document_id",
]

SCHEMA_VERSION: Literal[1] = 1

EditKind = Literal["removed", "replaced", "extracted", "split"]
"""What an edit did to the original text.

- ``removed``: the line is gone from the output (``text`` holds it).
- ``replaced``: the line is in the output, changed (``text`` before, ``replacement`` after).
- ``extracted``: the line moved from the body into a field (title, captions).
- ``split``: an article boundary was found at ``line``; nothing was removed.
"""


class Edit(BaseModel):
    """One change a stage made, recorded only when the text really changed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    stage: str = Field(description="Name of the stage that made the edit.")
    kind: EditKind
    line: int | None = Field(
        default=None, ge=1, description="1-based line number in the input file."
    )
    text: str = Field(default="", description="The original text the edit applies to.")
    replacement: str | None = Field(
        default=None, description="For 'replaced' edits, the text that took its place."
    )
    reason: str = Field(description="Why the stage made the edit, for a person to read.")


class Document(BaseModel):
    """One cleaned article."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="Deterministic id derived from schema version, source and part.")
    source: str = Field(description="The input path as given to cleanse.")
    part: int = Field(ge=0, description="0-based index of the article within its file.")
    title: str | None = Field(description="The article title, once; null if none was found.")
    captions: list[str] = Field(
        default_factory=list, description="Image captions, each once, in order, credit kept."
    )
    headings: list[str] = Field(
        default_factory=list, description="Subheadings, in order, without list bullets."
    )
    date: str | None = Field(
        default=None,
        description="The publication date as printed in the header (a dateline), or null.",
    )
    byline: str | None = Field(
        default=None, description="The byline as printed ('By Jane Doe, Reuters'), or null."
    )
    section: str | None = Field(
        default=None, description="The site section printed in the header ('World'), or null."
    )
    url: str | None = Field(
        default=None,
        description="The source URL printed on its own line after the article or under its title.",
    )
    body: str = Field(
        description=(
            "Paragraphs joined by one blank line; headings are their own paragraphs; "
            "no title or caption copies, no UI debris and no metadata lines."
        )
    )
    edits: list[Edit] = Field(default_factory=list)
    schema_version: Literal[1] = SCHEMA_VERSION


class Reject(BaseModel):
    """An input (or one article of it) that produced no document, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    part: int | None = Field(default=None, description="Article index, or null for the file.")
    stage: str = Field(description="The stage (or 'read' for I/O) that rejected it.")
    reason: str
    edits: list[Edit] = Field(default_factory=list)
    duplicate_of: str | None = Field(
        default=None,
        description="For a document dropped by corpus dedup, the id of the document it repeats.",
    )


def document_id(source: str, part: int) -> str:
    """A stable 16-hex-digit id for article ``part`` of ``source``.

    >>> document_id("a.txt", 0)
    'e61655c031118bb8'
    """
    key = f"cleanse/v{SCHEMA_VERSION}\x00{source}\x00{part}".encode()
    return hashlib.blake2b(key, digest_size=8).hexdigest()
