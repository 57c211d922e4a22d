"""SentenceTagger: code tests on small synthetic data, model tests on the shipped tagger.

The synthetic items are written here; no FA-KES text is used.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newstag import tag
from newstag.config import TAGS
from newstag.corpus.sentences import Sentence, item_sentences
from newstag.tagging.predict import get_model
from newstag.tagging.sentence_batch import SentenceBatch
from newstag.tagging.item_length import long_items, with_long_copy
from newstag.tagging.sentence_model import SentenceTagger, sentence_table
from newstag.tagging.sentence_rows import headline_as_read
from _old_tagger_path import old_position_matrix, old_sentence_decisions

AIR = ["Warplanes bombed the market in {place} on {day}.", "Helicopters dropped barrel bombs on {place}.",
       "Drone strikes hit a convoy near {place}."]
AID = ["An aid convoy brought food and medicine to {place}.", "Thousands of displaced families fled {place}.",
       "The hospital in {place} ran out of fuel and medicine."]
TALK = ["Foreign ministers met in Geneva to discuss {place}.", "The UN envoy held talks with both delegations.",
        "The Security Council voted on a resolution on {place}."]
TRUCE = ["A ceasefire took effect in {place} at midnight.", "Both sides agreed a truce around {place}.",
         "Monitors reported violations of the truce in {place}."]
PLAIN = ["The weather in {place} was mild on {day}.", "Markets in {place} reopened after the holiday.",
         "The football club from {place} won again."]
PLACES = ["Northtown", "Eastville", "Riverside", "Hilltop", "Lakeside", "Westbury", "Southgate", "Oldport"]
DAYS = ["Monday", "Tuesday", "Friday"]


def _items(seed=0, n=80):
    """Items of 2-4 sentences; each tagged sentence is marked as carrying its tag."""
    rng = np.random.default_rng(seed)
    pools = {"airstrike": AIR, "humanitarian": AID, "diplomacy": TALK, "ceasefire": TRUCE}
    rows = []
    for i in range(n):
        chosen = [t for t in TAGS if rng.random() < 0.3]
        sentences, evidence = [], {}
        for tag_name in chosen:
            evidence.setdefault(tag_name, {"carries": []})["carries"].append(len(sentences))
            sentences.append(rng.choice(pools[tag_name]))
        sentences += list(rng.choice(PLAIN, size=int(rng.integers(1, 3))))
        fill = {"place": PLACES[i % len(PLACES)], "day": DAYS[i % 3]}
        text = " ".join(s.format(**fill) for s in sentences)
        # No headline: body sentences are numbered from 0.
        rows.append({"title": "", "text": text, "evidence": evidence, "tags": chosen})
    frame = pd.DataFrame(rows)
    Y = np.array([[t in tags for t in TAGS] for tags in frame["tags"]], dtype=int)
    return frame, Y


@pytest.fixture(scope="module")
def fitted():
    frame, Y = _items()
    return SentenceTagger(cv=3).fit(frame[["title", "text", "evidence"]], Y), frame, Y


def test_fit_needs_evidence():
    frame, Y = _items(n=20)
    with pytest.raises(ValueError, match="evidence"):
        SentenceTagger().fit(frame[["title", "text"]], Y)


def test_learns_the_planted_tags(fitted):
    model, _, _ = fitted
    test, Y = _items(seed=1, n=40)
    predicted = model.predict(test[["title", "text"]])
    assert predicted.shape == Y.shape
    assert (predicted == Y).mean() >= 0.9


def test_the_operating_point_draws_change_only_calibration_and_thresholds():
    # v3.23's default (three draws of the folds, a windowed threshold) against v3.22's (one draw, the point).
    frame, Y = _items(n=60)
    X = frame[["title", "text", "evidence"]]
    assert (SentenceTagger().threshold_draws, SentenceTagger().threshold_window) == (3, 0.04)
    one = SentenceTagger(cv=3, random_state=5, threshold_draws=1, threshold_window=0.0).fit(X, Y)
    three = SentenceTagger(cv=3, random_state=5).fit(X, Y)
    np.testing.assert_array_equal(one.sentence_coef_, three.sentence_coef_)
    np.testing.assert_array_equal(one.item_coef_, three.item_coef_)
    assert not np.array_equal(one.calibration_, three.calibration_)
    again = SentenceTagger(cv=3, random_state=5).fit(X, Y)
    np.testing.assert_array_equal(three.thresholds_, again.thresholds_)
    np.testing.assert_array_equal(three.calibration_, again.calibration_)
    with pytest.raises(ValueError, match="threshold_draws"):
        SentenceTagger(cv=3, threshold_draws=0).fit(X, Y)


def test_item_weights_of_one_fit_the_unweighted_model_and_others_move_it():
    frame, Y = _items(n=60)
    X = frame[["title", "text", "evidence"]]
    plain = SentenceTagger(cv=3, random_state=5).fit(X, Y)
    ones = SentenceTagger(cv=3, random_state=5).fit(X.assign(weight=1.0), Y)
    np.testing.assert_array_equal(plain.sentence_coef_, ones.sentence_coef_)
    np.testing.assert_array_equal(plain.thresholds_, ones.thresholds_)
    weight = np.where(np.arange(len(Y)) % 2 == 0, 3.0, 1.0)
    weighted = SentenceTagger(cv=3, random_state=5).fit(X, Y, sample_weight=weight)
    from_column = SentenceTagger(cv=3, random_state=5).fit(X.assign(weight=weight), Y)
    assert not np.allclose(plain.sentence_coef_, weighted.sentence_coef_)
    np.testing.assert_array_equal(weighted.sentence_coef_, from_column.sentence_coef_)
    np.testing.assert_array_equal(weighted.item_coef_, from_column.item_coef_)
    for bad in ([1.0] * (len(Y) - 1), np.r_[0.0, np.ones(len(Y) - 1)], np.r_[np.nan, np.ones(len(Y) - 1)]):
        with pytest.raises(ValueError, match="sample_weight"):
            SentenceTagger(cv=3).fit(X, Y, sample_weight=bad)


def test_operating_weights_move_only_the_operating_point():
    frame, Y = _items(n=60)
    X = frame[["title", "text", "evidence"]]
    plain = SentenceTagger(cv=3, random_state=5).fit(X, Y)
    same = SentenceTagger(cv=3, random_state=5).fit(X.assign(operating_weight=np.nan), Y)
    np.testing.assert_array_equal(plain.item_coef_, same.item_coef_)
    np.testing.assert_array_equal(plain.thresholds_, same.thresholds_)
    half = np.where(np.arange(len(Y)) < 30, 1.0, 0.0)
    moved = SentenceTagger(cv=3, random_state=5).fit(X, Y, operating_weight=half)
    np.testing.assert_array_equal(plain.sentence_coef_, moved.sentence_coef_)
    assert not np.allclose(plain.item_coef_, moved.item_coef_)
    with pytest.raises(ValueError, match="operating_weight"):
        SentenceTagger(cv=3).fit(X, Y, operating_weight=np.zeros(len(Y)))


def test_bigrams_with_an_article_weigh_only_for_the_tags_named():
    frame, Y = _items(n=60)
    X = frame[["title", "text", "evidence"]]
    model = SentenceTagger(cv=3, random_state=5, article_bigram_tags=("diplomacy",)).fit(X, Y)
    terms = model.vectorizer_.get_feature_names_out()
    with_article = np.array([" " in t and bool({"a", "an", "the"} & set(t.split())) for t in terms])
    assert with_article.any() and (~with_article).any()
    coef = model.sentence_coef_[:, :len(terms)]
    for k, tag_name in enumerate(TAGS):
        if tag_name == "diplomacy":
            assert np.abs(coef[k, with_article]).sum() > 0
        else:
            assert np.abs(coef[k, with_article]).sum() == 0 and np.abs(coef[k, ~with_article]).sum() > 0
    assert SentenceTagger().article_bigram_tags == ("airstrike", "humanitarian", "diplomacy")
    every = SentenceTagger(cv=3, random_state=5, article_bigram_tags=TAGS).fit(X, Y)
    # The vocabulary is the same; only the weights differ.
    np.testing.assert_array_equal(every.vectorizer_.get_feature_names_out(), terms)
    assert np.abs(every.sentence_coef_[0, :len(terms)][with_article]).sum() > 0
    for wrong in ("diplomacy", ("truce",)):
        with pytest.raises(ValueError, match="article_bigram_tags"):
            SentenceTagger(cv=3, article_bigram_tags=wrong).fit(X, Y)


def test_proper_nouns_are_dropped_from_the_vocabulary(fitted):
    model, _, _ = fitted
    vocabulary = set(model.vectorizer_.get_feature_names_out())
    assert not {p.lower() for p in PLACES} & vocabulary
    assert "geneva" not in model.dropped_terms_  # the lexicon names it
    # Days are names too: only the context cue "now" lists them, and a date is not what an item reports.
    assert {d.lower() for d in DAYS} <= set(model.dropped_terms_)
    assert not {t for t in vocabulary if set(t.split()) & {d.lower() for d in DAYS}}
    assert len(model.get_feature_names_out()) == model.sentence_coef_.shape[1]


def test_keep_context_names_keeps_the_days_as_v3_33_did():
    frame, Y = _items()
    model = SentenceTagger(cv=3, keep_context_names=True).fit(frame[["title", "text", "evidence"]], Y)
    vocabulary = set(model.vectorizer_.get_feature_names_out())
    assert {d.lower() for d in DAYS} <= vocabulary
    assert not {p.lower() for p in PLACES} & vocabulary


def test_only_the_tags_cues_keep_capitalised_words():
    from newstag.tagging.vocabulary import TAG_CUES, lexicon_words

    assert "now" not in TAG_CUES and "background" not in TAG_CUES
    assert {"ceasefire_strong", "airstrike_strong", "not_airstrike", "diplomacy_weak"} <= set(TAG_CUES)
    assert {"sunday", "march"} <= lexicon_words() and not {"sunday", "march"} & lexicon_words(TAG_CUES)
    assert {"geneva", "truce", "unhcr"} <= lexicon_words(TAG_CUES)



def test_a_name_inside_a_longer_word_is_a_name():
    from newstag.tagging.vocabulary import term_words

    assert term_words("mid-may raids") == ["mid-may", "raids", "mid", "may"]
    assert term_words("mid-may raids", parts=False) == ["mid-may", "raids"]
    assert "aleppo" in term_words("aleppo's east")
    frame, Y = _items()
    # Possessives of the places, each too rare to be counted as a name on its own.
    frame["text"] = [t + f" {PLACES[i % len(PLACES)]}'s mayor spoke." for i, t in enumerate(frame["text"])]
    X = frame[["title", "text", "evidence"]]
    whole = set(SentenceTagger(cv=3, name_parts=False).fit(X, Y).vectorizer_.get_feature_names_out())
    parts = set(SentenceTagger(cv=3).fit(X, Y).vectorizer_.get_feature_names_out())
    possessives = {f"{p.lower()}'s" for p in PLACES}
    assert possessives & whole and not possessives & parts

def test_evidence_offsets_index_back_into_the_item(fitted):
    model, _, _ = fitted
    items = [("Jets struck Northtown", "Warplanes bombed the market in Eastville.  Aid convoys arrived later.")]
    proba, evidence = model.evidence(items, top=2)
    assert proba.shape == (1, len(TAGS))
    for sentences in evidence[0].values():
        for s in sentences:
            source = items[0][0] if s["field"] == "title" else items[0][1]
            assert source[s["start"]:s["end"]] == s["text"]


def test_sentence_table_numbers_the_headline_zero():
    sentences, owner = sentence_table([("Headline here", "One. Two.")])
    assert [(s.index, s.field) for s in sentences] == [(0, "title"), (1, "text"), (2, "text")]
    assert owner.tolist() == [0, 0, 0]


# ------------------------------------------------------------------ shipped model
@pytest.fixture(scope="module")
def shipped():
    return get_model()


def test_shipped_model_is_the_sentence_tagger(shipped):
    assert isinstance(shipped, SentenceTagger)


ITEMS = [
    ("Jets pound rebel-held district", "Warplanes carried out a dozen raids on the eastern districts on Monday, "
     "killing nine people. Residents said the strikes hit a bakery."),
    ("", "Aid agencies delivered flour and medicine to 20,000 displaced people. The convoy crossed at dawn."),
]


@pytest.mark.parametrize("title, text", ITEMS)
def test_tag_evidence_indexes_back_into_title_or_text(shipped, title, text):
    result = tag(text, title, model=shipped)
    assert result["tags"], "these items are clear cases"
    for tag_name in result["tags"]:
        sentences = result["evidence"][tag_name]
        assert sentences and sentences == sorted(sentences, key=lambda s: -s["score"])
        for s in sentences:
            assert {"field", "start", "end", "text", "score"} == set(s)
            assert (title if s["field"] == "title" else text)[s["start"]:s["end"]] == s["text"]


# FA-KES's own outlets, places and actors swapped for those of other wars:
# the tags must not move.
SWAPS = [("SANA", "Reuters"), ("Aleppo", "Mosul"), ("Idlib", "Kharkiv"), ("Syrian", "Sudanese"),
         ("Assad", "Burhan"), ("Damascus", "Sanaa"), ("TASS", "AFP")]
TEMPLATES = [
    "{place1} ({outlet}) - {army} warplanes struck a market in {place2}, killing 12 people.",
    "{outlet} reported that an aid convoy reached besieged {place2} with food for 5,000 families.",
    "A truce between {army} forces and rebels took effect in {place1} at noon, {outlet} said.",
    "{leader}'s envoy met UN officials in Geneva to discuss {place2}, {outlet} reported.",
]


@pytest.mark.parametrize("template", TEMPLATES)
def test_fakes_names_do_not_move_the_tags(shipped, template):
    names = {"outlet": 0, "place1": 1, "place2": 2, "army": 3, "leader": 4}
    pairs = {"outlet": SWAPS[0], "place1": SWAPS[1], "place2": SWAPS[2], "army": SWAPS[3], "leader": SWAPS[4]}
    fakes = template.format(**{k: pairs[k][0] for k in names})
    other = template.format(**{k: pairs[k][1] for k in names})
    a, b = tag([fakes, other], model=shipped)
    assert a["tags"] == b["tags"], (fakes, a["tags"], other, b["tags"])
    for t in TAGS:
        assert abs(a["scores"][t] - b["scores"][t]) < 0.15


def test_fast_term_features_equal_the_vectorizer(fitted):
    model, frame, _ = fitted
    texts = [s.text for s in sentence_table(frame[["title", "text"]])[0]] + ["", "Unknown words only"]
    fast = model._terms(texts).toarray()
    reference = model.vectorizer_.transform(texts).toarray()
    np.testing.assert_allclose(fast, reference, rtol=1e-5, atol=1e-6)


def _assert_predictions_follow_the_training_features(model, frame):
    """The fast scorer's sentence decisions equal those of the features the model was trained on."""
    sentences, owner = sentence_table(frame[["title", "text"]], read_datelines=model.read_datelines,
                                      read_slugs=model.read_slugs)
    features = model._sentence_features(sentences, owner)
    assert features.shape[1] == len(model.get_feature_names_out()) == model.sentence_coef_.shape[1]
    # Training's layout: the features, then their copy on the sentences of long items (newstag.tagging.item_length).
    long_row = long_items(owner, len(frame), model.long_items_from)[owner]
    assert long_row.any() and not long_row.all()
    both = with_long_copy(features, long_row)
    slow = np.asarray(both @ np.hstack([model.sentence_coef_, model.long_sentence_coef_]).T) + model.sentence_intercept_
    fast, _ = model._sentence_decisions(frame[["title", "text"]])  # (decisions, batches)
    np.testing.assert_allclose(fast, slow, rtol=1e-4, atol=1e-4)
    return sentences


