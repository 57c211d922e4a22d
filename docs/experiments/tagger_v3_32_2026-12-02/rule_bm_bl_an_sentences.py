"""Candidate 8 of v3.32, part (b): sets BM and BL scored once, five fits of v3.31 and of design 8 (set AN for the sentence classifiers only).

Each fit is on every non-lockbox labelled item (as `make train` fits the
designs it scores on the holdouts), with model seeds 42, 2026, 7777, 1
and 7; each design's decisions on set BL (wire on twelve conflicts) and set
BM (long Syrian reports), the two unopened sets, are scored per tag and
macro. Design 8 is v3.31 fitted with set AN's 200 items among the training items,
for the sentence classifiers only (weighted as ``cv3_an_sentences.training_frame``
weighs them: operating weight 0).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/rule_bm_bl_an_sentences.py   # rule_bm_bl_an_sentences.out
"""

import os

import numpy as np
from joblib import Parallel, delayed

from newstag.config import TAGS

SEEDS = (42, 2026, 7777, 1, 7)
DESIGNS = {"v3.31": False, "design 8": True}
SETS = {"BL": 250, "BM": 150}


def fit_and_decide(params, seed):
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    if params:  # design 8: set AN for the sentence classifiers
        import sys

        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from cv3_an_sentences import training_frame

        frame = training_frame()[0]
        assert frame["id"].str.startswith("wAN-").sum() == 200
        assert (frame.loc[frame["id"].str.startswith("wAN-"), "operating_weight"] == 0).all()
    else:
        frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
        frame = frame[~frame["id"].isin(read_lockbox())]
        assert not frame["id"].str.startswith("wAN-").any()
    assert not frame["id"].str.startswith(("wBL-", "wBM-")).any(), "an unopened set is in the training items"
    model = SentenceTagger(random_state=seed).fit(frame.reindex(columns=ITEM_COLUMNS),
                                                           tags_to_matrix(frame["tags"]))
    unopened = read_snippets("unopened")
    out = {}
    for name, n in SETS.items():
        items = unopened[unopened["id"].str.startswith(f"w{name}-")]
        assert len(items) == n, f"set {name} has {len(items)} items, {n} expected"
        out[name] = (tags_to_matrix(items["tags"]), model.predict(items.reindex(columns=ITEM_COLUMNS)))
    assert len(unopened) == sum(SETS.values())
    return out, tuple(model.thresholds_)


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def main() -> None:
    calls = [(name, seed) for name in DESIGNS for seed in SEEDS]
    results = Parallel(n_jobs=2)(delayed(fit_and_decide)(DESIGNS[name], seed) for name, seed in calls)
    means = {}
    for name in DESIGNS:
        for (n, seed), (_, thresholds) in zip(calls, results):
            if n == name:
                print(f"{name}, seed {seed}: thresholds {' '.join(f'{x:.2f}' for x in thresholds)}")
        for set_name in SETS:
            scores = []
            for (n, seed), (out, _) in zip(calls, results):
                if n != name:
                    continue
                f = f1s(*out[set_name])
                scores.append([*f, f.mean()])
                print(f"{name}, set {set_name}, seed {seed}: macro {f.mean():.4f} "
                      f"({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))})")
            means[name, set_name] = np.mean(scores, axis=0)
            print(f"{name}, set {set_name}, mean of {len(SEEDS)}: macro {means[name, set_name][-1]:.4f} ("
                  + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, means[name, set_name][:-1])) + ")")
    a = means["design 8", "BL"][-1] - means["v3.31", "BL"][-1]
    b = means["design 8", "BM"][-1] - means["v3.31", "BM"][-1]
    print(f"design 8 - v3.31 on set BM: {b:+.4f} (at least +0.003 asked): {'met' if b >= 0.003 else 'NOT met'}")
    print(f"design 8 - v3.31 on set BL: {a:+.4f} (at least -0.003 asked): {'met' if a >= -0.003 else 'NOT met'}")


if __name__ == "__main__":
    main()
