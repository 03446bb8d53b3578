"""Golden folders: expected documents stored next to raw inputs, reviewed by eye.

A golden folder ``DIR`` holds inputs under ``DIR/raw/`` and, for each input
``DIR/raw/NAME``, the file ``DIR/expected/NAME.json``: a pretty-printed JSON
object with the ``documents`` and ``rejects`` that cleaning the input must
produce. Sources are recorded as ``<DIR name>/raw/NAME`` so expected files do
not depend on where the checkout lives or where the command runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .files import atomic_output, clean_file
from .pipeline import Pipeline
from .report import FileResult

__all__ = ["as_data", "clean_golden", "expected_path", "raw_files", "render", "write_expected"]


def raw_files(folder: str | Path) -> list[Path]:
    """The raw inputs of a golden folder, sorted."""
    return sorted(p for p in (Path(folder) / "raw").rglob("*") if p.is_file())


def expected_path(folder: str | Path, raw: Path) -> Path:
    """``DIR/raw/a/b.txt`` -> ``DIR/expected/a/b.txt.json``."""
    folder = Path(folder)
    relative = raw.relative_to(folder / "raw")
    return folder / "expected" / relative.with_name(relative.name + ".json")


def source_name(folder: str | Path, raw: Path) -> str:
    """The stable source name of a raw golden input: ``DIR-name/raw/NAME``."""
    folder = Path(folder)
    return (Path(folder.resolve().name) / raw.relative_to(folder)).as_posix()


def as_data(result: FileResult) -> dict[str, Any]:
    """A file's result as plain JSON data, as stored in an expected file."""
    return {
        "documents": [d.model_dump(mode="json") for d in result.documents],
        "rejects": [r.model_dump(mode="json") for r in result.rejects],
    }


def render(result: FileResult) -> str:
    """The exact text of an expected file for ``result``."""
    return json.dumps(as_data(result), indent=2, ensure_ascii=False) + "\n"


def clean_golden(folder: str | Path, raw: Path, pipeline: Pipeline | None = None) -> FileResult:
    """Clean one raw input of a golden folder under its stable source name."""
    return clean_file(raw, pipeline, source=source_name(folder, raw))


def write_expected(folder: str | Path, raw: Path, result: FileResult) -> Path:
    """Write (atomically) the expected file for ``raw``; return its path."""
    path = expected_path(folder, raw)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(str(path)) as handle:
        handle.write(render(result))
    return path
