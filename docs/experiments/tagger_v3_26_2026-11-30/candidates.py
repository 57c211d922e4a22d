"""v3.26's candidates: their designs and material (rules in labels/snippets/README.md).

Design 0 is v3.26 as shipped (its fits are v3.25 candidate 3's, in
``../tagger_v3_25_2026-11-30/``); design 1 (branch ``v326-old-aircraft``)
is ``main``'s code with more airstrike cue entries in the lexicon (no
option: design 0 is refitted from ``main``, or its saved fits are used).
Both are fitted on v3.22's material less the lockbox.
"""

import importlib.util
import sys
from pathlib import Path

here = Path(__file__).resolve().parent


def _v325_candidates():
    """v3.25's ``candidates`` module (same file name as this one, so loaded by path)."""
    folder = here.parent / "tagger_v3_25_2026-11-30"
    sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location("v325_candidates", folder / "candidates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_v325 = _v325_candidates()
#: v3.22's material less the lockbox (the material of v3.23's to v3.26's rules)
shipped_material = _v325.shipped_material
five_fit_means = _v325.five_fit_means
print_baselines = _v325.print_baselines

#: design -> (label of its nine-run rows, SentenceTagger options)
DESIGNS = {
    "0": ("v3.25 with more ways to say that fighting stops", {}),  # v3.26; the label of its nine rows
    "1": ("v3.26 with aircraft in older words", {}),  # branch v326-old-aircraft (the lexicon)
}
BRANCH_OPTION = {}
#: the holdout each candidate's rule scores once
RULE_HOLDOUT = {"1": "AX"}
#: v3.26's nine rows (v3.25 candidate 3, the shipped design)
BASE_ROWS = (here.parent / "tagger_v3_25_2026-11-30" / "candidate_3_cv.jsonl", DESIGNS["0"][0])
#: v3.26's saved fits of the gain (v3.25 candidate 3's, model seeds 121, 232, 343, 454, 565)
BASE_FITS = here.parent / "tagger_v3_25_2026-11-30" / "gain_fits"
BASE_DESIGN = "3"
GAIN_SEEDS = (121, 232, 343, 454, 565)
RULE_SEEDS = (42, 2026, 7777, 1, 7)
