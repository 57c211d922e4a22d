"""Behavioural tests of the shipped tagger (models/tagger.skops).

Minimum functionality (clear sentences get their tag), invariance (place
names, dates and numbers do not flip tags), direction (adding a cue raises
its tag), junk input, the ``tag``/``tag_frame`` API, and a quality floor on
the seed items. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from newstag import config
from newstag.config import TAGS
from newstag.corpus.loading import load_corpus
from newstag.tagging.labels import read_labels
from newstag.tagging.predict import get_model, tag, tag_frame


@pytest.fixture(scope="module")
def model():
    return get_model()


# --- minimum functionality -------------------------------------------------------

CLEAR = {
    "airstrike": [
        "Syrian government warplanes carried out air strikes on the town of Saraqeb on Tuesday, "
        "killing 12 people, a monitor said.",
        "Russian jets bombed rebel positions in eastern Ghouta overnight, and helicopters dropped barrel bombs "
        "on two villages, residents said.",
        "A US-led coalition air strike hit an Islamic State headquarters in Raqqa on Friday, the coalition said, "
        "adding that its aircraft flew 30 sorties.",
    ],
    "ceasefire": [
        "Russia and Turkey agreed a ceasefire in Idlib that came into force at midnight, and both sides said "
        "they would monitor violations.",
        "The truce in Daraa largely held on Sunday, although the Russian reconciliation centre recorded three "
        "violations of the ceasefire regime.",
        "Rebels in the besieged suburb signed a local reconciliation deal under which fighters will lay down "
        "their weapons in exchange for an amnesty, as a cessation of hostilities took effect.",
    ],
    "humanitarian": [
        "A UN aid convoy of 40 trucks carrying food and medicine reached the besieged town of Madaya on Monday, "
        "the Red Crescent said.",
        "Thousands of civilians fled the fighting and are sheltering in overcrowded camps for displaced people "
        "near the Turkish border, where food and medicine are running short, the UNHCR said.",
        "Hospitals in eastern Aleppo are overwhelmed and running out of medical supplies, aid agencies warned, "
        "calling for humanitarian access so that the wounded can be evacuated.",
    ],
    "diplomacy": [
        "Foreign ministers of Russia, Iran and Turkey met in Astana on Thursday for a new round of peace talks "
        "on Syria, with the UN envoy Staffan de Mistura attending.",
        "The UN Security Council will vote on a draft resolution on Syria on Friday, diplomats said, after "
        "Russia threatened to use its veto.",
        "US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov held talks in Geneva on "
        "Friday on a political settlement of the Syrian conflict.",
    ],
}


@pytest.mark.parametrize(
    "expected, text",
    [(t, s) for t, sentences in CLEAR.items() for s in sentences],
    ids=[f"{t}-{i}" for t, sentences in CLEAR.items() for i in range(len(sentences))],
)
def test_minimum_functionality(model, expected, text):
    result = tag(text, model=model)
    assert expected in result["tags"], result
    assert result["scores"][expected] >= 0.5, result


def test_minimum_functionality_in_one_batch(model):
    """Tagging a batch gives the same answer as tagging one item at a time."""
    texts = [s for sentences in CLEAR.values() for s in sentences]
    batch = tag(texts, model=model)
    assert batch == [tag(text, model=model) for text in texts]


# --- invariance -------------------------------------------------------------------

TEMPLATES = [
    "Government warplanes struck {place} on {day}, killing {n} civilians, the Syrian Observatory for Human "
    "Rights said.",
    "A convoy of {n} aid trucks carrying food and medicine entered {place} on {day}, the Syrian Arab Red "
    "Crescent said.",
    "The ceasefire in {place} was violated {n} times on {day}, the Russian reconciliation centre said in its "
    "daily bulletin.",
    "Delegations met in Geneva on {day} for talks on the future of {place}, the UN envoy said, describing the "
    "{n} hours of negotiations as constructive.",
    "Rebels shelled a government checkpoint near {place} on {day}, wounding {n} soldiers, state television "
    "reported.",
]
VARIANTS = [
    {"place": place, "day": day, "n": n}
    for place in ("Aleppo", "Homs", "Idlib")
    for day, n in (("Tuesday", "12"), ("March 3", "250"), ("Sunday, 14 May 2017", "7"))
]


@pytest.mark.parametrize("template", TEMPLATES, ids=[f"item{i}" for i in range(len(TEMPLATES))])
def test_places_dates_numbers_do_not_flip_tags(model, template):
    results = tag([template.format(**v) for v in VARIANTS], model=model)
    first = results[0]["tags"]
    for variant, result in zip(VARIANTS, results):
        assert result["tags"] == first, (variant, result, first)



DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DATED = [
    "A ceasefire was agreed in {place} on {day}.",
    "Warplanes bombed the outskirts of {place} on {day}, residents said.",
    "An aid convoy reached {place} on {day}.",
    "Envoys of both governments met on {day} to discuss {place}.",
    "The truce agreed in {month} broke down in {place}, and {month}'s talks were called off.",
    "Correspondents found the ruins of farms destroyed in the air raids of mid-{month} near {place}.",
]


@pytest.mark.parametrize("template", DATED, ids=[f"dated{i}" for i in range(len(DATED))])
def test_the_name_of_a_day_or_month_does_not_move_any_score(model, template):
    names = ("day", DAYS) if "{day}" in template else ("month", MONTHS)
    texts = [template.format(place="Kherson", **{names[0]: name}) for name in names[1]]
    scores = [[r["scores"][t] for t in TAGS] for r in tag(texts, model=model, evidence=0)]
    assert all(row == scores[0] for row in scores), scores

# --- direction ----------------------------------------------------------------------

NOT_AIRSTRIKE = [
    "A convoy of 20 aid trucks carrying food and medicine entered Homs on Tuesday, the Syrian Arab Red "
    "Crescent said.",
    "The ceasefire in Aleppo was violated 9 times on Sunday, the Russian reconciliation centre said.",
    "Delegations met in Geneva on Monday for talks on the future of Syria, the UN envoy said.",
    "Rebels shelled a government checkpoint near Daraa on Friday, wounding five soldiers, state television "
    "reported.",
    "Prices of bread in Idlib have risen 40 percent since January, traders said.",
]
NOT_HUMANITARIAN = [
    "Government warplanes struck Saraqeb on Tuesday, the Syrian Observatory for Human Rights said.",
    "The ceasefire in Aleppo was violated 9 times on Sunday, the Russian reconciliation centre said.",
    "Delegations met in Geneva on Monday for talks on the future of Syria, the UN envoy said.",
    "Rebels shelled a government checkpoint near Daraa on Friday, wounding five soldiers, state television "
    "reported.",
    "Prices of bread in Idlib have risen 40 percent since January, traders said.",
]
AIR_SENTENCE = " Warplanes bombed the town, witnesses said."
AID_SENTENCE = " A UN aid convoy carrying food and medicine reached the besieged town, the Red Crescent said."


@pytest.mark.parametrize("text", NOT_AIRSTRIKE, ids=[f"item{i}" for i in range(len(NOT_AIRSTRIKE))])
def test_air_sentence_raises_airstrike(model, text):
    before, after = tag([text, text + AIR_SENTENCE], model=model)
    assert "airstrike" not in before["tags"], before
    assert after["scores"]["airstrike"] > before["scores"]["airstrike"], (before, after)


@pytest.mark.parametrize("text", NOT_HUMANITARIAN, ids=[f"item{i}" for i in range(len(NOT_HUMANITARIAN))])
def test_aid_sentence_raises_humanitarian(model, text):
    before, after = tag([text, text + AID_SENTENCE], model=model)
    assert "humanitarian" not in before["tags"], before
    assert after["scores"]["humanitarian"] > before["scores"]["humanitarian"], (before, after)


# --- empty and junk input ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_text_gets_no_tags_and_an_error(model, text):
    result = tag(text, model=model)
    assert result["tags"] == []
    assert result["error"]
    assert set(result["scores"]) == set(TAGS)


def test_a_headline_alone_is_tagged_and_its_evidence_is_the_headline(model):
    headline = "Israeli jets strike Hamas targets in Gaza"
    result = tag("", titles=headline, model=model)
    assert "error" not in result
    assert "airstrike" in result["tags"]
    [best, *_] = result["evidence"]["airstrike"]
    assert best["field"] == "title" and headline[best["start"]:best["end"]] == best["text"]
    assert tag("  ", titles="  ", model=model)["error"]  # neither title nor text: nothing to tag


def test_junk_text_gets_valid_scores(model):
    result = tag("asdf qwer zxcv", model=model)
    assert isinstance(result, dict)
    assert set(result["scores"]) == set(TAGS)
    assert all(0.0 <= p <= 1.0 for p in result["scores"].values())
    assert set(result["tags"]) <= set(TAGS)
    assert "error" not in result


def test_list_keeps_order_and_length(model):
    texts = [CLEAR["airstrike"][0], "", CLEAR["humanitarian"][0], "  ", None, CLEAR["diplomacy"][0]]
    results = tag(texts, model=model)
    assert isinstance(results, list) and len(results) == len(texts)
    assert "airstrike" in results[0]["tags"]
    assert "humanitarian" in results[2]["tags"]
    assert "diplomacy" in results[5]["tags"]
    for i in (1, 3, 4):
        assert results[i]["tags"] == [] and "error" in results[i]
    for i in (0, 2, 5):
        assert "error" not in results[i]


def test_single_str_gives_dict_and_list_gives_list(model):
    assert isinstance(tag("Warplanes bombed the town.", model=model), dict)
    one = tag(["Warplanes bombed the town."], model=model)
    assert isinstance(one, list) and len(one) == 1 and isinstance(one[0], dict)
    assert tag([], model=model) == []


def test_result_keys_and_evidence(model):
    result = tag(CLEAR["airstrike"][1], model=model, top_terms=3)
    assert set(result) == {"tags", "scores", "evidence"}
    assert set(result["evidence"]) == set(result["tags"])
    assert 1 <= len(result["evidence"]["airstrike"]) <= 3
    assert "evidence" not in tag(CLEAR["airstrike"][1], model=model, top_terms=0)


def test_titles_are_read(model):
    body = "Residents counted the dead on Tuesday."
    with_title = tag(body, "Air strikes hit Saraqeb", model=model)
    without = tag(body, model=model)
    assert with_title["scores"]["airstrike"] > without["scores"]["airstrike"]


def test_airstrike_headline_alone_raises_airstrike(model):
    body = "Residents counted the dead on Tuesday."
    assert tag(body, "Warplanes bomb Saraqeb", model=model)["scores"]["airstrike"] > tag(body, model=model)["scores"]["airstrike"]


@pytest.mark.parametrize("titles", [["one", "two"], [], "a title"])
def test_titles_of_wrong_length_raise(model, titles):
    with pytest.raises(ValueError, match="titles"):
        tag(["first text", "second text", "third text"], titles, model=model)


def test_default_model_is_the_shipped_one(model):
    assert get_model() is model
    text = CLEAR["ceasefire"][0]
    assert tag(text) == tag(text, model=model)


# --- tag_frame ------------------------------------------------------------------------


def test_tag_frame_columns_and_index(model):
    frame = pd.DataFrame(
        {
            "title": ["Air strikes on Saraqeb", None, "", "Talks in Astana"],
            "text": [CLEAR["airstrike"][0], CLEAR["humanitarian"][0], "", CLEAR["diplomacy"][0]],
        },
        index=pd.Index([10, 7, 3, 99], name="row"),
    )
    out = tag_frame(frame, model=model)
    expected_columns = ["tags", *TAGS, *(f"p_{t}" for t in TAGS), "evidence"]
    assert list(out.columns) == expected_columns
    assert out.index.equals(frame.index)
    for t in TAGS:
        assert out[t].dtype == bool
        assert out[f"p_{t}"].between(0, 1).all()
        assert (out[t] == out["tags"].map(lambda tags, t=t: t in tags)).all()
    assert out.loc[10, "airstrike"] and out.loc[7, "humanitarian"] and out.loc[99, "diplomacy"]
    assert out.loc[3, "tags"] == [] and out.loc[3, "evidence"] == {}
    assert set(out.loc[10, "evidence"]) == set(out.loc[10, "tags"])


def test_tag_frame_without_title_column(model):
    frame = pd.DataFrame({"text": [CLEAR["ceasefire"][1]]}, index=["x"])
    out = tag_frame(frame, model=model)
    assert out.index.tolist() == ["x"] and out.loc["x", "ceasefire"]


# --- quality floor on the seed items -------------------------------------------------------


def test_seed_items_match_their_labels(model):
    corpus = load_corpus([str(config.SEEDS_DIR)])
    labels = read_labels()
    gold = dict(zip(labels["id"], labels["tags"]))
    assert len(corpus) == 14
    results = tag(corpus["text"].tolist(), corpus["title"].tolist(), model=model)
    matches = [sorted(r["tags"]) == sorted(gold[i]) for i, r in zip(corpus["id"], results)]
    mismatched = [(i, r["tags"], gold[i]) for i, r, ok in zip(corpus["id"], results, matches) if not ok]
    assert sum(matches) >= 10, mismatched
