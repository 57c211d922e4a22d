"""Prediction of the sentence tagger from its learned arrays alone.

:class:`~newstag.tagging.sentence_model.SentenceTagger` predicts through
:class:`SentenceScorer`: sentence decisions from TF-IDF rows, cue hits and
position, then the item aggregate, calibration and thresholds. The scorer
needs numpy and scipy.sparse but not scikit-learn, so it can also be built
from the pickle-free arrays of :mod:`newstag.tagging.arrays`, and
``newstag tag`` then starts without importing scikit-learn or skops. Both
ways run this code on the same arrays, so their outputs are equal to the bit.
"""

from __future__ import annotations

import weakref
from functools import cached_property

import numpy as np

from newstag.config import TAGS
from newstag.corpus.text import as_title_text
from newstag.tagging.sentence_batch import SentenceBatch

__all__ = ["SentenceScorer", "aggregate_rows", "reused_scorer", "sigmoid"]

# Items featurised together at prediction: the tokens of all their sentences are
# held at once, so a long list is taken a chunk at a time (newstag tag sends
# chunks of this size anyway).
_CHUNK = 1000


#: owner -> (arrays, options, scorer): kept outside the owner, so never saved with it.
_SCORERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def reused_scorer(owner, arrays, options, build):
    """``build()``, once per ``owner`` while ``arrays`` are the same objects and ``options`` equal.

    A fitted tagger predicts through a :class:`SentenceScorer`; one built per
    call would copy the term weights each time (0.2 ms of a single item's
    2 ms). A refit or an assigned attribute gives new objects, so a new
    scorer; an array changed in place is not seen in the term weights.
    """
    built = _SCORERS.get(owner)
    if built is not None and all(a is b for a, b in zip(built[0], arrays, strict=True)) and built[1] == options:
        return built[2]
    scorer = build()
    _SCORERS[owner] = (tuple(arrays), options, scorer)
    return scorer


