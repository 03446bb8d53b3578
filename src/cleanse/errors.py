"""Exceptions raised by cleanse.

::

    CleanseError                 base of everything cleanse raises on purpose
    ├── UsageError               bad arguments: unknown stage, no file matches a pattern
    ├── ConfigError              a configuration file or value is invalid
    ├── GoldenError              a golden folder cannot be checked: no raw/ inputs,
    │                            an unreadable expected or baseline file
    ├── StageError               a stage broke the stage contract (a bug in that stage)
    ├── InputError               one input cannot be cleaned; the run goes on and
    │                            reports it as rejected, with this reason
    ├── OutputError              output cannot be written; the run stops, and no
    │                            partial output file is left behind
    └── WorkerError              a worker process died (killed, out of memory); the
                                 run stops, its checkpoint kept for ``--resume``

Each message says what went wrong and, where it can, what to do next.
"""

from __future__ import annotations

__all__ = [
    "CleanseError",
    "ConfigError",
    "GoldenError",
    "InputError",
    "OutputError",
    "StageError",
    "UsageError",
    "WorkerError",
]


class CleanseError(Exception):
    """Base class of every error cleanse raises on purpose."""


class UsageError(CleanseError):
    """The call itself is wrong: an unknown stage name, a pattern matching no file."""


class ConfigError(CleanseError):
    """A configuration value is invalid."""


class GoldenError(CleanseError):
    """A golden folder or baseline file is missing or unreadable."""


class StageError(CleanseError):
    """A stage returned something other than a Draft or a list of Drafts."""


class InputError(CleanseError):
    """One input file cannot be cleaned (unreadable, binary, undecodable)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        return type(self), (self.source, self.reason)


class OutputError(CleanseError):
    """Output cannot be written (missing folder, read-only path, disk full)."""


class WorkerError(CleanseError):
    """A worker process died mid-run (killed, or out of memory)."""
