"""v3.15 candidate 3: set Z (truces outside war beside truces in war) on top of v3.14, one run.

Rule: ``labels/snippets/README.md``, "Candidate 3 of v3.15". Set Z joins
v3.14's training-only material in every training fold and is never scored.
With ``--base`` the run is v3.14's own, to check that it reproduces its row
of ``v315_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_15_2026-11-29/z_cv.py SEED MODEL_SEED [--base]
"""

import argparse
import json

import pandas as pd

from nine_runs import run, snippet_set, v314_training_only

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--base", action="store_true")
args = parser.parse_args()
if args.base:
    candidate, extra = "v3.14", v314_training_only()
else:
    set_z = snippet_set("Z")
    assert len(set_z) == 300 and (set_z["set"] == "aside").all()
    candidate, extra = "v3.14 with set Z", pd.concat([v314_training_only(), set_z], ignore_index=True)
print(json.dumps(run(candidate, args.seed, args.model_seed, extra)), flush=True)
