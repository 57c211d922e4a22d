"""Tagger v3: decide per sentence, then per item.

The tag guidelines are sentence-level: an item has a tag when its headline or
a sentence of its body reports the matter, and a passing mention does not
count. So the model works the same way:

1. **Sentence classifier per tag.** Every sentence of every labelled item is
   a training example: positive when the readers marked it as carrying the
   tag, negative otherwise; sentences marked as touching the tag only in
   passing are negatives with extra weight, so that the model learns the
   difference. Features: TF-IDF of the sentence's words (proper nouns
   removed, see below), the lexicon's cue hits in the sentence, and whether
   it is the headline or in the lead.
   Short items cut from the training items (headline alone, sentences
   alone) join the training set, so that a one-line wire item is scored like
   the same sentence in an article.
2. **Item score from its sentences.** A small logistic regression per tag
   reads the item's best sentence score, the headline's score, the mean of
   the two best and how many sentences score high. It learns from
   out-of-fold sentence scores (sentence models refitted without the item's
   fold), is calibrated on out-of-fold item decisions (Platt scaling), and
   each tag's threshold maximises that cross-validated F1.

**What travels.** Words that are almost always capitalised mid-sentence in
the training sentences (places, actors, outlets, people) are dropped from
the TF-IDF vocabulary, so that FA-KES's geography and outlets carry no
weight; the lexicon's cues (which name the matter: "warplanes", "truce",
"Security Council", "UNHCR") stay; the days and months that only the
context cues name do not. Item length enters only through the
count of high-scoring sentences (log-scaled).

Each predicted tag comes with its evidence: the sentences that scored
highest for it, as character offsets into the item's title or text.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted

from newstag.config import DEFAULT_RANDOM_STATE, TAGS
from newstag.corpus.sentences import SPLITTER_VERSION
from newstag.tagging.short_items import lookalikes, short_items
from newstag.corpus.text import normalise_spelling
from newstag.tagging.cues import CUES
from newstag.tagging.folds import stratified_group_folds
from newstag.tagging.item_length import long_items, with_long_copy
from newstag.tagging.item_weights import item_weights
from newstag.tagging.model import best_f1_threshold
from newstag.tagging.saved_state import VocabularyOnce
from newstag.tagging.scorer import SentenceScorer, aggregate_rows, reused_scorer
from newstag.tagging.sentence_batch import item_context_features
from newstag.tagging.scorer import sigmoid as _sigmoid
from newstag.tagging.sentence_rows import cue_matrix, position_matrix, sentence_table
from newstag.tagging.term_rows import WORD_PATTERN, TermRows
from newstag.tagging.vocabulary import TAG_CUES, lexicon_words, proper_nouns, term_words

__all__ = ["SentenceTagger", "sentence_table"]

_CUE_NAMES = tuple(CUES)
_ARTICLES = frozenset({"a", "an", "the"})


def _fold_seeds(random_state, draws: int) -> list:
    """Seeds of ``draws`` draws of the item folds: ``random_state`` first, then seeds drawn from it."""
    if draws < 1:
        raise ValueError(f"threshold_draws must be at least 1, got {draws}")
    more = check_random_state(random_state).randint(np.iinfo(np.int32).max, size=draws - 1) if draws > 1 else []
    return [random_state, *(int(seed) for seed in more)]


class SentenceTagger(VocabularyOnce, ClassifierMixin, BaseEstimator):
    """Tag news items from their sentences: ceasefire, airstrike, humanitarian, diplomacy.

    Parameters
    ----------
    C : float, default 3.0
        Inverse regularisation of the sentence classifiers (chosen by
        cross-validation on the non-lockbox items among 1.5, 3 and 6).
    C_item : float, default 1.0
        Inverse regularisation of the item-level aggregators.
    passing_weight : float, default 3.0
        Sample weight of sentences marked as touching a tag only in passing.
    proper_noun_share : float, default 0.7
        Words capitalised in at least this share of their mid-sentence uses
        are dropped from the vocabulary (unless a tag's lexicon cue names them).
    keep_context_names : bool, default False
        Also keep the capitalised words that only the context cues ("now",
        "background") name: the days and the months. True is v3.33's design,
        in which a day's name alone moved tags
        (:mod:`newstag.tagging.vocabulary`).
    name_parts : bool, default True
        Also drop a term when a part of one of its words, split at hyphens
        and apostrophes, is a dropped name ("mid-May", "Aleppo's",
        "pro-Assad"). False is v3.33's design.
    read_datelines : bool, default False
        False reads each body without the agency datelines that open it
        ("KHARTOUM, May 3 (Reuters) - ", :mod:`newstag.corpus.datelines`),
        in training and prediction: where, when and by whom an item was
        filed is not what it reports (with them read, "MOSCOW" alone gave
        90 of 2,992 wire holdout items diplomacy). The evidence keeps the
        item's text. True is v3.36's design.
    read_slugs : bool, default False
        False reads each headline without the labels and site name around it ("BREAKING: ", " | Al Jazeera",
        :mod:`newstag.corpus.slugs`), in training and prediction: they say what kind of piece it is and who
        published it, not what it reports. The evidence keeps the item's text. True is v3.37's design.
    min_df : int, default 2
    ngram_range : tuple, default (1, 2)
    high : float, default 0.5
        A sentence "scores high" for a tag above this probability.
    short_items : int, default 1
        Short items cut from each training item and added to the training
        set (:func:`newstag.tagging.short_items.short_items`): its headline
        alone, this many of the sentences carrying each of its tags alone,
        and as many plain sentences alone. 0 trains on the items as given.
    short_negatives : bool, default True
        Also cut, per tag, as many sentences that look like the tag without
        carrying it (a lexicon cue of the tag, or marked as passing) as short
        hard negatives.
    context_tags : tuple of str, default ("ceasefire",)
        Tags whose item context each sentence sees: whether another sentence
        of its item has a strong cue of the tag, and that times the
        sentence's own weak cues of it
        (:func:`newstag.tagging.sentence_batch.item_context_features`). "Under
        the deal, the buses left" then weighs differently after a sentence
        naming a truce than alone. A short item cut for training keeps the
        context of the sentence it was cut from. () is v3.20's design.
    threshold_draws : int, default 3
        Draws of the item folds whose out-of-fold aggregate decisions are
        averaged per item before each tag's calibration and threshold are
        fitted (the first draw is the one a single draw uses). More draws
        move the operating point less between refits. 1 is v3.22's design.
    threshold_window : float, default 0.04
        Each tag's threshold maximises F1 averaged over the thresholds
        within this distance of it (:func:`newstag.tagging.model.best_f1_threshold`):
        F1 is flat and noisy near its best, so the point maximum moves
        between refits more than the curve does. 0.0 is v3.22's design.
    article_bigram_tags : tuple of str, default ("airstrike", "humanitarian", "diplomacy")
        Tags whose sentence classifier weighs bigrams with an article ("a",
        "an", "the"); the others give them no weight. Ceasefire's does not:
        the look-alike sets' truces outside war taught it "a truce" as their
        mark, so "Israel and Hamas agree to a truce" scored 0.07. All four
        tags is v3.24's design.
    long_items_from : int or None, default 5
        Items with at least this many sentences (headline included) are
        long: their sentences get a second copy of every feature
        (:mod:`newstag.tagging.item_length`).
        None learns all items as one (v3.32's design).
    cv : int, default 5
    random_state : int, default 42

    Attributes
    ----------
    vectorizer_ : TfidfVectorizer over sentences.
    sentence_coef_ : ndarray (4, n_features)
        Weights of each sentence feature (terms, then cues, then position, then the item context of ``context_tags``).
    long_sentence_coef_ : ndarray (4, n_features), or (4, 0) without ``long_items_from``
        What the sentences of long items add to them.
    sentence_intercept_ : ndarray (4,)
    item_coef_ : ndarray (4, 4), item_intercept_ : ndarray (4,)
        The aggregators over (best, headline, mean of two best, log count high).
    calibration_ : ndarray (4, 2)
    thresholds_ : ndarray (4,)
    splitter_version_ : str
    classes_ : ndarray of str
    """

    def __init__(self, *, C=3.0, C_item=1.0, passing_weight=3.0, proper_noun_share=0.7, keep_context_names=False,
                 name_parts=True, read_datelines=False, read_slugs=False, min_df=2,
                 ngram_range=(1, 2), high=0.5, short_items=1, short_negatives=True, context_tags=("ceasefire",),
                 threshold_draws=3, threshold_window=0.04,
                 article_bigram_tags=("airstrike", "humanitarian", "diplomacy"), long_items_from=5, cv=5,
                 random_state=DEFAULT_RANDOM_STATE):
        self.C = C
        self.C_item = C_item
        self.passing_weight = passing_weight
        self.proper_noun_share = proper_noun_share
        self.keep_context_names = keep_context_names
        self.name_parts = name_parts
        self.read_datelines = read_datelines
        self.read_slugs = read_slugs
        self.min_df = min_df
        self.ngram_range = ngram_range
        self.high = high
        self.short_items = short_items
        self.short_negatives = short_negatives
        self.context_tags = context_tags
        self.threshold_draws = threshold_draws
        self.threshold_window = threshold_window
        self.article_bigram_tags = article_bigram_tags
        self.long_items_from = long_items_from
        self.cv = cv
        self.random_state = random_state

    # ----------------------------------------------------------- features
    def _sentence_features(self, sentences, owner, context_rows=None):
        """TF-IDF terms and dense features; ``context_rows``: the row whose item context each row takes."""
        terms = self.vectorizer_.transform([s.text for s in sentences])
        cues = cue_matrix(sentences)
        parts = [np.minimum(cues, 3.0) / 3.0, position_matrix(sentences)]
        if self.context_tags:
            context = item_context_features(cues, owner, tuple(self.context_tags))
            parts.append(context if context_rows is None else context[np.asarray(context_rows)])
        return sp.hstack([terms, sp.csr_matrix(np.hstack(parts))], format="csr")

    def _terms(self, texts, *, joined=None):
        """TF-IDF rows of ``texts``, equal to ``vectorizer_.transform`` (tested), by :class:`TermRows`."""
        return TermRows.of(self.vectorizer_).transform(texts, joined=joined)

    def _fit_vectorizer(self, sentences):
        texts = [s.text for s in sentences]
        kept = lexicon_words(None if self.keep_context_names else TAG_CUES)
        drop = proper_nouns(texts, share=self.proper_noun_share) - kept
        probe = TfidfVectorizer(preprocessor=normalise_spelling, ngram_range=tuple(self.ngram_range),
                                min_df=self.min_df, token_pattern=WORD_PATTERN)
        probe.fit(texts)
        vocabulary = [t for t in probe.get_feature_names_out()
                      if not set(term_words(t, parts=self.name_parts)) & drop]
        self.vectorizer_ = TfidfVectorizer(preprocessor=normalise_spelling, ngram_range=tuple(self.ngram_range),
                                           token_pattern=WORD_PATTERN, vocabulary=vocabulary,
                                           sublinear_tf=True, dtype=np.float32)
        self.vectorizer_.fit(texts)
        self.dropped_terms_ = np.asarray(sorted(drop), dtype=object)

    def _logistic(self, C):
        return LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000,
                                  random_state=self.random_state)

    # ------------------------------------------------------------ fitting
    def fit(self, X, Y, *, evidence=None, sample_weight=None, operating_weight=None):
        """Fit on items ``X``, their tag matrix ``Y`` (n_items, 4) and sentence evidence.

        Parameters
        ----------
        X : texts, (title, text) pairs, dicts or a DataFrame with title and text.
        Y : array (n_items, 4) of 0/1.
        evidence : list (one per item) of dicts ``tag -> {"carries": [index, ...],
            "passing": [index, ...]}``, sentence indices as given by
            :func:`newstag.corpus.sentences.item_sentences` (headline = 0).
            Default: ``X["evidence"]`` (as in :func:`newstag.tagging.labels.labelled_frame`).
        sample_weight, operating_weight : arrays (n_items,), optional
            Each item's weight (its sentences', and its short items', and
            in the operating point) and its weight in the operating point
            alone (the item aggregators, calibration and thresholds; 0: the
            sentence classifiers only). Default: X's ``weight`` and
            ``operating_weight`` columns, else 1 (:mod:`newstag.tagging.item_weights`).
        """
        if evidence is None:
            if not hasattr(X, "columns") or "evidence" not in X.columns:
                raise ValueError("SentenceTagger.fit needs sentence evidence: pass evidence= or an 'evidence' column")
            evidence = list(X["evidence"])
        sample_weight, operating_weight = item_weights(X, len(evidence), sample_weight, operating_weight)
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"):
            return self._fit(X, np.asarray(Y).astype(np.int8), evidence, sample_weight, operating_weight)

    def _targets(self, sentences, owner, evidence):
        n = len(sentences)
        y = np.zeros((n, len(TAGS)), dtype=np.int8)
        weight = np.ones((n, len(TAGS)))
        first_row = np.r_[0, np.flatnonzero(np.diff(owner)) + 1]
        counts = np.bincount(owner, minlength=len(evidence))
        for item, marks in enumerate(evidence):
            for k, tag in enumerate(TAGS):
                for role, index_list in (marks or {}).get(tag, {}).items():
                    rows = [first_row[item] + i for i in index_list if 0 <= i < counts[item]]
                    if role == "carries":
                        y[rows, k] = 1
                    elif role == "passing":
                        weight[rows, k] = self.passing_weight
        return y, weight

    def _without_article_bigrams(self, features):
        """``features`` with the bigrams with an article zeroed (once per fit), or None if every tag weighs them."""
        if not set(TAGS) - set(self.article_bigram_tags):
            return None
        copies = 2 if self.long_items_from else 1  # with_long_copy's layout
        keep = np.ones(features.shape[1] // copies, dtype=np.float32)
        names = self.vectorizer_.get_feature_names_out()
        keep[:len(names)] = [0.0 if " " in t and set(t.split()) & _ARTICLES else 1.0 for t in names]
        return sp.csr_matrix(features.multiply(np.tile(keep, copies).reshape(1, -1)))

    def _fit_sentences(self, features, without_articles, y, weight):
        """One classifier per tag; those not in ``article_bigram_tags`` see ``without_articles``."""
        coef = np.zeros((len(TAGS), features.shape[1]), dtype=np.float32)
        intercept = np.full(len(TAGS), -20.0)
        for k, tag in enumerate(TAGS):
            if y[:, k].min() == y[:, k].max():
                intercept[k] = 20.0 if y[:, k].max() else -20.0
                continue
            seen = features if tag in self.article_bigram_tags else without_articles
            model = self._logistic(self.C).fit(seen, y[:, k], sample_weight=weight[:, k])
            coef[k], intercept[k] = model.coef_[0], model.intercept_[0]
        return coef, intercept

    def _fit(self, X, Y, evidence, item_weight=None, operating_weight=None):
        if Y.ndim != 2 or Y.shape[1] != len(TAGS):
            raise ValueError(f"Y must have shape (n_items, {len(TAGS)}), got {Y.shape}")
        if len(evidence) != len(Y):
            raise ValueError(f"evidence has {len(evidence)} entries for {len(Y)} items")
        unknown = sorted(set(self.article_bigram_tags) - set(TAGS))
        if unknown or isinstance(self.article_bigram_tags, str):
            raise ValueError(f"article_bigram_tags must be a tuple of tags ({', '.join(TAGS)}), "
                             f"got {self.article_bigram_tags!r}")
        sentences, owner = sentence_table(X, read_datelines=self.read_datelines, read_slugs=self.read_slugs)
        self._fit_vectorizer(sentences)
        y, weight = self._targets(sentences, owner, evidence)
        groups = owner
        n_items = len(Y)
        context_rows = None
        if self.short_items:
            short, short_y, short_weight, source, cut_rows = short_items(
                sentences, owner, y, weight, per_tag=self.short_items,
                hard=lookalikes(sentences, weight) if self.short_negatives else None,
                return_rows=True, random_state=self.random_state)
            # A cut sentence keeps its article's context: without it, its
            # standalone copy would teach that the sentence alone carries the tag.
            context_rows = np.r_[np.arange(len(sentences)), cut_rows]
            short_owner = n_items + np.arange(len(short))
            sentences = sentences + short
            owner = np.r_[owner, short_owner]
            groups = np.r_[groups, source]
            y, weight = np.vstack([y, short_y]), np.vstack([weight, short_weight])
            Y = np.vstack([Y, short_y])
            n_items += len(short)
            if item_weight is not None:  # a short item weighs as the item it was cut from
                item_weight = np.r_[item_weight, item_weight[source]]
            if operating_weight is not None:
                operating_weight = np.r_[operating_weight, operating_weight[source]]
        if item_weight is not None:
            # After the short items are cut: there a weight above 1 marks a passing mention.
            weight = weight * item_weight[owner][:, None]
        features = self._sentence_features(sentences, owner, context_rows)
        width = features.shape[1]
        if self.long_items_from:
            features = with_long_copy(features, long_items(owner, n_items, self.long_items_from)[owner])
        # Out-of-fold sentence decisions: the aggregator must learn from
        # scores of sentences the sentence models did not see (short items
        # stay in the fold of the item they were cut from).
        n_folds = int(max(2, min(self.cv, len(np.unique(groups)))))
        out_of_fold = np.zeros((len(sentences), len(TAGS)))
        without_articles = self._without_article_bigrams(features)
        for train, test in GroupKFold(n_splits=n_folds).split(features, groups=groups):
            coef, intercept = self._fit_sentences(features[train], None if without_articles is None
                                                  else without_articles[train], y[train], weight[train])
            out_of_fold[test] = np.asarray(features[test] @ coef.T) + intercept
        coef, self.sentence_intercept_ = self._fit_sentences(features, without_articles, y, weight)
        self.sentence_coef_, self.long_sentence_coef_ = coef[:, :width], coef[:, width:]
        aggregates = self._aggregate(out_of_fold, sentences, owner, n_items)
        self.item_coef_ = np.zeros((len(TAGS), aggregates[0].shape[1]))
        self.item_intercept_ = np.zeros(len(TAGS))
        self.calibration_ = np.tile([1.0, 0.0], (len(TAGS), 1))
        self.thresholds_ = np.full(len(TAGS), 0.5)
        item_groups = np.r_[np.arange(len(evidence)), source] if self.short_items else np.arange(n_items)
        fold_seeds = _fold_seeds(self.random_state, self.threshold_draws)
        point_weight = item_weight if operating_weight is None else operating_weight
        weighted = {} if point_weight is None else {"sample_weight": point_weight}
        for k in range(len(TAGS)):
            target = Y[:, k]
            n_splits = int(min(self.cv, target.sum(), len(target) - target.sum()))
            if n_splits < 2:
                self.item_intercept_[k] = 20.0 if target.mean() > 0.5 else -20.0
                continue
            model = self._logistic(self.C_item)
            decisions = np.mean([
                # StratifiedGroupKFold(shuffle=True)'s folds, made faster (newstag.tagging.folds).
                cross_val_predict(model, aggregates[k], target, method="decision_function",
                                  cv=stratified_group_folds(target, item_groups, n_splits=n_splits,
                                                            random_state=seed), params=weighted)
                for seed in fold_seeds], axis=0)
            model.fit(aggregates[k], target, **weighted)
            self.item_coef_[k], self.item_intercept_[k] = model.coef_[0], model.intercept_[0]
            platt = LogisticRegression(C=1e4).fit(decisions.reshape(-1, 1), target, **weighted)
            self.calibration_[k] = (platt.coef_[0, 0], platt.intercept_[0])
            self.thresholds_[k] = best_f1_threshold(target, _sigmoid(platt.coef_[0, 0] * decisions
                                                                     + platt.intercept_[0]),
                                                    window=self.threshold_window, sample_weight=point_weight)
        self.splitter_version_ = SPLITTER_VERSION
        self.classes_ = np.asarray(TAGS)
        return self

    # -------------------------------------------------------- aggregation
    def _aggregate(self, decisions, sentences, owner, n_items):
        """Per tag, the (n_items, 4) aggregate features of the sentence decisions."""
        is_title = np.fromiter((s.field == "title" for s in sentences), dtype=bool, count=len(sentences))
        return self._aggregate_rows(decisions, is_title, owner, n_items)

    def _aggregate_rows(self, decisions, is_title, owner, n_items):
        """:meth:`_aggregate`, given which sentences are headlines."""
        return aggregate_rows(decisions, is_title, owner, n_items, self.high)

    # ---------------------------------------------------------- predicting
    def scorer(self) -> SentenceScorer:
        """The :class:`~newstag.tagging.scorer.SentenceScorer` of this fitted tagger: what predicts
        (built once, and again when a fitted attribute or option it reads is assigned: :func:`reused_scorer`)."""
        check_is_fitted(self, "sentence_coef_")
        long_from = getattr(self, "long_items_from", None) if hasattr(self, "long_sentence_coef_") else None
        arrays = (self.vectorizer_, self.sentence_coef_, self.sentence_intercept_, self.item_coef_,
                  self.item_intercept_, self.calibration_, self.thresholds_, getattr(self, "long_sentence_coef_", None))
        options = (self.high, tuple(getattr(self, "context_tags", ())), long_from,
                   bool(getattr(self, "read_datelines", True)), bool(getattr(self, "read_slugs", True)))
        return reused_scorer(self, arrays, options, lambda: SentenceScorer(
            TermRows.of(self.vectorizer_),
            # The batch's joined sentences are normalise_spelling's: the preprocessor of every vectorizer fitted here.
            joined_normalised=self.vectorizer_.preprocessor is normalise_spelling,
            sentence_coef=self.sentence_coef_, sentence_intercept=self.sentence_intercept_,
            item_coef=self.item_coef_, item_intercept=self.item_intercept_, calibration=self.calibration_,
            thresholds=self.thresholds_, high=options[0], context_tags=options[1], long_from=long_from,
            long_sentence_coef=arrays[7], read_datelines=options[3], read_slugs=options[4]))

    def _sentence_decisions(self, X):
        """Decision of each sentence for each tag, shape (n_sentences, 4), and the items' :class:`SentenceBatch` es."""
        return self.scorer().sentence_decisions(X)

    def _item_proba(self, decisions, batches):
        return self.scorer().item_proba(decisions, batches)

    def predict_proba(self, X):
        """Calibrated probability of each tag, shape (n_items, 4)."""
        return self.scorer().predict_proba(X)

    def predict(self, X):
        """Binary tag matrix, shape (n_items, 4), using ``thresholds_``."""
        return self.scorer().predict(X)

    def sentence_proba(self, X):
        """Each sentence's probability of carrying each tag: ``(proba, sentences, item_of_sentence)``."""
        return self.scorer().sentence_proba(X)

    def evidence(self, X, *, top=3):
        """Item probabilities and, per item and tag, its best sentences (see :meth:`SentenceScorer.evidence`)."""
        return self.scorer().evidence(X, top=top)

    def get_feature_names_out(self, input_features=None):
        """Sentence features: TF-IDF terms, cue hits, position, then item context (columns of ``sentence_coef_``)."""
        check_is_fitted(self, "vectorizer_")
        cues = [f"[cue] {name}" for name in _CUE_NAMES]
        position = ["[position] headline", "[position] first body sentence", "[position] second or third",
                    "[position] log length"]
        tags = tuple(getattr(self, "context_tags", ()))
        context = [f"[context] {tag} named elsewhere" for tag in tags] + [
            f"[context] {tag} weak cues, named elsewhere" for tag in tags]
        return np.concatenate([self.vectorizer_.get_feature_names_out(), cues, position, context]).astype(object)
