"""Exploration (decides nothing; reads opened sets only): ``explore_adapt.py``'s designs with an operating
point per item length: each tag's threshold fitted on the short items (fewer than ``LONG_FROM`` sentences,
the short items cut from articles included) and on the long items apart, from the same cross-validated
probabilities the shared threshold is fitted on. Scored as ``explore_wire.py`` scores (15 opened wire
holdout sets, set BQ); set BN and set BR are never read. Model seeds from $SEEDS (default 42).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/explore_adapt_points.py
"""

import os
import sys

import numpy as np
from joblib import Parallel, delayed

from newstag.config import TAGS
from newstag.tagging.sentence_model import SentenceTagger, sentence_table

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from explore_adapt import LONG_FROM, AdaptedTagger, decide  # noqa: E402
from explore_wire import f1s, training_frame  # noqa: E402

SEEDS = tuple(int(x) for x in os.environ.get("SEEDS", "42").split(","))


def fit_and_score(name, adapted, long_weights, seed):
    import newstag.tagging.sentence_model as sentence_model
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import ITEM_COLUMNS

    frame = training_frame(long_weights)
    X = frame.reindex(columns=ITEM_COLUMNS)
    n_sentences = np.bincount(sentence_table(X)[1], minlength=len(X))
    shared = sentence_model.best_f1_threshold
    by_length = []

    def capture(target, proba, *, window, sample_weight=None):
        is_long = np.zeros(len(target), dtype=bool)
        is_long[:len(X)] = n_sentences >= LONG_FROM  # rows after the items are short items cut from them
        w = np.ones(len(target)) if sample_weight is None else np.asarray(sample_weight)
        by_length.append([shared(target[m], proba[m], window=window, sample_weight=w[m]) for m in (~is_long, is_long)])
        return shared(target, proba, window=window, sample_weight=sample_weight)

    sentence_model.best_f1_threshold = capture
    model = (AdaptedTagger if adapted else SentenceTagger)(random_state=seed).fit(X, tags_to_matrix(frame["tags"]))
    sentence_model.best_f1_threshold = shared
    assert len(by_length) == len(TAGS)
    holdout = read_snippets("holdout")
    H = holdout.reindex(columns=ITEM_COLUMNS)
    is_long = np.bincount(sentence_table(H)[1], minlength=len(H)) >= LONG_FROM
    thresholds = np.array(by_length)  # (4, 2): short, long
    points = np.where(is_long[:, None], thresholds[:, 1], thresholds[:, 0])
    keep = model.thresholds_.copy()
    model.thresholds_ = np.zeros(len(TAGS))  # decide() then returns proba >= 0; recover proba
    sentences, owner = sentence_table(H)
    features = model._sentence_features(sentences, owner)
    decisions = np.asarray(features @ model.sentence_coef_.T) + model.sentence_intercept_
    aggregates = model._aggregate(decisions, sentences, owner, len(H))
    z = np.column_stack([aggregates[k] @ model.item_coef_[k] + model.item_intercept_[k] for k in range(len(TAGS))])
    proba = 1 / (1 + np.exp(-(model.calibration_[:, 0] * z + model.calibration_[:, 1])))
    model.thresholds_ = keep
    assert ((proba >= keep) == decide(model, H)).all()
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False).to_numpy()
    Y = tags_to_matrix(holdout["tags"]).astype(bool)
    return name, sets, Y, {"shared point": (proba >= keep, keep), "point per length": (proba >= points, thresholds)}


def main():
    from newstag.tagging.snippets import LONG_REPORT_SETS

    runs = [(f"{n}, seed {seed}", a, w, seed) for seed in SEEDS
            for n, a, w in (("adapted, with the long reports", True, (1.0, 1.0)), ("v3.32", False, (1.0, 1.0)))]
    for name, sets, Y, decisions in Parallel(n_jobs=2)(delayed(fit_and_score)(*r) for r in runs):
        for point, (P, thresholds) in decisions.items():
            wire_sets = [s for s in dict.fromkeys(sets) if s not in LONG_REPORT_SETS]
            per_set = {s: f1s(Y[sets == s], P[sets == s]).mean() for s in wire_sets}
            wire = np.isin(sets, wire_sets)
            pooled, bq = f1s(Y[wire], P[wire]), f1s(Y[sets == "BQ"], P[sets == "BQ"])
            print(f"{name}, {point}: thresholds {np.round(thresholds, 2).tolist()}; wire mean "
                  f"{np.mean(list(per_set.values())):.4f} (pooled {' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, pooled))}); "
                  f"BQ {bq.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, bq))})")
            print("   per set " + " ".join(f"{s} {v:.3f}" for s, v in per_set.items()))


if __name__ == "__main__":
    main()
