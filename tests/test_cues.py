"""Code tests of the cue lexicon matcher (newstag.cues).

The matcher expands each cue pattern into phrases of tokens and looks them
up word by word; these tests hold it to what the pattern means as a regular
expression (``\\b(?:pattern)\\b``, counted with ``findall``).
"""

import random
import re

import numpy as np
import pytest

from newstag.tagging import cues
from newstag.tagging.cues import CUES, count_cues, cue_feature_names, cue_statistics


def regex_counts(text: str) -> dict[str, int]:
    return {name: len(re.findall(r"\b(?:" + pattern.lower() + r")\b", text.lower())) for name, pattern in CUES.items()}


def token_counts(text: str) -> dict[str, int]:
    # One sentence in, so per-sentence counts are the text's counts.
    return {name: sum(per_sentence) for name, per_sentence in count_cues(text).items()}


@pytest.mark.parametrize("sentence", [
    "The cease-fire and the ceasefires held, and a cease fire was agreed in Geneva talks.",
    "Russian war planes and air-strikes hit the al-Wafideen refugee camp near Damascus today.",
    "A 72-hour humanitarian pause let aid convoys evacuate the wounded from besieged Madaya.",
    "The UN Security Council met after Secretary-General Ban Ki-moon called Lavrov by telephone.",
    "Since 2011 the civil war has displaced millions; refugees fled to camps in Turkey last year.",
    "Rebels fired surface-to-surface missiles and mortars, not barrel bombs dropped from helicopters.",
    "Negotiations on the de-escalation zones and the four towns agreement were brokered in Astana.",
])
def test_matcher_counts_what_the_regex_counts(sentence):
    assert token_counts(sentence) == regex_counts(sentence)


def test_first_alternative_wins_like_the_regex():
    # `refugees?` comes before `refugee camps?`: the regex counts two matches, not one.
    assert token_counts("They bombed the refugee camp.")["humanitarian_strong"] == 2


def test_matcher_agrees_with_the_regex_on_random_phrase_sentences():
    rng = random.Random(0)
    concrete = {cues._ANY_WORD_CHARS: "ed", cues._ONE_DIGIT: "1", cues._DIGITS: "48"}
    phrases = []
    for pattern in CUES.values():
        for string in cues._expand(cues._sre_parse.parse(pattern.lower())):
            for mark, value in concrete.items():
                string = string.replace(mark, value)
            if string.strip():
                phrases.append(string.strip())
    fillers = ["the", "town", "of", "aleppo", "reported", "on", "and", "forces", "in", "2016", "-", ","]
    for _ in range(1000):
        words = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(fillers) for _ in range(rng.randint(3, 14))]
        sentence = " ".join(words)
        assert token_counts(sentence) == regex_counts(sentence), sentence


def test_statistics_of_a_batch_equal_statistics_item_by_item():
    titles = ["Warplanes bomb Idlib", "", "UN envoy meets Lavrov", "Truce collapses"]
    texts = [
        "Russian warplanes bombed a hospital in Idlib today. Residents fled to camps near the border with Turkey.",
        "Nothing to see here.",
        "The UN envoy met the foreign minister in Moscow on Monday. They discussed the Geneva talks, which began in 2016.",
        "The ceasefire collapsed overnight. Rebels said the regime violated the truce with barrel bombs dropped "
        "from helicopters. Aid convoys could not reach the besieged town.",
    ]
    together = cue_statistics(titles, texts)
    one_by_one = np.vstack([cue_statistics([title], [text]) for title, text in zip(titles, texts)])
    np.testing.assert_allclose(together, one_by_one)
    n_columns = sum(len(names) for names in cue_feature_names().values())
    assert together.shape == (4, n_columns)
    assert np.isfinite(together).all()


def test_statistics_follow_the_cues():
    names = [name for per_tag in cue_feature_names().values() for name in per_tag]
    stats = cue_statistics(["Warplanes strike Idlib", "Talks open in Geneva"],
                           ["Warplanes struck a market in Idlib today, killing 12 people.",
                            "The UN envoy opened peace talks in Geneva on Monday with both delegations."])
    column = names.index("[cue:airstrike] title_strong")
    assert stats[0, column] == 1.0 and stats[1, column] == 0.0
    column = names.index("[cue:diplomacy] sentences")
    assert stats[1, column] > stats[0, column]


def test_no_items_give_an_empty_matrix():
    assert cue_statistics([], []).shape[0] == 0


def test_unsupported_pattern_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="repeats"):
        cues._phrases(r"bomb(?:ed){2,3}")
