"""After v3.37 shipped (decides nothing): every holdout set, five model seeds per design, macro and humanitarian.

`make train`'s card compares v3.37 and v3.36 with one fit each (seed 42), and there v3.37 is told apart below
v3.36 on humanitarian in sets AT and BH. This scores every holdout set with the five fits of each design kept by
``rule_c3.py`` (``/tmp/models_v337c``, ``/tmp/models_v336``): mean F1 per set, to see whether those gaps are the
seed-42 draw or the design.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_37_2026-12-03/explore_sets_five_seeds.py
"""

from pathlib import Path

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import read_snippets

SEEDS = (42, 2026, 7777, 1, 7)
DESIGNS = {"v3.37": (Path("/tmp/models_v337c"), "design_1_{}.joblib"),
           "v3.36": (Path("/tmp/models_v336"), "design_2_{}.joblib")}
HUM = TAGS.index("humanitarian")


def f1(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return 2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)


holdout = read_snippets("holdout").fillna({"title": "", "text": ""})
sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
Y = tags_to_matrix(holdout["tags"])
scores = {}
for name, (folder, pattern) in DESIGNS.items():
    for seed in SEEDS:
        P = joblib.load(folder / pattern.format(seed)).predict(holdout[["title", "text"]])
        for s in sorted(sets.unique(), key=lambda x: (len(x), x)):
            rows = (sets == s).to_numpy()
            scores.setdefault((name, s), []).append(f1(Y[rows], P[rows]))
print("set: macro v3.37 / v3.36 (difference); humanitarian v3.37 / v3.36 (difference); means over five seeds")
for s in sorted(sets.unique(), key=lambda x: (len(x), x)):
    a, b = np.mean(scores[("v3.37", s)], axis=0), np.mean(scores[("v3.36", s)], axis=0)
    print(f"{s}: macro {a.mean():.3f} / {b.mean():.3f} ({a.mean() - b.mean():+.3f}); "
          f"humanitarian {a[HUM]:.3f} / {b[HUM]:.3f} ({a[HUM] - b[HUM]:+.3f})")
