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


ANAPHORIC = [
    ("", "A truce between the army and the rebels took effect in the town on Sunday. "
         "Under the deal, 400 fighters left for the north on buses on Monday."),
]


def test_item_context_flags_a_strong_cue_elsewhere_in_the_item_and_its_weak_cues_here():
    from newstag.config import TAGS
    from newstag.tagging.cues import cue_hits
    from newstag.tagging.sentence_batch import SentenceBatch, item_context_features

    items = list(ANAPHORIC) + [("", "Under the deal, 400 fighters left on buses.")]
    sentences, owner = sentence_table(items)
    cues = cue_hits([s.text for s in sentences])
    context = item_context_features(cues, owner)
    c = TAGS.index("ceasefire")
    assert context.shape == (3, 2 * len(TAGS))
    assert context[:, c].tolist() == [0.0, 1.0, 0.0]  # named elsewhere: only inside the article
    assert context[1, len(TAGS) + c] > 0 and context[2, len(TAGS) + c] == 0  # "deal" counts only there
    alone = item_context_features(cues, owner, ("ceasefire",))
    assert alone.tolist() == context[:, [c, len(TAGS) + c]].tolist()
    batch = SentenceBatch(items)
    assert np.array_equal(batch.cue_and_position_features(context_tags=("ceasefire",))[:, -2:], alone)


def test_short_items_can_name_the_rows_they_were_cut_from():
    sentences, owner = table()
    short, y, weight, source, rows = short_items(sentences, owner, Y, WEIGHT, return_rows=True, random_state=0)
    assert [s.text for s in short] == [sentences[r].text for r in rows]
    assert (owner[rows] == source).all() and (Y[rows] == y).all()


def test_cut_items_keep_their_source_sentence_context():
    from newstag.tagging.short_items import lookalikes

    frame = [("", "A truce between the army and the rebels took effect on Sunday. "
                  "Under the deal, 400 fighters left for the north on buses.")] * 8
    evidence = [{"ceasefire": {"carries": [0, 1]}}] * 8
    model = SentenceTagger(cv=2)
    original, captured = model._sentence_features, []
    model._sentence_features = lambda s, o, rows=None: captured.append(original(s, o, rows)) or captured[-1]
    model.fit(frame, np.array([[1, 0, 0, 0]] * 8), evidence=evidence)
    named_elsewhere = captured[0].toarray()[:, -2]  # context_tags=("ceasefire",): its two columns end the row
    assert named_elsewhere[:16].tolist() == [0.0, 1.0] * 8  # the articles' own sentences
    sentences, owner = sentence_table(frame)
    y, weight = model._targets(sentences, owner, evidence)
    cut = short_items(sentences, owner, y, weight, hard=lookalikes(sentences, weight), random_state=model.random_state)[0]
    deal = [i for i, s in enumerate(cut) if s.text.startswith("Under the deal")]
    assert deal and all(named_elsewhere[16 + i] == 1.0 for i in deal)  # cut copies keep their article's context
