"""Candidate 2 of v3.33, parts (b) and (c): sets BN and BR, each scored once, five fits of each design.

Each fit is on every non-lockbox labelled item (v3.32's items and weights), with model seeds 42, 2026,
7777, 1 and 7. Design 2 is ``adapt_design.LengthAdaptedTagger``'s features with v3.32's single operating
point (``adapt_design.SharedPointTagger``). ``--part b`` fits the ten models, keeps them in ``$MODEL_DIR`` and scores set
BN (250 wire items); ``--part c`` loads the same ten models and scores set BR (150 long reports). Part (c)
is run only after part (b) is met and written down.

    NEWSTAG_FAKES_CSV=... MODEL_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/rule_bn_br.py --part b
    NEWSTAG_FAKES_CSV=... MODEL_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/rule_bn_br.py --part c
"""

import argparse
import os
import sys
from pathlib import Path

import joblib
import numpy as np
from joblib import Parallel, delayed

from newstag.config import TAGS
from newstag.tagging.sentence_model import SentenceTagger

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from adapt_design import SharedPointTagger  # noqa: E402

SEEDS = (42, 2026, 7777, 1, 7)
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_c2"))
PARTS = {"b": ("BN", 250, 0.003), "c": ("BR", 150, -0.005)}


DESIGNS = {"v3.32": SentenceTagger, "design 2": SharedPointTagger}


def path(name, seed):
    return MODELS / f"{name.replace(' ', '_').replace('.', '')}_{seed}.joblib"


def fit(name, seed):
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    assert not frame["id"].str.startswith(("wBN-", "wBR-")).any(), "an unopened set is in the training items"
    model = DESIGNS[name](random_state=seed).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    joblib.dump(model, path(name, seed))
    return name, seed


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def main(part):
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import ITEM_COLUMNS

    letter, size, margin = PARTS[part]
    calls = [(name, seed) for name in DESIGNS for seed in SEEDS]
    if part == "b":
        MODELS.mkdir(parents=True, exist_ok=True)
        Parallel(n_jobs=2)(delayed(fit)(name, seed) for name, seed in calls)
    unopened = read_snippets("unopened")
    items = unopened[unopened["id"].str.startswith(f"w{letter}-")]
    assert len(items) == size, f"set {letter} has {len(items)} items, {size} expected"
    Y, X = tags_to_matrix(items["tags"]), items.reindex(columns=ITEM_COLUMNS)
    means = {}
    for name in DESIGNS:
        scores = []
        for seed in SEEDS:
            model = joblib.load(path(name, seed))
            P = model.predict(X)
            f = f1s(Y, P)
            scores.append([*f, f.mean()])
            print(f"{name}, seed {seed}: thresholds {' '.join(f'{x:.2f}' for x in model.thresholds_)}; set {letter} "
                  f"macro {f.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))}); "
                  f"predicted/true {' '.join(f'{p}/{y}' for p, y in zip(P.sum(0), Y.sum(0)))}")
        means[name] = np.mean(scores, axis=0)
        print(f"{name}, set {letter}, mean of {len(SEEDS)}: macro {means[name][-1]:.4f} ("
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, means[name][:-1])) + ")")
    gain = means["design 2"][-1] - means["v3.32"][-1]
    print(f"design 2 - v3.32 on set {letter}: {gain:+.4f} (at least {margin:+.3f} asked): "
          f"{'met' if gain >= margin else 'NOT met'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=PARTS, required=True)
    main(parser.parse_args().part)
