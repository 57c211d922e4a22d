"""Exploration: mean of v3.9's and v2's calibrated probabilities (5-fold CV over the design material).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_9_2026-11-29/ensemble_cv.py SEED
"""
import json, sys
import numpy as np, pandas as pd
from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.model import NewsTagger
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data
seed = int(sys.argv[1])
frame = labelled_training_data()
d = frame[~frame.id.isin(read_lockbox())].reset_index(drop=True)
X, Y = d.reindex(columns=ITEM_COLUMNS), tags_to_matrix(d.tags)
is_snip = d.id.str.match(r"w[A-Z]-").to_numpy() & ~d.id.str.startswith("wK-").to_numpy()
is_corpus = ~d.id.str.match(r"w[A-Z]-").to_numpy()
class Ens:
    def fit(self, X, Y):
        self.a = SentenceTagger(random_state=seed).fit(X, Y); self.b = NewsTagger(random_state=seed).fit(X, Y)
        self.t = (np.asarray(self.a.thresholds_) + np.asarray(self.b.thresholds_)) / 2; return self
    def predict_proba(self, X): return (self.a.predict_proba(X) + self.b.predict_proba(X)) / 2
    def predict(self, X): return (self.predict_proba(X) >= self.t).astype(np.int8)
for name, make in (("v3.9", lambda: SentenceTagger(random_state=seed)), ("v2", lambda: NewsTagger(random_state=seed)), ("mean", Ens)):
    P, _ = cross_validated_predictions(make, X, Y, n_splits=5, random_state=seed)
    out = {"design": name, "seed": seed}
    for g, rows in (("corpus", is_corpus), ("war_snippets", is_snip)):
        t = scores_table(Y[rows], P[rows]); out[g] = {k: round(float(t.loc[k, "f1"]), 3) for k in (*TAGS, "macro")}
    print(json.dumps(out), flush=True)
