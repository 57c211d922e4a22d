"""After v3.36 shipped (decides nothing): every holdout set, five model seeds per design.

`make train`'s card compares v3.36 and v3.33 with one fit each (seed 42), and there v3.36 is told apart below
v3.33 on sets BE, BF and BR. This scores every holdout set (wire and long reports) with the five fits of each
design kept by ``rule_d1.py`` (``$MODEL_DIR``, ``$V333_DIR``), mean macro F1 per set and per-seed range, to see
whether those gaps are the seed-42 draw or the design.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_36_2026-12-03/explore_sets_five_seeds.py
"""

import os
from pathlib import Path

import joblib
import numpy as np

from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import read_snippets

SEEDS = (42, 2026, 7777, 1, 7)
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_v336"))
V333 = Path(os.environ.get("V333_DIR", "/tmp/models_v334"))


def macro(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return float(np.mean(2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)))


def main():
    holdout = read_snippets("holdout").fillna({"title": "", "text": ""})
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    names = sorted(sets.dropna().unique(), key=lambda n: (len(n), n))
    scores = {d: {n: [] for n in names} for d in ("v3.33", "v3.36")}
    for seed in SEEDS:
        for design, path in (("v3.33", V333 / f"v333_{seed}.joblib"), ("v3.36", MODELS / f"design_2_{seed}.joblib")):
            P = joblib.load(path).predict(holdout[["title", "text"]])
            for n in names:
                rows = (sets == n).to_numpy()
                scores[design][n].append(macro(tags_to_matrix(holdout.loc[rows, "tags"]), P[rows]))
    for n in names:
        a, b = np.array(scores["v3.33"][n]), np.array(scores["v3.36"][n])
        print(f"set {n:3s}: v3.33 {a.mean():.4f}, v3.36 {b.mean():.4f}, difference {b.mean() - a.mean():+.4f} "
              f"(per seed {np.min(b - a):+.3f} to {np.max(b - a):+.3f}; seed 42 {b[0] - a[0]:+.3f})", flush=True)


if __name__ == "__main__":
    main()
