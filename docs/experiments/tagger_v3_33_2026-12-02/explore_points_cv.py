"""Exploration in cross-validation (decides nothing; no holdout is read): which operating points and which
features cost candidate 1 of v3.33 its guard on the news outside war (sets K and V, +5.0 untagged items
given a tag).

Two designs, each in v3.31's folds (fold seeds 42, 1, 7; the long reports in every training fold, never
scored; model seed 42): v3.32, and v3.32 with the long items' features learned apart
(``adapt_design.LengthAdaptedTagger``). Each fold's fit keeps its shared thresholds and those fitted on
its short and its long items apart, so that three operating points are scored from the same
out-of-fold probabilities:
- shared: one threshold per tag (v3.32's point);
- per length: short items by the short items' thresholds, long by the long's (candidate 1's point);
- long only: short items by the shared thresholds, long items by the long items'.

    NEWSTAG_FAKES_CSV=... OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/explore_points_cv.py --run
    OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/explore_points_cv.py
"""

import argparse
import os
import sys
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed

from newstag.config import TAGS
from newstag.tagging.sentence_model import SentenceTagger

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "tagger_v3_32_2026-12-02"))
from adapt_design import LengthAdaptedTagger, is_long  # noqa: E402
from cv3_adapt import training_frame  # noqa: E402
from cv3_long import NOT_WAR, SEEDS  # noqa: E402

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))


class PlainWithPoints(LengthAdaptedTagger):
    """v3.32's features and prediction; ``fit`` also keeps the thresholds of short and long items apart."""

    _sentence_features = SentenceTagger._sentence_features
    _without_article_bigrams = SentenceTagger._without_article_bigrams
    predict_proba = SentenceTagger.predict_proba


DESIGNS = {"v3.32": PlainWithPoints, "adapted": LengthAdaptedTagger}


def fold(design, X_fit, Y_fit, X_test):
    model = DESIGNS[design](random_state=42).fit(X_fit, Y_fit)
    return model.predict_proba(X_test), model.thresholds_.copy(), model.thresholds_by_length_.copy()


def run():
    import pandas as pd

    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.train import ITEM_COLUMNS

    frame, long_rows = training_frame()
    design_items, extra = frame[~long_rows].reset_index(drop=True), frame[long_rows].reset_index(drop=True)
    X, Y = design_items.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design_items["tags"])
    X_extra, Y_extra = extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])
    item_is_long = is_long(X[["title", "text"]])
    for seed in SEEDS:
        base = np.load(OUT / f"cv8_13_{seed}.npz")
        assert (base["ids"] == design_items["id"].to_numpy(dtype=str)).all()
        calls = []
        for name in DESIGNS:
            for k in range(5):
                train, test = np.flatnonzero(base["fold"] != k), np.flatnonzero(base["fold"] == k)
                calls.append((name, test, pd.concat([X.iloc[train], X_extra], ignore_index=True),
                              np.vstack([Y[train], Y_extra]), X.iloc[test]))
        results = Parallel(n_jobs=2)(delayed(fold)(name, Xf, Yf, Xt) for name, _, Xf, Yf, Xt in calls)
        for name in DESIGNS:
            proba = np.zeros(Y.shape)
            points = {p: np.zeros(Y.shape) for p in ("shared", "per length", "long only")}
            for (n, test, *_), (p, shared, by_length) in zip(calls, results):
                if n != name:
                    continue
                proba[test] = p
                short, long_ = by_length[:, 0], by_length[:, 1]
                lengths = item_is_long[test][:, None]
                points["shared"][test] = shared
                points["per length"][test] = np.where(lengths, long_, short)
                points["long only"][test] = np.where(lengths, long_, shared)
            np.savez(OUT / f"points_{name.replace('.', '')}_{seed}.npz", ids=base["ids"], Y=Y, proba=proba,
                     is_long=item_is_long, **{p.replace(" ", "_"): v for p, v in points.items()})
        print(f"fold seed {seed}: done", flush=True)


def f1s(Y, P):
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def compare():
    rows = {}
    for seed in SEEDS:
        for name in DESIGNS:
            run_ = np.load(OUT / f"points_{name.replace('.', '')}_{seed}.npz")
            ids, Y = run_["ids"], run_["Y"].astype(bool)
            corpus = ~np.char.startswith(ids, "w")
            sets = np.array([i.split("-")[0][1:] if i.startswith("w") else "" for i in ids])
            war = ~corpus & ~np.isin(sets, NOT_WAR)
            not_war = np.isin(sets, ("K", "V")) & ~Y.any(1)
            for point in ("shared", "per_length", "long_only"):
                P = run_["proba"] >= run_[point]
                c, w = f1s(Y[corpus], P[corpus]), f1s(Y[war], P[war])
                rows.setdefault((name, point), []).append((c.mean(), w.mean(), P[not_war].any(1).sum(), *c, *w))
    print(f"{'design, point':32s} corpus  war     K&V   | corpus per tag              | war per tag")
    for (name, point), values in rows.items():
        m = np.mean(values, axis=0)
        per_run = " ".join(f"{v[2]:.0f}" for v in values)
        print(f"{name + ', ' + point.replace('_', ' '):32s} {m[0]:.4f} {m[1]:.4f} {m[2]:5.1f} ({per_run}) | "
              + " ".join(f"{v:.3f}" for v in m[3:7]) + " | " + " ".join(f"{v:.3f}" for v in m[7:]))
    print("(tags in the order " + ", ".join(TAGS) + ")")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--run", action="store_true")
    args = parser.parse_args()
    run() if args.run else compare()
