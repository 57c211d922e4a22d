"""Code tests of the tagger: NewsTagger on a tiny synthetic labelled set,
saving and loading, and the keyword baseline.

The synthetic items' tags are determined by planted words, so a working
tagger must find them; nothing here needs FA-KES.
"""

from __future__ import annotations

import numpy as np
import pytest

from newstag.config import TAGS
from newstag.tagging.baseline import KeywordTagger
from newstag.tagging.features import normalise_spelling
from newstag.tagging.model import NewsTagger, best_f1_threshold
from newstag.tagging.train import load_model, save_model

PLANTED = {
    "ceasefire": ["truce agreed", "ceasefire holds", "truce violations"],
    "airstrike": ["warplanes bombed", "air raid hit", "jets struck"],
    "humanitarian": ["aid convoy", "refugees fled", "food shortages"],
    "diplomacy": ["envoy talks", "ministers summit", "geneva negotiations"],
}
FILLER = "officials said on monday the town near city residents reported week local according".split()


def make_items(n=80, seed=0):
    """``n`` short (title, text) items and their tag matrix."""
    rng = np.random.default_rng(seed)
    items, Y = [], []
    for i in range(n):
        # Every tag is on in about 40% of items; guarantee each row has a pattern.
        row = rng.random(len(TAGS)) < 0.4
        words = list(rng.choice(FILLER, size=8))
        for k, tag in enumerate(TAGS):
            if row[k]:
                words += str(rng.choice(PLANTED[tag])).split()
        rng.shuffle(words)
        items.append(("", " ".join(words) + "."))
        Y.append(row.astype(np.int8))
    return items, np.vstack(Y)


@pytest.fixture(scope="module")
def data():
    return make_items()


@pytest.fixture(scope="module")
def fitted(data):
    items, Y = data
    return NewsTagger(cv=3, random_state=0).fit(items, Y)


def test_fit_predict_shapes(fitted, data):
    items, Y = data
    assert fitted.predict(items).shape == (len(items), len(TAGS))
    assert fitted.predict_proba(items).shape == (len(items), len(TAGS))
    assert fitted.decision_function(items).shape == (len(items), len(TAGS))
    assert set(np.unique(fitted.predict(items))) <= {0, 1}
    assert list(fitted.classes_) == list(TAGS)
    assert fitted.term_coef_.shape[0] == len(TAGS)
    assert fitted.cue_coef_.shape[0] == len(TAGS)
    assert fitted.calibration_.shape == (len(TAGS), 2)


def test_learns_planted_words(fitted, data):
    items, Y = data
    assert (fitted.predict(items) == Y).mean() >= 0.95
    new = [("", "residents said warplanes bombed the town."), ("", "an aid convoy reached the city on monday.")]
    P = fitted.predict(new)
    assert P[0, TAGS.index("airstrike")] == 1 and P[0, TAGS.index("humanitarian")] == 0
    assert P[1, TAGS.index("humanitarian")] == 1 and P[1, TAGS.index("airstrike")] == 0


def test_probabilities_and_thresholds_in_range(fitted, data):
    items, _ = data
    proba = fitted.predict_proba(items + [("", "nothing here at all"), ("", " ")])
    assert np.all((proba >= 0) & (proba <= 1))
    assert np.all((fitted.thresholds_ > 0) & (fitted.thresholds_ < 1))
    assert fitted.thresholds_.shape == (len(TAGS),)


def test_accepts_texts_pairs_dicts_and_frames(fitted, data):
    import pandas as pd

    items, _ = data
    pairs = items[:5]
    expected = fitted.predict_proba(pairs)
    np.testing.assert_allclose(fitted.predict_proba([text for _, text in pairs]), expected)
    np.testing.assert_allclose(fitted.predict_proba([{"title": t, "text": x} for t, x in pairs]), expected)
    frame = pd.DataFrame(pairs, columns=["title", "text"])
    np.testing.assert_allclose(fitted.predict_proba(frame), expected)


def test_deterministic_with_same_random_state(data, fitted):
    items, Y = data
    again = NewsTagger(cv=3, random_state=0).fit(items, Y)
    np.testing.assert_array_equal(again.predict_proba(items), fitted.predict_proba(items))
    np.testing.assert_array_equal(again.thresholds_, fitted.thresholds_)


def test_feature_names_match_coefficients(fitted):
    names = fitted.get_feature_names_out()
    assert len(names) == fitted.term_coef_.shape[1] + fitted.cue_coef_.shape[1]
    assert "warplanes" in set(names)
    assert any(str(name).startswith("[cue:") for name in names)


def test_explain_returns_terms_in_the_text(fitted):
    text = "residents said warplanes bombed the town and an aid convoy arrived."
    explanation = fitted.explain([("", text)], top=8)
    assert len(explanation) == 1 and set(explanation[0]) == set(TAGS)
    normalised = normalise_spelling(text)
    tokens = set(normalised.replace(".", " ").split())
    for tag, terms in explanation[0].items():
        assert len(terms) <= 8
        assert all(contribution > 0 for _, contribution in terms)
        for term, _ in terms:
            if not term.startswith("[cue:"):
                assert set(term.split()) <= tokens, (tag, term)
    airstrike_terms = {term for term, _ in explanation[0]["airstrike"]}
    assert airstrike_terms & {"warplanes", "bombed", "warplanes bombed"}, airstrike_terms
    assert any(term.startswith("[cue:airstrike]") for term in airstrike_terms), airstrike_terms
    humanitarian_terms = {term for term, _ in explanation[0]["humanitarian"]}
    assert humanitarian_terms & {"aid", "convoy", "aid convoy"}, humanitarian_terms