def test_predictions_equal_the_training_feature_path(fitted):
    model, frame, _ = fitted
    _assert_predictions_follow_the_training_features(model, frame)


def test_a_saved_model_keeps_its_vocabulary_once_and_loads_the_same(fitted, tmp_path):
    from newstag.tagging.train import load_model, save_model

    model, frame, _ = fitted
    state = model.__getstate__()
    assert state["vectorizer_"].vocabulary_ == {} and state["vectorizer_"].vocabulary is None
    assert state["_terms"].tolist() == model.vectorizer_.get_feature_names_out().tolist()
    assert model.vectorizer_.vocabulary_, "saving must not touch the model itself"
    loaded = load_model(save_model(model, tmp_path / "tagger.skops"))
    assert loaded.vectorizer_.vocabulary_ == model.vectorizer_.vocabulary_
    assert loaded.vectorizer_.vocabulary == model.vectorizer_.vocabulary
    assert loaded.dropped_terms_.dtype == object and loaded.dropped_terms_.tolist() == model.dropped_terms_.tolist()
    assert loaded.get_params() == model.get_params()
    X = frame[["title", "text"]]
    assert np.array_equal(loaded.predict_proba(X), model.predict_proba(X))


def test_the_scorer_is_built_once_and_again_when_an_attribute_is_assigned(fitted):
    import copy

    model, frame, _ = fitted
    model = copy.deepcopy(model)  # the fixture is shared
    X = frame[["title", "text"]]
    first = model.scorer()
    assert model.scorer() is first
    before = model.predict(X)
    model.thresholds_ = np.full(len(TAGS), 1.01)  # above every probability
    assert model.scorer() is not first and np.array_equal(model.scorer().thresholds_, model.thresholds_)
    assert before.sum() > 0 and model.predict(X).sum() == 0
    second = model.scorer()
    assert model.scorer() is second
    model.high = model.high + 0.1  # an option, compared by value
    assert model.scorer() is not second and model.scorer().high == model.high
    assert "scorer" not in "".join(model.__getstate__())  # the cache is not part of what is saved


