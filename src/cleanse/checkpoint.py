"""A run's output files, written so that they are atomic and resumable.

:class:`RunWriter` writes documents, reject records and the per-input lines
of the report under hidden names next to their targets (``.NAME.partial``),
and renames them into place only when the run finishes. Every ``every``
inputs it takes a checkpoint: it flushes and fsyncs the partial files, then
atomically replaces ``.OUTPUT.checkpoint``, a small JSON file with the number
of inputs done, the size of each partial file at that point, the report
totals so far and a fingerprint of the run (inputs and pipeline).

A run that is killed (SIGINT, SIGTERM, SIGKILL, a dead worker, a power cut)
leaves its targets untouched and the hidden files behind. Run again with
``resume=True``: when the fingerprint matches, the partial files are cut back
to their checkpointed sizes, the first ``done`` inputs are skipped, and the
final files are byte for byte those of an uninterrupted run, since cleaning
is deterministic. Resuming assumes the input files did not change meanwhile.

A run that fails for any other reason (output not writable, disk full,
``--strict`` stopping at a rejected input, a reader of standard output that
went away) removes the hidden files: no partial output is ever left in place
or beside it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final

from . import __version__
from .errors import OutputError, UsageError, WorkerError
from .files import atomic_output
from .model import SCHEMA_VERSION
from .pipeline import Pipeline
from .report import FileResult, FileStatus, RunReport

__all__ = [
    "DEFAULT_CHECKPOINT_EVERY",
    "RunWriter",
    "checkpoint_path",
    "run_fingerprint",
    "working_files",
]

# A checkpoint costs a few fsyncs; every 1,000 inputs that is well under 1% of
# the run, and at most 1,000 inputs are cleaned again after a crash.
DEFAULT_CHECKPOINT_EVERY: Final = 1000
_FORMAT: Final = 1


def _hidden(path: str, suffix: str) -> Path:
    target = Path(path)
    return target.parent / f".{target.name}.{suffix}"


def checkpoint_path(output: str) -> Path:
    """Where the checkpoint of a run writing ``output`` lives."""
    return _hidden(output, "checkpoint")


def run_fingerprint(paths: Sequence[str], pipeline: Pipeline, **options: object) -> str:
    """A digest of everything that decides a run's output, to check a resume against.

    The inputs (in order), the stages and configuration, the cleanse and
    schema versions, and any ``options`` (JSON-serializable) that change what
    is written.
    """
    material = {
        "cleanse": __version__,
        "schema": SCHEMA_VERSION,
        "stages": list(pipeline.names),
        "config": pipeline.config.model_dump(mode="json"),
        "options": options,
        "inputs": list(paths),
    }
    blob = json.dumps(material, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()


def _tmp(checkpoint: Path) -> Path:
    """Where the next checkpoint is written before it replaces the last one."""
    return checkpoint.with_name(checkpoint.name + ".tmp")


def working_files(output: str, rejects: str | None = None) -> dict[str, str]:
    """The hidden files a :class:`RunWriter` of ``output`` and ``rejects`` keeps
    beside them (and an interrupted run leaves for ``--resume``), each with the
    target it belongs to: what a run must not read back as input."""
    files: dict[str, str] = {}
    if output != "-":
        mark = checkpoint_path(output)
        for path in (_hidden(output, "partial"), _hidden(output, "inputs"), mark, _tmp(mark)):
            files[str(path)] = output
    if rejects is not None and rejects != "-":
        files[str(_hidden(rejects, "partial"))] = rejects
    return files


@dataclass
class _Part:
    """One output being written: its target, its hidden partial file, its handle."""

    target: str
    partial: Path | None  # None: written straight to stdout
    handle: IO[bytes]


def _cannot_write(path: str | Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class RunWriter:
    """The output files of one ``cleanse clean`` run; see the module docstring.

    Use as a context manager and call :meth:`finish` at the end. Leaving the
    block without finishing keeps the checkpoint for a resume when the run
    was interrupted (``KeyboardInterrupt``, :class:`WorkerError`) and removes
    every hidden file otherwise. ``output`` may be ``-`` (standard output):
    such a run has no checkpoint and cannot be resumed. A write to a pipe
    whose reader went away raises :class:`BrokenPipeError` as it is, not
    :class:`OutputError`: the caller decides how to end (the command line
    ends quietly, as ``cat`` does).
    """

    def __init__(
        self,
        output: str,
        rejects: str | None = None,
        *,
        fingerprint: str,
        resume: bool = False,
        every: int = DEFAULT_CHECKPOINT_EVERY,
    ) -> None:
        if every < 1:
            raise UsageError(f"checkpoints must come every 1 or more inputs, not {every}")
        self.report = RunReport()
        self.done = 0
        """Inputs finished so far, including those a resumed checkpoint had."""
        self.resumed = False
        self._every = every
        self._since = 0
        self._fingerprint = fingerprint
        self._finished = False
        self._checkpoint = None if output == "-" else checkpoint_path(output)
        if resume and self._checkpoint is None:
            raise UsageError("--resume needs an output file: a run to stdout cannot resume")
        state = self._load() if resume else None
        sizes: dict[str, int] = state["sizes"] if state else {}
        self._parts: dict[str, _Part] = {}
        try:
            self._open("output", output, sizes)
            if rejects is not None:
                self._open("rejects", rejects, sizes)
            if self._checkpoint is not None:
                self._open("inputs", str(_hidden(output, "inputs")), sizes, hidden=True)
        except BaseException:
            self._close()
            raise
        if state is not None:
            self._restore(state)
        elif self._checkpoint is not None:
            # A fresh start: a checkpoint of an earlier run no longer describes the files.
            self._remove(self._checkpoint)

    # -- setting up ---------------------------------------------------------

    def _load(self) -> dict[str, Any] | None:
        assert self._checkpoint is not None
        try:
            state: dict[str, Any] = json.loads(self._checkpoint.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None  # nothing to resume: start afresh
        except (OSError, ValueError) as exc:
            raise UsageError(
                f"cannot read the checkpoint {self._checkpoint} ({exc}); "
                "run without --resume to start afresh"
            ) from None
        if state.get("format") != _FORMAT or state.get("fingerprint") != self._fingerprint:
            raise UsageError(
                f"the checkpoint {self._checkpoint} is of a run with other inputs, stages or "
                "options; give the same arguments as that run, or run without --resume to "
                "start afresh"
            )
        return state

    def _open(self, key: str, target: str, sizes: dict[str, int], *, hidden: bool = False) -> None:
        if target == "-":
            self._parts[key] = _Part(target, None, sys.stdout.buffer)
            return
        partial = Path(target) if hidden else _hidden(target, "partial")
        try:
            fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise _cannot_write(target, exc) from None
        handle = os.fdopen(fd, "r+b")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise OutputError(
                f"another cleanse run is writing {target}; wait for it to finish or give "
                "another output name"
            ) from None
        keep = sizes.get(key, 0)
        try:
            if os.fstat(fd).st_size < keep:
                raise OutputError(
                    f"{partial} is shorter than its checkpoint says; run without --resume "
                    "to start afresh"
                )
            handle.truncate(keep)
            handle.seek(keep)
        except BaseException:
            handle.close()
            raise
        self._parts[key] = _Part(target, partial, handle)

    def _restore(self, state: dict[str, Any]) -> None:
        journal = self._parts["inputs"].handle
        journal.seek(0)
        inputs = [FileStatus.model_validate_json(line) for line in journal]
        journal.seek(0, os.SEEK_END)
        self.report = RunReport.model_validate({**state["report"], "inputs": []})
        self.report.inputs = inputs
        self.done = int(state["done"])
        if len(inputs) != self.done:
            raise UsageError(
                f"the checkpoint {self._checkpoint} does not match its files; run without "
                "--resume to start afresh"
            )
        self.resumed = True

    # -- writing ------------------------------------------------------------

    def add(self, result: FileResult) -> None:
        """Write one input's documents, rejects and report line; checkpoint when due."""
        out = self._parts["output"].handle
        rejects = self._parts.get("rejects")
        journal = self._parts.get("inputs")
        self.report.add(result)
        try:
            for doc in result.documents:
                out.write(doc.model_dump_json().encode() + b"\n")
            if rejects is not None:
                for rej in result.rejects:
                    rejects.handle.write(rej.model_dump_json().encode() + b"\n")
            if journal is not None:
                journal.handle.write(self.report.inputs[-1].model_dump_json().encode() + b"\n")
        except BrokenPipeError:
            raise  # the reader of standard output went away (``| head``): not a write error
        except OSError as exc:
            raise _cannot_write(self._parts["output"].target, exc) from None
        self.done += 1
        self._since += 1
        if self._since >= self._every and self._checkpoint is not None:
            self.checkpoint()

    def _sync(self) -> None:
        for part in self._parts.values():
            try:
                part.handle.flush()
                if part.partial is not None:
                    os.fsync(part.handle.fileno())
            except BrokenPipeError:
                raise  # as in add(): the caller ends the run quietly
            except OSError as exc:
                raise _cannot_write(part.target, exc) from None

    def checkpoint(self) -> None:
        """Make everything written so far durable and record it as resumable."""
        assert self._checkpoint is not None
        self._sync()
        state = {
            "format": _FORMAT,
            "fingerprint": self._fingerprint,
            "done": self.done,
            "sizes": {k: p.handle.tell() for k, p in self._parts.items() if p.partial},
            "report": self.report.model_dump(mode="json", exclude={"inputs"}),
        }
        tmp = _tmp(self._checkpoint)
        try:
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump(state, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._checkpoint)
        except OSError as exc:
            raise _cannot_write(self._checkpoint, exc) from None
        self._since = 0

    def finish(self, report: str | None = None) -> RunReport:
        """Write the report (if asked) and move every output into place."""
        self._sync()
        if report is not None:
            with atomic_output(report) as handle:
                handle.write(self.report.model_dump_json(indent=2))
                handle.write("\n")
        # From here on the partial files are complete. The checkpoint goes
        # first: a run killed among the renames below then starts afresh
        # when run again, instead of resuming from files already moved.
        self._remove(self._checkpoint)
        # The output goes last: once it is in place, the run is complete.
        for key in ("rejects", "output"):
            part = self._parts.get(key)
            if part is None or part.partial is None:
                continue
            try:
                os.replace(part.partial, part.target)
            except OSError as exc:
                raise _cannot_write(part.target, exc) from None
            _fsync_folder(part.partial.parent)
        self._finished = True
        self._close()
        self._remove(None, self._parts.get("inputs"))
        return self.report

    # -- ending -------------------------------------------------------------

    def _close(self) -> None:
        for part in self._parts.values():
            if part.partial is not None:
                with contextlib.suppress(OSError):
                    part.handle.close()

    @staticmethod
    def _remove(checkpoint: Path | None, *parts: _Part | None) -> None:
        marks = [] if checkpoint is None else [checkpoint, _tmp(checkpoint)]
        for path in [*marks, *(p.partial for p in parts if p is not None)]:
            if path is not None:
                with contextlib.suppress(OSError):
                    path.unlink()

    def discard(self) -> None:
        """Remove every hidden file of this run: nothing of it is left behind."""
        self._close()
        self._remove(self._checkpoint, *self._parts.values())
        self._finished = True

    def __enter__(self) -> RunWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._finished:
            return
        interrupted = isinstance(exc, KeyboardInterrupt | WorkerError)
        if interrupted and self._checkpoint is not None and self._checkpoint.exists():
            self._close()  # keep the hidden files: --resume continues from them
        else:
            self.discard()
