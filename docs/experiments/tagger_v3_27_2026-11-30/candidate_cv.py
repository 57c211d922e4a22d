"""v3.27's candidates: one cross-validation run of a design (``candidates.DESIGNS``).

The folds, groups and measurements are v3.20's (``nine_runs.py``), the
training-only material v3.22's (``nine_runs.v322_training_only``); only the
design's ``SentenceTagger`` options change. The base is v3.27's nine rows
(``candidates.BASE_ROWS``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<branch v325-armed>/src python \
        docs/experiments/tagger_v3_27_2026-11-30/candidate_cv.py SEED MODEL_SEED --design 1
"""

import argparse
import json
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import DESIGNS  # noqa: E402
from nine_runs import run, v322_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
args = parser.parse_args()
label, params = DESIGNS[args.design]
training_only = v322_training_only()
if args.design in ("8", "9", "10", "11"):  # the sets it adds, in every training fold, never scored
    import pandas as pd
    from more_wars import ADDED, sets

    training_only = pd.concat([training_only, sets(ADDED[args.design])], ignore_index=True)
print(json.dumps(run(label, args.seed, args.model_seed, training_only, params=params)), flush=True)
