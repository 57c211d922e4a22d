"""Candidate 1 of v3.31, part (a): three CV runs of v3.31 (design 0) and of design 1 in the same folds.

Design 0 is v3.31 on the labels before the eighth reading; design 1 the
same code on the labels after it. The folds are those of design 0's labels
(fold seeds 42, 1, 7; the model seed is 42), computed by the design 0 run
and reused by design 1's, so that the corpus items fall in the same folds.
Each run writes ``$OOF_DIR/cv8_<design>_<seed>.npz`` (ids, fold of each
item, labels, out-of-fold decisions and probabilities; no text, not
committed: derived from FA-KES). ``--compare`` scores both designs on
design 1's labels (``cv3.out``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/eighth_reading_2026-12-01/cv3.py --design 0 --seed 42
    (labels of HEAD before the reading; then, after it is applied:)
    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/eighth_reading_2026-12-01/cv3.py --design 1 --seed 42
    PYTHONPATH=src python docs/experiments/eighth_reading_2026-12-01/cv3.py --compare
"""

import argparse
import os
from pathlib import Path

import numpy as np

from newstag.config import TAGS

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))
SEEDS = (42, 1, 7)
MODEL_SEED = 42
NOT_WAR = ("K", "V", "X")


def run(design: str, seed: int) -> None:
    from newstag.tagging import evaluate
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    ids = frame["id"].to_numpy(dtype=str)
    Y = tags_to_matrix(frame["tags"])
    if design == "0":
        folds = evaluate._folds(Y, 5, seed)
    else:
        base = np.load(OUT / f"cv8_0_{seed}.npz")
        assert (base["ids"] == ids).all(), "the items differ from design 0's run"
        folds = [(np.flatnonzero(base["fold"] != k), np.flatnonzero(base["fold"] == k)) for k in range(5)]
    evaluate._folds = lambda *_: folds
    pred, proba = evaluate.cross_validated_predictions(
        lambda: SentenceTagger(random_state=MODEL_SEED), frame.reindex(columns=ITEM_COLUMNS), Y, n_jobs=-1)
    fold = np.zeros(len(ids), dtype=int)
    for k, (_, test) in enumerate(folds):
        fold[test] = k
    np.savez(OUT / f"cv8_{design}_{seed}.npz", ids=ids, fold=fold, Y=Y, pred=pred, proba=proba)
    print(f"design {design}, fold seed {seed}: done")


def f1s(Y, P):
    tp = (Y & P).sum(0)
    denominator = Y.sum(0) + P.sum(0)
    return np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1), 1.0)


def compare() -> None:
    rows = {"0": [], "1": []}
    for seed in SEEDS:
        new = np.load(OUT / f"cv8_1_{seed}.npz")
        Y = new["Y"].astype(bool)
        ids = new["ids"]
        corpus = ~np.char.startswith(ids, "w")
        sets = np.array([i.split("-")[0][1:] if i.startswith("w") else "" for i in ids])
        war = ~corpus & ~np.isin(sets, NOT_WAR)
        not_war = np.isin(sets, ("K", "V")) & ~Y.any(1)
        for design in ("0", "1"):
            run_ = np.load(OUT / f"cv8_{design}_{seed}.npz")
            assert (run_["ids"] == ids).all() and (run_["fold"] == new["fold"]).all()
            P = run_["pred"].astype(bool)
            c, w = f1s(Y[corpus], P[corpus]), f1s(Y[war], P[war])
            rows[design].append((c.mean(), w.mean(), P[not_war].any(1).sum(), *c))
            print(f"seed {seed} design {design}: corpus macro {c.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, c))}); "
                  f"war snippets {w.mean():.4f}; sets K and V untagged given a tag {P[not_war].any(1).sum()}")
        changed = (np.load(OUT / f"cv8_0_{seed}.npz")["Y"] != new["Y"]).any(1)
        print(f"seed {seed}: items whose labels differ between the designs: {int(changed.sum())}")
    for design in ("0", "1"):
        m = np.mean(rows[design], axis=0)
        print(f"mean of {len(SEEDS)} runs, design {design}: corpus macro {m[0]:.4f}, war snippets {m[1]:.4f}, "
              f"K and V {m[2]:.1f}; corpus " + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, m[3:])))
    d = np.mean(rows["1"], axis=0) - np.mean(rows["0"], axis=0)
    met = d[0] >= -0.002 and d[1] >= -0.002
    print(f"design 1 - v3.31: corpus {d[0]:+.4f}, war snippets {d[1]:+.4f} (each -0.002 allowed): "
          f"part (a) {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--design", choices=["0", "1"])
    parser.add_argument("--seed", type=int, choices=SEEDS)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    compare() if args.compare else run(args.design, args.seed)