# ------------------------------------------------------------------ the batch of sentences
BATCH_ITEMS = [("Headline here", "One. Two.  Three?"), ("", "No headline. Body only."), ("  ", ""),
               ("Only a headline", "   "), (None, None), ("T", "x"), ("Ξ Σ", "ΑΣ.Β σ. Σ"),
               ("  Padded headline  ", "\n\nFirst line\nSecond line.\n\nThird para. Fourth. Fifth. Sixth.")]


def test_batch_holds_the_item_sentences_and_one_empty_row_for_an_empty_item():
    batch = SentenceBatch(BATCH_ITEMS)
    expected, owner = [], []
    for item, (title, text) in enumerate(BATCH_ITEMS):
        found = item_sentences(title, text) or [Sentence(0, "text", 0, 0, "")]
        expected += found
        owner += [item] * len(found)
    assert batch.sentences() == expected
    assert batch.owner.tolist() == owner
    assert batch.texts == [s.text for s in expected]
    assert batch.lowered == [s.text.lower() for s in expected]
    assert batch.n_items == len(BATCH_ITEMS) == len(set(owner))


def test_batch_position_features_equal_the_old_loop():
    batch = SentenceBatch(BATCH_ITEMS)
    reference = old_position_matrix(batch.sentences())
    assert np.array_equal(batch.position_features(), reference)


