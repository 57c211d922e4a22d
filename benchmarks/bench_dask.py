"""Dask: ``newstag.tag_dask`` on a ``LocalCluster`` over the RESAMPLED 10k corpus."""

from __future__ import annotations

import os

from report import fmt


def run(ctx) -> dict:
    """Items per second of ``tag_dask``, one worker process per core, model loaded beforehand."""
    return {"10k": ctx.stage("dask", ctx.runs, path=ctx.corpus_path("10k"), workers=os.cpu_count())}


def report(rep, results) -> None:
    """The section "Dask"."""
    dk = results.get("dask", {}).get("data")
    if not dk:
        return
    rep.md("## Dask", "")
    for corpus, runs in dk.items():
        ips = rep.add("dask", corpus, "tag_dask items/s", [r["items_per_s"] for r in runs], "items/s")
        rep.md(f"`newstag.tag_dask` on a `LocalCluster` ({runs[0]['workers']} worker processes, "
               f"{runs[0]['partitions']} partitions of the {corpus} resampled corpus, top_terms=0, model already "
               f"loaded on the workers): {fmt(ips, 'items/s', 0)}. The test suite checks that its output equals "
               "`tag_frame`'s (tests/test_dask.py).", "")
