"""v3.20 candidate 3: v3.19 with the `ceasefire_background` cue, one run.

Rule: ``labels/snippets/README.md``, "Candidate 3 of v3.20". Run with
``PYTHONPATH`` at the source of branch ``v320-background-cue`` (the script
checks that the cue is there); the folds, groups, measurements and
training-only material are v3.19's (``nine_runs.py``), so v3.19's nine
rows ("v3.17 with set AH" in ``../tagger_v3_19_2026-11-30/ah_cv.jsonl``)
are the base.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python docs/experiments/tagger_v3_20_2026-11-30/bg_cv.py SEED MODEL_SEED
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import run, v319_training_only  # noqa: E402

from newstag.tagging.lexicon import CUES  # noqa: E402

assert "ceasefire_background" in CUES, "run with PYTHONPATH at branch v320-background-cue's src"
parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("model_seed", type=int)
args = parser.parse_args()
print(json.dumps(run("v3.19 with the background cue", args.seed, args.model_seed, v319_training_only())), flush=True)
