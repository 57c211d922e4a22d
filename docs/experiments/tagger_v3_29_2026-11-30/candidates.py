"""v3.29's candidates: their designs, material and weights (rules in labels/snippets/README.md).

Design 0 is v3.29 as shipped, refitted from ``main``. Design 1 adds set
BB to the sentence-only sets (operating weight 0; the weights rule then
counts it). Design 2 gives every item that is not a snippet (the FA-KES
articles and the seed documents) twice its v3.29 weight. Design 3 is v3.29's material with
the sentence classifiers' C at 12 (``PARAMS``), design 4 with C at 12
for every tag but ceasefire, design 5 with ceasefire's at 1.5, design 6 with ceasefire's at 6 and the
others' at 12; designs 7 and 8 narrow ceasefire's strong deal cue (``design_lexicon``),
8 with C at 12 for every tag but ceasefire; designs 9 and 10 drop v3.26's weak cues of arms
laid down or handed over, 10 with C at 12 for every tag but ceasefire (4 to 6 need
the option ``C_by_tag`` of ``c_by_tag.patch``, as do 8 and 10: ``git apply`` it to
``main`` first; it is not in ``src/``). Design 11
is v3.29 on the sixth reading's labels (``sixth_reading_labels``: the selected wire items' ceasefire
readings replaced by the sixth reading's, ``../sixth_reading_2026-12-01/``); design 12 is design 11
with the surrender and amnesty entries of ``ceasefire_weak`` in a cue of their own (``design_lexicon``); design 13
is design 11 with C at 12 for every tag but ceasefire (``c_by_tag.patch``). Design
``check`` is candidate 5 of v3.28 rebuilt from ``main`` (the seed
documents at weight 1, the twelve sentence-only sets after every other
item, in v3.28's order): it must equal that candidate's saved fits.
"""

from pathlib import Path
from unittest import mock

import numpy as np
import pandas as pd

here = Path(__file__).resolve().parent
V328_FITS = here.parent / "tagger_v3_28_2026-11-30" / "fits"

DESIGNS = {
    "0": "v3.29",
    "1": "v3.29 with set BB as sentence-only material",
    "2": "v3.29 with the articles weighing twice",
    "3": "v3.29 with the sentence classifiers' C at 12",
    "4": "v3.29 with C at 12 for airstrike, humanitarian and diplomacy",
    "5": "v3.29 with C at 1.5 for ceasefire",
    "6": "v3.29 with C at 12 for airstrike, humanitarian and diplomacy and 6 for ceasefire",
    "7": "v3.29 with evacuation, surrender, withdrawal and swap deals out of ceasefire's strong cues",
    "8": "design 7 with C at 12 for airstrike, humanitarian and diplomacy",
    "9": "v3.29 without v3.26's weak ceasefire cues of arms laid down, handed over or given up",
    "10": "design 9 with C at 12 for airstrike, humanitarian and diplomacy",
    "11": "v3.29 on the sixth reading's labels (amnesty and surrender terms read by the spec's exclusion)",
    "12": "design 11 with the surrender and amnesty entries in a ceasefire cue of their own",
    "13": "design 11 with C at 12 for airstrike, humanitarian and diplomacy",
    "check": "candidate 5 of v3.28 rebuilt from main",
}
#: design -> SentenceTagger options beside v3.29's defaults
PARAMS = {"3": {"C": 12.0}, "4": {"C_by_tag": {"airstrike": 12.0, "humanitarian": 12.0, "diplomacy": 12.0}},
          "5": {"C_by_tag": {"ceasefire": 1.5}},
          "6": {"C_by_tag": {"ceasefire": 6.0, "airstrike": 12.0, "humanitarian": 12.0, "diplomacy": 12.0}},
          "8": {"C_by_tag": {"airstrike": 12.0, "humanitarian": 12.0, "diplomacy": 12.0}},
          "10": {"C_by_tag": {"airstrike": 12.0, "humanitarian": 12.0, "diplomacy": 12.0}},
          "13": {"C_by_tag": {"airstrike": 12.0, "humanitarian": 12.0, "diplomacy": 12.0}}}
#: v3.26's weak ceasefire cues of arms laid down, handed over or given up (designs 9 and 10 drop them)
ARMS_WEAK_CUES = ("{lay|lays|laid|laying} down {their |its |his }?arms",
                  "{hand*|turn*} {in|over} {their |its |his }?{weapons|arms|rifles|guns}",
                  "{give|gave|giving} up {their |its |his }?{weapons|arms}")
ARMS_WEAK_CUES_OUT = ("9", "10")
#: designs whose lexicon is ``design_lexicon``
NARROWED_DEAL_CUES = ("7", "8")
DEAL_CUE = ("{evacuation|local|settlement|surrender|reconciliation|withdrawal|population{-| }swap|swap|four towns} "
            "{deal|agreement}s?")
#: designs fitted on the sixth reading's labels
SIXTH_READING_DESIGNS = ("11", "12", "13")
#: ``ceasefire_weak``'s entries that design 12 moves to ``ceasefire_surrender``
SURRENDER_ENTRIES = ("amnesty", "lay down {their }?arms", "safe passage", *ARMS_WEAK_CUES)
SIXTH_READING = here.parent / "sixth_reading_2026-12-01"
GAIN_SEEDS = (121, 232, 343, 454, 565)
RULE_SEEDS = (42, 2026, 7777, 1, 7)
#: the eight opened holdouts no design here trains on
OPENED = ("AR", "AS", "AT", "AU", "AW", "AX", "AY", "AZ")
FITS = here / "fits"
SNIPPET_ID = r"^w[A-Z]+-\d+$"


