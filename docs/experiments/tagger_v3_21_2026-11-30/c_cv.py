"""v3.21 candidate 2: v3.20 with another C for the sentence classifiers, one cross-validation run.

Rule: ``labels/snippets/README.md``, "Candidate 2 of v3.21". The folds,
groups, measurements and training-only material are v3.20's
(``nine_runs.py``); only ``SentenceTagger(C=...)`` changes. The base is
v3.20's nine rows (C=3) in ``../tagger_v3_20_2026-11-30/al_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/c_cv.py SEED MODEL_SEED --C C
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import run, v320_training_only  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--C", type=float, required=True)
args = parser.parse_args()
print(json.dumps(run(f"v3.20 with C={args.C:g}", args.seed, args.model_seed, v320_training_only(),
                     params={"C": args.C})), flush=True)
