"""Exploration in cross-validation (decides nothing; no holdout, no lockbox item is read): four designs for the
item stage of long items, in ``make train``'s folds with fold seeds 42, 1 and 7 (non-lockbox items, 5 folds,
model seed 42).

- v3.33;
- v3.33 + corpus point: long items decided by thresholds fitted on the corpus's long items
  (``corpus_point.CorpusLongPointTagger``, ``explore_corpus_point_cv.py``);
- sentence-only: the 750 written long reports (sets BI, BK, BM, BO, BP) weigh 0 in the item stage
  (aggregator, calibration, thresholds) and teach the sentence classifiers only
  (``explore_sentence_only_long_cv.py``);
- sentence-only + corpus point.

Two fits per fold give all four: the experiment class with the usual weights, and with the written reports'
operating weight 0; each keeps its shared and its corpus long-item thresholds. Prints mean F1 per tag over the
fold seeds on the corpus articles, the written long reports and the wire items.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src:docs/experiments/tagger_v3_34_2026-12-03 python .../explore_item_stage_cv.py
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_point import CorpusLongPointTagger, is_long  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.evaluate import _folds, run_in_parallel  # noqa: E402
from newstag.tagging.labels import read_lockbox, tags_to_matrix  # noqa: E402
from newstag.tagging.snippets import LONG_TRAINING_SETS  # noqa: E402
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data  # noqa: E402

FOLD_SEEDS = (42, 1, 7)


def fold(X_fit, Y_fit, X_test):
    model = CorpusLongPointTagger(random_state=42).fit(X_fit, Y_fit)
    return model.predict_proba(X_test), model.thresholds_.copy(), model.long_thresholds_.copy()


def f1(y, p):
    return 2 * (y & p).sum() / max(y.sum() + p.sum(), 1)


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    sets = design["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    written_long = sets.isin(LONG_TRAINING_SETS).to_numpy()
    corpus = ~design["id"].str.startswith("w").to_numpy()
    X = design.reindex(columns=ITEM_COLUMNS).assign(corpus=corpus)
    X_sentence_only = X.assign(operating_weight=np.where(written_long, 0.0, X["operating_weight"]))
    Y = tags_to_matrix(design["tags"])
    Yb = Y.astype(bool)
    long_ = is_long(X.drop(columns=["corpus"]))
    groups = {"corpus": corpus, "written long reports": written_long,
              "wire": (sets.notna() & ~sets.isin(LONG_TRAINING_SETS)).to_numpy()}
    table = {}
    for seed in FOLD_SEEDS:
        folds = _folds(Y, 5, seed)
        calls = [(fold, (Xd.iloc[train], Y[train], Xd.iloc[test])) for Xd in (X, X_sentence_only)
                 for train, test in folds]
        results = run_in_parallel(calls, 2)
        for d, name in enumerate(("v3.33", "sentence-only")):
            proba, shared, corpus_long = np.zeros(Y.shape), np.zeros(Y.shape), np.zeros(Y.shape)
            for (_, test), (p, s, lp) in zip(folds, results[5 * d:5 * d + 5]):
                proba[test], shared[test], corpus_long[test] = p, s, lp
            np.savez(f"/tmp/item_stage_{name}_{seed}.npz", proba=proba, shared=shared, corpus_long=corpus_long)
            for point, thresholds in (("", shared), (" + corpus point", np.where(long_[:, None], corpus_long, shared))):
                P = proba >= thresholds
                for group, rows in groups.items():
                    f = [f1(Yb[rows, k], P[rows, k]) for k in range(len(TAGS))]
                    table.setdefault((name + point, group), []).append(f)
        print(f"fold seed {seed} done", flush=True)
    for (name, group), values in table.items():
        m = np.mean(values, axis=0)
        per_seed = " ".join(f"{np.mean(v):.4f}" for v in values)
        print(f"{name:31s} {group:21s} macro {m.mean():.4f} ({per_seed}): " + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, m)))


if __name__ == "__main__":
    main()
