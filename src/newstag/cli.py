"""Command-line interface: ``newstag corpus|tag|train|figures|run``.

User errors end in a one-line message and a non-zero exit status, never in
a traceback. Heavy modules are imported inside each command so that
``newstag tag`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from newstag.errors import UserError

__all__ = ["main"]


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
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="date_order", action="store_const", const="dayfirst", default="auto",
                       help="read ambiguous numeric dates such as 03/05/2016 day-first (3 May); "
                       "default: inferred per file from its unambiguous dates, else month-first")
    order.add_argument("--monthfirst", dest="date_order", action="store_const", const="monthfirst",
                       help="read ambiguous numeric dates month-first (5 March)")


def _print_report(report, args, *, show: bool = True) -> None:
    if show:
        print(report.format(), file=sys.stderr)
    if args.report_file:
        try:
            Path(args.report_file).parent.mkdir(parents=True, exist_ok=True)
            Path(args.report_file).write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        except OSError as error:
            raise UserError(f"cannot write {args.report_file} ({error.strerror or error}); choose another --report-file path")


def cmd_corpus(args) -> int:
    from newstag.corpus.loading import LoadReport, iter_corpus, write_jsonl

    report = LoadReport()
    items = iter_corpus(args.inputs, fakes=args.fakes, report=report, max_chars=args.max_chars,
                        date_order=args.date_order)
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


def _load_model(path):
    from newstag.tagging.predict import load_for_tagging

    return load_for_tagging(path)


def _keep_freed_memory() -> bool:
    """Ask glibc's allocator to keep freed memory for reuse; True if it agreed.

    Tagging a chunk allocates and frees a few hundred MB (joined sentences,
    token lists, numpy arrays). glibc gives freed blocks of more than a few MB,
    and the free top of its heap, back to the kernel, and the next chunk
    touches them again as new pages: about 350,000 page faults and 0.7 s of
    system time on 20k items. Raising its trim and mmap thresholds
    (``mallopt(3)``, public glibc API) keeps that memory in the process; the
    peak resident memory stays the same. Elsewhere (another C library, another
    system) nothing changes.
    """
    import ctypes
    import ctypes.util

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    # M_TRIM_THRESHOLD (-1) and M_MMAP_THRESHOLD (-3) of <malloc.h>; 32 MB is glibc's largest mmap threshold.
    return bool(mallopt(-1, 256 << 20)) and bool(mallopt(-3, 32 << 20))


def cmd_tag(args) -> int:
    import csv as csv_module

    from newstag.config import TAGS
    from newstag.corpus.loading import LoadReport, iter_corpus
    from newstag.corpus.readers import Skipped
    from newstag.distributed import limit_blas_to_one_thread
    from newstag.tagging.predict import tag as tag_items

    if args.chunk_size < 1:
        raise UserError("--chunk-size must be at least 1")
    if args.jobs < 0:
        raise UserError(f"--jobs must be 0 (one process per CPU core) or more, got {args.jobs}")
    if args.dask_scheduler and args.jobs != 1:
        raise UserError("choose --jobs (processes on this machine) or --dask-scheduler (a cluster), not both")
    n_jobs = args.jobs or os.cpu_count() or 1
    if args.evidence and args.format == "csv":
        raise UserError("--evidence adds nested lists that CSV cannot hold; use --format jsonl")
    _keep_freed_memory()
    n_evidence = 3 if args.evidence else 0
    # On a cluster or in worker processes, the workers load the model.
    model = None if args.dask_scheduler or n_jobs > 1 else _load_model(args.model)
    # This process only reads, tags and writes: BLAS threads would spin beside it (a third of its CPU time).
    limit_blas_to_one_thread()
    report = LoadReport()
    records = iter_corpus(args.inputs, fakes=args.fakes, report=report, max_chars=args.max_chars,
                          keep_skipped=True, collapse_duplicates=False, date_order=args.date_order)
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as error:
        raise UserError(f"cannot write {args.output} ({error.strerror}); check the path") from None
    writer = None
    if args.format == "csv":
        writer = csv_module.writer(out)
        writer.writerow(["id", "tags", *TAGS, "error"])
    count = 0
    # One encoder for every line: json.dumps with a non-default option builds a new one per call.
    encode = json.JSONEncoder(ensure_ascii=False).encode

    def flush(chunk, tagged=None):
        nonlocal count
        if tagged is None:
            items = [r for r in chunk if not isinstance(r, Skipped)]
            tagged = tag_items([i.text for i in items], [i.headline for i in items], evidence=n_evidence,
                               model=model) if items else []
        results = iter(tagged)
        for record in chunk:
            if isinstance(record, Skipped):
                line = {"id": record.id, "tags": [], "scores": {t: 0.0 for t in TAGS}, "error": record.reason}
            else:
                line = {"id": record.id, **next(results)}
            if writer:
                writer.writerow([line["id"], ";".join(line["tags"]), *(line["scores"][t] for t in TAGS), line.get("error", "")])
            else:
                out.write(encode(line) + "\n")
            count += 1

    def chunks():
        chunk = []
        for record in records:
            if isinstance(record, Skipped) and record.id is None:
                continue  # a whole file that gave nothing: named in the report
            chunk.append(record)
            if len(chunk) >= args.chunk_size:
                yield chunk
                chunk = []
        yield chunk

    try:
        if args.dask_scheduler:
            for chunk, tagged in _tag_on_cluster(chunks(), args):
                flush(chunk, tagged)
        elif n_jobs > 1:
            from newstag.distributed import ModelLoadError, tag_chunks_in_processes

            try:
                for chunk, tagged in tag_chunks_in_processes(chunks(), n_jobs, model_path=args.model,
                                                                 top_terms=n_evidence):
                    flush(chunk, tagged)
            except (FileNotFoundError, ModelLoadError) as error:
                raise UserError(str(error)) from None
        else:
            for chunk in chunks():
                flush(chunk)
    finally:
        if out is not sys.stdout:
            out.close()
    # Tagging output goes to stdout; the report, when it has something to say, to stderr.
    _print_report(report, args, show=report.worth_reading or not count)
    if count == 0:
        print("newstag tag: no usable item in the input; nothing tagged (see the report above)", file=sys.stderr)
        return 1
    return 0


def _tag_on_cluster(chunks, args):
    """``(chunk, results)`` from the Dask cluster at ``--dask-scheduler``, in order."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError as error:
        raise UserError(f"--dask-scheduler needs Dask ({error.name or error} is missing): "
                        "pip install 'newstag[dask]'") from None
    from newstag.distributed import tag_chunks_on_cluster

    try:
        yield from tag_chunks_on_cluster(chunks, args.dask_scheduler, model_path=args.model,
                                         top_terms=3 if args.evidence else 0)
    except FileNotFoundError as error:
        raise UserError(str(error)) from None
    except (OSError, TimeoutError) as error:
        raise UserError(f"cannot reach the Dask scheduler at {args.dask_scheduler} ({error}); "
                        "check the address (tcp://HOST:8786) and that the scheduler is running") from None


