"""Candidate 12 of v3.32, part (a): three CV runs of design 12 (the item aggregators read the best sentence of the lead, `lead_sentence=True`) in v3.31's folds.

v3.31's own runs (design 0) are made by
``../eighth_reading_2026-12-01/cv3.py --design 0`` on today's labels (same
folds, ``$OOF_DIR/cv8_0_<seed>.npz``), run from a worktree of the commit before
candidate 3's registration (the same code; candidate 3's runs). Each run
writes ``$OOF_DIR/cv8_12_<seed>.npz``; ``--compare`` prints both (``cv3_lead.out``).

    NEWSTAG_FAKES_CSV=... OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/cv3_lead.py --seed 42
    OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/cv3_lead.py --compare
"""

import argparse
import os
from pathlib import Path

import numpy as np

from newstag.config import TAGS

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))
SEEDS = (42, 1, 7)
DESIGN_12 = {"lead_sentence": True}
NOT_WAR = ("K", "V", "X")


def run(seed: int) -> None:
    from newstag.tagging import evaluate
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    ids = frame["id"].to_numpy(dtype=str)
    Y = tags_to_matrix(frame["tags"])
    base = np.load(OUT / f"cv8_0_{seed}.npz")
    assert (base["ids"] == ids).all() and (base["Y"] == Y).all(), "the items or labels differ from v3.31's run"
    folds = [(np.flatnonzero(base["fold"] != k), np.flatnonzero(base["fold"] == k)) for k in range(5)]
    evaluate._folds = lambda *_: folds
    pred, proba = evaluate.cross_validated_predictions(
        lambda: SentenceTagger(random_state=42, **DESIGN_12), frame.reindex(columns=ITEM_COLUMNS), Y, n_jobs=-1)
    np.savez(OUT / f"cv8_12_{seed}.npz", ids=ids, fold=base["fold"], Y=Y, pred=pred, proba=proba)
    print(f"design 12, fold seed {seed}: done")


def f1s(Y, P):
    tp = (Y & P).sum(0)
    denominator = Y.sum(0) + P.sum(0)
    return np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1), 1.0)


def compare() -> None:
    rows = {"0": [], "12": []}
    for seed in SEEDS:
        runs = {d: np.load(OUT / f"cv8_{d}_{seed}.npz") for d in rows}
        Y, ids = runs["0"]["Y"].astype(bool), runs["0"]["ids"]
        corpus = ~np.char.startswith(ids, "w")
        sets = np.array([i.split("-")[0][1:] if i.startswith("w") else "" for i in ids])
        war = ~corpus & ~np.isin(sets, NOT_WAR)
        not_war = np.isin(sets, ("K", "V")) & ~Y.any(1)
        for d, run_ in runs.items():
            P = run_["pred"].astype(bool)
            c, w = f1s(Y[corpus], P[corpus]), f1s(Y[war], P[war])
            rows[d].append((c.mean(), w.mean(), P[not_war].any(1).sum(), *c, *w))
            print(f"seed {seed} design {d}: corpus {c.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, c))}); "
                  f"war snippets {w.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, w))}); K and V {P[not_war].any(1).sum()}")
    for d in rows:
        m = np.mean(rows[d], axis=0)
        print(f"mean, design {d}: corpus {m[0]:.4f}, war snippets {m[1]:.4f}, K and V {m[2]:.1f}; corpus "
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, m[3:7])) + "; war " + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, m[7:])))
    a, b = np.mean(rows["0"], axis=0), np.mean(rows["12"], axis=0)
    met = b[0] >= a[0] - 0.003 and b[1] >= a[1] - 0.003 and b[2] <= a[2] + 2
    print(f"design 12 - v3.31: corpus {b[0] - a[0]:+.4f}, war snippets {b[1] - a[1]:+.4f} (each -0.003 allowed), "
          f"K and V {b[2] - a[2]:+.1f} (+2 allowed): part (a) {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, choices=SEEDS)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    compare() if args.compare else run(args.seed)
