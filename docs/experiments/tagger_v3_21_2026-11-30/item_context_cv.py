"""v3.21 candidate 6: v3.20 whose sentence classifiers see their item's context, one CV run.

Rule: ``labels/snippets/README.md``, "Candidate 6 of v3.21". The folds,
groups, measurements and training-only material are v3.20's
(``nine_runs.py``); only ``SentenceTagger(item_context=True)``
changes. The base is v3.20's nine rows in
``../tagger_v3_20_2026-11-30/al_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/item_context_cv.py SEED MODEL_SEED
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
print(json.dumps(run("v3.20 with item context", args.seed, args.model_seed, v320_training_only(),
                     params={"item_context": True})), flush=True)
