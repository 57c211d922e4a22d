"""A sentence tagger that also reads clauses, as an experiment (not in ``src/``).

v3.33 scores whole sentences, so a matter carried by one phrase of a sentence
about something else is outweighed by the rest of its sentence (the blind
reading of ``../tagger_v3_35_2026-12-03/explore_miss_kinds.py``). Reading
the clauses with the same classifiers and tagging when either reading does
added false tags as fast as it found phrases (``explore_clause_split_cv.py``
there). Here the item aggregator decides how much to trust the clauses:

- every body sentence with a clause boundary (``; `` or ``, ``, or before
  "while", "but", "as", "after", both sides five words or more) is also read
  in its clauses, by the sentence classifiers trained on whole sentences
  (clauses are not training rows: the labels mark sentences);
- a clause's features are its own terms, cue hits and length, with the
  position and item context of its sentence;
- each tag's aggregator gets a fifth feature, the item's best decision over
  its sentences and clauses, learned from out-of-fold decisions as the
  other four, so calibration and thresholds see it too.

Prediction goes through the fitting code's features (not the fast scorer):
an experiment, so it is checked to give the scorer's sentence decisions.
"""

import re

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

from newstag.config import TAGS
from newstag.corpus.sentences import SPLITTER_VERSION, Sentence
from newstag.tagging.folds import stratified_group_folds
from newstag.tagging.item_length import long_items, with_long_copy
from newstag.tagging.model import best_f1_threshold
from newstag.tagging.scorer import aggregate_rows, sigmoid
from newstag.tagging.sentence_model import SentenceTagger, _fold_seeds
from newstag.tagging.sentence_rows import cue_matrix, sentence_table
from newstag.tagging.short_items import lookalikes, short_items

BOUNDARY = re.compile(r"(?:;|,)\s+|\s+(?=(?:while|but|as|after)\s)")


def clause_spans(sentence: str) -> list:
    """Character spans of the clauses of ``sentence`` (one span when it has no boundary)."""
    spans, start = [], 0
    for match in BOUNDARY.finditer(sentence):
        left, right = sentence[start:match.start()], sentence[match.end():]
        if len(left.split()) >= 5 and len(right.split()) >= 5:
            spans.append((start, match.start()))
            start = match.end()
    spans.append((start, len(sentence)))
    return spans


def clause_table(sentences):
    """The clauses of body sentences with two or more: ``(clauses, row of their sentence)``."""
    clauses, source = [], []
    for row, s in enumerate(sentences):
        if s.field != "text":
            continue
        spans = clause_spans(s.text)
        if len(spans) < 2:
            continue
        for a, b in spans:
            clauses.append(Sentence(s.index, s.field, s.start + a, s.start + b, s.text[a:b]))
            source.append(row)
    return clauses, np.asarray(source, dtype=np.int64)


