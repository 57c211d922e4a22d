"""Experimental variants of newstag.model.NewsTagger (sentence-level evidence,
headline score, retunes). Nothing here touches src/; these subclass NewsTagger.

Extra stage-2 inputs are computed exactly like the stage-1 score: out of fold
(same per-tag StratifiedKFold as stage 1) inside the training data, and from a
model refit on all training data at predict time.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from newstag.config import TAGS
from newstag.features import (CueFeatures, TitleTextTfidf, _SENTENCE_SPLIT, as_title_text,
                              normalise_spelling)
from newstag.model import NewsTagger, _sigmoid, best_f1_threshold


def split_sentences(titles, texts, *, with_title=True):
    """Sentences per item (as features.CueFeatures: len > 20, else whole text),
    optionally the title as one more sentence. Returns list of sentences and
    item index per sentence."""
    sents, owner = [], []
    for i, (title, text) in enumerate(zip(titles, texts)):
        parts = [s for s in _SENTENCE_SPLIT.split(text) if len(s) > 20] or [text]
        if with_title and title.strip():
            parts = [title] + parts
        sents.extend(parts)
        owner.extend([i] * len(parts))
    return sents, np.asarray(owner)


def _pool(scores, owner, n_items):
    """Per item: max sentence score and mean of top-2 sentence scores."""
    order = np.lexsort((-scores, owner))
    s, o = scores[order], owner[order]
    starts = np.searchsorted(o, np.arange(n_items))
    ends = np.searchsorted(o, np.arange(n_items), side="right")
    mx = np.full(n_items, -10.0)
    top2 = np.full(n_items, -10.0)
    has = ends > starts
    mx[has] = s[starts[has]]
    two = np.where(ends - starts >= 2, starts + 1, starts)
    top2[has] = 0.5 * (s[starts[has]] + s[two[has]])
    return mx, top2


class SentenceBlock:
    """Per-tag multiple-instance sentence classifier: each sentence carries its
    item's labels, weighted n_sentences ** -alpha so long items do not dominate."""

    def __init__(self, C=1.0, alpha=1.0, with_title=True, ngram_range=(1, 2), min_df=2, pools=("max", "top2"),
                 normalise_weights=True):
        self.C, self.alpha, self.with_title = C, alpha, with_title
        self.normalise_weights = normalise_weights
        self.ngram_range, self.min_df, self.pools = ngram_range, min_df, pools

    def prepare(self, X):
        titles, texts = as_title_text(X)
        sents, owner = split_sentences(titles, texts, with_title=self.with_title)
        self.vec_ = TfidfVectorizer(preprocessor=normalise_spelling, ngram_range=self.ngram_range,
                                    min_df=self.min_df, max_df=0.9, sublinear_tf=True, stop_words="english",
                                    dtype=np.float32)
        S = self.vec_.fit_transform(sents)
        counts = np.bincount(owner, minlength=len(titles))
        w = counts[owner].astype(float) ** -self.alpha
        if self.normalise_weights:
            w *= len(w) / w.sum()  # mean weight 1, so C keeps its usual meaning
        self._train = (S.tocsr(), owner, w, len(titles))
        self.coef_ = {}
        self.intercept_ = {}

    def _fit_lr(self, S, ys, w, random_state):
        lr = LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", max_iter=2000,
                                random_state=random_state)
        lr.fit(S, ys, sample_weight=w)
        return lr

    def _features(self, scores, owner, n):
        mx, top2 = _pool(scores, owner, n)
        cols = {"max": mx, "top2": top2}
        return np.column_stack([cols[p] for p in self.pools])

    def oof_and_fit(self, k, y, folds, random_state):
        S, owner, w, n = self._train
        ys = y[owner]
        oof_scores = np.zeros(len(owner))
        for tr, te in folds.split(np.zeros(n), y):
            mtr = np.isin(owner, tr)
            lr = self._fit_lr(S[mtr], ys[mtr], w[mtr], random_state)
            oof_scores[~mtr] = lr.decision_function(S[~mtr])
        lr = self._fit_lr(S, ys, w, random_state)
        self.coef_[k] = lr.coef_[0].astype(np.float32)
        self.intercept_[k] = lr.intercept_[0]
        return self._features(oof_scores, owner, n)

    def finish(self):
        del self._train
        self.W_ = np.column_stack([self.coef_.get(k, np.zeros(len(self.vec_.vocabulary_), np.float32))
                                   for k in range(len(TAGS))])
        self.b_ = np.array([self.intercept_.get(k, 0.0) for k in range(len(TAGS))])

    def transform_all(self, X):
        """Per tag: (n_items, n_pools) features."""
        titles, texts = as_title_text(X)
        sents, owner = split_sentences(titles, texts, with_title=self.with_title)
        scores = np.asarray(self.vec_.transform(sents) @ self.W_) + self.b_
        return [self._features(scores[:, k], owner, len(titles)) for k in range(len(TAGS))]


