"""The statistics gate: a run's per-stage numbers against a pinned baseline.

A golden folder's expected files catch every change in output; the gate
catches the kind a reviewer skims past in a large sample: a rule that now
removes far fewer (or far more) lines than it did. The statistics, all
computed from the run's edits and documents (see :class:`~cleanse.RunReport`):

- ``documents``: documents produced; ``rejects``: reject records
- ``captions``: captions found, over all documents
- ``documents_split``: article boundaries found inside files
- ``removed.STAGE``: lines removed by each stage of the pipeline

**Tolerance.** Each statistic may move within ``max(absolute, floor(relative
* pinned))`` of its pinned number; the default is 2% and no absolute slack.
Two percent lets a rule change that touches a handful of lines of a large
sample through without re-pinning, while a rule that stops matching moves its
stage's count by far more; on a small sample (under 50 per statistic) it
means any change fails, which is what a reviewed sample wants. The baseline
file keeps its own tolerance: edit it there.

**Floors.** ``update`` re-pins the numbers to the current run. A number may
go up freely, but pinning any number lower than it was loosens the floor the
gate holds, so it is refused unless ``allow_lower`` is given: a loosened rule
is exactly the change that should need saying out loud.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import GoldenError
from .files import atomic_output
from .report import FileResult, RunReport

__all__ = ["Baseline", "GateResult", "StatChange", "Tolerance", "gate", "run_stats"]


class Tolerance(BaseModel):
    """How far a statistic may move from its pinned number."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    relative: float = Field(default=0.02, ge=0, le=1)
    absolute: int = Field(default=0, ge=0)

    def allowed(self, pinned: int) -> int:
        """The largest change allowed around ``pinned``.

        >>> Tolerance().allowed(49), Tolerance().allowed(500), Tolerance(absolute=3).allowed(10)
        (0, 10, 3)
        """
        return max(self.absolute, math.floor(self.relative * pinned))


class Baseline(BaseModel):
    """The pinned statistics file (JSON)."""

    model_config = ConfigDict(extra="forbid")

    cleanse_baseline: Literal[1] = 1
    tolerance: Tolerance = Field(default_factory=Tolerance)
    stats: dict[str, int] = Field(default_factory=dict)


def run_stats(results: Iterable[FileResult], stages: Iterable[str]) -> dict[str, int]:
    """The gated statistics of a run, from its files' results."""
    report = RunReport()
    captions = 0
    for result in results:
        report.add(result)
        captions += sum(len(doc.captions) for doc in result.documents)
    stats = {
        "documents": report.documents,
        "rejects": report.rejects,
        "captions": captions,
        "documents_split": sum(s.split for s in report.stages.values()),
    }
    for name in stages:
        stage = report.stages.get(name)
        stats[f"removed.{name}"] = stage.removed if stage is not None else 0
    return stats


@dataclass(frozen=True)
class StatChange:
    """One statistic: its pinned number (None if not pinned yet) and this run's."""

    name: str
    pinned: int | None
    actual: int
    allowed: int

    @property
    def ok(self) -> bool:
        return self.pinned is not None and abs(self.actual - self.pinned) <= self.allowed

    @property
    def lower(self) -> bool:
        """True when pinning this run's number would lower the pinned one."""
        return self.pinned is not None and self.actual < self.pinned

    def describe(self) -> str:
        if self.pinned is None:
            return f"{self.name}: {self.actual}, not pinned yet"
        delta = self.actual - self.pinned
        return f"{self.name}: {self.pinned} -> {self.actual} ({delta:+d}; allowed ±{self.allowed})"


@dataclass(frozen=True)
class GateResult:
    """The outcome of comparing a run with its baseline (and maybe re-pinning it)."""

    path: Path
    changes: tuple[StatChange, ...]
    status: Literal["within", "moved", "updated", "refused"]

    @property
    def ok(self) -> bool:
        return self.status in ("within", "updated")

    @property
    def moved(self) -> tuple[StatChange, ...]:
        return tuple(c for c in self.changes if not c.ok)

    def format(self) -> list[str]:
        """Lines for a person: what moved, and what to do about it."""
        moved = [c for c in self.moved if c.pinned is not None or self.status != "updated"]
        head = f"statistics vs {self.path}: {len(self.changes) - len(moved)} within tolerance"
        lines = [f"{head}, {len(moved)} moved"]
        lines += [f"  {c.describe()}" for c in moved]
        if self.status == "updated":
            lines.append(f"  re-pinned {self.path} to this run's numbers")
        elif self.status == "refused":
            lower = ", ".join(c.name for c in self.changes if c.lower)
            lines.append(
                f"  not re-pinned: {lower} would go down, loosening a pinned floor; "
                "pass --allow-lower too if that is intended"
            )
        elif moved:
            lines.append(
                "  if the change is intended, re-pin with --update-baseline and review the diff"
            )
        return lines


def _load(path: Path) -> Baseline:
    try:
        return Baseline.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldenError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(map(str, err["loc"])) or "file"
        raise GoldenError(
            f"baseline {path} is not a cleanse baseline ({where}: {err['msg']}); "
            "fix it, or delete it and re-create it with --update-baseline"
        ) from None


def _write(path: Path, baseline: Baseline) -> None:
    data = baseline.model_dump(mode="json")
    with atomic_output(str(path)) as handle:
        handle.write(json.dumps(data, indent=2, sort_keys=True) + "\n")


def gate(
    path: str | Path,
    stats: dict[str, int],
    *,
    update: bool = False,
    allow_lower: bool = False,
) -> GateResult:
    """Compare ``stats`` with the baseline at ``path``; with ``update``, re-pin it.

    A missing baseline is an error unless ``update`` is given, which creates it.
    """
    path = Path(path)
    if path.exists():
        pinned = _load(path)
    elif update:
        pinned = Baseline()
    else:
        raise GoldenError(f"no baseline at {path}; create it with --update-baseline")
    tolerance = pinned.tolerance
    names = [*stats, *(n for n in pinned.stats if n not in stats)]
    changes = tuple(
        StatChange(
            name=n,
            pinned=pinned.stats.get(n),
            actual=stats.get(n, 0),
            allowed=tolerance.allowed(pinned.stats.get(n, 0)),
        )
        for n in names
    )
    if not update:
        return GateResult(path, changes, "within" if all(c.ok for c in changes) else "moved")
    if any(c.lower for c in changes) and not allow_lower:
        return GateResult(path, changes, "refused")
    _write(path, Baseline(tolerance=tolerance, stats=stats))
    return GateResult(path, changes, "updated")
