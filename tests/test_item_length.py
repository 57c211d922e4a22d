"""The features of long items learned apart (tagger v3.33): code tests on synthetic items."""

from __future__ import annotations

import copy

import numpy as np
import scipy.sparse as sp

from newstag.config import TAGS
from newstag.tagging.item_length import long_items, with_long_copy
from newstag.tagging.sentence_model import SentenceTagger, sentence_table
from test_sentence_model import _items


def test_an_item_is_long_from_its_count_of_sentences():
    owner = np.array([0, 1, 1, 1, 1, 1, 3])  # item 2 has no row
    np.testing.assert_array_equal(long_items(owner, 4, 5), [False, True, False, False])
    np.testing.assert_array_equal(long_items(owner, 4, 1), [True, True, False, True])


def test_the_long_copy_is_zero_except_on_long_rows():
    features = sp.csr_matrix(np.arange(1, 7, dtype=np.float32).reshape(3, 2))
    both = with_long_copy(features, np.array([False, True, False])).toarray()
    np.testing.assert_array_equal(both[:, :2], features.toarray())
    np.testing.assert_array_equal(both[:, 2:], [[0, 0], [3, 4], [0, 0]])


def _long_and_short(n=90, seed=0):
    """The synthetic items, every third one made long (7+ sentences) by plain sentences added to its end."""
    frame, Y = _items(seed=seed, n=n)
    frame = frame.copy()
    padding = " The weather was mild. Markets reopened. The club won again. Roads were quiet. Shops opened."
    frame.loc[::3, "text"] = frame.loc[::3, "text"] + padding
    return frame, Y


def test_a_short_item_is_decided_by_the_shared_weights_and_a_long_one_also_by_its_own():
    frame, Y = _long_and_short()
    model = SentenceTagger(cv=3).fit(frame[["title", "text", "evidence"]], Y)
    X = frame[["title", "text"]]
    n_sentences = np.bincount(sentence_table(X)[1], minlength=len(X))
    is_long = n_sentences >= model.long_items_from
    assert is_long.any() and not is_long.all()
    assert model.long_sentence_coef_.shape == model.sentence_coef_.shape and np.abs(model.long_sentence_coef_).sum() > 0
    proba = model.predict_proba(X)
    changed = copy.deepcopy(model)
    changed.long_sentence_coef_ = np.zeros_like(model.long_sentence_coef_)
    moved = np.abs(changed.predict_proba(X) - proba).max(axis=1) > 1e-9
    assert not moved[~is_long].any() and moved[is_long].all()


def test_without_long_items_from_every_item_is_one_kind():
    frame, Y = _long_and_short()
    model = SentenceTagger(cv=3, long_items_from=None).fit(frame[["title", "text", "evidence"]], Y)
    assert model.long_sentence_coef_.shape == (len(TAGS), 0)
    X = frame[["title", "text"]]
    np.testing.assert_array_equal(model.predict(X), model.predict_proba(X) >= model.thresholds_)
