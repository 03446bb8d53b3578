"""The ``cleanse`` command: a thin adapter over the library calls.

Exit codes: 0 everything went through; 1 a run-level error (output could
not be written, a worker died); 2 bad usage; 3 the run finished but some
inputs were rejected or failed (see ``--rejects`` and ``--report``), or, with
``--strict``, it stopped at the first one; 130 interrupted (SIGINT, SIGTERM);
141 standard output was a pipe its reader closed (``cleanse ... | head``):
the run ends there, quietly, as other Unix tools do, with the exit code a
shell shows for them (128 + SIGPIPE), so that ``set -o pipefail`` still tells
a cut-short run from a complete one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import NoReturn, cast

from tqdm import tqdm

from . import __version__
from .check import check, junit_xml
from .checkpoint import DEFAULT_CHECKPOINT_EVERY, RunWriter, run_fingerprint, working_files
from .corpus import DedupMode, DedupOptions, dedup_corpus
from .errors import CleanseError, ConfigError, GoldenError, OutputError, UsageError
from .explain import format_explanation
from .files import (
    atomic_output,
    clean_bytes,
    clean_file,
    distinct_outputs,
    expand_inputs,
    expand_patterns,
    run_paths,
)
from .html_report import HtmlReport
from .model import Document
from .pipeline import Pipeline
from .reading import DEFAULT_MAX_BYTES, parse_size
from .report import FileResult
from .settings import CONFIG_NAME, Settings, format_settings, load_settings
from .stages import STAGES

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `cat` cut short by `| head`

EXIT_CODES = """exit codes: 0 every input produced documents; 1 output could not be written or a
worker died; 2 bad usage; 3 some inputs were rejected or failed (or --strict stopped);
130 interrupted; 141 the reader of standard output closed it (`| head`): the run was
cut short, quietly"""


def _settings(args: argparse.Namespace, start: str | None = None) -> Settings:
    """The configuration file's settings (found from ``start``, default the
    current folder), its ``--profile``, then the command-line options."""
    overrides: dict[str, object] = {}
    if getattr(args, "quote_style", None):
        overrides["quote_style"] = args.quote_style
    skip = [s for group in (getattr(args, "skip", None) or []) for s in group.split(",") if s]
    if skip:
        overrides["skip"] = skip
    if getattr(args, "jobs", None) is not None:
        overrides["jobs"] = args.jobs
    return load_settings(args.config, start=start, profile=args.profile, overrides=overrides)


def _pipeline(args: argparse.Namespace) -> Pipeline:
    return _settings(args).pipeline()


def _progress(total: int, enabled: bool | None, initial: int = 0) -> tqdm[NoReturn]:

    disable = (not sys.stderr.isatty() or total < 2) if enabled is None else not enabled
    return tqdm(
        total=total, initial=initial, unit="file", disable=disable, file=sys.stderr, leave=False
    )


def _dedup_options(args: argparse.Namespace) -> DedupOptions | None:
    if not args.dedup:
        return None
    modes = [m.strip() for group in args.dedup for m in group.split(",") if m.strip()]
    return DedupOptions(
        modes=cast("tuple[DedupMode, ...]", tuple(dict.fromkeys(modes))),
        threshold=args.near_threshold,
    )


STDIN_SOURCE = "<stdin>"  # the source of a page piped in ("-")


def clean_cli(args: argparse.Namespace) -> int:
    """``cleanse clean``: clean files into JSONL, with rejects and a report."""
    outputs = distinct_outputs(
        {
            "-o/--output": args.output,
            "--rejects": args.rejects,
            "--report": args.report,
            "--html": args.html,
        }
    )
    settings = _settings(args)
    pipeline = settings.pipeline()
    dedup_options = _dedup_options(args)
    # Its hidden files too: an interrupted run into the folder it cleans left them there.
    hidden = working_files(args.output, args.rejects)
    outputs.update({path: outputs[target] for path, target in hidden.items()})
    stdin = args.patterns == ["-"]  # one page piped in
    if stdin:
        if args.resume:
            raise UsageError("--resume cannot continue a run that reads standard input")
        paths = [STDIN_SOURCE]
    else:
        inputs = expand_inputs(args.patterns, outputs=outputs)
        for path in inputs.skipped:
            print(f"cleanse: skipping {path}: it is this run's output", file=sys.stderr)
        paths = inputs.paths
    page = HtmlReport(stage_order=pipeline.names) if args.html else None
    if dedup_options is not None and args.resume:
        raise UsageError(
            "--resume cannot continue a --dedup run: the index of documents seen so far is "
            "not checkpointed; run it again without --resume"
        )
    max_bytes = args.max_input_size
    stamp = run_fingerprint(paths, pipeline, max_bytes=max_bytes, rejects=bool(args.rejects))
    with (
        RunWriter(
            args.output,
            args.rejects,
            fingerprint=stamp,
            resume=args.resume,
            every=args.checkpoint_every,
        ) as writer,
        _progress(len(paths), args.progress, writer.done) as bar,
    ):
        if writer.resumed:
            print(
                f"cleanse: resuming: {writer.done} of {len(paths)} input(s) were done",
                file=sys.stderr,
            )
        elif args.resume:
            print(
                "cleanse: --resume: no checkpoint of this run was found; starting from the "
                "first input",
                file=sys.stderr,
            )
        todo = paths[writer.done :]
        results: Iterable[FileResult]
        if stdin:
            data = sys.stdin.buffer.read(max_bytes + 1)
            results = [clean_bytes(data, pipeline, source=STDIN_SOURCE, max_bytes=max_bytes)]
        else:
            results = run_paths(todo, pipeline=pipeline, jobs=settings.jobs, max_bytes=max_bytes)
        if dedup_options is not None:
            results = dedup_corpus(results, dedup_options)
        for result in results:
            writer.add(result)
            if page is not None:
                page.add(result)
            bar.update(1)
            # Strict stops at what would make the exit code non-zero.
            problems = [r for r in result.rejects if r.duplicate_of is None]
            if args.strict and (result.status == "failed" or problems):
                writer.discard()
                reason = writer.report.inputs[-1].reason or problems[0].reason
                print(
                    f"cleanse: --strict: stopped at {result.source}: {reason}; "
                    "no output was written",
                    file=sys.stderr,
                )
                return EXIT_REJECTED
        report = writer.finish(args.report)
    if page is not None:
        with atomic_output(args.html) as handle:
            handle.write(page.render(report))
    print(
        f"cleanse: {report.files} file(s): {report.documents} document(s), "
        f"{report.files_rejected} rejected, {report.files_failed} failed, "
        f"{report.rejects} reject record(s), {report.duplicates} duplicate(s) dropped",
        file=sys.stderr,
    )
    for status in report.inputs:
        if status.status not in ("ok", "duplicate"):
            print(f"  {status.status}: {status.source}: {status.reason}", file=sys.stderr)
    return EXIT_OK if report.all_ok else EXIT_REJECTED


def explain_cli(args: argparse.Namespace) -> int:
    """``cleanse explain``: show what each stage removed from a file."""
    pipeline = _pipeline(args)
    results: Iterable[FileResult]
    if args.files == ["-"]:  # a page piped in
        results = [clean_bytes(sys.stdin.buffer.read(), pipeline, source=STDIN_SOURCE)]
    else:
        results = (clean_file(path, pipeline) for path in expand_patterns(args.files))
    all_ok = True
    for result in results:
        sys.stdout.write(format_explanation(result, pipeline.names))
        all_ok = all_ok and result.status == "ok"
    # As `clean`: an input that gave no document (rejected, unreadable) is exit 3.
    return EXIT_OK if all_ok else EXIT_REJECTED


def schema_cli(args: argparse.Namespace) -> int:
    """``cleanse schema``: print the output document's JSON Schema."""
    print(json.dumps(Document.model_json_schema(), indent=2))
    return EXIT_OK


