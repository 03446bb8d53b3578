"""Explanations for people: what each stage did to one file."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Edit
from .report import FileResult

__all__ = ["format_explanation"]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _format_edits(edits: Iterable[Edit], stage_order: list[str], width: int) -> list[str]:
    by_stage: dict[str, list[Edit]] = {}
    for e in edits:
        by_stage.setdefault(e.stage, []).append(e)
    order = [s for s in stage_order if s in by_stage] + sorted(
        s for s in by_stage if s not in stage_order
    )
    out: list[str] = []
    for stage in order:
        out.append(f"  {stage}")
        for e in sorted(by_stage[stage], key=lambda e: e.line or 0):
            where = f"line {e.line:>4}" if e.line is not None else "document "
            head = f"    {where}  {e.kind:<9}  {e.reason}"
            out.append(head)
            if e.text:
                out.append(f"{'':>20}{_short(e.text, width)!r}")
            if e.replacement is not None:
                out.append(f"{'':>17}-> {_short(e.replacement, width)!r}")
    return out


def format_explanation(result: FileResult, stage_order: Iterable[str] = (), width: int = 72) -> str:
    """A readable account of what each stage removed or changed in one file."""
    order = list(stage_order)
    n = len(result.documents)
    lines = [f"{result.source}: {n} article{'s' if n != 1 else ''}"]
    if result.error:
        lines.append(f"  FAILED: {result.error}")
    for doc in result.documents:
        lines.append("")
        lines.append(f"[{doc.part}] {doc.title if doc.title is not None else '(no title)'}")
        paragraphs = doc.body.count("\n\n") + 1 if doc.body else 0
        lines.append(
            f"  id {doc.id}; {len(doc.captions)} caption(s), {len(doc.headings)} heading(s), "
            f"{paragraphs} paragraph(s)"
        )
        lines.extend(_format_edits(doc.edits, order, width))
    for rej in result.rejects:
        lines.append("")
        part = "" if rej.part is None else f"[{rej.part}] "
        lines.append(f"{part}REJECTED by {rej.stage}: {rej.reason}")
        lines.extend(_format_edits(rej.edits, order, width))
    return "\n".join(lines) + "\n"
