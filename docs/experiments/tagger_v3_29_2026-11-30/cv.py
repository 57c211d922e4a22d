"""v3.29's candidates: one cross-validation run of a design (``candidates.DESIGNS``).

The folds, groups and measurements are v3.20's (``nine_runs.py``); the
scored items those of v3.28's rows (the labelled items less the lockbox
and the training-only sets). In every training fold, never scored:
v3.22's training-only material, set BA, the twelve sentence-only sets in
v3.28's order and, for design 1, set BB. Every item weighs what the
design's full material gives it (``candidates.full_material``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_29_2026-11-30/cv.py SEED MODEL_SEED --design 1
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
import nine_runs  # noqa: E402
from candidates import design_lexicon, DESIGNS, PARAMS, _set_items, full_material  # noqa: E402

from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.snippets import SENTENCE_ONLY_SETS  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--design", choices=["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"], required=True)
parser.add_argument("--base-folds", action="store_true",
                    help="designs 11 and 12 only: the folds of the base's labels (not the sixth reading's)")
args = parser.parse_args()
assert not args.base_folds or args.design in ("11", "12", "13")
design_lexicon(args.design)
base_full = full_material("0") if args.base_folds else None
full = full_material(args.design)
weights = full.set_index("id")[["weight", "operating_weight"]]
TRAINING_ONLY = ("X", "Z", "AB", "AD", "AH", "AL", "AO", "BA", "BB", *SENTENCE_ONLY_SETS)


def design_material():
    frame = full[~full["id"].isin(read_lockbox())]
    frame = frame[~frame["id"].str.extract(r"^w([A-Z]+)-", expand=False).isin(TRAINING_ONLY)]
    frame = frame.reset_index(drop=True)
    assert not frame["id"].str.match(r"w(I|S|T|R|U|W|X|Y|Z|A[A-Z]|B[A-Z])-").any()
    assert frame["id"].str.startswith("wV-").sum() == 400
    return frame


nine_runs.design_material = design_material
if args.base_folds:
    # The folds are stratified on the labels; these are the base's, so the corpus items fall in v3.29's folds.
    from newstag.tagging import evaluate
    from newstag.tagging.labels import tags_to_matrix

    design = design_material()
    base = base_full.set_index("id").loc[design["id"]]
    base_Y = tags_to_matrix(base["tags"])
    stratified = evaluate._folds
    evaluate._folds = lambda Y, n_splits, random_state: stratified(base_Y, n_splits, random_state)
added = [_set_items("BA", "dev"), *(_set_items(letter, "dev") for letter in SENTENCE_ONLY_SETS)]
if args.design == "1":
    added.append(_set_items("BB", "aside"))
training_only = pd.concat([nine_runs.v322_training_only(), *added], ignore_index=True)
assert training_only["id"].is_unique and training_only["id"].isin(weights.index).all()
training_only = training_only.join(weights, on="id")
label = DESIGNS[args.design] + (" (the base's folds)" if args.base_folds else "")
print(json.dumps(nine_runs.run(label, args.seed, args.model_seed, training_only,
                                PARAMS.get(args.design))), flush=True)
