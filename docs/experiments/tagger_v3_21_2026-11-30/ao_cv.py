"""v3.21 candidate 3: the fifth reading's labels and set AO on top of v3.20, one cross-validation run.

Rule: ``labels/snippets/README.md``, "Candidate 3 of v3.21". Run with
``PYTHONPATH`` at the source of branch ``v321-evacuation`` (its labels
hold the fifth reading, its snippets set AO, aside): the folds, groups,
measurements and training-only material are v3.20's (``nine_runs.py``),
with set AO after them, never scored; the corpus is scored on the
candidate's own labels. The base is v3.20's nine rows in
``../tagger_v3_20_2026-11-30/al_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python docs/experiments/tagger_v3_21_2026-11-30/ao_cv.py SEED MODEL_SEED
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import one_run_cli, v320_training_only  # noqa: E402

one_run_cli(base=("v3.19 with the background cue and set AL", v320_training_only()),
            candidate=("v3.20 with the fifth reading and set AO", "AO", v320_training_only()))