class ClauseReadingTagger(SentenceTagger):
    """:class:`SentenceTagger` whose aggregators also see the item's best clause (see module doc).

    ``clause_positives=True`` also trains the sentence classifiers on phrases
    (multiple-instance learning, one round): a first fit on sentences scores
    the clauses of every sentence carrying a tag, and the best-scoring one
    joins the training rows as a positive for that tag (with its sentence's
    labels for the tags it does not carry, and no weight for the tags its
    sentence carries through another clause).
    """

    def __init__(self, *, clause_positives=False, **params):
        super().__init__(**params)
        self.clause_positives = clause_positives

    @classmethod
    def _get_param_names(cls):
        return sorted(set(SentenceTagger._get_param_names()) | {"clause_positives"})

    def _clause_features(self, clauses, source, sentence_features):
        n_terms = len(self.vectorizer_.get_feature_names_out())
        n_cues = cue_matrix(clauses[:1] or [Sentence(0, "text", 0, 0, "")]).shape[1]
        dense = sentence_features[source][:, n_terms:].toarray()
        dense[:, :n_cues] = np.minimum(cue_matrix(clauses), 3.0) / 3.0
        dense[:, n_cues + 3] = [np.log1p(len(c.text.split())) / 4.0 for c in clauses]
        terms = self.vectorizer_.transform([c.text for c in clauses])
        return sp.hstack([terms, sp.csr_matrix(dense)], format="csr")

    @staticmethod
    def _with_clauses(aggregates, decisions, clause_decisions, clause_owner, owner, n_items):
        best = np.full((n_items, len(TAGS)), -np.inf)
        np.maximum.at(best, owner, decisions)
        if len(clause_owner):
            np.maximum.at(best, clause_owner, clause_decisions)
        return [np.column_stack([a, best[:, k]]) for k, a in enumerate(aggregates)]

    def _fit(self, X, Y, evidence, item_weight=None, operating_weight=None):
        sentences, owner = sentence_table(X)
        item_weight = np.ones(len(Y)) if item_weight is None else item_weight
        operating_weight = item_weight if operating_weight is None else operating_weight
        self._fit_vectorizer(sentences)
        y, weight = self._targets(sentences, owner, evidence)
        groups, n_items, context_rows = owner, len(Y), None
        short, short_y, short_weight, source, cut_rows = short_items(
            sentences, owner, y, weight, per_tag=self.short_items,
            hard=lookalikes(sentences, weight) if self.short_negatives else None,
            return_rows=True, random_state=self.random_state)
        context_rows = np.r_[np.arange(len(sentences)), cut_rows]
        sentences = sentences + short
        owner = np.r_[owner, n_items + np.arange(len(short))]
        groups = np.r_[groups, source]
        y, weight = np.vstack([y, short_y]), np.vstack([weight, short_weight])
        Y = np.vstack([Y, short_y])
        n_items += len(short)
        item_weight = np.r_[item_weight, item_weight[source]]
        operating_weight = np.r_[operating_weight, operating_weight[source]]
        weight = weight * item_weight[owner][:, None]
        features = self._sentence_features(sentences, owner, context_rows)
        width = features.shape[1]
        clauses, clause_source = clause_table(sentences)
        clause_features = self._clause_features(clauses, clause_source, features)
        is_long = long_items(owner, n_items, self.long_items_from)
        features = with_long_copy(features, is_long[owner])
        clause_features = with_long_copy(clause_features, is_long[owner[clause_source]])
        n_folds = int(max(2, min(self.cv, len(np.unique(groups)))))
        out_of_fold = np.zeros((len(sentences), len(TAGS)))
        clause_oof = np.zeros((len(clauses), len(TAGS)))
        clause_groups = groups[clause_source]
        train_features, train_y, train_weight, train_groups = features, y, weight, groups
        if self.clause_positives and len(clauses):
            extra, extra_y, extra_weight = self._clause_training_rows(
                features, y, weight, clause_features, clause_source)
            train_features = sp.vstack([features, clause_features[extra]], format="csr")
            train_y, train_weight = np.vstack([y, extra_y]), np.vstack([weight, extra_weight])
            train_groups = np.r_[groups, clause_groups[extra]]
        without_articles = self._without_article_bigrams(train_features)
        for train, test in GroupKFold(n_splits=n_folds).split(features, groups=groups):
            in_train = ~np.isin(train_groups, np.unique(groups[test]))
            coef, intercept = self._fit_sentences(train_features[in_train], without_articles[in_train],
                                                  train_y[in_train], train_weight[in_train])
            out_of_fold[test] = np.asarray(features[test] @ coef.T) + intercept
            in_test = np.isin(clause_groups, np.unique(groups[test]))
            clause_oof[in_test] = np.asarray(clause_features[in_test] @ coef.T) + intercept
        coef, self.sentence_intercept_ = self._fit_sentences(train_features, without_articles, train_y, train_weight)
        self.sentence_coef_, self.long_sentence_coef_ = coef[:, :width], coef[:, width:]
        aggregates = self._with_clauses(self._aggregate(out_of_fold, sentences, owner, n_items), out_of_fold,
                                        clause_oof, owner[clause_source], owner, n_items)
        self.item_coef_ = np.zeros((len(TAGS), aggregates[0].shape[1]))
        self.item_intercept_ = np.zeros(len(TAGS))
        self.calibration_ = np.tile([1.0, 0.0], (len(TAGS), 1))
        self.thresholds_ = np.full(len(TAGS), 0.5)
        item_groups = np.r_[np.arange(len(evidence)), source]
        weighted = {"sample_weight": operating_weight}
        for k in range(len(TAGS)):
            target = Y[:, k]
            n_splits = int(min(self.cv, target.sum(), len(target) - target.sum()))
            model = self._logistic(self.C_item)
            decisions = np.mean([
                cross_val_predict(model, aggregates[k], target, method="decision_function",
                                  cv=stratified_group_folds(target, item_groups, n_splits=n_splits,
                                                            random_state=seed), params=weighted)
                for seed in _fold_seeds(self.random_state, self.threshold_draws)], axis=0)
            model.fit(aggregates[k], target, **weighted)
            self.item_coef_[k], self.item_intercept_[k] = model.coef_[0], model.intercept_[0]
            platt = LogisticRegression(C=1e4).fit(decisions.reshape(-1, 1), target, **weighted)
            self.calibration_[k] = (platt.coef_[0, 0], platt.intercept_[0])
            self.thresholds_[k] = best_f1_threshold(target, sigmoid(platt.coef_[0, 0] * decisions
                                                                    + platt.intercept_[0]),
                                                    window=self.threshold_window, sample_weight=operating_weight)
        self.splitter_version_ = SPLITTER_VERSION
        self.classes_ = np.asarray(TAGS)
        return self

    def _clause_training_rows(self, features, y, weight, clause_features, clause_source):
        """Rows of ``clause_features`` to train on, with their targets and weights (see class doc)."""
        coef, intercept = self._fit_sentences(features, self._without_article_bigrams(features), y, weight)
        scores = np.asarray(clause_features @ coef.T) + intercept
        rows, extra_y, extra_weight = [], [], []
        sources, first, counts = np.unique(clause_source, return_index=True, return_counts=True)
        for row, start, n in zip(sources, first, counts):
            carried = np.flatnonzero(y[row])
            if not len(carried):
                continue
            members = np.arange(start, start + n)
            best = {k: members[np.argmax(scores[members, k])] for k in carried}
            for clause in sorted(set(best.values())):
                target = y[row].copy()
                w = weight[row].copy()
                for k in carried:
                    if best[k] != clause:
                        target[k], w[k] = 0, 0.0
                rows.append(clause)
                extra_y.append(target)
                extra_weight.append(w)
        return np.asarray(rows, dtype=np.int64), np.asarray(extra_y, dtype=np.int8), np.asarray(extra_weight)

    def _decisions(self, X):
        sentences, owner = sentence_table(X)
        features = self._sentence_features(sentences, owner)
        clauses, clause_source = clause_table(sentences)
        n_items = int(owner.max()) + 1
        is_long = long_items(owner, n_items, self.long_items_from)
        coef = np.hstack([self.sentence_coef_, self.long_sentence_coef_])
        decisions = np.asarray(with_long_copy(features, is_long[owner]) @ coef.T) + self.sentence_intercept_
        clause_decisions = np.zeros((0, len(TAGS)))
        if len(clauses):
            clause_features = with_long_copy(self._clause_features(clauses, clause_source, features),
                                             is_long[owner[clause_source]])
            clause_decisions = np.asarray(clause_features @ coef.T) + self.sentence_intercept_
        return sentences, owner, n_items, decisions, clause_decisions, owner[clause_source]

    def predict_proba(self, X):
        sentences, owner, n_items, decisions, clause_decisions, clause_owner = self._decisions(X)
        aggregates = self._with_clauses(self._aggregate(decisions, sentences, owner, n_items), decisions,
                                        clause_decisions, clause_owner, owner, n_items)
        z = np.column_stack([aggregates[k] @ self.item_coef_[k] + self.item_intercept_[k] for k in range(len(TAGS))])
        return sigmoid(self.calibration_[:, 0] * z + self.calibration_[:, 1])

    def predict(self, X):
        return (self.predict_proba(X) >= self.thresholds_).astype(np.int8)

    def check_against_scorer(self, X):
        """Largest difference between this path's sentence decisions and the fast scorer's."""
        decisions = self._decisions(X)[3]
        return float(np.abs(decisions - self.scorer().sentence_decisions(X)[0]).max())
