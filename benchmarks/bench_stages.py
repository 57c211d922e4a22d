"""Every stage on its own (load, features, topics, UMAP, tag, streaming topics, train).

Each stage runs in a fresh process through ``benchmarks/stages.py``, on
FA-KES and on the RESAMPLED 10k corpus (100k: load and streaming topics
only); ``train`` is the whole ``newstag train`` process.
"""

from __future__ import annotations

from common import log
from report import fmt


def run(ctx) -> dict:
    """The stages' own timings and their processes' figures, by corpus and stage."""
    runs = ctx.runs
    out = {}
    for name in ("FA-KES", "10k"):
        path = ctx.corpus_path(name)
        log(f"  stages on {name}")
        out[name] = {
            "load": ctx.stage("load", runs, path=path),
            "features": ctx.stage("features", runs, path=path),
            "topics": ctx.stage("topics", runs, path=path),
            "umap": ctx.stage("umap", runs, path=path),
            "tag": ctx.stage("tag", runs, path=path),
        }
    out["100k"] = {"load": ctx.stage("load", 1, path=ctx.corpus_path("100k")),
                   "topics (streaming)": ctx.stage("streaming_topics", 1, path=ctx.corpus_path("100k"))}
    out["10k"]["topics (streaming)"] = ctx.stage("streaming_topics", runs, path=ctx.corpus_path("10k"))
    log("  train (`newstag train`, cross-validated evaluation + fit)")
    train = []
    for _ in range(runs):
        record = ctx.measure([ctx.newstag, "train", "--output-dir", str(ctx.work / "model")])
        record.pop("stdout")
        train.append(record)
        log(f"    train: {record['wall']:.1f} s")
    out["FA-KES"]["train"] = train
    return out


def report(rep, results) -> None:
    """The section "Stages": one table row per corpus and stage."""
    stages = results.get("stages", {}).get("data")
    if not stages:
        return
    rep.md("## Stages", "",
           "Each stage in its own fresh process; the time is the stage alone (input already loaded), the "
           "memory the peak of that whole process. `topics` is `TopicModel` (TF-IDF → LSA → consensus of 150 "
           "seeded KMeans runs → topic hierarchy and descriptions); `topics (streaming)` is `StreamingTopicModel` "
           "(two passes, hashing, the consensus on a sample) plus a UMAP map of its 5,000-item sample; "
           "`umap` is the first "
           "UMAP in a process (import + numba compilation + fit) and, after the slash, a second one warm; "
           "`train` is the whole `newstag train` process (cross-validated evaluation + learning curve + fit).", "",
           "| corpus | stage | time | peak RSS of the process |", "|---|---|---|---|")
    for corpus, by_stage in stages.items():
        for name, runs in by_stage.items():
            if name == "train":
                t = rep.add("stages", corpus, name, [r["wall"] for r in runs], "s")
                m = rep.add("stages", corpus, f"{name} peak RSS", [r["rss_mb"] for r in runs], "MB")
                # Issue 9: training with its evaluation "a few minutes at most on 2 cores"; read as 5 minutes.
                rep.targets.append(("`newstag train` (evaluation, lockbox, learning curve, fit) ≤ 5 min on 2 cores",
                                    fmt(t), "met" if t["median"] <= 300 else f"missed ({t['median'] / 60:.1f} min)"))
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
