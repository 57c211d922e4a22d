"""v3.22's candidates: one cross-validation run of a design (``candidates.DESIGNS``).

The folds, groups, measurements and training-only material are v3.20's
(``nine_runs.py``); a design adds its snippet sets to the training-only
material (never scored) and its ``SentenceTagger`` options. The base is
v3.21's nine rows (``candidates.BASE_ROWS``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_22_2026-11-30/candidate_cv.py SEED MODEL_SEED --design 1
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, added_sets  # noqa: E402
from nine_runs import run, v320_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
args = parser.parse_args()
label, letters, params = DESIGNS[args.design]
extra = pd.concat([v320_training_only(), added_sets(letters)], ignore_index=True) if letters else v320_training_only()
print(json.dumps(run(label, args.seed, args.model_seed, extra, params=params)), flush=True)
