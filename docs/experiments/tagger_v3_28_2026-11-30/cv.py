"""v3.28's candidates: one cross-validation run of a design (``candidates.DESIGNS``).

The folds, groups and measurements are v3.20's (``nine_runs.py``), the
training-only material v3.22's with set BA after it (as in v3.27
candidate 11's rows, v3.28's base), and the design's added sets after
that, in every training fold, never scored. Set BA, training material
since v3.28, is taken out of the scored design material (its ids would
otherwise count as corpus items in ``nine_runs.run``'s groups). Designs 1
and 3 run on branch ``v328-item-weights`` with their item weights on the
design and training-only material alike.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python \
        docs/experiments/tagger_v3_28_2026-11-30/cv.py SEED MODEL_SEED --design 1
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
from candidates import ADDED, DESIGNS, WEIGHTED, item_weights, operating_weights, sets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
args = parser.parse_args()
original = nine_runs.design_material


def design_material():
    frame = original()
    frame = frame[~frame["id"].str.startswith("wBA-")].reset_index(drop=True)
    if args.design in WEIGHTED:
        frame["weight"] = item_weights(frame, args.design)
    return frame


nine_runs.design_material = design_material
training_only = pd.concat([nine_runs.v322_training_only(), sets(("BA", *ADDED[args.design]))], ignore_index=True)
if args.design in WEIGHTED:
    from newstag.tagging.train import ITEM_COLUMNS

    assert "weight" in ITEM_COLUMNS, "run on branch v328-item-weights"
    training_only["weight"] = item_weights(training_only, args.design)
    if args.design == "5":
        training_only["operating_weight"] = operating_weights(training_only)
label = DESIGNS[args.design]
print(json.dumps(nine_runs.run(label, args.seed, args.model_seed, training_only)), flush=True)
