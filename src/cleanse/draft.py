"""The working document that flows between stages.

A :class:`Draft` is an immutable, picklable record: the lines still in the
body (blank lines included, they carry paragraph structure), each with its
line number in the input file, the fields extracted so far, and the edits made
so far. Stages never mutate a draft; they return a new one built with the
helpers below, which record an :class:`~cleanse.model.Edit` for every line
they take out, so the invariant *input lines = body lines + fields + edits*
holds by construction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from .model import Edit, EditKind

__all__ = ["Draft"]


@dataclass(frozen=True, slots=True)
class Draft:
    """An article (or a whole file, before splitting) on its way through the pipeline."""

    source: str
    lines: tuple[str, ...]
    numbers: tuple[int, ...]
    part: int = 0
    title: str | None = None
    captions: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    date: str | None = None
    byline: str | None = None
    section: str | None = None
    url: str | None = None
    edits: tuple[Edit, ...] = ()
    rejected: str | None = field(default=None)
    """Why the draft was rejected, or None; a rejected draft skips later stages."""
    rejected_by: str | None = None
    """The stage that rejected it (set by the pipeline)."""

    @classmethod
    def from_text(cls, text: str, source: str = "<text>") -> Draft:
        """A draft holding every line of ``text`` (split on ``\\n`` only)."""
        lines = tuple(text.split("\n"))
        return cls(source=source, lines=lines, numbers=tuple(range(1, len(lines) + 1)))

    @property
    def text(self) -> str:
        """The body lines joined with newlines."""
        return "\n".join(self.lines)

    def replace(self, **changes: object) -> Draft:
        """A copy with ``changes`` applied (``dataclasses.replace``)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def drop_lines(
        self,
        reasons: Mapping[int, str],
        stage: str,
        kind: EditKind | Mapping[int, EditKind] = "removed",
        **changes: object,
    ) -> Draft:
        """Remove the lines at the given indices, recording one edit each.

        ``reasons`` maps a line index to the reason it goes; ``kind`` is
        ``"removed"`` for debris and ``"extracted"`` for lines whose text now
        lives in a field, or a mapping from index to kind. Extra keyword
        arguments update other fields in the same step.
        """
        if not reasons:
            return dataclasses.replace(self, **changes) if changes else self  # type: ignore[arg-type]
        lines, numbers = self.lines, self.numbers
        kinds = kind if not isinstance(kind, str) else None
        edits = tuple(
            Edit(
                stage=stage,
                kind=kind if kinds is None else kinds[i],
                line=numbers[i],
                text=lines[i],
                reason=reasons[i],
            )
            for i in sorted(reasons)
        )
        keep = [i for i in range(len(lines)) if i not in reasons]
        return dataclasses.replace(
            self,
            lines=tuple([lines[i] for i in keep]),
            numbers=tuple([numbers[i] for i in keep]),
            edits=self.edits + edits,
            **changes,  # type: ignore[arg-type]
        )

    def replace_lines(self, new_lines: Mapping[int, str], stage: str, reason: str) -> Draft:
        """Change the lines at the given indices, recording one edit each."""
        changed = {i: t for i, t in new_lines.items() if t != self.lines[i]}
        if not changed:
            return self
        edits = [
            Edit(
                stage=stage,
                kind="replaced",
                line=self.numbers[i],
                text=self.lines[i],
                replacement=changed[i],
                reason=reason,
            )
            for i in sorted(changed)
        ]
        lines = list(self.lines)
        for i, t in changed.items():
            lines[i] = t
        return dataclasses.replace(self, lines=tuple(lines), edits=self.edits + tuple(edits))