def cmd_train(args) -> int:
    from newstag.pipeline import train_command

    return train_command(fakes=args.fakes, ship=args.ship, output_dir=args.output_dir, seed=args.seed)


def cmd_figures(args) -> int:
    from newstag.pipeline import figures_command

    n_topics = args.topics if args.topics == "auto" else _topic_count(args.topics)
    return figures_command(args.inputs, fakes=args.fakes, output=args.output, model_path=args.model,
                           n_topics=n_topics, seed=args.seed, max_chars=args.max_chars,
                           date_order=args.date_order, report_file=args.report_file)


def cmd_run(args) -> int:
    from newstag.pipeline import run_main_job

    n_topics = args.topics if args.topics == "auto" else _topic_count(args.topics)
    return run_main_job(fakes=args.fakes, seed=args.seed, skip_figures=args.skip_figures, n_topics=n_topics)


def cmd_data(args) -> int:
    from newstag.corpus.download import fetch_fakes

    return fetch_fakes(force=args.force)


def _topic_count(value):
    try:
        number = int(value)
    except ValueError:
        raise UserError(f"--topics takes a whole number or 'auto', not {value!r}") from None
    if number < 2:
        raise UserError("--topics must be at least 2")
    return number


TOPICS_HELP = ("level of the topic hierarchy to draw, by its number of topics, or 'auto' (default): "
               "the topics most seeded runs agree on")


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

    tag = sub.add_parser("tag", help="tag items with ceasefire/airstrike/humanitarian/diplomacy (JSONL or CSV out)")
    _add_input_options(tag)
    tag.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    tag.add_argument("--evidence", action="store_true",
                     help="JSONL: add each predicted tag's evidence sentences (field, start, end, text, score)")
    tag.add_argument("--output", "-o", metavar="PATH", help="write here instead of stdout")
    tag.add_argument("--model", metavar="PATH", help="a saved tagger (default: the shipped models/tagger.skops)")
    tag.add_argument("--chunk-size", type=int, default=1000, help="items tagged per batch (default: 1000)")
    tag.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                     help="tag in N processes on this machine, same output (default: 1; 0: one per CPU core)")
    tag.add_argument("--dask-scheduler", metavar="ADDRESS",
                     help="tag the batches on this Dask cluster (e.g. tcp://10.0.0.5:8786); needs newstag[dask]")
    tag.set_defaults(func=cmd_tag)

    train = sub.add_parser("train", help="evaluate by cross-validation and retrain the tagger from the labelled set")
    train.add_argument("--fakes", metavar="PATH", help="FA-KES csv (default: $NEWSTAG_FAKES_CSV or data/raw/fakes.csv)")
    train.add_argument("--ship", action="store_true", help="write models/tagger.skops and models/MODEL_CARD.md")
    train.add_argument("--output-dir", default=None, metavar="DIR", help="where to write the model (default: reports/model)")
    train.add_argument("--seed", type=int, default=None, help="random state (default: 42)")
    train.set_defaults(func=cmd_train)

    figures = sub.add_parser("figures", help="corpus -> tags -> topics -> every figure and the HTML map")
    _add_input_options(figures)
    figures.add_argument("--output", "-o", default="reports/figures", metavar="DIR", help="folder for the figures")
    figures.add_argument("--model", metavar="PATH", help="a saved tagger (default: the shipped one)")
    figures.add_argument("--topics", default="auto", help=TOPICS_HELP)
    figures.add_argument("--seed", type=int, default=None, help="random state (default: 42)")
    figures.set_defaults(func=cmd_figures)

    run = sub.add_parser("run", help="the main job: corpus, model, tags, topics and every figure")
    run.add_argument("--fakes", metavar="PATH", help="FA-KES csv (default: $NEWSTAG_FAKES_CSV or data/raw/fakes.csv)")
    run.add_argument("--seed", type=int, default=None, help="random state (default: 42)")
    run.add_argument("--skip-figures", action="store_true", help="stop after tagging")
    run.add_argument("--topics", default="auto", help=TOPICS_HELP)
    run.set_defaults(func=cmd_run)

    data = sub.add_parser("data", help="put FA-KES in data/raw/ (from $NEWSTAG_FAKES_CSV or Zenodo)")
    data.add_argument("--force", action="store_true", help="replace an existing data/raw/fakes.csv")
    data.set_defaults(func=cmd_data)
    return parser


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
