"""Candidate 1 of v3.32, part (b): set BH scored once, five fits of v3.31 and of design 1.

Each fit is on every non-lockbox labelled item (as `make train` fits the
designs it scores on the holdouts), with model seeds 42, 2026, 7777, 1
and 7; each design's decisions on set BH (``read_snippets("unopened")``)
are scored per tag and macro. Design 1 is ``SentenceTagger(opening_tags=TAGS)``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/rule_bh.py   # rule_bh.out
"""

import os

import numpy as np
from joblib import Parallel, delayed

from newstag.config import TAGS

SEEDS = (42, 2026, 7777, 1, 7)
DESIGNS = {"v3.31": {}, "design 1": {"opening_tags": TAGS}}


def fit_and_decide(params, seed):
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())]
    model = SentenceTagger(random_state=seed, **params).fit(frame.reindex(columns=ITEM_COLUMNS),
                                                           tags_to_matrix(frame["tags"]))
    bh = read_snippets("unopened")
    assert len(bh) == 250 and bh["id"].str.startswith("wBH-").all()
    return tags_to_matrix(bh["tags"]), model.predict(bh.reindex(columns=ITEM_COLUMNS)), tuple(model.thresholds_)


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
        for (n, seed), (Y, P, thresholds) in zip(calls, results):
            if n != name:
                continue
            f = f1s(Y, P)
            scores.append([*f, f.mean()])
            print(f"{name}, seed {seed}: macro {f.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))}); "
                  f"thresholds {' '.join(f'{x:.2f}' for x in thresholds)}")
        means[name] = np.mean(scores, axis=0)
        print(f"{name}, mean of {len(SEEDS)}: macro {means[name][-1]:.4f} ("
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, means[name][:-1])) + ")")
    d = means["design 1"][-1] - means["v3.31"][-1]
    print(f"design 1 - v3.31 on set BH: {d:+.4f} (at least 0 asked): part (b) {'met' if d >= 0 else 'NOT met'}")


if __name__ == "__main__":
    main()
