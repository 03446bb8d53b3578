"""cleanse: turn raw scraped news text into clean, schema-validated documents.

>>> import cleanse
>>> [d.title for d in cleanse.clean_text("Headline\\n\\nTT\\n\\nHeadline\\n\\nText of the story.")]
['Headline']
"""

from __future__ import annotations

from .baseline import GateResult, gate, run_stats
from .check import CheckResult, check
from .config import DEFAULT_STAGES, Config
from .corpus import DEDUP_MODES, CorpusDedup, DedupOptions, dedup_corpus
from .draft import Draft
from .errors import (
    CleanseError,
    ConfigError,
    GoldenError,
    InputError,
    OutputError,
    StageError,
    UsageError,
    WorkerError,
)
from .files import clean_bytes, clean_file, clean_files, clean_text, expand_patterns, run, run_paths
from .model import SCHEMA_VERSION, Document, Edit, Reject
from .pipeline import Pipeline, Result
from .report import FileResult, RunReport, StageStats
from .settings import Settings, find_config, load_settings
from .stages import STAGES, Stage

__version__ = "0.1.0"

__all__ = [
    "DEDUP_MODES",
    "DEFAULT_STAGES",
    "SCHEMA_VERSION",
    "STAGES",
    "CheckResult",
    "CleanseError",
    "Config",
    "ConfigError",
    "CorpusDedup",
    "DedupOptions",
    "Document",
    "Draft",
    "Edit",
    "FileResult",
    "GateResult",
    "GoldenError",
    "InputError",
    "OutputError",
    "Pipeline",
    "Reject",
    "Result",
    "RunReport",
    "Settings",
    "Stage",
    "StageError",
    "StageStats",
    "UsageError",
    "WorkerError",
    "__version__",
    "check",
    "clean_bytes",
    "clean_file",
    "clean_files",
    "clean_text",
    "dedup_corpus",
    "expand_patterns",
    "find_config",
    "gate",
    "load_settings",
    "run",
    "run_paths",
    "run_stats",
]