def sigmoid(z):
    """The logistic function, clipped so that ``exp`` never overflows."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


def aggregate_rows(decisions, is_title, owner, n_items, high):
    """Per tag, the (n_items, 4) aggregate features of the sentence decisions.

    Parameters
    ----------
    decisions : ndarray (n_sentences, n_tags)
        Each sentence's decision for each tag.
    is_title : ndarray of bool
        Whether the sentence is its item's headline.
    owner : ndarray of int
        The item of each sentence (sentences of an item are consecutive).
    n_items : int
    high : float
        A sentence "scores high" above this probability.

    Returns
    -------
    list of ndarray
        One (n_items, 4) array per tag: best sentence, headline (the best
        sentence when there is none), mean of the two best, log count high.
    """
    proba = sigmoid(decisions)
    # np.concatenate, not np.r_: np.r_ parses its index each call, about 0.03 ms, five times per item.
    starts = np.concatenate(([0], np.flatnonzero(np.diff(owner)) + 1))
    best = np.maximum.reduceat(decisions, starts, axis=0)
    has_title = np.zeros(n_items, dtype=bool)
    has_title[owner[is_title]] = True
    headline = np.full((n_items, len(TAGS)), 0.0)
    headline[owner[is_title]] = decisions[is_title]
    # Mean of the two best: sort within items, the item as major key.
    offset = (np.abs(decisions).max() + 1) * 2 * owner[:, None]
    ordered = np.sort(decisions + offset, axis=0) - offset
    bounds = np.append(starts, len(owner))
    ends = bounds[1:] - 1
    n = np.diff(bounds)
    second = np.where((n >= 2)[:, None], ordered[np.maximum(ends - 1, 0)], ordered[ends])
    top_two = (ordered[ends] + second) / 2
    count_high = np.add.reduceat((proba >= high).astype(float), starts, axis=0)
    out = []
    for k in range(len(TAGS)):
        out.append(np.column_stack([best[:, k], np.where(has_title, headline[:, k], best[:, k]),
                                    top_two[:, k], np.log1p(count_high[:, k])]))
    return out


class SentenceScorer:
    """A fitted sentence tagger's prediction: its arrays and the code that reads them.

    Parameters
    ----------
    term_rows : TermRows
        The TF-IDF rows of the sentence vectorizer.
    joined_normalised : bool
        Whether the vectorizer's preprocessor is ``normalise_spelling``, so
        that the batch's joined, folded sentences can be tokenised at once.
    sentence_coef, sentence_intercept, item_coef, item_intercept, calibration, thresholds : ndarray
        As the attributes of the same names (with a trailing ``_``) of
        :class:`~newstag.tagging.sentence_model.SentenceTagger`.
    high : float
        A sentence "scores high" above this probability.
    context_tags : tuple of str, default ()
        The tags whose item context ends the sentence features
        (:func:`~newstag.tagging.sentence_batch.item_context_features`).
    long_from : int or None, default None
        Items with at least this many sentences are long
        (:mod:`newstag.tagging.item_length`): their sentences add
        ``long_sentence_coef``'s weights.
    long_sentence_coef : ndarray, optional
        As the attribute of that name of the sentence tagger.
    read_datelines : bool, default True
        As the sentence tagger's option: False reads each body without the
        agency datelines that open it (:mod:`newstag.corpus.datelines`).
    read_slugs : bool, default True
        As the sentence tagger's option: False reads each headline without
        the labels and site name around it (:mod:`newstag.corpus.slugs`).

    Attributes
    ----------
    thresholds_ : ndarray (4,)
        Each tag's decision threshold on its probability.
    classes_ : ndarray of str
        The tags.
    """

    def __init__(self, term_rows, *, joined_normalised, sentence_coef, sentence_intercept, item_coef,
                 item_intercept, calibration, thresholds, high, context_tags=(), long_from=None,
                 long_sentence_coef=None, read_datelines=True, read_slugs=True):
        self.term_rows = term_rows
        self.joined_normalised = joined_normalised
        self.sentence_coef_ = sentence_coef
        self.sentence_intercept_ = sentence_intercept
        self.item_coef_ = item_coef
        self.item_intercept_ = item_intercept
        self.calibration_ = calibration
        self.thresholds_ = thresholds
        self.high = high
        self.context_tags = tuple(context_tags)
        self.long_from = int(long_from) if long_from else None
        self.long_sentence_coef_ = (long_sentence_coef if self.long_from
                                    else np.zeros((len(TAGS), 0), dtype=sentence_coef.dtype))
        self.read_datelines = bool(read_datelines)
        self.read_slugs = bool(read_slugs)
        self.classes_ = np.asarray(TAGS)

    def sentence_decisions(self, X):
        """Decision of each sentence for each tag, shape (n_sentences, 4), and the items' :class:`SentenceBatch` es.

        Items are featurised :data:`_CHUNK` at a time; the dense product and
        everything after run over all of them at once, as before chunking, so
        that no rounding depends on where the items were cut.
        """
        titles, texts = as_title_text(X)
        n_terms = self.term_rows.n_columns
        term_parts, dense, batches, long_rows = [], [], [], []
        for start in range(0, max(len(texts), 1), _CHUNK):
            batch = SentenceBatch(list(zip(titles[start:start + _CHUNK], texts[start:start + _CHUNK])),
                                  read_datelines=self.read_datelines, read_slugs=self.read_slugs)
            # Both tokenisations in one pass over the joined sentences, when the
            # words are WORD_PATTERN's in the folded spellings; else each on its own.
            both = (batch.both_tokens(self.term_rows.tokenize)
                    if self.joined_normalised and self.term_rows.joinable else None)
            if both is not None:
                rows = self.term_rows.transform(batch.read_texts, tokens=both[1])
            else:
                joined = batch.joined_normalised if self.joined_normalised else None
                rows = self.term_rows.transform(batch.read_texts, joined=joined)
            part = np.asarray(rows @ self._term_weights)
            if self.long_from:
                is_long = self._long_items(batch.owner, batch.n_items)[batch.owner]
                if is_long.any():
                    part[is_long] += np.asarray(rows[is_long] @ self._long_term_weights)
                long_rows.append(is_long)
            term_parts.append(part)
            dense.append(batch.cue_and_position_features(cue_tokens=None if both is None else both[0],
                                                         context_tags=self.context_tags))
            batches.append(batch)
        dense = np.concatenate(dense)
        decisions = np.concatenate(term_parts) + dense @ self.sentence_coef_[:, n_terms:].T
        if self.long_from:
            is_long = np.concatenate(long_rows)
            decisions[is_long] += dense[is_long] @ self.long_sentence_coef_[:, n_terms:].T
        return decisions + self.sentence_intercept_, batches

    def _long_items(self, owner, n_items):
        return np.bincount(owner, minlength=n_items) >= self.long_from

    @cached_property
    def _term_weights(self) -> np.ndarray:
        """The terms' weights, (n_terms, 4), C-contiguous: a sparse product with the transposed slice of
        ``sentence_coef_`` copies all of it on every call (scipy ravels its dense operand), 0.2 ms per item."""
        return np.ascontiguousarray(self.sentence_coef_[:, :self.term_rows.n_columns].T)

    @cached_property
    def _long_term_weights(self) -> np.ndarray:
        """What long items' sentences add to :attr:`_term_weights`, laid out as it is."""
        return np.ascontiguousarray(self.long_sentence_coef_[:, :self.term_rows.n_columns].T)

    def item_proba(self, decisions, batches):
        """Calibrated item probabilities from the sentence decisions of :meth:`sentence_decisions`."""
        is_title = np.concatenate([batch.is_title for batch in batches])
        first_item = np.cumsum([0] + [batch.n_items for batch in batches])
        owner = np.concatenate([batch.owner + first for batch, first in zip(batches, first_item)])
        aggregates = aggregate_rows(decisions, is_title, owner, int(first_item[-1]), self.high)
        z = np.column_stack([aggregates[k] @ self.item_coef_[k] + self.item_intercept_[k] for k in range(len(TAGS))])
        return sigmoid(self.calibration_[:, 0] * z + self.calibration_[:, 1])

    def predict_proba(self, X):
        """Calibrated probability of each tag, shape (n_items, 4)."""
        return self.item_proba(*self.sentence_decisions(X))

    def predict(self, X):
        """Binary tag matrix, shape (n_items, 4), using ``thresholds_``."""
        return (self.predict_proba(X) >= self.thresholds_).astype(np.int8)

    def sentence_proba(self, X):
        """Each sentence's probability of carrying each tag: ``(proba, sentences, item_of_sentence)``."""
        decisions, batches = self.sentence_decisions(X)
        first_item = np.cumsum([0] + [batch.n_items for batch in batches])
        owner = np.concatenate([batch.owner + first for batch, first in zip(batches, first_item)])
        return sigmoid(decisions), [s for batch in batches for s in batch.sentences()], owner

    def evidence(self, X, *, top=3):
        """Item probabilities and, per item and tag, its best sentences.

        Returns ``(proba, evidence)``: ``proba`` as :meth:`predict_proba`;
        ``evidence[i][tag]`` a list of up to ``top`` dicts ``{"field",
        "start", "end", "text", "score"}``, best first, for every tag (the
        caller keeps those of predicted tags). Offsets index the item's
        title or text exactly as given.
        """
        decisions, batches = self.sentence_decisions(X)
        all_scores, out, first_row = sigmoid(decisions), [], 0
        for batch in batches:
            sentence_scores = all_scores[first_row:first_row + len(batch)]
            first_row += len(batch)
            starts = np.concatenate(([0], np.flatnonzero(np.diff(batch.owner)) + 1, [len(batch.owner)]))
            fields = np.where(batch.is_title, "title", "text").tolist()
            for item in range(batch.n_items):
                rows = range(starts[item], starts[item + 1])
                per_tag = {}
                for k, tag in enumerate(TAGS):
                    ranked = sorted(rows, key=lambda r: -sentence_scores[r, k])[:top]
                    per_tag[tag] = [{"field": fields[r], "start": batch.starts[r], "end": batch.ends[r],
                                     "text": batch.texts[r], "score": round(float(sentence_scores[r, k]), 4)}
                                    for r in ranked if batch.texts[r]]
                out.append(per_tag)
        return self.item_proba(decisions, batches), out
