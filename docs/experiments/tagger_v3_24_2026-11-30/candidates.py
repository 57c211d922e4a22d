"""v3.24's candidates: their designs and material (rules in labels/snippets/README.md).

Run with ``PYTHONPATH`` at the ``src`` of a worktree of ``main`` with the
design's patch applied (``oof_groups.patch``, branch ``v324-batches``, for
design 1; ``article_bigrams.patch``, branch ``v324-articles``, for design
2; ``article_bigram_tags.patch``, branch ``v324-article-tags``, for design
3); design 0 is v3.24 as shipped (any of those branches at its default);
design 4 is ``main`` as it is, with set AV added to its material.

``gain_fits.py`` fits one design with one model seed and saves its
decisions on the opened holdouts and set AK; ``candidate_cv.py`` makes one
nine-run row; ``gain.py`` reads both and prints the verdict;
``rule.py`` scores set AT once.
"""

import importlib.util
import sys
from pathlib import Path

here = Path(__file__).resolve().parent


def _v323_candidates():
    """v3.23's ``candidates`` module (same file name as this one, so loaded by path)."""
    sys.path.insert(0, str(here.parent / "tagger_v3_23_2026-11-30"))
    spec = importlib.util.spec_from_file_location("v323_candidates",
                                                  here.parent / "tagger_v3_23_2026-11-30" / "candidates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_v323 = _v323_candidates()
#: v3.22's material less the lockbox (the material of v3.23's and v3.24's rules)
shipped_material = _v323.shipped_material
five_fit_means = _v323.five_fit_means
print_baselines = _v323.print_baselines

#: design -> (label of its nine-run rows, SentenceTagger options)
DESIGNS = {
    "0": ("v3.23 with a cue for agreements to stop fighting", {}),  # v3.24; the label of its nine rows
    "1": ("v3.24 with out-of-fold scores by batch", {"oof_groups": "batch"}),  # branch v324-batches
    "2": ("v3.24 without article bigrams", {"article_bigrams": False}),  # branch v324-articles
    # branch v324-article-tags
    "3": ("v3.24 with article bigrams for diplomacy alone", {"article_bigram_tags": ("diplomacy",)}),
    "4": ("v3.24 with set AV", {}),  # main as it is; set AV is added to the material (with_set_av)
    # branch v324-article-tags
    "5": ("v3.24 with article bigrams out of ceasefire's classifier",
          {"article_bigram_tags": ("airstrike", "humanitarian", "diplomacy")}),
}
#: the holdout each candidate's rule scores once
RULE_HOLDOUT = {"1": "AT", "2": "AT", "3": "AT", "4": "AU", "5": "AU"}


def set_av():
    """Set AV (candidate 4's training material: truces in war in the words of truces outside war, and the reverse)."""
    from newstag.tagging.snippets import read_snippets

    snippets = read_snippets()
    av = snippets[snippets["id"].str.startswith("wAV-")].reset_index(drop=True)
    assert len(av) == 160 and (av["set"] == "aside").all(), "set AV is missing or no longer aside"
    return av


def material(design: str):
    """The training material of ``design``: v3.22's less the lockbox, plus set AV for design 4."""
    import pandas as pd

    frame = shipped_material()
    if design != "4":
        return frame
    av = set_av()
    return pd.concat([frame, av[frame.columns.intersection(av.columns)]], ignore_index=True)


#: v3.24's nine rows (v3.23 candidate 5, the shipped design)
BASE_ROWS = (here.parent / "tagger_v3_23_2026-11-30" / "candidate_5_cv.jsonl", DESIGNS["0"][0])
#: v3.24's saved fits of the gain (v3.23 candidate 5's, model seeds 121, 232, 343, 454, 565)
BASE_FITS = here.parent / "tagger_v3_23_2026-11-30" / "steady_fits"
GAIN_SEEDS = (121, 232, 343, 454, 565)
RULE_SEEDS = (42, 2026, 7777, 1, 7)
