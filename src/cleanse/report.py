"""Run reports, computed from the edits that travel with each document.

The report never counts anything on its own: every number comes from the
documents' and rejects' ``edits`` and from the per-file outcomes, so the
statistics and the explanations cannot disagree. Reports of shards merge with
``+``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .model import Document, Edit, Reject

__all__ = ["FileResult", "FileStatus", "RunReport", "StageStats", "Status"]

Status = Literal["ok", "duplicate", "rejected", "failed"]
"""A file's outcome; ``duplicate``: every article repeats an earlier one (corpus dedup)."""


class FileResult(BaseModel):
    """The outcome of cleaning one input file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    documents: list[Document] = Field(default_factory=list)
    rejects: list[Reject] = Field(default_factory=list)
    error: str | None = Field(
        default=None, description="An unexpected error (a bug, not bad input), if any."
    )

    @property
    def status(self) -> Status:
        if self.error is not None:
            return "failed"
        if self.documents:
            return "ok"
        if self.rejects and all(r.duplicate_of is not None for r in self.rejects):
            return "duplicate"  # corpus dedup dropped it: expected, not a problem
        return "rejected"


class StageStats(BaseModel):
    """What one stage did over a run, counted from edits."""

    model_config = ConfigDict(extra="forbid")

    removed: int = 0
    replaced: int = 0
    extracted: int = 0
    split: int = 0
    rejected: int = 0

    def __add__(self, other: StageStats) -> StageStats:
        fields = StageStats.model_fields
        return StageStats(**{k: getattr(self, k) + getattr(other, k) for k in fields})


class FileStatus(BaseModel):
    """One line of the report per input file."""

    model_config = ConfigDict(extra="forbid")

    source: str
    status: Status
    documents: int
    rejects: int
    reason: str | None = None


class RunReport(BaseModel):
    """Totals for a run; every input file is accounted for in ``inputs``."""

    model_config = ConfigDict(extra="forbid")

    files: int = 0
    files_ok: int = 0
    files_rejected: int = 0
    files_failed: int = 0
    files_duplicate: int = 0
    documents: int = 0
    rejects: int = 0
    duplicates: int = Field(default=0, description="Rejects that corpus dedup dropped.")
    stages: dict[str, StageStats] = Field(default_factory=dict)
    inputs: list[FileStatus] = Field(default_factory=list)

    def add(self, result: FileResult) -> None:
        """Count one file's outcome into the report."""
        status = result.status
        self.files += 1
        self.files_ok += status == "ok"
        self.files_rejected += status == "rejected"
        self.files_failed += status == "failed"
        self.files_duplicate += status == "duplicate"
        self.documents += len(result.documents)
        self.rejects += len(result.rejects)
        self.duplicates += sum(r.duplicate_of is not None for r in result.rejects)
        for doc in result.documents:
            self._count(doc.edits)
        for rej in result.rejects:
            self._count(rej.edits)
            self._stage(rej.stage).rejected += 1
        reason = result.error
        if reason is None and status in ("rejected", "duplicate") and result.rejects:
            reason = "; ".join(dict.fromkeys(r.reason for r in result.rejects))
        self.inputs.append(
            FileStatus(
                source=result.source,
                status=status,
                documents=len(result.documents),
                rejects=len(result.rejects),
                reason=reason,
            )
        )

    def _stage(self, name: str) -> StageStats:
        stats = self.stages.get(name)
        if stats is None:
            stats = self.stages[name] = StageStats()
        return stats

    def _count(self, edits: Iterable[Edit]) -> None:
        for e in edits:
            stats = self._stage(e.stage)
            setattr(stats, e.kind, getattr(stats, e.kind) + 1)

    def __add__(self, other: RunReport) -> RunReport:
        stages = dict(self.stages)
        for name, stats in other.stages.items():
            stages[name] = stages[name] + stats if name in stages else stats
        return RunReport(
            files=self.files + other.files,
            files_ok=self.files_ok + other.files_ok,
            files_rejected=self.files_rejected + other.files_rejected,
            files_failed=self.files_failed + other.files_failed,
            files_duplicate=self.files_duplicate + other.files_duplicate,
            documents=self.documents + other.documents,
            rejects=self.rejects + other.rejects,
            duplicates=self.duplicates + other.duplicates,
            stages=stages,
            inputs=[*self.inputs, *other.inputs],
        )

    @property
    def all_ok(self) -> bool:
        """True when nothing was rejected or failed (dropped duplicates are expected)."""
        return (
            self.files_rejected == 0 and self.files_failed == 0 and self.rejects == self.duplicates
        )
