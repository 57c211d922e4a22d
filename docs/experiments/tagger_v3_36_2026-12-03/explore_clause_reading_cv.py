"""Exploration in cross-validation (no holdout, no lockbox item): v3.33 against the same tagger whose item
aggregators also see the best clause (``clause_reading.py``).

make train's folds of the non-lockbox items (five folds, multi-label stratified), for the fold seeds given
(default 42), model seed 42. Both designs are fitted on the same training folds. Prints F1, predicted and true
counts per tag for the FA-KES corpus (and how many of its tags carried by one body sentence are found), the written long reports and the wire items, per fold seed and pooled, and
the largest difference (designs: env DESIGNS, comma-separated names of ``DESIGNS``; default
"v3.33,clause reading") between the clause design's sentence decisions and the fast scorer's (a check of its
prediction path).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src:docs/experiments/tagger_v3_36_2026-12-03 \
        python docs/experiments/tagger_v3_36_2026-12-03/explore_clause_reading_cv.py [fold seeds ...]
"""

import os
import sys
import time

import numpy as np

from clause_reading import ClauseReadingTagger
from newstag.config import TAGS
from newstag.tagging.evaluate import _folds, run_in_parallel
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import LONG_TRAINING_SETS
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data


DESIGNS = {"v3.33": (SentenceTagger, {}), "clause reading": (ClauseReadingTagger, {}),
           "clause positives": (ClauseReadingTagger, {"clause_positives": True})}


def fold(name, X_fit, Y_fit, X_test):
    cls, params = DESIGNS[name]
    model = cls(random_state=42, **params).fit(X_fit, Y_fit)
    check = model.check_against_scorer(X_test.iloc[:200]) if cls is ClauseReadingTagger else 0.0
    return model.predict(X_test), check


def f1_line(name, group, Y, P):
    f = [2 * (Y[:, k] & P[:, k]).sum() / max(Y[:, k].sum() + P[:, k].sum(), 1) for k in range(4)]
    print(f"{name:16s} {group:21s} macro {np.mean(f):.4f}: " + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f))
          + "; predicted/true " + " ".join(f"{int(P[:, k].sum())}/{int(Y[:, k].sum())}" for k in range(4)),
          flush=True)


def one_sentence(design):
    """Per FA-KES item and tag: whether exactly one body sentence (index 1 or more) carries it."""
    out = np.zeros((len(design), len(TAGS)), bool)
    for i, marks in enumerate(design["evidence"]):
        for k, tag in enumerate(TAGS):
            carries = ((marks or {}).get(tag) or {}).get("carries", [])
            out[i, k] = len(carries) == 1 and carries[0] >= 1
    return out & design["id"].str.startswith("fakes:").to_numpy()[:, None]


def main(seeds):
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    sets = design["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"]).astype(bool)
    groups = {"corpus": design["id"].str.startswith("fakes:").to_numpy(),
              "written long reports": sets.isin(LONG_TRAINING_SETS).to_numpy(),
              "wire": (sets.notna() & ~sets.isin(LONG_TRAINING_SETS)).to_numpy()}
    single = one_sentence(design) & Y
    names = os.environ.get("DESIGNS", "v3.33,clause reading").split(",")
    pooled = {name: [] for name in names}
    for seed in seeds:
        started = time.time()
        folds = _folds(Y.astype(int), 5, seed)
        for name in names:
            results = run_in_parallel([(fold, (name, X.iloc[train], Y[train].astype(int), X.iloc[test]))
                                       for train, test in folds], 2)
            P = np.zeros(Y.shape, bool)
            for (_, test), (p, check) in zip(folds, results):
                P[test] = p.astype(bool)
            if name != "v3.33":
                print(f"fold seed {seed}: largest |sentence decision - scorer's| {max(c for _, c in results):.2e}")
            pooled[name].append(P)
            for group, rows in groups.items():
                f1_line(f"{name} s{seed}", group, Y[rows], P[rows])
            print(f"{name} s{seed} corpus tags carried by one body sentence, found: "
                  + " ".join(f"{t} {int((P & single)[:, k].sum())}/{int(single[:, k].sum())}"
                             for k, t in enumerate(TAGS)), flush=True)
        print(f"fold seed {seed}: {time.time() - started:.0f} s", flush=True)
    if len(seeds) > 1:
        for name, Ps in pooled.items():
            for group, rows in groups.items():
                f1_line(f"{name} pooled", group, np.vstack([Y[rows]] * len(Ps)), np.vstack([P[rows] for P in Ps]))


if __name__ == "__main__":
    main([int(s) for s in sys.argv[1:]] or [42])
