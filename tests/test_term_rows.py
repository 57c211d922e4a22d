"""TermRows (fast TF-IDF rows of many texts) and joined tokenising: equal, to the bit, to what they replace.

The texts are written here or generated; no FA-KES text is used.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from newstag.corpus.text import fold_spellings, normalise_spelling
from newstag.tagging.cues import _TOKEN
from newstag.tagging.joined import MARK, join, tokens_of_joined, tokens_of_texts
from newstag.tagging.term_rows import WORD_PATTERN, TermRows
from _old_tagger_path import old_rows

TRAIN = [
    "Warplanes bombed the market in the old town on Monday.",
    "The cease-fire held; an air strike hit the town's bakery, and air raids followed.",
    "Aid convoys reached the besieged town. The convoy's trucks carried food and medicine.",
    "Foreign ministers met in Geneva; the UN envoy said talks would go on.",
    "Air strikes and air raids: war planes bombed the town again, the town said.",
    "De-escalation zones, a truce and a cease fire were agreed in the old town.",
]
ODD = ["", " ", "the", "the the the town town", "Unknown words only", "x" * 300, "1abc 2-town _the -the the-",
       "don't won't o'clock rock'n'roll town's", "ΑΣ. Σ town Straße İstanbul", f"the {MARK} town",
       "THE TOWN, the town; The Town!", "\n\nthe\ttown\u00a0said\u2028again", "air-strike cease fire war plane"]


def _vectorizer(**params):
    params = {"preprocessor": normalise_spelling, "ngram_range": (1, 2), "token_pattern": WORD_PATTERN,
              "sublinear_tf": True, "dtype": np.float32, **params}
    return TfidfVectorizer(**params).fit(TRAIN)


def _assert_same_rows(a, b):
    # Same columns in the same order and the same float32 values, bit for bit.
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert a.data.dtype == b.data.dtype == np.float32
    assert np.array_equal(a.data.view(np.uint32), b.data.view(np.uint32))


@pytest.mark.parametrize("params", [{}, {"ngram_range": (1, 1)}, {"ngram_range": (2, 2)},
                                    {"preprocessor": None}, {"token_pattern": r"(?u)\b\w\w+\b"}])
def test_rows_equal_the_old_loop_bit_for_bit(params):
    vectorizer = _vectorizer(**params)
    texts = TRAIN + ODD + [" ".join(TRAIN)]
    _assert_same_rows(TermRows(vectorizer).transform(texts), old_rows(vectorizer, texts))
    np.testing.assert_allclose(TermRows(vectorizer).transform(texts).toarray(),
                               vectorizer.transform(texts).toarray(), rtol=1e-5, atol=1e-6)


def test_rows_from_the_joined_texts_equal_rows_text_by_text():
    vectorizer = _vectorizer()
    rows = TermRows(vectorizer)
    assert rows.joinable
    texts = TRAIN + [t for t in ODD if MARK not in t]
    joined = join([fold_spellings(t.lower()) for t in texts])
    assert joined is not None
    _assert_same_rows(rows.transform(texts, joined=joined), old_rows(vectorizer, texts))


def test_no_texts_give_no_rows():
    rows = TermRows(_vectorizer())
    assert rows.transform([]).shape == (0, len(rows.vectorizer.vocabulary_))


@pytest.mark.parametrize("params", [{"stop_words": "english"}, {"ngram_range": (1, 3)}, {"sublinear_tf": False},
                                    {"analyzer": "char", "token_pattern": None}, {"norm": "l1"}])
def test_other_vectorizers_are_refused(params):
    vectorizer = _vectorizer(**params)
    assert not TermRows.supports(vectorizer)
    with pytest.raises(ValueError, match="TermRows needs"):
        TermRows(vectorizer)


# ------------------------------------------------------------------ joined tokenising
# Letters of several scripts (with and without case, Σ whose lower case depends on its
# neighbours), digits, the underscore, apostrophes, hyphens, punctuation and all kinds of space.
ALPHABET = "aAbZσΣςİßΞéꙮ0129_'’-.,!?()\" \t\n\u00a0\u2028\u200b" + "ab " * 5
PATTERNS = {"words": re.compile(WORD_PATTERN).findall, "cue tokens": _TOKEN.findall}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=30), max_size=8))
def test_joined_tokens_are_the_tokens_text_by_text(texts):
    joined = join(texts)
    if any(MARK in t for t in texts) or not texts:
        assert joined is None
        return
    for findall in PATTERNS.values():
        tokens, rows = tokens_of_joined(findall, joined, len(texts))
        expected, expected_rows = tokens_of_texts(findall, texts)
        kept = rows >= 0
        assert [t for t, keep in zip(tokens, kept) if keep] == expected
        assert rows[kept].tolist() == expected_rows.tolist()
        assert all(t == MARK for t, keep in zip(tokens, kept) if not keep)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET + "cease fire air strike raid war plane de-escalation ", max_size=40),
                min_size=1, max_size=8))
def test_folding_joined_texts_folds_each_alone(texts):
    lowered = [t.lower() for t in texts]
    joined = join(lowered)
    if joined is None:
        return
    assert fold_spellings(joined) == join([normalise_spelling(t) for t in texts])


def test_rows_from_the_terms_alone_equal_rows_from_the_vectorizer():
    vectorizer = _vectorizer()
    terms = vectorizer.get_feature_names_out().tolist()
    texts = TRAIN + ODD
    from_terms = TermRows.from_terms(terms, vectorizer.idf_, vectorizer.ngram_range, normalise_spelling)
    _assert_same_rows(from_terms.transform(texts), TermRows(vectorizer).transform(texts))
    joined = fold_spellings(join([t.lower() for t in texts[:6]]))
    _assert_same_rows(from_terms.transform(texts[:6], joined=joined), TermRows(vectorizer).transform(texts[:6]))


_ODD_CHARACTERS = list("ab Z9_'’-.,;\t\n\x1c\u2028\u00a0\u3000²½ΣςİßǅǕ\u0301ꙮ٣") + ["air-strike", "don't", "1abc", "x--y"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ODD_CHARACTERS), max_size=40))
def test_tokens_found_chunk_by_chunk_equal_one_scan(pieces):
    from newstag.tagging.joined import findall_in_chunks

    text = "".join(pieces)
    for pattern, whole in ((_TOKEN, str.isalnum), (re.compile(WORD_PATTERN), str.isalpha)):
        assert findall_in_chunks(pattern.findall, text, whole) == pattern.findall(text)
        assert findall_in_chunks(pattern.findall, text.lower(), whole) == pattern.findall(text.lower())
