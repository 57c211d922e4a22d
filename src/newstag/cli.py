"""Command-line interface: ``newstag corpus|tag|train|figures|run``.

User errors end in a one-line message and a non-zero exit status, never in
a traceback. Heavy modules are imported inside each command so that
``newstag tag`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

__all__ = ["main"]


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="text files, folders, CSV/TSV or JSONL files ('-' for JSONL on stdin); "
        "default: seeds/ plus FA-KES when configured",
    )
    parser.add_argument("--fakes", metavar="PATH", help="FA-KES csv (default: $NEWSTAG_FAKES_CSV or data/raw/fakes.csv)")
    parser.add_argument("--max-chars", type=_positive_int, default=200_000, help="truncate longer items (default: 200000)")
    parser.add_argument("--report-file", metavar="PATH", help="also write the full load report as JSON")


def _print_report(report, args) -> None:
    print(report.format(), file=sys.stderr)
    if args.report_file:
        try:
            Path(args.report_file).parent.mkdir(parents=True, exist_ok=True)
            Path(args.report_file).write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        except OSError as error:
            raise UserError(f"cannot write {args.report_file} ({error.strerror or error}); choose another --report-file path")


def cmd_corpus(args) -> int:
    from .corpus import LoadReport, iter_corpus, write_jsonl

    report = LoadReport()
    items = iter_corpus(args.inputs, fakes=args.fakes, report=report, max_chars=args.max_chars)
    try:
        count = write_jsonl(items, args.output)
    except OSError as error:
        raise UserError(f"cannot write {args.output} ({error.strerror or error}); choose another --output path")
    _print_report(report, args)
    if count == 0:
        print(f"newstag corpus: no usable item in the input; nothing written to {args.output} (see the report above)", file=sys.stderr)
        return 1
    print(f"wrote {count} item(s) to {args.output}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newstag",
        description="Cluster and tag news about armed conflict (TF-IDF topics, UMAP maps, a multi-label tagger).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    corpus = sub.add_parser("corpus", help="load inputs into clean, identified items (JSONL) with a load report")
    _add_input_options(corpus)
    corpus.add_argument("--output", "-o", required=True, metavar="PATH", help="where to write items.jsonl")
    corpus.set_defaults(func=cmd_corpus)

    for register in _EXTRA_COMMANDS:
        register(sub, _add_input_options, _print_report)
    return parser


# Later stages register their subcommands here (tag, train, figures, run).
_EXTRA_COMMANDS: list = []


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as error:
        print(f"newstag {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