def test_batch_of_no_items():
    batch = SentenceBatch([])
    assert len(batch) == 0 and batch.n_items == 0 and batch.joined_lowered is None
    assert batch.position_features().shape == (0, 4)


# Odd inputs for the shipped model: empty, blank, one word, very long, non-ASCII (Σ, whose lower case
# depends on its neighbours), the separator letter of joined tokenising, spellings the tagger folds.
ODD_ITEMS = [("", ""), ("", "word"), ("Title only", ""), ("  ", "\n\n"), ("ΑΣ. Σ", "ΟΔΟΣ. Αθήνα σ Σ."),
             ("İstanbul", "Straße ß. Ｗａｒｐｌａｎｅｓ bombed the town."), ("\ua66e", "air \ua66e strikes \ua66e"),
             ("Cease-Fire holds", "They agreed to cease. Fire broke out. A cease fire, air strikes and war planes."),
             ("Long", " ".join(["Warplanes bombed the town and aid convoys arrived."] * 400)),
             ("", "in\n2014 the humanitarian\naid convoys had been there since January")]


@pytest.mark.parametrize("items", [ITEMS, ODD_ITEMS, [(t.format(outlet="AFP", place1="Homs", place2="Hama",
                                                                army="Syrian", leader="Assad"), "")
                                                       for t in TEMPLATES]], ids=["items", "odd", "templates"])
