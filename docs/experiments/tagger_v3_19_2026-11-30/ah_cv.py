"""v3.19 candidate 1: set AH (attacks and their toll) on top of v3.17, one run.

Rule: ``labels/snippets/README.md``, "Candidate 1 of v3.19". The folds,
groups and measurements are ``../tagger_v3_15_2026-11-29/nine_runs.py``'s;
v3.17's training-only material (set X less its aviation items, sets Z, AB
and AD) is in every training fold, and set AH after it, never scored.
With ``--base`` the run is v3.17's own: it must reproduce the "v3.16 with
set AD" rows of ``../tagger_v3_17_2026-11-29/ad_cv.jsonl``, which are the base.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_19_2026-11-30/ah_cv.py SEED MODEL_SEED [--base]
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import run, snippet_set, v317_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--base", action="store_true")
args = parser.parse_args()
if args.base:
    candidate, extra = "v3.16 with set AD", v317_training_only()
else:
    set_ah = snippet_set("AH")
    assert len(set_ah) == 300 and (set_ah["set"] == "aside").all()
    candidate, extra = "v3.17 with set AH", pd.concat([v317_training_only(), set_ah], ignore_index=True)
print(json.dumps(run(candidate, args.seed, args.model_seed, extra)), flush=True)
