"""Exploration (decides nothing; reads opened sets only): where v3.32 loses wire accuracy to v3.31.

Each design is fitted once (model seed 42) on every non-lockbox labelled item
and scored on the 15 opened wire holdout sets (AR to BL without the long-report
sets; mean of the per-set macro-F1 and pooled per-tag F1) and on set BQ (150
long reports, opened for candidate 13 of v3.32). Set BN (unopened) and set BR
(being written) are never read. Designs differ only in the weights of the
750 long reports of ``LONG_TRAINING_SETS``:

- v3.32: as shipped (``training_weights``);
- v3.31: without them (v3.31's weights);
- sentences only: operating weight 0 (aggregators, calibration, thresholds
  fitted without them);
- half: weight and operating weight halved;
- operating half: operating weight halved.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/explore_wire.py
"""

import os

import numpy as np
from joblib import Parallel, delayed

from newstag.config import TAGS

DESIGNS = {"v3.32": (1.0, 1.0), "v3.31": None, "sentences only": (1.0, 0.0), "half": (0.5, 0.5),
           "operating half": (1.0, 0.5)}
SEED = 42


def training_frame(long_weights):
    from newstag.tagging.labels import read_lockbox
    from newstag.tagging.snippets import LONG_TRAINING_SETS, training_weights
    from newstag.tagging.train import labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    set_name = frame["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    is_long = set_name.isin(LONG_TRAINING_SETS).to_numpy()
    assert is_long.sum() == 750
    if long_weights is None:
        frame = training_weights(frame[~is_long].reset_index(drop=True))
    else:
        frame = frame.copy()
        frame.loc[is_long, "weight"] *= long_weights[0]
        frame.loc[is_long, "operating_weight"] *= long_weights[1]
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    assert not frame["id"].str.startswith(("wBN-", "wBR-", "wBQ-")).any()
    return frame


def fit_and_score(name):
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
    from newstag.tagging.train import ITEM_COLUMNS

    frame = training_frame(DESIGNS[name])
    model = SentenceTagger(random_state=SEED).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    holdout = read_snippets("holdout")
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    Y = tags_to_matrix(holdout["tags"]).astype(bool)
    P = model.predict(holdout.reindex(columns=ITEM_COLUMNS)).astype(bool)
    return name, sets.to_numpy(), Y, P, model.thresholds_


def f1s(Y, P):
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def main():
    from newstag.tagging.snippets import LONG_REPORT_SETS

    for name, sets, Y, P, thresholds in Parallel(n_jobs=2)(delayed(fit_and_score)(n) for n in DESIGNS):
        wire_sets = [s for s in dict.fromkeys(sets) if s not in LONG_REPORT_SETS]
        assert len(wire_sets) == 15, wire_sets
        per_set = {s: f1s(Y[sets == s], P[sets == s]).mean() for s in wire_sets}
        wire = np.isin(sets, wire_sets)
        pooled = f1s(Y[wire], P[wire])
        bq = f1s(Y[sets == "BQ"], P[sets == "BQ"])
        print(f"{name}: thresholds {np.round(thresholds, 2)}; wire mean {np.mean(list(per_set.values())):.4f} "
              f"(pooled {' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, pooled))}); BQ {bq.mean():.4f} "
              f"({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, bq))})")
        print("   per set " + " ".join(f"{s} {v:.3f}" for s, v in per_set.items()))


if __name__ == "__main__":
    main()