def design_lexicon(design: str) -> None:
    """Set the design's lexicon in place, before any fit: 7 and 8 narrow the strong deal cue, 9 and 10 drop
    ``ARMS_WEAK_CUES``, 12 moves ``SURRENDER_ENTRIES`` to a cue of their own (the last column)."""
    from newstag.tagging import lexicon

    if design == "12":
        weak = list(lexicon.CUES["ceasefire_weak"])
        for entry in SURRENDER_ENTRIES:
            weak.remove(entry)
        lexicon.CUES["ceasefire_weak"] = tuple(weak)
        assert "ceasefire_surrender" not in lexicon.CUES
        lexicon.CUES["ceasefire_surrender"] = SURRENDER_ENTRIES

    if design in ARMS_WEAK_CUES_OUT:
        weak = list(lexicon.CUES["ceasefire_weak"])
        for entry in ARMS_WEAK_CUES:
            weak.remove(entry)
        assert "lay down {their }?arms" in weak
        lexicon.CUES["ceasefire_weak"] = tuple(weak)
    if design not in NARROWED_DEAL_CUES:
        return
    strong = list(lexicon.CUES["ceasefire_strong"])
    assert strong.count(DEAL_CUE) == 1
    strong[strong.index(DEAL_CUE)] = "{local|settlement|reconciliation|four towns} {deal|agreement}s?"
    lexicon.CUES["ceasefire_strong"] = tuple(strong)


def sixth_reading_labels() -> None:
    """From now on in this process, ``read_snippets`` resolves the sixth reading's ceasefire rows for its items.

    The selected items' ceasefire rows of ``readings.csv`` are replaced by
    ``readings_ceasefire.csv`` (the sixth reading's first, second and third
    readings) and, for set BF, ``readings_ceasefire_BF.csv``; every other row is kept.
    """
    from newstag.tagging import snippets

    if getattr(snippets._readings, "sixth_reading", False):
        return
    original = snippets._readings
    # Set BF (written after the sixth reading) was read the same way afterwards: selected_BF.csv and its readings.
    selected = set(pd.concat([pd.read_csv(SIXTH_READING / name, dtype=str)
                              for name in ("selected.csv", "selected_BF.csv")])["id"])
    new = pd.concat([pd.read_csv(SIXTH_READING / name, dtype={"id": str, "reading": str, "tag": str, "role": str})
                     for name in ("readings_ceasefire.csv", "readings_ceasefire_BF.csv")], ignore_index=True)
    assert set(new["id"]) <= selected and set(new["tag"]) == {"ceasefire"}

    def overlaid(directory):
        readings = original(directory)
        replaced = readings["id"].isin(selected) & (readings["tag"] == "ceasefire")
        return pd.concat([readings[~replaced], new[readings.columns]], ignore_index=True)

    overlaid.sixth_reading = True
    snippets._readings = overlaid


def _set_items(letter: str, which: str) -> pd.DataFrame:
    from newstag.tagging.snippets import read_snippets

    items = read_snippets(which)
    items = items[items["id"].str.startswith(f"w{letter}-")].reset_index(drop=True)
    assert len(items) in (180, 200, 250), (letter, len(items))
    return items


def full_material(design: str) -> pd.DataFrame:
    """The design's labelled training items, lockbox included, with ``weight`` and ``operating_weight``."""
    from newstag.corpus.loading import load_corpus
    from newstag.tagging import snippets
    from newstag.tagging.labels import labelled_frame
    from newstag.tagging.snippets import training_weights, with_dev_snippets

    if design in SIXTH_READING_DESIGNS:
        sixth_reading_labels()
    frame = with_dev_snippets(labelled_frame(load_corpus()))
    assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
    assert not frame["id"].str.match(r"w(I|AK|AR|AS|AT|AU|AW|AX|AY|AZ|BB|BC)-").any()
    if design == "1":
        bb = _set_items("BB", "aside").drop(columns=["set", "conflict"]).assign(
            source="wire snippets (labels/snippets)", note="")
        frame = pd.concat([frame, bb.reindex(columns=frame.columns)], ignore_index=True)
        with mock.patch.object(snippets, "SENTENCE_ONLY_SETS", (*snippets.SENTENCE_ONLY_SETS, "BB")):
            frame = training_weights(frame)
        assert np.isclose(frame["weight"].max(), 7984 / 4784), frame["weight"].max()
        return frame
    frame = training_weights(frame)
    assert np.isclose(frame["weight"].max(), 7784 / 4784), frame["weight"].max()
    article = ~frame["id"].str.match(SNIPPET_ID).to_numpy()
    if design == "2":
        frame["weight"] = np.where(article, 2 * frame["weight"], frame["weight"])
        frame["operating_weight"] = np.where(article, 2 * frame["operating_weight"], frame["operating_weight"])
    if design == "check":
        seed_document = frame["id"].str.startswith("seed:").to_numpy()
        assert seed_document.sum() == 14
        frame.loc[seed_document, ["weight", "operating_weight"]] = 1.0
        sentence_only = frame["id"].str.extract(r"^w([A-Z]+)-", expand=False)
        order = [frame[~sentence_only.isin(snippets.SENTENCE_ONLY_SETS)]]
        order += [frame[sentence_only == letter] for letter in snippets.SENTENCE_ONLY_SETS]
        frame = pd.concat(order, ignore_index=True)
    return frame


def material(design: str) -> pd.DataFrame:
    """The design's material less the lockbox: what each design is fitted on here."""
    from newstag.tagging.labels import read_lockbox

    frame = full_material(design)
    return frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)


def opened_holdouts() -> pd.DataFrame:
    return pd.concat([_set_items(letter, "holdout") for letter in OPENED], ignore_index=True)


def set_ak() -> pd.DataFrame:
    return _set_items("AK", "aside")
