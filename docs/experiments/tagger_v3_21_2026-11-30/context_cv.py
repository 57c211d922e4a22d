"""v3.21 candidate 5: v3.20 with positives that carry their tag only through their article weighing 0.3, one CV run.

Rule: ``labels/snippets/README.md``, "Candidate 5 of v3.21". The folds,
groups, measurements and training-only material are v3.20's
(``nine_runs.py``); only ``SentenceTagger(context_positive_weight=0.3)``
changes. The base is v3.20's nine rows in
``../tagger_v3_20_2026-11-30/al_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/context_cv.py SEED MODEL_SEED
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
args = parser.parse_args()
print(json.dumps(run("v3.20 with context positives at 0.3", args.seed, args.model_seed, v320_training_only(),
                     params={"context_positive_weight": 0.3})), flush=True)
