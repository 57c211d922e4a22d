"""v3.16 candidate 1: set AB (talks and deals outside diplomacy beside diplomacy) on top of v3.15, one run.

Rule: ``labels/snippets/README.md``, "Candidate 1 of v3.16". The folds,
groups and measurements are ``../tagger_v3_15_2026-11-29/nine_runs.py``'s;
v3.15's training-only material (set X less its aviation items, then set Z)
is in every training fold, and set AB after it, never scored. With
``--base`` the run is v3.15's own (its rows must reproduce those of
``../tagger_v3_15_2026-11-29/z_cv.jsonl`` on every key those rows have).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_16_2026-11-29/ab_cv.py SEED MODEL_SEED [--base]
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import run, snippet_set, v315_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--base", action="store_true")
args = parser.parse_args()
if args.base:
    candidate, extra = "v3.15", v315_training_only()
else:
    set_ab = snippet_set("AB")
    assert len(set_ab) == 300 and (set_ab["set"] == "aside").all()
    candidate, extra = "v3.15 with set AB", pd.concat([v315_training_only(), set_ab], ignore_index=True)
print(json.dumps(run(candidate, args.seed, args.model_seed, extra)), flush=True)
