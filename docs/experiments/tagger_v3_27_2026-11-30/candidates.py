"""v3.27's candidates: their designs and material (rules in labels/snippets/README.md).

Design 0 is v3.27 as shipped (its fits are v3.26 candidate 1's, in
``../tagger_v3_26_2026-11-30/``); design 1 (branch ``v327-peace-accords``)
is ``main``'s code with more ceasefire cue entries in the lexicon, design 2
(branch ``v327-old-diplomacy``) with more diplomacy cue entries, design 3
(branch ``v327-headline-free``) the option ``no_headline_terms=True``,
design 4 (branch ``v327-arranged-stops``) design 1's lexicon with v3.26's
bare-stop entries moved to the weak ceasefire cue, design 5 (branch
``v327-war-thresholds``) each tag's threshold chosen on the items that are
not news outside armed conflict (``labels/snippets/settings.csv``), design 6
the same branch with ceasefire's threshold chosen on all items, design 7
(branch ``v327-conflict-folds``) the tagger's inner folds grouped by conflict,
design 8 ``main``'s code trained with the six holdout sets opened first
(``more_wars.py``), design 9 with the twelve opened before set AR, design 10
with the six and set BA, design 11 with set BA alone.
Design 0 is refitted from ``main``, or its saved fits are used. All are
fitted on v3.22's material less the lockbox.
"""

import importlib.util
import sys
from pathlib import Path

here = Path(__file__).resolve().parent


def _v326_candidates():
    """v3.26's ``candidates`` module (same file name as this one, so loaded by path)."""
    folder = here.parent / "tagger_v3_26_2026-11-30"
    sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location("v326_candidates", folder / "candidates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_v326 = _v326_candidates()
#: v3.22's material less the lockbox (the material of v3.23's to v3.27's rules)
shipped_material = _v326.shipped_material
five_fit_means = _v326.five_fit_means
print_baselines = _v326.print_baselines

#: design -> (label of its nine-run rows, SentenceTagger options)
DESIGNS = {
    "0": ("v3.26 with aircraft in older words", {}),  # v3.27; the label of its nine rows
    "1": ("v3.27 with peace accords and arranged stops", {}),  # branch v327-peace-accords (the lexicon)
    "2": ("v3.27 with diplomacy in older words", {}),  # branch v327-old-diplomacy (the lexicon)
    "3": ("v3.27 with no-headline terms", {"no_headline_terms": True}),  # branch v327-headline-free
    "4": ("v3.27 with arranged stops strong, bare stops weak", {}),  # branch v327-arranged-stops (the lexicon)
    # branch v327-war-thresholds (fit reads outside_war); design 5 ran before the option existed (all four tags)
    "5": ("v3.27 with thresholds chosen on war reporting",
          {"war_threshold_tags": ("ceasefire", "airstrike", "humanitarian", "diplomacy")}),
    "6": ("v3.27 with thresholds chosen on war reporting, ceasefire's apart", {}),  # the option's default
    "7": ("v3.27 with inner folds grouped by conflict", {}),  # branch v327-conflict-folds (fit reads conflict)
    "8": ("v3.27 trained with sets R, U, W, Y, AA and AC", {}),  # main's code, more material (more_wars.py)
    "9": ("v3.27 trained with the twelve holdouts opened before set AR", {}),  # main's code (more_wars.py)
    "10": ("v3.27 trained with sets R, U, W, Y, AA, AC and BA", {}),  # main's code (more_wars.py)
    "11": ("v3.27 trained with set BA", {}),  # main's code, set BA added (gain_fits.py, candidate_cv.py)
}
BRANCH_OPTION = {"3": "no_headline_terms", "6": "war_threshold_tags"}
#: the holdout each candidate's rule scores once
RULE_HOLDOUT = {"1": "AY", "2": "AY", "3": "AY", "4": "AY", "5": "AY", "6": "AY", "7": "AY", "8": "AY", "9": "AY", "10": "AY", "11": "AY"}
#: v3.27's nine rows (v3.26 candidate 1, the shipped design)
BASE_ROWS = (here.parent / "tagger_v3_26_2026-11-30" / "candidate_1_cv.jsonl", DESIGNS["0"][0])
#: v3.27's saved fits of the gain (v3.26 candidate 1's, model seeds 121, 232, 343, 454, 565)
BASE_FITS = here.parent / "tagger_v3_26_2026-11-30" / "gain_fits"
BASE_DESIGN = "1"
GAIN_SEEDS = (121, 232, 343, 454, 565)
RULE_SEEDS = (42, 2026, 7777, 1, 7)

#: candidate 1's entries, appended to the lexicon's ``ceasefire_strong`` cue (counted by ``cue_counts.py``)
PROPOSED = (
    "end* {its|their|his|the} armed {struggle|campaign|activity|activities|actions|confrontation|rebellion}",
    "{definitive|permanent|final} {cessation|end} {of|to} {{armed|military} }?{activity|activities|violence|hostilities|fighting}",
    "{war|hostilities|fighting|rebellion|insurgency} {is |was |were |are }?{now |formally |officially }?at an end",
    "{hostilities|fighting|firing|operations|bombardment} {* }?{* }?{* }?{are|is|were|was} to {cease|stop|end|halt}",
    "{hostilities|fighting|firing|operations|bombardment} {* }?{* }?{* }?{will|would|shall} {cease|stop|end|halt}",
    "suspend* {{its|their|all|the} }?{bombardment|shelling|offensive|advance}",
    "{stopped|ceased|suspended|halted} by {arrangement|consent|agreement|mutual agreement}",
    "{agree*|pledge*|promis*|sign*} {* }?to {end|stop|halt|cease} {{cross-border|reprisal|revenge|the|all|their} }?{raids|attacks|killings|reprisals|hostilities|fighting}",
)

#: candidate 2's entries, appended to the lexicon's ``diplomacy_strong`` cue (counted by ``cue_counts.py``)
PROPOSED_2 = (
    "league of nations", "{league|the league's} {council|assembly|secretariat|commission}",
    "{the|great|allied|neutral|mediating|signatory} powers",
    "{protest|diplomatic|verbal} notes?", "note verbale", "notes? of protest",
    "{sent|handed|delivered|addressed|presented|sends|hands|delivers|addresses|presents} {a |an |the }?{* }?{* }?notes?",
    "plenipotentiar*", "consuls?{-| }general", "charg* d'affaires", "foreign office", "quai d'orsay", "good offices",
)
#: candidate -> (tag, entries)
ENTRIES = {"1": ("ceasefire", PROPOSED), "2": ("diplomacy", PROPOSED_2)}
