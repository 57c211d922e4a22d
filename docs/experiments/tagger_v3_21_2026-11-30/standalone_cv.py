"""v3.21 candidate 4: v3.20 with positive short items cut only from sentences naming their matter, one CV run.

Rule: ``labels/snippets/README.md``, "Candidate 4 of v3.21". The folds,
groups, measurements and training-only material are v3.20's
(``nine_runs.py``); only ``SentenceTagger(standalone_cues=...)`` changes:
``--variant a`` ceasefire only, ``--variant b`` every tag. The base is
v3.20's nine rows in ``../tagger_v3_20_2026-11-30/al_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/standalone_cv.py SEED MODEL_SEED --variant a|b
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import run, v320_training_only  # noqa: E402

from newstag.config import TAGS  # noqa: E402

VARIANTS = {"a": ("ceasefire",), "b": tuple(TAGS)}
parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
parser.add_argument("--variant", choices=sorted(VARIANTS), required=True)
args = parser.parse_args()
print(json.dumps(run(f"v3.20 with standalone cues {args.variant}", args.seed, args.model_seed, v320_training_only(),
                     params={"standalone_cues": VARIANTS[args.variant]})), flush=True)
