"""v3.20 candidate 1: set AJ (truces and talks told apart) on top of v3.19, one run.

Rule: ``labels/snippets/README.md``, "Candidate 1 of v3.20". The folds,
groups and measurements are ``../tagger_v3_15_2026-11-29/nine_runs.py``'s;
v3.19's training-only material (set X less its aviation items, sets Z, AB,
AD and AH) is in every training fold, and set AJ after it, never scored.
With ``--base`` the run is v3.19's own: it must reproduce the "v3.17 with
set AH" rows of ``../tagger_v3_19_2026-11-30/ah_cv.jsonl``, which are the base.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_20_2026-11-30/aj_cv.py SEED MODEL_SEED [--base]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import one_run_cli, v319_training_only  # noqa: E402

one_run_cli(base=("v3.17 with set AH", v319_training_only()),
            candidate=("v3.19 with set AJ", "AJ", v319_training_only()))
