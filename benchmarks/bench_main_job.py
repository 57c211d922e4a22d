"""The main job: ``newstag run`` on FA-KES from a fresh process (corpus to every figure)."""

from __future__ import annotations

from common import fakes_csv, log
from report import fmt


def run(ctx) -> dict:
    """Time ``ctx.runs`` runs of ``newstag run``, each with the end of its log."""
    runs = []
    env = {"NEWSTAG_FAKES_CSV": str(fakes_csv())}
    for _ in range(ctx.runs):
        record = ctx.measure([ctx.newstag, "run"], env=env)
        record.pop("stdout")
        text = ctx.stderr_path.read_text(encoding="utf-8", errors="replace")
        record["log_tail"] = text[-400:]
        runs.append(record)
        log(f"    newstag run: {record['wall']:.1f} s wall, {record['cpu']:.1f} s CPU, {record['rss_mb']:.0f} MB")
    return {"runs": runs}


def report(rep, results) -> None:
    """The section "Main job on FA-KES" and the 30 s target."""
    main = results.get("mainjob", {}).get("data")
    if not main:
        return
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
    rep.targets.append(("main job on FA-KES ≤ 30 s from a fresh process", fmt(wall),
                        "met" if wall["median"] <= 30 else f"missed by {wall['median'] - 30:.0f} s "
                        f"({wall['median'] / 30:.1f}× the target)"))
