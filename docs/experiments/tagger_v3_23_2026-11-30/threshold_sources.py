"""Diagnostic (decides nothing): which random step moves v3.22's thresholds between refits.

A fit's seed drives two steps that shape the thresholds: which sentences
are cut into short items (``short_items``) and how the items fall into the
folds whose out-of-fold decisions set each tag's calibration and threshold
(``stratified_group_folds``). This fits v3.22's design on its material less
the lockbox four times with one step seeded 11, 12, 13, 14 and the other
held at seed 42, and prints each tag's thresholds and their spread. No
holdout or lockbox item is read.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_23_2026-11-30/threshold_sources.py --vary folds|short
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import shipped_material  # noqa: E402
from holdout_rule import fit  # noqa: E402

import newstag.tagging.sentence_model as sentence_model  # noqa: E402
from newstag.config import TAGS  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--vary", choices=["folds", "short"], required=True)
vary = parser.parse_args().vary
frame = shipped_material()
real_folds, real_short = sentence_model.stratified_group_folds, sentence_model.short_items
thresholds = []
for seed in (11, 12, 13, 14):
    # The varied step gets ``seed``; the other is held at 42, whatever the fit's random_state.
    sentence_model.stratified_group_folds = (
        lambda *a, random_state, **k: real_folds(*a, random_state=seed if vary == "folds" else 42, **k))
    sentence_model.short_items = (
        lambda *a, random_state, **k: real_short(*a, random_state=seed if vary == "short" else 42, **k))
    model = fit(lambda: sentence_model.SentenceTagger(random_state=42), frame)
    thresholds.append(model.thresholds_.copy())
    print(f"{vary} seed {seed}: " + ", ".join(f"{t:.2f}" for t in model.thresholds_), flush=True)
spread = np.ptp(np.array(thresholds), axis=0)
print(f"spread when only the {vary} step's seed varies: "
      + ", ".join(f"{tag} {s:.2f}" for tag, s in zip(TAGS, spread)))