def test_fit_rejects_wrong_label_shape(data):
    items, Y = data
    with pytest.raises(ValueError, match="shape"):
        NewsTagger().fit(items, Y[:, :3])


@pytest.mark.parametrize(
    "y, proba, expected",
    [
        # Any threshold in (0.2, 0.8] separates perfectly; ties go to the one nearest 0.5.
        ([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9], 0.5),
        # Only thresholds in (0.05, 0.3] catch every positive without the negative.
        ([0, 1, 1, 1], [0.05, 0.3, 0.35, 0.95], 0.3),
        # Thresholds in (0.6, 0.7] all separate; the grid point nearest 0.5 there is 0.62.
        ([0, 0, 1], [0.2, 0.6, 0.7], 0.62),
    ],
)
def test_best_f1_threshold(y, proba, expected):
    assert best_f1_threshold(np.array(y), np.array(proba)) == pytest.approx(expected)


def test_best_f1_threshold_custom_grid():
    assert best_f1_threshold(np.array([0, 1]), np.array([0.2, 0.9]), grid=[0.1, 0.95, 0.5]) == pytest.approx(0.5)


def test_a_window_prefers_the_broad_optimum_to_a_narrow_peak():
    # F1 is 0.667 at 0.60 only (0 just above it) and on the broad stretch 0.10-0.34.
    y = np.array([1, 1, 1, 0, 0, 1, 1, 0, 0, 0])
    proba = np.array([0.61, 0.61, 0.61, 0.63, 0.59, 0.35, 0.35, 0.57, 0.55, 0.53])
    grid = np.round(np.arange(0.1, 0.91, 0.02), 2)
    assert best_f1_threshold(y, proba, grid=grid) == pytest.approx(0.6)  # the tie nearest 0.5
    assert 0.14 <= best_f1_threshold(y, proba, grid=grid, window=0.04) <= 0.30


def test_weighted_f1_threshold_equals_repeating_the_items():
    rng = np.random.default_rng(4)
    y = rng.random(120) < 0.3
    proba = np.clip(0.3 * y + rng.random(120) * 0.7, 0, 1)
    times = rng.integers(1, 4, size=120)
    repeated = best_f1_threshold(np.repeat(y, times), np.repeat(proba, times), window=0.04)
    assert best_f1_threshold(y, proba, window=0.04, sample_weight=times) == repeated
    assert best_f1_threshold(y, proba, sample_weight=np.ones(120)) == best_f1_threshold(y, proba)


def test_a_zero_window_is_the_point_maximum():
    rng = np.random.default_rng(3)
    y = rng.random(300) < 0.3
    proba = np.clip(0.35 * y + rng.random(300) * 0.65, 0, 1)
    assert best_f1_threshold(y, proba, window=0.0) == best_f1_threshold(y, proba)


# --- saving and loading -----------------------------------------------------------


def test_save_load_round_trip(fitted, data, tmp_path):
    items, _ = data
    path = save_model(fitted, tmp_path / "sub" / "tagger.skops")
    assert path.exists()
    loaded = load_model(path)
    assert isinstance(loaded, NewsTagger)
    np.testing.assert_array_equal(loaded.predict_proba(items), fitted.predict_proba(items))
    np.testing.assert_array_equal(loaded.predict(items), fitted.predict(items))
    np.testing.assert_array_equal(loaded.thresholds_, fitted.thresholds_)
    assert loaded.tfidf_.vectorizer_.vocabulary_ == fitted.tfidf_.vectorizer_.vocabulary_
    # Saving stores the vocabulary as one array; the fitted model in memory keeps its dict.
    assert len(fitted.tfidf_.vectorizer_.vocabulary_) > 0


def test_vocabulary_is_saved_as_one_array_of_terms(fitted):
    state = fitted.tfidf_.__getstate__()
    vocabulary = fitted.tfidf_.vectorizer_.vocabulary_
    assert state["vectorizer_"].vocabulary_ == {}
    assert [vocabulary[term] for term in state["_terms"]] == list(range(len(vocabulary)))


class Payload:
    """A type no one has vouched for."""

    def __init__(self, value=1):
        self.value = value


def test_load_model_refuses_untrusted_type(tmp_path):
    import skops.io as sio

    path = tmp_path / "evil.skops"
    sio.dump({"model": Payload(3)}, path)
    with pytest.raises(ValueError, match="trust") as error:
        load_model(path)
    assert "Payload" in str(error.value)


def test_load_model_missing_path(tmp_path):
    with pytest.raises(FileNotFoundError, match="newstag train") as error:
        load_model(tmp_path / "nowhere.skops")
    assert "nowhere.skops" in str(error.value)


# --- keyword baseline ---------------------------------------------------------------


def test_keyword_tagger():
    model = KeywordTagger().fit()
    P = model.predict(["Warplanes bombed the town overnight.", "The football match ended in a draw on Saturday."])
    assert P.shape == (2, len(TAGS))
    assert P[0].tolist() == [int(t == "airstrike") for t in TAGS]
    assert P[1].tolist() == [0, 0, 0, 0]
    assert list(model.classes_) == list(TAGS)


def test_keyword_tagger_reads_titles_and_min_hits():
    k = TAGS.index("humanitarian")
    titled = [("Convoy arrives", "The town was quiet.")]
    assert KeywordTagger().fit().predict(titled)[0, k] == 1
    assert KeywordTagger(min_hits=2).fit().predict(titled)[0, k] == 0
    assert KeywordTagger(min_hits=2).fit().predict([("Convoy arrives", "Food was handed out.")])[0, k] == 1
