"""v3.17 candidate 1: set AD (flights, raids and "strikes" that are no air attack beside air attacks) on top of v3.16, one run.

Rule: ``labels/snippets/README.md``, "Candidate 1 of v3.17". The folds,
groups and measurements are ``../tagger_v3_15_2026-11-29/nine_runs.py``'s;
v3.16's training-only material (set X less its aviation items, set Z, set
AB) is in every training fold, and set AD after it, never scored. With
``--base`` the run is v3.16's own: it must reproduce the "v3.15 with set
AB" rows of ``../tagger_v3_16_2026-11-29/ab_cv.jsonl``, which are the base.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_17_2026-11-29/ad_cv.py SEED MODEL_SEED [--base]
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import run, snippet_set, v316_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--base", action="store_true")
args = parser.parse_args()
if args.base:
    candidate, extra = "v3.15 with set AB", v316_training_only()
else:
    set_ad = snippet_set("AD")
    assert len(set_ad) == 300 and (set_ad["set"] == "aside").all()
    candidate, extra = "v3.16 with set AD", pd.concat([v316_training_only(), set_ad], ignore_index=True)
print(json.dumps(run(candidate, args.seed, args.model_seed, extra)), flush=True)
