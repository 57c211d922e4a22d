"""Exploration (decides nothing; reads opened sets only): one sentence classifier per tag whose features
come twice, once for every sentence and once more for the sentences of long items (Daume III's "frustratingly
easy" domain adaptation), so that what the long reports teach about background can stay with long items.

An item is long when it has at least ``LONG_FROM`` sentences (headline included); the short
items cut from articles for training (``short_items``) are short. The items' aggregators,
calibration and thresholds are shared. Fitted once (model seed 42) on every non-lockbox
labelled item, scored as ``explore_wire.py`` scores: the 15 opened wire holdout sets and
set BQ. Set BN (unopened) and set BR (being written) are never read.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/explore_adapt.py
"""

import os
import sys

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed

from newstag.config import TAGS
from newstag.tagging.sentence_model import SentenceTagger, sentence_table

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from explore_wire import f1s, training_frame  # noqa: E402

LONG_FROM = 5
SEED = 42


class AdaptedTagger(SentenceTagger):
    def _sentence_features(self, sentences, owner, context_rows=None):
        base = super()._sentence_features(sentences, owner, context_rows)
        long_row = (np.bincount(owner)[owner] >= LONG_FROM).astype(np.float32)
        return sp.hstack([base, sp.diags(long_row) @ base], format="csr")

    def _without_article_bigrams(self, features):
        if not set(TAGS) - set(self.article_bigram_tags):
            return None
        half = features.shape[1] // 2
        keep = np.ones(half, dtype=np.float32)
        names = self.vectorizer_.get_feature_names_out()
        keep[:len(names)] = [0.0 if " " in t and set(t.split()) & {"the", "a", "an"} else 1.0 for t in names]
        return sp.csr_matrix(features.multiply(np.tile(keep, 2).reshape(1, -1)))


def decide(model, X):
    """Tag matrix by the training path's features (the scorer knows one copy of the features only)."""
    sentences, owner = sentence_table(X)
    features = model._sentence_features(sentences, owner)
    decisions = np.asarray(features @ model.sentence_coef_.T) + model.sentence_intercept_
    aggregates = model._aggregate(decisions, sentences, owner, len(X))
    z = np.column_stack([aggregates[k] @ model.item_coef_[k] + model.item_intercept_[k] for k in range(len(TAGS))])
    proba = 1 / (1 + np.exp(-(model.calibration_[:, 0] * z + model.calibration_[:, 1])))
    return proba >= model.thresholds_


def fit_and_score(name, adapted, long_weights):
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import ITEM_COLUMNS

    frame = training_frame(long_weights)
    model = (AdaptedTagger if adapted else SentenceTagger)(random_state=SEED).fit(
        frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    holdout = read_snippets("holdout")
    X = holdout.reindex(columns=ITEM_COLUMNS)
    P = decide(model, X)
    if not adapted:
        assert (P == model.predict(X).astype(bool)).all(), "decide() differs from the scorer"
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False).to_numpy()
    return name, sets, tags_to_matrix(holdout["tags"]).astype(bool), P, model.thresholds_


def main():
    from newstag.tagging.snippets import LONG_REPORT_SETS

    runs = [("adapted, with the long reports (v3.32's items)", True, (1.0, 1.0)),
            ("adapted, without them (v3.31's items)", True, None),
            ("v3.32 (check of decide())", False, (1.0, 1.0))]
    for name, sets, Y, P, thresholds in Parallel(n_jobs=2)(delayed(fit_and_score)(*r) for r in runs):
        wire_sets = [s for s in dict.fromkeys(sets) if s not in LONG_REPORT_SETS]
        assert len(wire_sets) == 15, wire_sets
        per_set = {s: f1s(Y[sets == s], P[sets == s]).mean() for s in wire_sets}
        wire = np.isin(sets, wire_sets)
        pooled, bq = f1s(Y[wire], P[wire]), f1s(Y[sets == "BQ"], P[sets == "BQ"])
        print(f"{name}: thresholds {np.round(thresholds, 2)}; wire mean {np.mean(list(per_set.values())):.4f} "
              f"(pooled {' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, pooled))}); BQ {bq.mean():.4f} "
              f"({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, bq))})")
        print("   per set " + " ".join(f"{s} {v:.3f}" for s, v in per_set.items()))


if __name__ == "__main__":
    main()
