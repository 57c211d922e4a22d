"""Candidate 13 of v3.32, part (b): set BQ scored once, five fits of v3.31 and of design 13 (the five opened long-report sets as training material, shares kept).

Each fit is on every non-lockbox labelled item (as `make train` fits the
designs it scores on the holdouts), with model seeds 42, 2026, 7777, 1
and 7; each design's decisions on set BQ (150 long Syrian reports, unopened)
are scored per tag and macro. Set BN, the other unopened set, is not
scored. Design 13 is v3.31 fitted with sets BI, BK, BM, BO and BP's 750 items among
the training items, weighted as ``cv3_long13.training_frame`` weighs them.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/rule_bq_long13.py   # rule_bq_long13.out
"""

import os

import numpy as np
from joblib import Parallel, delayed

from newstag.config import TAGS

SEEDS = (42, 2026, 7777, 1, 7)
DESIGNS = {"v3.31": False, "design 13": True}
SET, SET_SIZE = "BQ", 150


def fit_and_decide(with_long_reports, seed):
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    if with_long_reports:
        import sys

        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from cv3_long13 import LONG, N_LONG, training_frame

        frame = training_frame()[0]
        assert frame["id"].str.startswith(LONG).sum() == N_LONG
    else:
        frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
        frame = frame[~frame["id"].isin(read_lockbox())]
        assert not frame["id"].str.startswith(("wBI-", "wBK-", "wBM-", "wBO-", "wBP-")).any()
    assert not frame["id"].str.startswith(("wBN-", "wBQ-")).any(), "an unopened set is in the training items"
    model = SentenceTagger(random_state=seed).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    unopened = read_snippets("unopened")
    items = unopened[unopened["id"].str.startswith(f"w{SET}-")]
    assert len(items) == SET_SIZE, f"set {SET} has {len(items)} items, {SET_SIZE} expected"
    return (tags_to_matrix(items["tags"]), model.predict(items.reindex(columns=ITEM_COLUMNS))), tuple(model.thresholds_)


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def main() -> None:
    calls = [(name, seed) for name in DESIGNS for seed in SEEDS]
    results = Parallel(n_jobs=2)(delayed(fit_and_decide)(DESIGNS[name], seed) for name, seed in calls)
    means = {}
    for name in DESIGNS:
        scores = []
        for (n, seed), ((Y, P), thresholds) in zip(calls, results):
            if n != name:
                continue
            f = f1s(Y, P)
            scores.append([*f, f.mean()])
            print(f"{name}, seed {seed}: thresholds {' '.join(f'{x:.2f}' for x in thresholds)}; set {SET} macro "
                  f"{f.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))}); "
                  f"predicted/true {' '.join(f'{p}/{y}' for p, y in zip(P.sum(0), Y.sum(0)))}")
        means[name] = np.mean(scores, axis=0)
        print(f"{name}, set {SET}, mean of {len(SEEDS)}: macro {means[name][-1]:.4f} ("
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, means[name][:-1])) + ")")
    gain = means["design 13"][-1] - means["v3.31"][-1]
    print(f"design 13 - v3.31 on set {SET}: {gain:+.4f} (at least +0.003 asked): {'met' if gain >= 0.003 else 'NOT met'}")


if __name__ == "__main__":
    main()
