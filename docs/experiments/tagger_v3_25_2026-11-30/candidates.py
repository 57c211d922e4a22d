"""v3.25's candidates: their designs and material (rules in labels/snippets/README.md).

Design 0 is v3.25 as shipped; design 1 (branch ``v325-armed``) adds the
armed-party features (``SentenceTagger(armed_parties=True)``); design 2
(branch ``v325-truce-bigrams``) gives bigrams with a truce word no weight
in ceasefire's classifier (``truce_bigrams=False``); design 3 (branch
``v325-stop-words``) is ``main``'s code with twelve more ceasefire cue
entries in the lexicon (no option: design 0 cannot be refitted there, and
v3.25's saved fits are its base). Each is
fitted on v3.22's material less the lockbox, with ``PYTHONPATH`` at the
``src`` of the candidate's branch (where design 0 is the default).

``gain_fits.py`` fits one design with one model seed and saves its
decisions on the twelve opened holdouts and set AK; ``candidate_cv.py``
makes one nine-run row; ``gain.py`` reads both and prints the verdict;
``rule_fits.py`` and ``rule_score.py`` score set AW once.
"""

import importlib.util
import sys
from pathlib import Path

here = Path(__file__).resolve().parent


def _v324_candidates():
    """v3.24's ``candidates`` module (same file name as this one, so loaded by path)."""
    folder = here.parent / "tagger_v3_24_2026-11-30"
    sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location("v324_candidates", folder / "candidates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_v324 = _v324_candidates()
#: v3.22's material less the lockbox (the material of v3.23's to v3.25's rules)
shipped_material = _v324.shipped_material
five_fit_means = _v324.five_fit_means
print_baselines = _v324.print_baselines

#: design -> (label of its nine-run rows, SentenceTagger options)
DESIGNS = {
    "0": ("v3.24 with article bigrams out of ceasefire's classifier", {}),  # v3.25; the label of its nine rows
    "1": ("v3.25 with armed parties", {"armed_parties": True}),  # branch v325-armed
    # branch v325-truce-bigrams
    "2": ("v3.25 without truce bigrams in ceasefire's classifier", {"truce_bigrams": False}),
    "3": ("v3.25 with more ways to say that fighting stops", {}),  # branch v325-stop-words (the lexicon)
}
#: design -> the SentenceTagger option only its branch has
BRANCH_OPTION = {"1": "armed_parties", "2": "truce_bigrams"}
#: the holdout each candidate's rule scores once
RULE_HOLDOUT = {"1": "AW", "2": "AW", "3": "AW"}
#: v3.25's nine rows (v3.24 candidate 5, the shipped design)
BASE_ROWS = (here.parent / "tagger_v3_24_2026-11-30" / "candidate_5_cv.jsonl", DESIGNS["0"][0])
#: v3.25's saved fits of the gain (v3.24 candidate 5's, model seeds 121, 232, 343, 454, 565)
BASE_FITS = here.parent / "tagger_v3_24_2026-11-30" / "gain_fits"
BASE_DESIGN = "5"
GAIN_SEEDS = (121, 232, 343, 454, 565)
RULE_SEEDS = (42, 2026, 7777, 1, 7)
