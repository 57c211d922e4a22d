"""v3.21's candidates 4 to 8: one cross-validation run of a design (``candidates.DESIGNS``).

The folds, groups, measurements and training-only material are v3.20's
(``nine_runs.py``); only the design's ``SentenceTagger`` option changes. The
base is v3.20's nine rows in ``../tagger_v3_20_2026-11-30/al_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<branch v321-candidates>/src python \
        docs/experiments/tagger_v3_21_2026-11-30/candidate_cv.py SEED MODEL_SEED --design 4a|4b|5|6|7|8
"""

import argparse
import json
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import DESIGNS  # noqa: E402
from nine_runs import run, v320_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
args = parser.parse_args()
label, params = DESIGNS[args.design]
print(json.dumps(run(label, args.seed, args.model_seed, v320_training_only(), params=params)), flush=True)
