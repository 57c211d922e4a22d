"""After v3.37 shipped (decides nothing; no lockbox item read): how much of the thresholds' spread across model
seeds do more draws of the item folds remove?

v3.37's five fits on the non-lockbox items (``rule_c3.py``, ``/tmp/models_v337c``, ``threshold_draws=3``) put the
humanitarian threshold anywhere from 0.34 to 0.42. Here the same five seeds are fitted with ``threshold_draws=10``
(only the item aggregator's cross-validation is drawn again; the sentence classifiers and the short items are
the seed's own either way); prints each tag's thresholds per seed and their spread, and the opened wire holdout
sets' macro F1 of each fit.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_37_2026-12-03/explore_threshold_spread.py
"""
import os

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.tagging.evaluate import run_in_parallel
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

SEEDS = (42, 2026, 7777, 1, 7)


def fit(seed, X, Y):
    return SentenceTagger(random_state=seed, threshold_draws=10).fit(X, Y)


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return 2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)


frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
holdout = read_snippets("holdout")
sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
wire = holdout[~sets.isin(LONG_REPORT_SETS)].fillna({"title": "", "text": ""}).reset_index(drop=True)
Y_wire = tags_to_matrix(wire["tags"])
three = {s: joblib.load(f"/tmp/models_v337c/design_1_{s}.joblib") for s in SEEDS}
ten = dict(zip(SEEDS, run_in_parallel([(fit, (s, X, Y)) for s in SEEDS], 2)))
for name, models in (("3 draws", three), ("10 draws", ten)):
    T = np.array([models[s].thresholds_ for s in SEEDS])
    macro = [f1s(Y_wire, models[s].predict(wire[["title", "text"]])).mean() for s in SEEDS]
    print(f"{name}: thresholds per seed {SEEDS}:")
    for k, tag in enumerate(TAGS):
        print(f"  {tag}: {T[:, k].round(2).tolist()} (range {T[:, k].max() - T[:, k].min():.2f}, sd {T[:, k].std():.3f})")
    print(f"  17 opened wire sets, macro per seed {np.round(macro, 4).tolist()}, mean {np.mean(macro):.4f}, "
          f"sd {np.std(macro):.4f}", flush=True)
