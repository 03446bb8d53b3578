"""The ``cleanse`` command: a thin adapter over the library calls.

Exit codes: 0 everything went through; 1 a run-level error (output could
not be written); 2 bad usage; 3 the run finished but some inputs were
rejected or failed (see ``--rejects`` and ``--report``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from typing import NoReturn

from pydantic import ValidationError
from tqdm import tqdm

from . import __version__
from .config import Config
from .errors import CleanseError, OutputError, UsageError
from .explain import format_explanation
from .files import atomic_output, clean_file, expand_patterns, run_paths
from .model import Document
from .pipeline import Pipeline
from .report import RunReport
from .stages import STAGES

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3


def _pipeline(args: argparse.Namespace) -> Pipeline:
    overrides: dict[str, object] = {}
    if getattr(args, "quote_style", None):
        overrides["quote_style"] = args.quote_style
    try:
        config = Config().with_overrides(**overrides) if overrides else Config()
    except ValidationError as exc:
        raise UsageError(str(exc)) from None
    pipeline = Pipeline(config=config)
    skip = [s for group in (args.skip or []) for s in group.split(",") if s]
    return pipeline.without(*skip) if skip else pipeline


def _progress(total: int, enabled: bool | None) -> tqdm[NoReturn]:

    disable = (not sys.stderr.isatty() or total < 2) if enabled is None else not enabled
    return tqdm(total=total, unit="file", disable=disable, file=sys.stderr, leave=False)


def clean_cli(args: argparse.Namespace) -> int:
    """``cleanse clean``: clean files into JSONL, with rejects and a report."""
    pipeline = _pipeline(args)
    paths = expand_patterns(args.patterns)
    report = RunReport()
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(atomic_output(args.output))
        rejects = stack.enter_context(atomic_output(args.rejects)) if args.rejects else None
        bar = stack.enter_context(_progress(len(paths), args.progress))
        for result in run_paths(paths, pipeline=pipeline, jobs=args.jobs):
            for doc in result.documents:
                out.write(doc.model_dump_json())
                out.write("\n")
            if rejects is not None:
                for rej in result.rejects:
                    rejects.write(rej.model_dump_json())
                    rejects.write("\n")
            report.add(result)
            bar.update(1)
    if args.report:
        with atomic_output(args.report) as handle:
            handle.write(report.model_dump_json(indent=2))
            handle.write("\n")
    print(
        f"cleanse: {report.files} file(s): {report.documents} document(s), "
        f"{report.files_rejected} rejected, {report.files_failed} failed, "
        f"{report.rejects} reject record(s)",
        file=sys.stderr,
    )
    for status in report.inputs:
        if status.status != "ok":
            print(f"  {status.status}: {status.source}: {status.reason}", file=sys.stderr)
    return EXIT_OK if report.all_ok else EXIT_REJECTED


def explain_cli(args: argparse.Namespace) -> int:
    """``cleanse explain``: show what each stage removed from a file."""
    pipeline = _pipeline(args)
    paths = expand_patterns(args.files)
    for path in paths:
        result = clean_file(path, pipeline)
        sys.stdout.write(format_explanation(result, pipeline.names))
    return EXIT_OK


def schema_cli(args: argparse.Namespace) -> int:
    """``cleanse schema``: print the output document's JSON Schema."""
    print(json.dumps(Document.model_json_schema(), indent=2))
    return EXIT_OK


def _add_pipeline_options(p: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanse",
        description="Turn raw scraped news text into clean, validated JSONL documents.",
    )
    parser.add_argument("--version", action="version", version=f"cleanse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = sub.add_parser(
        "clean",
        help="clean files into JSONL",
        description="Clean the files matching PATTERN (globs, ** recursive; a folder means "
        "every file below it) into one JSON document per article.",
    )
    clean.add_argument("patterns", nargs="+", metavar="PATTERN")
    clean.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output JSONL file, or - for stdout"
    )
    clean.add_argument("--rejects", metavar="FILE", help="write inputs that gave no document here")
    clean.add_argument(
        "--report", metavar="FILE", help="write per-stage and per-file counts (JSON)"
    )
    clean.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
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
    explain.add_argument("files", nargs="+", metavar="FILE")
    _add_pipeline_options(explain)
    explain.set_defaults(func=explain_cli)

    schema = sub.add_parser("schema", help="print the output document's JSON Schema")
    schema.set_defaults(func=schema_cli)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if getattr(args, "jobs", 1) < 1:
        parser.error("-j/--jobs must be at least 1")
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"cleanse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as exc:
        print(f"cleanse: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except CleanseError as exc:
        print(f"cleanse: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("cleanse: interrupted; no partial output was left", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
