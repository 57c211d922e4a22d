"""Candidate for a later design: does a learned "is this about armed conflict?" signal help? (5-fold CV, prototype)

Two stages. (A) v3.8's SentenceTagger. (B) an item classifier (TF-IDF of
headline and text, logistic regression) telling set K (news from outside
armed conflict) from the war items. (C) per tag, a logistic regression over
A's logit and B's logit, fitted on 3-fold out-of-fold outputs of A and B
inside the training folds, with its own F1-best threshold. Set K is in the
design material either way (as in v3.8); the question is whether (C) cuts
false tags on set K out of fold without costing war items.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_9_2026-11-29/conflict_cv.py {base|conflict} SEED
"""

import json
import sys

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.model import best_f1_threshold
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data


def _logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def _texts(X):
    return (X["title"].fillna("") + "\n" + X["text"].fillna("")).tolist()


class ConflictAware:
    def __init__(self, random_state):
        self.random_state = random_state

    def _outside_model(self, X, outside):
        vec = TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2))
        lr = LogisticRegression(C=3.0, class_weight="balanced", max_iter=2000, random_state=self.random_state)
        lr.fit(vec.fit_transform(_texts(X)), outside)
        return vec, lr

    def fit(self, X, Y):
        outside = X["outside"].to_numpy().astype(int)
        oof_a, oof_b = np.zeros(Y.shape), np.zeros(len(Y))
        folds = StratifiedKFold(3, shuffle=True, random_state=self.random_state)
        for train, test in folds.split(X, outside):
            a = SentenceTagger(random_state=self.random_state).fit(X.iloc[train], Y[train])
            oof_a[test] = a.predict_proba(X.iloc[test])
            vec, lr = self._outside_model(X.iloc[train], outside[train])
            oof_b[test] = lr.predict_proba(vec.transform(_texts(X.iloc[test])))[:, 1]
        self.a_ = SentenceTagger(random_state=self.random_state).fit(X, Y)
        self.vec_, self.lr_ = self._outside_model(X, outside)
        self.combine_, self.thresholds_ = [], []
        for k in range(len(TAGS)):
            Z = np.c_[_logit(oof_a[:, k]), _logit(oof_b)]
            c = LogisticRegression(C=1.0, max_iter=1000).fit(Z, Y[:, k])
            self.combine_.append(c)
            self.thresholds_.append(best_f1_threshold(Y[:, k], c.predict_proba(Z)[:, 1]))
        return self

    def predict_proba(self, X):
        pa = self.a_.predict_proba(X)
        pb = self.lr_.predict_proba(self.vec_.transform(_texts(X)))[:, 1]
        return np.column_stack([c.predict_proba(np.c_[_logit(pa[:, k]), _logit(pb)])[:, 1]
                                for k, c in enumerate(self.combine_)])

    def predict(self, X):
        return (self.predict_proba(X) >= np.asarray(self.thresholds_)).astype(np.int8)


candidate, seed = sys.argv[1], int(sys.argv[2])
snippets = read_snippets()
frame = pd.concat([labelled_training_data(),
                   snippets[snippets["id"].str.startswith("wJ-")].drop(columns=["set", "conflict"])], ignore_index=True)
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
design["outside"] = design["id"].str.startswith("wK-")
is_k = design["outside"].to_numpy()
is_snippet = design["id"].str.match(r"w[A-Z]-").to_numpy() & ~is_k
X, Y = design[["title", "text", "evidence", "outside"]], tags_to_matrix(design["tags"])
make = (lambda: ConflictAware(seed)) if candidate == "conflict" else (lambda: SentenceTagger(random_state=seed))
predictions, _ = cross_validated_predictions(make, X, Y, n_splits=5, random_state=seed)
out = {"candidate": candidate, "seed": seed}
for group, rows in (("corpus", ~is_snippet & ~is_k), ("snippets", is_snippet), ("set_K", is_k)):
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 3) for tag in (*TAGS, "macro")}
untagged = is_k & (Y.sum(axis=1) == 0)
out["set_K_untagged_given_a_tag"] = f"{int((predictions[untagged].sum(axis=1) > 0).sum())}/{int(untagged.sum())}"
print(json.dumps(out))