def test_shipped_predictions_equal_the_old_sentence_by_sentence_path_bit_for_bit(shipped, items):
    decisions, sentences, owner = old_sentence_decisions(shipped, items)
    fast, batches = shipped._sentence_decisions(items)
    assert np.array_equal(fast, decisions)
    assert batches[0].sentences() == sentences and np.array_equal(batches[0].owner, owner)
    assert np.array_equal(shipped.predict_proba(items), shipped._item_proba(decisions, batches))


def test_featurising_in_chunks_changes_no_output(shipped, monkeypatch):
    from newstag.tagging import scorer

    items = ITEMS + ODD_ITEMS + [("", t.format(outlet="SANA", place1="Idlib", place2="Douma", army="Russian",
                                                leader="Putin")) for t in TEMPLATES]
    whole = shipped.predict_proba(items), shipped.evidence(items, top=3), shipped.sentence_proba(items)
    monkeypatch.setattr(scorer, "_CHUNK", 3)
    chunked = shipped.predict_proba(items), shipped.evidence(items, top=3), shipped.sentence_proba(items)
    assert np.array_equal(whole[0], chunked[0])
    assert np.array_equal(whole[1][0], chunked[1][0]) and whole[1][1] == chunked[1][1]
    assert np.array_equal(whole[2][0], chunked[2][0]) and whole[2][1] == chunked[2][1]
    assert np.array_equal(whole[2][2], chunked[2][2])


