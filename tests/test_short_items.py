"""Short items cut from labelled items (newstag.tagging.short_items): code tests on small synthetic items."""

from __future__ import annotations

import numpy as np

from newstag.corpus.sentences import item_sentences
from newstag.tagging.sentence_model import SentenceTagger, sentence_table
from newstag.tagging.short_items import short_items

ITEMS = [
    ("Jets strike the town", "Warplanes bombed the market on Monday. Artillery shelled the outskirts. "
                             "The weather was mild. Markets reopened after the holiday."),
    ("", "Talks opened in Geneva on Tuesday. Since the truce collapsed in March, fighting went on. "
         "The football club won again."),
]
# Per sentence (headline first when there is one): carries (y) and passing (weight 3), tags in TAGS order
# (ceasefire, airstrike, humanitarian, diplomacy).
Y = np.array([[0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0],
              [0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]])
WEIGHT = np.ones(Y.shape)
WEIGHT[6, 0] = 3.0  # "Since the truce collapsed..." touches ceasefire in passing


def table():
    sentences, owner = sentence_table(list(ITEMS))
    assert len(sentences) == len(Y)
    return sentences, owner


def test_headline_and_carrying_sentences_stand_alone_with_their_labels():
    sentences, owner = table()
    short, y, weight, source = short_items(sentences, owner, Y, WEIGHT, per_tag=1, random_state=0)
    texts = [s.text for s in short]
    assert "Jets strike the town" in texts and "Warplanes bombed the market on Monday." in texts
    assert "Talks opened in Geneva on Tuesday." in texts
    for s, labels, item in zip(short, y, source):
        original = next(r for r, o in enumerate(sentences) if o.text == s.text and owner[r] == item)
        assert (labels == Y[original]).all()
    assert len(short) == len(y) == len(weight) == len(source)


def test_body_sentences_are_rebased_as_headline_less_items():
    sentences, owner = table()
    short, *_ = short_items(sentences, owner, Y, WEIGHT, random_state=0)
    for s in short:
        if s.field == "text":
            assert (s.index, s.start, s.end) == (0, 0, len(s.text))
            assert item_sentences("", s.text)[0].text == s.text


def test_plain_sentences_balance_the_positives_and_passing_ones_are_not_plain():
    sentences, owner = table()
    short, y, weight, _ = short_items(sentences, owner, Y, WEIGHT, random_state=0)
    plain = [s.text for s, labels, w in zip(short, y, weight) if labels.sum() == 0]
    assert plain and all("truce" not in text for text in plain)


def test_hard_negatives_are_look_alikes_that_do_not_carry_the_tag():
    sentences, owner = table()
    hard = np.zeros(Y.shape, dtype=bool)
    hard[2, 1] = True   # "Artillery shelled the outskirts." looks like airstrike
    hard[6, 0] = True   # the passing truce
    without = {s.text for s in short_items(sentences, owner, Y, WEIGHT, random_state=0)[0]}
    short, y, _, _ = short_items(sentences, owner, Y, WEIGHT, hard=hard, random_state=0)
    added = {s.text: labels for s, labels in zip(short, y)}
    assert "Artillery shelled the outskirts." in added and added["Artillery shelled the outskirts."][1] == 0
    assert any(text.startswith("Since the truce") for text in added)
    assert len(added) >= len(without)


def test_same_seed_same_cut():
    sentences, owner = table()
    first = short_items(sentences, owner, Y, WEIGHT, random_state=3)
    second = short_items(sentences, owner, Y, WEIGHT, random_state=3)
    assert [s.text for s in first[0]] == [s.text for s in second[0]]


def test_tagger_with_short_items_fits_and_predicts_the_shape():
    frame = [(t, x) for t, x in ITEMS] * 6
    evidence = [{"airstrike": {"carries": [0, 1]}}, {"diplomacy": {"carries": [0]}, "ceasefire": {"passing": [1]}}] * 6
    labels = np.array([[0, 1, 0, 0], [0, 0, 0, 1]] * 6)
    for options in ({"short_items": 0}, {"short_items": 1, "short_negatives": False}, {"short_items": 1}):
        model = SentenceTagger(cv=2, **options).fit(frame, labels, evidence=evidence)
        assert model.predict(["Jets bombed the port.", "Talks opened in Geneva."]).shape == (2, 4)


def test_lookalikes_name_cues_of_the_tag_and_passing_mentions():
    from newstag.tagging.short_items import lookalikes

    sentences, owner = table()
    found = lookalikes(sentences, WEIGHT)
    texts = [s.text for s in sentences]
    assert found[texts.index("Artillery shelled the outskirts."), 1]  # not_airstrike cue: looks like an air raid
    assert found[texts.index("Warplanes bombed the market on Monday."), 1]
    assert found[6, 0]  # passing truce
    assert not found[texts.index("The weather was mild.")].any()