def _add_config_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        metavar="FILE",
        help=f"configuration file (default: the nearest {CONFIG_NAME} or pyproject.toml "
        "with [tool.cleanse], from the current folder upward)",
    )
    p.add_argument("--profile", metavar="NAME", help="apply [profiles.NAME] of the config file")


def check_cli(args: argparse.Namespace) -> int:
    """``cleanse check``: a golden folder against its expected files (and baseline)."""
    if (args.update_baseline or args.allow_lower) and not args.baseline:
        raise UsageError("--update-baseline and --allow-lower need --baseline FILE")
    settings = _settings(args, start=args.folder)
    result = check(
        args.folder,
        settings=settings,
        update=args.update,
        baseline=args.baseline,
        update_baseline=args.update_baseline,
        allow_lower=args.allow_lower,
    )
    if args.junit:
        with atomic_output(args.junit) as handle:
            handle.write(junit_xml(result))
    sys.stdout.write(result.format())
    return EXIT_OK if result.ok else EXIT_ERROR


def _add_check_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="check a golden folder: clean DIR/raw/*, compare with DIR/expected/*",
        description="Clean every DIR/raw/NAME and compare it with DIR/expected/NAME.json, "
        "field by field. Exit 0 when all match, 1 when any differ, 2 on usage or input "
        f"errors. The config file is looked for from DIR upward ({CONFIG_NAME} or "
        "pyproject.toml [tool.cleanse]) unless --config is given.",
    )
    p.add_argument("folder", metavar="DIR", help="golden folder with raw/ and expected/")
    p.add_argument("--update", action="store_true", help="rewrite the expected files that differ")
    p.add_argument("--junit", metavar="FILE", help="write JUnit XML, one test case per raw file")
    p.add_argument(
        "--baseline", metavar="FILE", help="also gate per-stage statistics against FILE (JSON)"
    )
    p.add_argument(
        "--update-baseline", action="store_true", help="re-pin --baseline to this run's numbers"
    )
    p.add_argument(
        "--allow-lower",
        action="store_true",
        help="let --update-baseline lower a pinned number (loosen a floor)",
    )
    _add_pipeline_options(p)
    p.set_defaults(func=check_cli)