def test_a_model_without_item_context_is_v3_20s_design_and_predicts_through_the_same_path():
    frame, Y = _items()
    model = SentenceTagger(cv=3, context_tags=(), long_items_from=None).fit(frame[["title", "text", "evidence"]], Y)
    sentences, owner = sentence_table(frame[["title", "text"]])
    features = model._sentence_features(sentences, owner)
    assert not any(name.startswith("[context]") for name in model.get_feature_names_out())
    slow = np.asarray(features @ model.sentence_coef_.T) + model.sentence_intercept_
    fast, _ = model._sentence_decisions(frame[["title", "text"]])
    np.testing.assert_allclose(fast, slow, rtol=1e-4, atol=1e-4)


def _saved_scorer_and_model(model, frame, tmp_path):
    """The model saved, then read back as arrays and as skops; both predict as the model does."""
    from newstag.tagging.arrays import load_scorer
    from newstag.tagging.train import load_model, save_model

    path = save_model(model, tmp_path / "tagger.skops")
    scorer, loaded = load_scorer(path), load_model(path)
    assert scorer is not None
    X = frame[["title", "text"]]
    np.testing.assert_array_equal(scorer.predict_proba(X), model.predict_proba(X))
    np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X))
    return scorer, loaded


def test_the_arrays_keep_the_context_tags(fitted, tmp_path):
    model, frame, _ = fitted
    scorer, _ = _saved_scorer_and_model(model, frame, tmp_path)
    assert scorer.context_tags == ("ceasefire",)



