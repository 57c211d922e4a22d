"""Streaming: time and peak memory of whole processes on the RESAMPLED 10k and 100k corpora.

``newstag tag``, ``newstag corpus`` and ``StreamingTopicModel`` (with its
sample map). The 1M corpus is the same measure in its own phase
(``bench_streaming_1m``, with ``--with-1m``); this module's section reports
both.
"""

from __future__ import annotations

from common import log
from report import fmt


def run(ctx) -> dict:
    """The 10k and 100k corpora; see :func:`measure_sizes`."""
    return measure_sizes(ctx, ("10k", "100k"))


def measure_sizes(ctx, sizes) -> dict:
    """Whole-process time and peak RSS of each streaming command, by corpus size."""
    out = {}
    for size in sizes:
        path = ctx.resampled(size)
        runs = ctx.runs if size == "10k" else ctx.runs_large
        log(f"  streaming {size}")
        rows = {"newstag tag": [], "newstag corpus": []}
        for _ in range(runs):
            record = ctx.measure([ctx.newstag, "tag", str(path), "--output", str(ctx.work / "tags_out.jsonl")])
            record.pop("stdout")
            rows["newstag tag"].append(record)
            log(f"    tag {size}: {record['wall']:.0f} s, {record['rss_mb']:.0f} MB")
            record = ctx.measure([ctx.newstag, "corpus", str(path), "--output", str(ctx.work / "corpus_out.jsonl")])
            record.pop("stdout")
            rows["newstag corpus"].append(record)
            log(f"    corpus {size}: {record['wall']:.0f} s, {record['rss_mb']:.0f} MB")
        rows["StreamingTopicModel (+ sample map)"] = ctx.stage("streaming_topics", runs, path=str(path))
        out[size] = rows
        for name in ("tags_out.jsonl", "corpus_out.jsonl"):
            (ctx.work / name).unlink(missing_ok=True)
    return out


def report(rep, results) -> None:
    """The section "Streaming" (10k to 1M) and the 1M memory target."""
    streams = {}
    for key in ("streaming", "streaming_1m"):
        streams.update(results.get(key, {}).get("data") or {})
    if not streams:
        return
    rep.md("## Streaming: memory from 10k to 1M resampled items", "",
           "Whole processes on RESAMPLED JSONL corpora (about 2 KB per item). `newstag tag` and "
           "`newstag corpus` read, clean and write item by item (chunks of 1,000 to the tagger); "
           "`StreamingTopicModel` reads the file twice in chunks of 10,000 and draws its map from a "
           "seeded 5,000-item sample.", "",
           "| corpus | command | time | items/s | peak RSS |", "|---|---|---|---|---|")
    peaks = {}
    for size in ("10k", "100k", "1M"):
        rows = streams.get(size)
        if not rows:
            continue
        n = rep.sizes[size]
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
        rep.targets.append(("1M resampled items tagged in < 2 GB peak memory", f"{m1['median']:.0f} MB",
                            "met" if m1["median"] < 2048 else "missed"))
    else:
        rep.targets.append(("1M resampled items tagged in < 2 GB peak memory", "not run (run with --with-1m)",
                            "not measured"))
