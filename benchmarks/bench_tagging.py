"""Tagging speed: warm single-item latency, throughput, the TF-IDF floor, cold start, imports.

The floor is a bare scikit-learn ``TfidfVectorizer`` transform of the same
items, in process (``stages.py floor``) and as a whole process
(``benchmarks/floor.py``) against ``newstag tag``.
"""

from __future__ import annotations

import os
import re
import subprocess

from common import BENCH, ROOT, log
from report import fmt, ratio

FLOOR_1_CORE = "floor: TfidfVectorizer.transform (1 core)"


def run(ctx) -> dict:
    """Latency, throughput against the floor, whole processes against the floor, cold start, import profile."""
    runs = ctx.runs
    items = ctx.fakes_items()
    fakes = ctx.corpus_path("FA-KES")
    out = {}
    log("  latency (warm, single item)")
    out["latency"] = {tt: ctx.stage("latency", runs, path=fakes, top_terms=tt) for tt in (5, 0)}
    log("  throughput, one process and all cores")
    out["throughput"] = {}
    for name in ("FA-KES", "10k"):
        path = ctx.corpus_path(name)
        out["throughput"][name] = {
            "tag (1 core)": ctx.stage("tag", runs, path=path),
            f"tag ({os.cpu_count()} processes)": ctx.stage("tag_parallel", runs, path=path, workers=os.cpu_count()),
            FLOOR_1_CORE: ctx.stage("floor", runs, path=path, fakes=fakes),
        }
    log("  whole process: `newstag tag` vs the bare TF-IDF floor")
    vectorizer = ctx.work / "floor_vectorizer.pkl"
    ctx.stage("save_floor_vectorizer", 1, fakes=fakes, output=str(vectorizer))
    out["process"] = {}
    # Issue 9's target is on 20k items; 10k is kept to compare with earlier runs.
    for name, path in (("FA-KES", items), ("10k", ctx.resampled("10k")), ("20k", ctx.resampled("20k"))):
        rows = {"newstag tag": [], "floor": []}
        # Alternate the two sides run by run, so that a change in the machine's load hits both alike.
        for _ in range(runs):
            record = ctx.measure([ctx.newstag, "tag", str(path), "--output", os.devnull])
            record.pop("stdout")
            rows["newstag tag"].append(record)
            record = ctx.measure([ctx.python, str(BENCH / "floor.py"), str(vectorizer), str(path)])
            record.pop("stdout")
            rows["floor"].append(record)
            log(f"    {name}: newstag tag {rows['newstag tag'][-1]['wall']:.1f} s, floor {record['wall']:.1f} s")
        out["process"][name] = rows
    log("  cold start of `newstag tag` (process start to first output line)")
    cold = []
    for _ in range(runs):
        record = ctx.measure([ctx.newstag, "tag", str(items)], first_line=True)
        record.pop("stdout")
        cold.append(record)
    out["cold_start"] = cold
    out["imports"] = import_profile(ctx.python, items)
    return out


def import_profile(python, items) -> dict:
    """``python -X importtime -m newstag tag``: total import time and the costliest packages."""
    # check=False: the import times are on stderr even if tagging itself fails; the tagging runs check that.
    proc = subprocess.run([python, "-X", "importtime", "-m", "newstag", "tag", str(items), "--output", os.devnull],
                          capture_output=True, text=True, cwd=ROOT, check=False)
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
    # The modules that were newstag.model, .features, .corpus, .predict and .train before the layout by stage.
    watch = ["skops.io", "sklearn", "scipy", "pandas", "numpy", "ftfy", "newstag.tagging.model",
             "newstag.tagging.features", "newstag.corpus.loading", "newstag.tagging.predict", "newstag.tagging.train"]
    return {"total_s": total, "top_level": sorted(top, key=lambda r: -r[1])[:8], "imported": heavy,
            "cumulative_s": {name: cumulative.get(name) for name in watch}}


def report(rep, results) -> None:
    """The section "Tagging speed" and the floor and latency targets."""
    tg = results.get("tagging", {}).get("data")
    if not tg:
        return
    rep.md("## Tagging speed", "")
    lat = {tt: (rep.add("tagging", "FA-KES", f"latency p50 top_terms={tt}", [r["p50_ms"] for r in runs], "ms"),
                rep.add("tagging", "FA-KES", f"latency p99 top_terms={tt}", [r["p99_ms"] for r in runs], "ms"))
           for tt, runs in ((int(k), v) for k, v in tg["latency"].items())}
    rep.md("Warm single-item latency, `tag(text, title)` on FA-KES articles one at a time (1,000 calls per run "
           "after 50 warm-up calls):", "")
    for tt, (p50, p99) in lat.items():
        rep.md(f"- top_terms={tt}{' (with up to 5 evidence sentences per tag)' if tt else ' (scores and tags only)'}: "
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
                  inproc.get((corpus, FLOOR_1_CORE), {}).get("median"))
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
        if corpus == "20k":
            # Two decimals: near the target, one would round a miss to "1.5×".
            rep.targets.append(("tagging within 1.5× of the bare TF-IDF floor, whole process", f"{r:.2f}× (20k items)",
                                "met" if r <= 1.5 else (f"missed: {r:.2f}× instead of ≤ 1.5× "
                                                        f"({r / 1.5:.2f} times the target)")))
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
        def verdict(v):
            return "met" if v <= 2 else f"missed by {v - 2:.2f} ms"

        rep.targets.append(("p50 single-item latency ≤ 2 ms warm",
                            (f"{p50_plain['median']:.2f} ms scores and tags only (top_terms=0); "
                             f"{p50['median']:.2f} ms with evidence sentences (top_terms=5)"),
                            f"{verdict(p50_plain['median'])} (top_terms=0); {verdict(p50['median'])} (default)"))