DATELINES = ["KHARTOUM, May 3 (Reuters) - ", "MOSCOW, March 3. /TASS/. ", "Aleppo, SANA - ", "GENEVA (AP) - "]


@pytest.fixture(scope="module")
def dateline_fitted():
    frame, Y = _items()
    # Half the items open with a dateline, as wire copy does; the marked evidence indices stay valid.
    frame["text"] = [DATELINES[i % 4] + t if i % 2 else t for i, t in enumerate(frame["text"])]
    return SentenceTagger(cv=3, read_datelines=False).fit(frame[["title", "text", "evidence"]], Y), frame, Y


def test_without_datelines_no_score_moves_with_a_dateline(dateline_fitted):
    model, _, _ = dateline_fitted
    for text in ["Talks between the envoys resumed in the capital.", "Warplanes bombed the market at dawn.",
                 "A truce took effect at noon. Aid convoys reached the town."]:
        X = [("", text)] + [("", d + text) for d in DATELINES] + [("Truce holds", d + text) for d in DATELINES[:2]]
        P = model.predict_proba(X)
        np.testing.assert_allclose(P[1:len(DATELINES) + 1], np.repeat(P[:1], len(DATELINES), axis=0), rtol=1e-9,
                                   atol=1e-12)
    # v3.36 reads them: "moscow" is a diplomacy cue and "geneva" a strong one.
    frame, Y = _items()
    v336 = SentenceTagger(cv=3, read_datelines=True).fit(frame[["title", "text", "evidence"]], Y)
    text = "Warplanes bombed the market at dawn."
    P = v336.predict_proba([text, "GENEVA (AP) - " + text])
    assert not np.allclose(P[0], P[1])


def test_without_datelines_the_evidence_keeps_the_items_text(dateline_fitted):
    model, _, _ = dateline_fitted
    text = "KHARTOUM, May 3 (Reuters) - Warplanes bombed the market in Northtown. Talks resumed."
    result = tag([text], model=model)[0]
    assert "airstrike" in result["tags"]
    first = result["evidence"]["airstrike"][0]
    assert text[first["start"]:first["end"]] == first["text"] and first["text"].startswith("KHARTOUM")


def test_without_datelines_predictions_equal_the_training_feature_path(dateline_fitted):
    model, frame, _ = dateline_fitted
    sentences = _assert_predictions_follow_the_training_features(model, frame)
    assert any(s.text.startswith("   ") for s in sentences)  # the datelines were blanked


def test_the_arrays_keep_reading_without_datelines(dateline_fitted, tmp_path):
    model, frame, _ = dateline_fitted
    scorer, loaded = _saved_scorer_and_model(model, frame, tmp_path)
    assert not scorer.read_datelines and not loaded.read_datelines


WIRE = [("Sudan truce holds", "The army and the RSF agreed to a seven-day truce, mediators said."),
        ("", "Russian drones hit energy infrastructure in Kharkiv overnight."),
        ("Talks resume", "Envoys of the two governments met in Doha to resume negotiations."),
        ("", "Aid convoys reached displaced families in the besieged town.")]


@pytest.mark.parametrize("title,text", WIRE)
def test_a_dateline_does_not_move_the_shipped_models_scores(shipped, title, text):
    # v3.36 read them: a "MOSCOW" dateline alone gave 90 of 2,992 wire holdout items diplomacy.
    items = [(title, text)] + [(title, d + text) for d in DATELINES + ["UNITED NATIONS, Oct 21 (AFP) - "]]
    scores = [[r["scores"][t] for t in TAGS] for r in tag([x for _, x in items], [t for t, _ in items], model=shipped)]
    np.testing.assert_allclose(scores[1:], np.repeat(scores[:1], len(items) - 1, axis=0), atol=1e-9)


