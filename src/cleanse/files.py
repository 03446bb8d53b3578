"""Files in, documents out: glob expansion, reading, parallel runs, atomic output.

Glob expansion and sorting happen here, not in the shell, so the same
patterns give the same inputs in the same order everywhere; with ``jobs > 1``
results still come back in input order, so output bytes do not depend on the
number of workers.
"""

from __future__ import annotations

import contextlib
import glob
import os
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO

from .config import Config
from .errors import InputError, OutputError, UsageError, WorkerError
from .model import Document, Edit, Reject
from .pipeline import Pipeline, Result
from .reading import DEFAULT_MAX_BYTES, Decoded, decode_bytes, read_input, too_big
from .report import FileResult

__all__ = [
    "Inputs",
    "atomic_output",
    "clean_bytes",
    "clean_file",
    "clean_files",
    "clean_text",
    "distinct_outputs",
    "expand_inputs",
    "expand_patterns",
    "read_text",
    "run",
]

_MAGIC = frozenset("*?[")

_FileKey = tuple[int, int] | str
"""What tells files apart: device and inode, or a resolved path (see :func:`_identity`)."""


def _identity(path: str) -> _FileKey:
    """The file ``path`` names, the same however it is spelled (``./a.txt``,
    ``a.txt``, a link to it): its device and inode. A path that names nothing
    (a file not yet written, a broken link) stands for itself, its folder
    resolved."""
    try:
        info = os.stat(path)
    except OSError:
        folder, name = os.path.split(os.path.abspath(path))
        return os.path.join(os.path.realpath(folder), name)
    return info.st_dev, info.st_ino


def _by_file(paths: Iterable[str]) -> dict[_FileKey, str]:
    """Each file of ``paths`` once, under the first of its spellings, in sorted order."""
    files: dict[_FileKey, str] = {}
    for path in sorted(paths):
        files.setdefault(_identity(path), path)
    return files


