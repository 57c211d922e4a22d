"""One CV run (fold seed 42, model seed 42) of design 0 or 11 of v3.29 in the base's folds: its out-of-fold decisions (a record).

Run from the repository root:

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/oof_one_run.py 0
    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/oof_one_run.py 11
    PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/oof_one_run.py --compare   # oof_one_run.out

The first two write ``$OOF_DIR/oof_<design>.npz`` (default /tmp; ids,
decisions, probabilities, labels; not committed: they hold no text, but
are derived from FA-KES); ``--compare`` prints ceasefire on the corpus
items for both.
"""
import os
import sys
from pathlib import Path

import numpy as np

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))


def compare() -> None:
    base, new = np.load(OUT / "oof_0.npz"), np.load(OUT / "oof_11.npz")
    assert (base["ids"] == new["ids"]).all()
    corpus = ~np.char.startswith(base["ids"], "w")
    y = base["Y"][corpus, 0]
    assert (y == new["Y"][corpus, 0]).all(), "the corpus labels differ"
    print(f"corpus items scored: {corpus.sum()}, with ceasefire: {y.sum()}")
    decided = {}
    for name, run in (("v3.29", base), ("design 11", new)):
        p = decided[name] = run["pred"][corpus, 0]
        tp, fp, fn = int(((p == 1) & (y == 1)).sum()), int(((p == 1) & (y == 0)).sum()), int(((p == 0) & (y == 1)).sum())
        q = run["proba"][corpus, 0]
        print(f"{name}: ceasefire tp {tp}, fp {fp}, fn {fn}, F1 {2 * tp / (2 * tp + fp + fn):.3f}; "
              f"mean probability on ceasefires {q[y == 1].mean():.3f}, on the others {q[y == 0].mean():.3f}")
    a, b = decided["v3.29"], decided["design 11"]
    print(f"design 11 against v3.29: ceasefires lost {int(((a == 1) & (b == 0) & (y == 1)).sum())}, gained "
          f"{int(((a == 0) & (b == 1) & (y == 1)).sum())}; false ceasefires removed {int(((a == 1) & (b == 0) & (y == 0)).sum())}, "
          f"added {int(((a == 0) & (b == 1) & (y == 0)).sum())}")


if sys.argv[1:] == ["--compare"]:
    compare()
    raise SystemExit(0)
sys.path.insert(0, "docs/experiments/tagger_v3_15_2026-11-29")
sys.path.insert(0, "docs/experiments/tagger_v3_29_2026-11-30")
DESIGN = sys.argv[1]
assert DESIGN in ("0", "11")
sys.argv = ["cv.py", "42", "42", "--design", DESIGN] + (["--base-folds"] if DESIGN == "11" else [])
import nine_runs  # noqa: E402

saved = {}
run_cv = nine_runs.cross_validated_predictions


def capture(*args, **kwargs):
    saved["out"], saved["Y"] = run_cv(*args, **kwargs), args[2]
    return saved["out"]


nine_runs.cross_validated_predictions = capture  # nine_runs.run calls it by this name
exec(open("docs/experiments/tagger_v3_29_2026-11-30/cv.py").read())
predictions, probabilities = saved["out"]
np.savez(OUT / f"oof_{DESIGN}.npz", ids=nine_runs.design_material()["id"].to_numpy(dtype=str), pred=predictions,
         proba=probabilities, Y=saved["Y"])