SLUGS = [("BREAKING: ", ""), ("FACTBOX-", ""), ("", " | Al Jazeera"), ("Opinion | ", " - The New York Times")]


@pytest.fixture(scope="module")
def slug_fitted():
    frame, Y = _items()
    # Every item gets a plain headline (sentence 0, so the marked body sentences move one down), and half
    # of the headlines carry a label or a site name, as scraped pages do.
    frame["title"] = [SLUGS[i % 4][0] + "News from the region" + SLUGS[i % 4][1] if i % 2 else "News from the region"
                      for i in range(len(frame))]
    frame["evidence"] = [{tag: {role: [i + 1 for i in rows] for role, rows in marks.items()}
                          for tag, marks in evidence.items()} for evidence in frame["evidence"]]
    return SentenceTagger(cv=3).fit(frame[["title", "text", "evidence"]], Y), frame, Y


def test_without_slugs_no_score_moves_with_a_label_or_site_name(slug_fitted):
    model, _, _ = slug_fitted
    text = "Warplanes bombed the market at dawn."
    for title in ["Truce holds in the north", "Talks resume between the envoys", "Aid reaches the town"]:
        X = [(title, text)] + [(before + title + after, text) for before, after in SLUGS]
        P = model.predict_proba(X)
        np.testing.assert_allclose(P[1:], np.repeat(P[:1], len(SLUGS), axis=0), rtol=1e-9, atol=1e-12)


def test_v3_37_reads_them():
    frame, Y = _items()
    v337 = SentenceTagger(cv=3, read_slugs=True).fit(frame[["title", "text", "evidence"]], Y)
    X = [("Truce holds in the north", ""), ("FACTBOX-Truce holds in the north", "")]
    assert not np.allclose(*v337.predict_proba(X))


def test_a_site_name_that_names_a_tags_matter_stays_read():
    assert headline_as_read("Truce holds - Air Force Times") == "Truce holds - Air Force Times"
    assert headline_as_read("Truce holds - Kyiv Independent").rstrip() == "Truce holds"


def test_without_slugs_the_evidence_keeps_the_items_headline(slug_fitted):
    model, _, _ = slug_fitted
    title = "BREAKING: Warplanes bombed the market in Northtown | Al Jazeera"
    result = tag(["Talks resumed."], [title], model=model)[0]
    assert "airstrike" in result["tags"]
    first = result["evidence"]["airstrike"][0]
    assert first["field"] == "title" and title[first["start"]:first["end"]] == first["text"] == title


def test_without_slugs_predictions_equal_the_training_feature_path(slug_fitted):
    model, frame, _ = slug_fitted
    sentences = _assert_predictions_follow_the_training_features(model, frame)
    assert any(s.field == "title" and s.text.startswith("   ") for s in sentences)  # the labels were blanked


def test_the_arrays_keep_reading_without_slugs(slug_fitted, tmp_path):
    model, frame, _ = slug_fitted
    scorer, loaded = _saved_scorer_and_model(model, frame, tmp_path)
    assert not scorer.read_slugs and not loaded.read_slugs


@pytest.mark.parametrize("title,text", [item for item in WIRE if item[0]] + [("Israeli jets strike Gaza", "")])
def test_a_headline_label_or_site_name_does_not_move_the_shipped_models_scores(shipped, title, text):
    # v3.37 read them: "Breaking news - " moved the tags of 196 of 3,186 wire holdout items with a headline.
    titles = [title] + [before + title + after for before, after in SLUGS + [("UPDATE 2-", " | Reuters")]]
    scores = [[r["scores"][t] for t in TAGS] for r in tag([text] * len(titles), titles, model=shipped)]
    np.testing.assert_allclose(scores[1:], np.repeat(scores[:1], len(titles) - 1, axis=0), atol=1e-9)
