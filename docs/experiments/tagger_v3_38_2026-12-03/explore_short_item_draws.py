"""Exploration (decides nothing): several draws of the short items, each weighing its share, on the opened holdouts.

``SentenceTagger(short_item_draws=k)`` cuts the short items ``k`` times (seeds drawn from the model seed; the first
draw is v3.37's) and weighs each draw ``1/k``: an average over draws instead of one draw, which is where the
spread of the operating point across model seeds comes from. Fits on every non-lockbox item (model seeds given),
scored on the opened wire and long-report holdout sets; v3.37's fits (``k = 1``) are the thirty-sixth session's
(``$V337_DIR``). No lockbox item is read; set BU (unopened) is not read.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_38_2026-12-03/explore_short_item_draws.py
"""

import os
import sys
import time
from pathlib import Path

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.tagging.evaluate import run_in_parallel
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

V337 = Path(os.environ.get("V337_DIR", "/tmp/models_v337c"))
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_v338"))
WEIGHTS = [int(w) for w in os.environ.get("DRAWS", "3").split(",")]
TAG = "draws"
SEEDS = [int(s) for s in os.environ.get("SEEDS", "42").split(",")]
PROBES = ["Egypt and Qatar mediators proposed a 60-day truce between Israel and Hamas",
          "The warring parties in Yemen agreed on Tuesday to a two-month truce",
          "Israeli air strikes killed two militants in Gaza on Thursday",
          "Russian drones hit energy infrastructure in Kharkiv"]


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return 2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)


def fit(weight, seed, X, Y):
    start = time.perf_counter()
    model = SentenceTagger(random_state=seed, short_item_draws=weight).fit(X, Y)
    model.fit_seconds_ = time.perf_counter() - start
    return model


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
    MODELS.mkdir(exist_ok=True)
    jobs = [(w, s) for w in WEIGHTS for s in SEEDS if not (MODELS / f"{TAG}{w}_{s}.joblib").exists()]
    for (w, s), model in zip(jobs, run_in_parallel([(fit, (w, s, X, Y)) for w, s in jobs], 2)):
        print(f"fitted short_item_draws {w}, seed {s} in {model.fit_seconds_:.0f} s", flush=True)
        joblib.dump(model, MODELS / f"{TAG}{w}_{s}.joblib")
    holdout = read_snippets("holdout").fillna({"title": "", "text": ""})
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    groups = {"wire": holdout[~sets.isin(LONG_REPORT_SETS)], "long reports": holdout[sets.isin(LONG_REPORT_SETS)]}
    print("opened holdout: " + ", ".join(f"{g} {len(r)} items in sets {' '.join(sorted(set(sets[r.index])))}"
                                       for g, r in groups.items()))
    means = {}
    for seed in SEEDS:
        models = {1: joblib.load(V337 / f"design_1_{seed}.joblib")}
        models.update({w: joblib.load(MODELS / f"{TAG}{w}_{seed}.joblib") for w in WEIGHTS})
        for w, m in models.items():
            line = [f"seed {seed}, short_item_draws {w}: thresholds " + " ".join(f"{t:.2f}" for t in m.thresholds_)]
            for g, rows in groups.items():
                f = f1s(tags_to_matrix(rows["tags"]), m.predict(rows[["title", "text"]]))
                means.setdefault((w, g), []).append(f)
                line.append(f"{g} {f.mean():.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + ")")
            print("; ".join(line), flush=True)
            P = m.predict_proba(PROBES)
            print("   probes: " + " | ".join(" ".join(f"{v:.2f}" for v in row) for row in P), flush=True)
    for w in [1, *WEIGHTS]:
        thresholds = np.array([(joblib.load(V337 / f"design_1_{s}.joblib") if w == 1 else
                                joblib.load(MODELS / f"{TAG}{w}_{s}.joblib")).thresholds_ for s in SEEDS])
        print(f"short_item_draws {w}: thresholds over {len(SEEDS)} seeds, range per tag: " + "; ".join(
            f"{t} {lo:.2f}-{hi:.2f}" for t, lo, hi in zip(TAGS, thresholds.min(0), thresholds.max(0))))
    for (w, g), rows in means.items():
        f = np.mean(rows, axis=0)
        spread = np.ptp([r.mean() for r in rows])
        print(f"mean of {len(rows)} seeds, short_item_draws {w}, {g}: {f.mean():.4f} ("
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + f"), macro range over seeds {spread:.4f}")


if __name__ == "__main__":
    sys.exit(main())
