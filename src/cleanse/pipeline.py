"""The pipeline: stages by name, run over one text, with the bookkeeping.

>>> from cleanse import Pipeline
>>> Pipeline().names[:2]
('fix_encoding', 'split_articles')
>>> Pipeline().without("normalize_quotes").names[-2:]
('normalize_paragraphs', 'reject_empty')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .config import Config
from .draft import Draft
from .errors import StageError, UsageError
from .model import Document, Reject, document_id
from .stages import STAGES, Stage

__all__ = ["Pipeline", "Result", "to_document"]


@dataclass(frozen=True, slots=True)
class Result:
    """What cleaning one text produced: documents, and drafts rejected with a reason."""

    documents: list[Document] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def _body(lines: Sequence[str]) -> str:
    """Paragraphs (runs of non-blank lines) joined by one blank line."""
    paragraphs: list[str] = []
    run: list[str] = []
    for line in lines:
        if line.strip():
            run.append(line)
        elif run:
            paragraphs.append("\n".join(run))
            run = []
    if run:
        paragraphs.append("\n".join(run))
    return "\n\n".join(paragraphs)


def to_document(draft: Draft) -> Document:
    """Validate a finished draft into a :class:`Document`."""
    return Document(
        id=document_id(draft.source, draft.part),
        source=draft.source,
        part=draft.part,
        title=draft.title,
        captions=list(draft.captions),
        headings=list(draft.headings),
        date=draft.date,
        byline=draft.byline,
        section=draft.section,
        url=draft.url,
        body=_body(draft.lines),
        edits=list(draft.edits),
    )


class Pipeline:
    """An ordered, immutable list of named stages and the config they share.

    Stages are looked up by name in :data:`cleanse.stages.STAGES`; a user's own
    stage is any function ``(Draft, Config) -> Draft | list[Draft]`` given as a
    ``(name, function)`` pair. Pipelines are picklable when their stages are
    module-level functions, so the same pipeline runs in worker processes.
    """

    __slots__ = ("_stages", "config")

    def __init__(
        self,
        stages: Iterable[str | tuple[str, Stage]] | None = None,
        config: Config | None = None,
    ) -> None:
        self.config = config if config is not None else Config()
        names = self.config.stages if stages is None else stages
        resolved: list[tuple[str, Stage]] = []
        for item in names:
            if isinstance(item, str):
                if item not in STAGES:
                    known = ", ".join(STAGES)
                    raise UsageError(f"unknown stage {item!r}; the built-in stages are: {known}")
                resolved.append((item, STAGES[item]))
            else:
                name, fn = item
                if not callable(fn):
                    raise UsageError(f"stage {name!r} is not callable: {fn!r}")
                resolved.append((name, fn))
        seen: set[str] = set()
        for name, _ in resolved:
            if name in seen:
                raise UsageError(
                    f"stage {name!r} appears twice; give your own stage a name of its own"
                )
            seen.add(name)
        self._stages: tuple[tuple[str, Stage], ...] = tuple(resolved)

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in the order they run."""
        return tuple(name for name, _ in self._stages)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def __getstate__(self) -> tuple[tuple[tuple[str, Stage], ...], Config]:
        return self._stages, self.config

    def __setstate__(self, state: tuple[tuple[tuple[str, Stage], ...], Config]) -> None:
        self._stages, self.config = state

    def _with(self, stages: Iterable[tuple[str, Stage]]) -> Pipeline:
        return Pipeline(list(stages), self.config)

    def without(self, *names: str) -> Pipeline:
        """A copy with the named stages left out."""
        unknown = [n for n in names if n not in self.names]
        if unknown:
            raise UsageError(
                f"cannot skip {', '.join(map(repr, unknown))}: not in this pipeline "
                f"({', '.join(self.names)})"
            )
        return self._with(s for s in self._stages if s[0] not in names)

    def add(
        self,
        name: str,
        stage: Stage,
        *,
        before: str | None = None,
        after: str | None = None,
    ) -> Pipeline:
        """A copy with ``stage`` inserted (at the end, or before/after a named stage)."""
        if before is not None and after is not None:
            raise UsageError("give at most one of before= and after=")
        stages = list(self._stages)
        anchor = before if before is not None else after
        if anchor is None:
            stages.append((name, stage))
        else:
            if anchor not in self.names:
                raise UsageError(f"no stage {anchor!r} in this pipeline ({', '.join(self.names)})")
            index = self.names.index(anchor) + (1 if after is not None else 0)
            stages.insert(index, (name, stage))
        return self._with(stages)

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """A copy with the stage called ``name`` replaced by ``stage``."""
        if name not in self.names:
            raise UsageError(f"no stage {name!r} in this pipeline ({', '.join(self.names)})")
        return self._with((n, stage if n == name else s) for n, s in self._stages)

    def run_draft(self, draft: Draft) -> list[Draft]:
        """Run every stage over ``draft``; return the final drafts (some rejected)."""
        drafts = [draft]
        config = self.config
        for name, stage in self._stages:
            out: list[Draft] = []
            for d in drafts:
                if d.rejected is not None:
                    out.append(d)
                    continue
                result = stage(d, config)
                results = [result] if isinstance(result, Draft) else result
                if not isinstance(results, list) or not all(isinstance(r, Draft) for r in results):
                    raise StageError(
                        f"stage {name!r} returned {type(result).__name__}; a stage must "
                        "return a Draft or a list of Drafts"
                    )
                # Built-in stages name their own edits; check the others'.
                old = None if STAGES.get(name) is stage else {id(e) for e in d.edits}
                for r in results:
                    if old is not None:
                        r = _stamp(r, name, old)
                    if r.rejected is not None and r.rejected_by is None:
                        r = r.replace(rejected_by=name)
                    out.append(r)
            drafts = out
        # Number the articles of the file in order, once, at the end.
        return [d if d.part == k else d.replace(part=k) for k, d in enumerate(drafts)]

    def run(self, text: str, source: str = "<text>") -> Result:
        """Clean ``text`` (the contents of ``source``) into documents and rejects."""
        result = Result()
        for d in self.run_draft(Draft.from_text(text, source)):
            if d.rejected is not None:
                result.rejects.append(
                    Reject(
                        source=d.source,
                        part=d.part,
                        stage=d.rejected_by or "pipeline",
                        reason=d.rejected,
                        edits=list(d.edits),
                    )
                )
            else:
                result.documents.append(to_document(d))
        return result


def _stamp(draft: Draft, name: str, old: set[int]) -> Draft:
    """Make sure the edits a stage added carry the stage's registered name."""
    edits = draft.edits
    if all(e.stage == name or id(e) in old for e in edits):
        return draft
    fixed = tuple(
        e if id(e) in old or e.stage == name else e.model_copy(update={"stage": name})
        for e in edits
    )
    return draft.replace(edits=fixed)
