"""v3.20 candidate 2: set I's 100 ceasefire look-alikes on top of v3.19, one run.

Rule: ``labels/snippets/README.md``, "Candidate 2 of v3.20". Folds, groups
and measurements as ``aj_cv.py``; set I's look-alikes after v3.19's
training-only material, never scored. Base: v3.19's nine rows ("v3.17 with
set AH" in ``../tagger_v3_19_2026-11-30/ah_cv.jsonl``), which
``aj_cv.py 42 42 --base`` reproduced.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_20_2026-11-30/i_cv.py SEED MODEL_SEED
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import run, set_i_lookalikes, v319_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
args = parser.parse_args()
extra = pd.concat([v319_training_only(), set_i_lookalikes()], ignore_index=True)
print(json.dumps(run("v3.19 with set I's look-alikes", args.seed, args.model_seed, extra)), flush=True)