def config_show_cli(args: argparse.Namespace) -> int:
    """``cleanse config show``: the effective configuration and where each value came from."""
    sys.stdout.write(format_settings(_settings(args)))
    return EXIT_OK


def _add_config_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    config = sub.add_parser("config", help="show the effective configuration")
    actions = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show",
        help="print the effective configuration as TOML, each value with its origin "
        "(default, FILE:LINE, profile or command line)",
    )
    _add_pipeline_options(show)
    show.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes")
    show.set_defaults(func=config_show_cli)


def _add_pipeline_options(p: argparse.ArgumentParser) -> None:
    _add_config_options(p)
    p.add_argument(
        "--skip",
        action="append",
        metavar="STAGE",
        help=f"leave out a stage (repeat or comma-separate); stages: {', '.join(STAGES)}",
    )
    p.add_argument(
        "--quote-style",
        choices=["straight", "keep"],
        help="'straight' (default) folds curly quotes to ASCII; 'keep' leaves them",
    )


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _interrupt(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM ends a run the way Ctrl-C does: checkpoint kept, nothing half-written."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanse",
        description="Turn raw scraped news text into clean, validated JSONL documents.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"cleanse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = sub.add_parser(
        "clean",
        help="clean files into JSONL",
        description="Clean the files matching PATTERN (globs, ** recursive; a folder means "
        "every file below it) into one JSON document per article.",
        epilog=EXIT_CODES,
    )
    clean.add_argument(
        "patterns",
        nargs="+",
        metavar="PATTERN",
        help="files, folders or glob patterns, or - for one page on standard input",
    )
    clean.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output JSONL file, or - for stdout"
    )
    clean.add_argument("--rejects", metavar="FILE", help="write inputs that gave no document here")
    clean.add_argument(
        "--report", metavar="FILE", help="write per-stage and per-file counts (JSON)"
    )
    clean.add_argument(
        "--html",
        metavar="FILE",
        help="write a self-contained HTML run report: totals, a per-stage chart, files, "
        "rejects and a sample of originals with each removal marked",
    )
    clean.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="worker processes (default 1, or jobs=)"
    )
    clean.add_argument(
        "--dedup",
        action="append",
        metavar="MODE",
        help="drop duplicates across the run (the first in input order is kept; dropped ones "
        "go to --rejects): exact (same body), near (near copies), paragraphs (paragraphs "
        "already in earlier documents); repeat or comma-separate",
    )
    clean.add_argument(
        "--near-threshold",
        type=float,
        default=0.8,
        metavar="J",
        help="--dedup near: Jaccard similarity of word 5-grams from which documents are "
        "copies (default 0.8)",
    )
    clean.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first rejected or failed input, write no output, exit 3 (for CI)",
    )
    clean.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run with the same arguments from its last checkpoint",
    )
    clean.add_argument(
        "--checkpoint-every",
        type=int,
        default=DEFAULT_CHECKPOINT_EVERY,
        metavar="N",
        help=f"inputs between checkpoints (default {DEFAULT_CHECKPOINT_EVERY})",
    )
    clean.add_argument(
        "--max-input-size",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="reject larger inputs unread, e.g. 512K, 64M (default 16M); bounds memory",
    )
    progress = clean.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="always show a progress bar on stderr (default: only on a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    _add_pipeline_options(clean)
    clean.set_defaults(func=clean_cli)

    explain = sub.add_parser(
        "explain", help="show what each stage removed from a file, for a person"
    )
    explain.add_argument("files", nargs="+", metavar="FILE", help="files, or - for standard input")
    _add_pipeline_options(explain)
    explain.set_defaults(func=explain_cli)

    schema = sub.add_parser("schema", help="print the output document's JSON Schema")
    schema.set_defaults(func=schema_cli)
    _add_check_parser(sub)
    _add_config_parser(sub)
    return parser


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if getattr(args, "jobs", None) is not None and args.jobs < 1:
        parser.error("-j/--jobs must be at least 1")
    try:
        with _sigterm_as_interrupt():
            return int(args.func(args))
    except (UsageError, ConfigError, GoldenError) as exc:
        print(f"cleanse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as exc:
        print(f"cleanse: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except CleanseError as exc:
        print(f"cleanse: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(
            "cleanse: interrupted; no partial output was left in place. Run the same "
            "command with --resume to continue from the last checkpoint",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


def _stdout_to_null() -> None:
    """Point standard output at the null device: its reader is gone, and what
    is still buffered must not fail again when the interpreter flushes it."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, sys.stdout.fileno())
        finally:
            os.close(null)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    try:
        try:
            return _run(argv)
        finally:
            # Now rather than at exit, so that a closed pipe is caught just below.
            sys.stdout.flush()
    except BrokenPipeError:
        # `cleanse ... | head`: the reader has what it wanted. The run stops
        # where it is (outputs it had not finished are not put in place), with
        # no traceback and no message, as other Unix tools do.
        _stdout_to_null()
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