def _looks_written(path: str) -> bool:
    """Whether ``path`` holds what a run writes (JSON lines, a JSON report, the
    HTML report, or nothing yet) rather than a page someone saved to clean."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(64).lstrip()
    except OSError:
        return False  # cannot tell: do not overwrite it on a guess
    return not head or head.startswith((b"{", b"<!DOCTYPE html>"))


def distinct_outputs(outputs: Mapping[str, str | None]) -> dict[str, str]:
    """The files a run writes, each with the option that names it.

    ``outputs`` maps each option, as a message should name it (``--report``),
    to the path it was given, or None when it was not given; ``-`` (standard
    output) is not a file and is left out. Two options naming one file,
    however spelled, are a :class:`UsageError`: one would overwrite the other.

    >>> distinct_outputs({"-o": "out.jsonl", "--report": "./out.jsonl"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleanse.errors.UsageError: -o and --report both name out.jsonl: one would overwrite ...
    """
    files: dict[str, str] = {}
    named: dict[_FileKey, str] = {}
    for option, path in outputs.items():
        if path is None or path == "-":
            continue
        first = named.setdefault(_identity(path), option)
        if first != option:
            raise UsageError(
                f"{first} and {option} both name {outputs[first]}: one would overwrite the "
                "other; give each its own file"
            )
        files[path] = option
    return files


def _overwrites(path: str, option: str, why: str = "") -> UsageError:
    return UsageError(
        f"{path} is an input, and also the {option} of this run, which would overwrite "
        f"it{why}; name another file for {option}"
    )


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files a run reads, and the files of its own output it left out."""

    paths: list[str]
    """The input files, sorted, each once (see :func:`expand_patterns`)."""
    skipped: list[str] = field(default_factory=list)
    """Files the patterns matched that the run writes itself (an earlier run's output)."""


def expand_inputs(patterns: Iterable[str], *, outputs: Mapping[str, str] | None = None) -> Inputs:
    """The inputs of a run that writes ``outputs``: :func:`expand_patterns`, without them.

    ``outputs`` maps each file the run writes to the option that names it, as
    :func:`distinct_outputs` returns them. A run never reads what it writes:
    an output that a folder or a wildcard matched (an earlier run's output,
    written into the folder being cleaned) is left out of
    :attr:`Inputs.paths` and listed in :attr:`Inputs.skipped`, for the caller
    to say so. An output named as an input file itself, or one matched that
    does not look like an earlier run's output (a page the run would
    overwrite), is a :class:`UsageError`, raised before anything is written.
    """
    written = {_identity(path): option for path, option in (outputs or {}).items()}
    found: set[str] = set()
    for pattern in patterns:
        literal = _MAGIC.isdisjoint(pattern)
        if literal:
            matches = [pattern] if os.path.lexists(pattern) else []
        else:
            matches = glob.glob(pattern, recursive=True)
        if not matches:
            raise UsageError(f"no file matches {pattern!r}")
        walks = pattern.rstrip("/" + os.sep).endswith("**")
        for m in matches:
            if literal and os.path.isdir(m):
                below = [str(p) for p in Path(m).rglob("*") if not p.is_dir() or p.is_symlink()]
                if not below:
                    raise UsageError(f"no file in folder {pattern!r}")
                found.update(below)
            elif not (walks and os.path.isdir(m) and not os.path.islink(m)):
                found.add(m)
                option = written.get(_identity(m)) if literal else None
                if option is not None:
                    raise _overwrites(m, option)
    paths, skipped = [], []
    for key, path in _by_file(found).items():
        option = written.get(key)
        if option is None:
            paths.append(path)
        elif _looks_written(path):
            skipped.append(path)
        else:
            raise _overwrites(path, option, " (it does not look like an earlier run's output)")
    return Inputs(paths, skipped)


def expand_patterns(patterns: Iterable[str]) -> list[str]:
    """Expand glob patterns (``**`` is recursive) into a sorted list of files.

    A directory named as such stands for every file below it. A directory
    that a wildcard matches is kept as an input of its own (cleaning rejects
    it, saying so), so that nothing a pattern matched goes unreported; only
    the folders a trailing ``**`` walks through are left out, since their
    files are matched too. Paths are kept as given (relative stays
    relative). A file matched under several spellings (``./a.txt`` and
    ``a.txt``, a file and a folder holding it, a link and its target) is
    cleaned once, under the spelling that sorts first, so that the inputs
    do not depend on the order of the patterns. A pattern that matches
    nothing, or a folder with no file in it, is an error, since it is nearly
    always a typo.

    >>> expand_patterns(["no/such/*.txt"])
    Traceback (most recent call last):
    ...
    cleanse.errors.UsageError: no file matches 'no/such/*.txt'
    """
    return expand_inputs(patterns).paths


def read_text(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a file as text, or raise :class:`InputError` saying why not.

    See :mod:`cleanse.reading` for how the encoding is decided. A UTF-8
    byte-order mark is kept here and removed by ``fix_encoding``.
    """
    return read_input(path, max_bytes).text


def _note_encoding(result: Result, note: str) -> Result:
    """Record, on every document and reject, the encoding the file was read with."""
    edit = Edit(stage="read", kind="replaced", reason=note)
    return Result(
        documents=[d.model_copy(update={"edits": [edit, *d.edits]}) for d in result.documents],
        rejects=[r.model_copy(update={"edits": [edit, *r.edits]}) for r in result.rejects],
    )


def clean_file(
    path: str | os.PathLike[str],
    pipeline: Pipeline | None = None,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FileResult:
    """Clean one file; never raises for bad input, which comes back as a reject.

    ``source`` names the file in the output (default: ``path`` as given); a
    file over ``max_bytes`` is rejected unread.
    """
    pipeline = pipeline if pipeline is not None else Pipeline()
    path = os.fspath(path)
    source = path if source is None else source
    try:
        decoded = read_input(path, max_bytes)
    except InputError as exc:
        return FileResult(
            source=source, rejects=[Reject(source=source, stage="read", reason=exc.reason)]
        )
    return _clean_decoded(decoded, pipeline, source)


def clean_bytes(
    data: bytes,
    pipeline: Pipeline | None = None,
    *,
    source: str = "<stdin>",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FileResult:
    """Clean a file's bytes read elsewhere (standard input, a crawler):
    decoded as :func:`clean_file` decodes a file, over ``max_bytes``
    rejected, and never raises for bad input."""
    pipeline = pipeline if pipeline is not None else Pipeline()
    if len(data) > max_bytes:
        reason = too_big(source, len(data), max_bytes).reason
        reject = Reject(source=source, stage="read", reason=reason)
        return FileResult(source=source, rejects=[reject])
    return _clean_decoded(decode_bytes(data, source), pipeline, source)


def _clean_decoded(decoded: Decoded, pipeline: Pipeline, source: str) -> FileResult:
    try:
        result = pipeline.run(decoded.text, source=source)
        if decoded.note is not None:
            result = _note_encoding(result, decoded.note)
    except Exception as exc:  # a bug in a stage must not end the run
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        reason = f"internal error while cleaning: {detail}"
        return FileResult(
            source=source,
            error=reason,
            rejects=[Reject(source=source, stage="pipeline", reason=reason)],
        )
    return FileResult(source=source, documents=result.documents, rejects=result.rejects)


def run(
    patterns: Iterable[str],
    *,
    pipeline: Pipeline | None = None,
    config: Config | None = None,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[FileResult]:
    """Clean every file the patterns match, yielding one result per file in order."""
    paths = expand_patterns(patterns)
    yield from run_paths(paths, pipeline=pipeline, config=config, jobs=jobs, max_bytes=max_bytes)


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _start_worker(parent: int) -> None:
    """Worker start-up: Ctrl-C is the main process's to handle, not each worker's;
    SIGTERM (which the pool sends to stop workers) ends a worker whatever
    handler the main process had; and a worker whose main process was killed
    outright exits instead of waiting forever for work."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def run_paths(
    paths: list[str],
    *,
    pipeline: Pipeline | None = None,
    config: Config | None = None,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[FileResult]:
    """Like :func:`run`, over an already expanded list of paths.

    With ``jobs > 1``, a worker that dies (killed, out of memory) stops the
    run with :class:`WorkerError` instead of leaving it waiting forever.
    """
    if pipeline is None:
        pipeline = Pipeline(config=config)
    elif config is not None:
        raise UsageError("give a pipeline or a config, not both (a pipeline has its config)")
    if jobs < 1:
        raise UsageError(f"jobs must be at least 1, not {jobs}")
    work = partial(clean_file, pipeline=pipeline, max_bytes=max_bytes)
    if jobs == 1 or len(paths) < 2:
        yield from map(work, paths)
        return
    # Ordered map keeps output independent of scheduling; chunks amortize IPC.
    chunksize = max(1, min(64, len(paths) // (jobs * 8)))
    pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        yield from pool.map(work, paths, chunksize=chunksize)
    except BrokenProcessPool:
        raise WorkerError(
            "a worker process died (killed, or out of memory?); the run stopped. "
            "Run the same command with --resume to continue where it left off"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def clean_text(
    text: str,
    source: str = "<text>",
    *,
    pipeline: Pipeline | None = None,
    config: Config | None = None,
) -> list[Document]:
    """Clean one text into documents (one per article); rejects are left out.

    >>> docs = clean_text("Title\\n\\nTT\\n\\nTitle\\n\\nBody text here.")
    >>> docs[0].title, docs[0].body
    ('Title', 'Body text here.')
    """
    if pipeline is None:
        pipeline = Pipeline(config=config)
    return pipeline.run(text, source).documents


def clean_files(
    patterns: Iterable[str],
    *,
    pipeline: Pipeline | None = None,
    config: Config | None = None,
    jobs: int = 1,
) -> Iterator[Document]:
    """Clean every file the patterns match and yield the documents in order.

    Rejected files are skipped here; use :func:`run` to see them with reasons.
    """
    for result in run(patterns, pipeline=pipeline, config=config, jobs=jobs):
        yield from result.documents


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[IO[str]]:
    """Open ``path`` for writing so that it appears only when complete.

    Writes go to a temporary file in the same folder, renamed over ``path``
    when the block ends without error; on error the temporary file is
    removed. ``-`` means standard output.
    """
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        # mkstemp creates the file private (0600); give it the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise
