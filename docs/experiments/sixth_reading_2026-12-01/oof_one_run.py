"""One CV run (fold seed 42, model seed 42) of design 0 or 11 of v3.29 in the base's folds: its out-of-fold decisions (a record).

Run from the repository root: NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/oof_one_run.py 11
Writes $OOF_DIR/oof_<design>.npz (default /tmp) (ids, decisions, probabilities, labels); not committed.
"""
import os
import sys
from pathlib import Path

import numpy as np
sys.path.insert(0, "docs/experiments/tagger_v3_15_2026-11-29"); sys.path.insert(0, "docs/experiments/tagger_v3_29_2026-11-30")
DESIGN = sys.argv[1]
sys.argv = ["cv.py", "42", "42", "--design", DESIGN] + (["--base-folds"] if DESIGN == "11" else [])
import nine_runs
from newstag.tagging import evaluate
orig = evaluate.cross_validated_predictions
saved = {}
def capture(*a, **k):
    out = orig(*a, **k); saved["out"] = out; saved["X"] = a[1]; saved["Y"] = a[2]; return out
evaluate.cross_validated_predictions = capture
nine_runs.cross_validated_predictions = capture
exec(open("docs/experiments/tagger_v3_29_2026-11-30/cv.py").read())
pred, proba = saved["out"]
X = saved["X"]
ids = nine_runs.design_material()["id"].to_numpy(dtype=str)
np.savez(Path(os.environ.get("OOF_DIR", "/tmp")) / f"oof_{DESIGN}.npz", ids=ids, pred=pred, proba=proba, Y=saved["Y"])