class TitleBlock:
    """Headline-only TF-IDF logistic regression score per tag."""

    def __init__(self, C=1.0):
        self.C = C

    def prepare(self, X):
        titles, _ = as_title_text(X)
        self.vec_ = TfidfVectorizer(preprocessor=normalise_spelling, ngram_range=(1, 2), min_df=2, max_df=0.9,
                                    sublinear_tf=True, stop_words="english", dtype=np.float32)
        self._train = self.vec_.fit_transform(titles)
        self.coef_, self.intercept_ = {}, {}

    def oof_and_fit(self, k, y, folds, random_state):
        T = self._train
        lr = LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", max_iter=2000,
                                random_state=random_state)
        oof = cross_val_predict(lr, T, y, cv=folds, method="decision_function")
        lr.fit(T, y)
        self.coef_[k], self.intercept_[k] = lr.coef_[0].astype(np.float32), lr.intercept_[0]
        return oof.reshape(-1, 1)

    def finish(self):
        del self._train
        self.W_ = np.column_stack([self.coef_.get(k, np.zeros(len(self.vec_.vocabulary_), np.float32))
                                   for k in range(len(TAGS))])
        self.b_ = np.array([self.intercept_.get(k, 0.0) for k in range(len(TAGS))])

    def transform_all(self, X):
        titles, _ = as_title_text(X)
        scores = np.asarray(self.vec_.transform(titles) @ self.W_) + self.b_
        return [scores[:, [k]] for k in range(len(TAGS))]


class ExtendedTagger(NewsTagger):
    """NewsTagger plus extra out-of-fold stage-2 inputs (blocks), and a title weight."""

    def __init__(self, *, blocks=(), title_weight=0.0, repeats=1, C_terms=3.0, C_stack=0.3, class_weight="balanced", min_df=2,
                 ngram_range=(1, 2), cv=5, random_state=42):
        super().__init__(C_terms=C_terms, C_stack=C_stack, class_weight=class_weight, min_df=min_df,
                         ngram_range=ngram_range, cv=cv, random_state=random_state)
        self.blocks = blocks
        self.title_weight = title_weight
        self.repeats = repeats

    def fit(self, X, Y):
        Y = np.asarray(Y).astype(np.int8)
        self.blocks_ = [b() for b in self.blocks]  # factories -> fresh blocks
        self.tfidf_ = TitleTextTfidf(title_weight=self.title_weight, min_df=self.min_df,
                                     ngram_range=self.ngram_range).fit(X)
        self.cues_ = CueFeatures().fit(X)
        for b in self.blocks_:
            b.prepare(X)
        terms, cues = self.tfidf_.transform(X), self.cues_.transform(X)
        for b in self.blocks_:
            if hasattr(b, "attach"):
                b.attach(self.tfidf_, terms)
        n_tags, n_cues = len(TAGS), cues.shape[1]
        self.term_coef_ = np.zeros((n_tags, terms.shape[1]), dtype=np.float32)
        self.term_intercept_ = np.zeros(n_tags)
        self.score_coef_ = np.zeros(n_tags)
        self.cue_coef_ = np.zeros((n_tags, n_cues))
        self.extra_coef_ = [None] * n_tags
        self.stack_intercept_ = np.zeros(n_tags)
        self.calibration_ = np.tile([1.0, 0.0], (n_tags, 1))
        self.thresholds_ = np.full(n_tags, 0.5)
        for k, tag in enumerate(TAGS):
            y = Y[:, k]
            folds = self._folds(y)
            if folds is None:
                self.stack_intercept_[k] = 20.0 if y.mean() > 0.5 else -20.0
                continue
            stage1 = self._logistic(self.C_terms)
            columns = self.cues_.tag_columns_[tag]
            stacks, decisions = [], []
            for r in range(self.repeats):
                # repeats > 1: the internal CV is redone with other fold seeds; stage 2,
                # Platt and the threshold learn from all repeats (fit-time cost only).
                folds_r = folds if r == 0 else StratifiedKFold(n_splits=folds.n_splits, shuffle=True,
                                                               random_state=self.random_state + 1000 * r)
                out_of_fold = cross_val_predict(stage1, terms, y, cv=folds_r, method="decision_function")
                extras = [b.oof_and_fit(k, y, folds_r, self.random_state) for b in self.blocks_]
                stacked = np.column_stack([out_of_fold, cues[:, columns], *extras])
                stacks.append(stacked)
                decisions.append(cross_val_predict(self._logistic(self.C_stack), stacked, y, cv=folds_r,
                                                   method="decision_function"))
            stage1.fit(terms, y)
            self.term_coef_[k] = stage1.coef_[0]
            self.term_intercept_[k] = stage1.intercept_[0]
            stage2 = self._logistic(self.C_stack)
            stage2.fit(np.vstack(stacks), np.tile(y, self.repeats),
                       sample_weight=np.full(len(y) * self.repeats, 1.0 / self.repeats))
            decisions = np.concatenate(decisions)
            y_rep = np.tile(y, self.repeats)
            c = stage2.coef_[0]
            self.score_coef_[k] = c[0]
            self.cue_coef_[k, columns] = c[1:1 + len(columns)]
            self.extra_coef_[k] = c[1 + len(columns):]
            self.stack_intercept_[k] = stage2.intercept_[0]
            platt = LogisticRegression(C=1e4).fit(decisions.reshape(-1, 1), y_rep)
            self.calibration_[k] = (platt.coef_[0, 0], platt.intercept_[0])
            self.thresholds_[k] = best_f1_threshold(y_rep, _sigmoid(self.calibration_[k, 0] * decisions
                                                                     + self.calibration_[k, 1]))
        for b in self.blocks_:
            b.finish()
        self.classes_ = np.asarray(TAGS)
        return self

    def decision_function(self, X):
        d = self._decisions(self.tfidf_.transform(X), self.cues_.transform(X))
        if self.blocks_:
            per_block = [b.transform_all(X) for b in self.blocks_]
            for k in range(len(TAGS)):
                if self.extra_coef_[k] is None:
                    continue
                d[:, k] += np.column_stack([pb[k] for pb in per_block]) @ self.extra_coef_[k]
        return d


