"""v3.21 candidate 1: set AN (diplomacy inside war reports) on top of v3.20, one cross-validation run.

Rule: ``labels/snippets/README.md``, "Candidate 1 of v3.21". The folds,
groups, measurements and training-only material are v3.20's
(``nine_runs.py``), with set AN after them, never scored. The base is
v3.20's nine rows in ``../tagger_v3_20_2026-11-30/al_cv.jsonl`` ("v3.19
with the background cue and set AL", which is v3.20); ``--base`` reruns
one of them on today's code to check it is reproduced.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/an_cv.py SEED MODEL_SEED [--base]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import one_run_cli, v320_training_only  # noqa: E402

one_run_cli(base=("v3.19 with the background cue and set AL", v320_training_only()),
            candidate=("v3.20 with set AN", "AN", v320_training_only()))