class ItemModelOnSentencesBlock:
    """Sentence evidence without sentence labels: the item-level stage-1 model
    (same TF-IDF vocabulary, same C) scores each sentence; max / top-2 mean pooled.
    Out of fold like stage 1."""

    def __init__(self, C=3.0, with_title=True, pools=("max", "top2")):
        self.C, self.with_title, self.pools = C, with_title, pools

    def prepare(self, X):
        titles, texts = as_title_text(X)
        self._sents, self._owner = split_sentences(titles, texts, with_title=self.with_title)
        self._n = len(titles)
        self.coef_, self.intercept_ = {}, {}

    def attach(self, tfidf, terms):
        self.tfidf_ = tfidf
        self._S = tfidf.transform(self._sents)
        self._terms = terms

    def _lr(self, random_state):
        return LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", max_iter=2000,
                                  random_state=random_state)

    def oof_and_fit(self, k, y, folds, random_state):
        scores = np.zeros(len(self._owner))
        for tr, te in folds.split(np.zeros(self._n), y):
            lr = self._lr(random_state).fit(self._terms[tr], y[tr])
            m = np.isin(self._owner, te)
            scores[m] = lr.decision_function(self._S[m])
        lr = self._lr(random_state).fit(self._terms, y)
        self.coef_[k], self.intercept_[k] = lr.coef_[0].astype(np.float32), lr.intercept_[0]
        mx, top2 = _pool(scores, self._owner, self._n)
        return np.column_stack([{"max": mx, "top2": top2}[p] for p in self.pools])

    def finish(self):
        del self._S, self._terms, self._sents, self._owner
        n_terms = len(self.tfidf_.vectorizer_.vocabulary_)
        self.W_ = np.column_stack([self.coef_.get(k, np.zeros(n_terms, np.float32)) for k in range(len(TAGS))])
        self.b_ = np.array([self.intercept_.get(k, 0.0) for k in range(len(TAGS))])

    def transform_all(self, X):
        titles, texts = as_title_text(X)
        sents, owner = split_sentences(titles, texts, with_title=self.with_title)
        scores = np.asarray(self.tfidf_.transform(sents) @ self.W_) + self.b_
        out = []
        for k in range(len(TAGS)):
            mx, top2 = _pool(scores[:, k], owner, len(titles))
            out.append(np.column_stack([{"max": mx, "top2": top2}[p] for p in self.pools]))
        return out
