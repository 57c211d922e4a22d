"""Candidate 1 of v3.34, parts (b) and (c): sets BS and BT, each scored once, five fits of each design.

The two designs differ in their lexicon only, so each is fitted and run in its own process with its own
source tree on ``PYTHONPATH`` (v3.33: ``main``; design 1: branch ``v334``). Each fit is on every non-lockbox
labelled item, with model seeds 42, 2026, 7777, 1 and 7. ``--part b`` fits the ten models, keeps them in
``$MODEL_DIR``, predicts set BS (250 wire items) and scores it; ``--part c`` loads the same ten models in
their own source trees, predicts set BT (150 long reports) and scores it. Part (c) is run only after part
(b) is met and written down.

    NEWSTAG_FAKES_CSV=... MODEL_DIR=... python docs/experiments/tagger_v3_34_2026-12-03/rule_bs_bt.py --part b
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

SEEDS = (42, 2026, 7777, 1, 7)
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_v334"))
SOURCES = {"v3.33": "/work/main/src", "design 1": "/work/wt334/src"}
PARTS = {"b": ("BS", 250, 0.003), "c": ("BT", 150, -0.005)}


def path(name, seed):
    return MODELS / f"{name.replace(' ', '_').replace('.', '')}_{seed}.joblib"


def fit(name, seed):
    import joblib

    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    assert not frame["id"].str.startswith(("wBS-", "wBT-")).any(), "an unopened set is in the training items"
    model = SentenceTagger(random_state=seed).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    joblib.dump(model, path(name, seed))


def the_set(letter, size):
    from newstag.tagging.snippets import read_snippets

    unopened = read_snippets("unopened")
    items = unopened[unopened["id"].str.startswith(f"w{letter}-")].reset_index(drop=True)
    assert len(items) == size, f"set {letter} has {len(items)} items, {size} expected"
    return items


def run_design(name, part):
    """In the design's own source tree: fit (part b) and predict the part's set, labels unread."""
    import joblib
    from joblib import Parallel, delayed

    from newstag.tagging import lexicon
    from newstag.tagging.train import ITEM_COLUMNS

    assert os.path.dirname(os.path.dirname(os.path.dirname(lexicon.__file__))) == SOURCES[name], lexicon.__file__
    letter, size, _ = PARTS[part]
    if part == "b":
        MODELS.mkdir(parents=True, exist_ok=True)
        Parallel(n_jobs=2)(delayed(fit)(name, seed) for seed in SEEDS)
    X = the_set(letter, size).drop(columns=["tags"]).reindex(columns=ITEM_COLUMNS)
    out = {}
    for seed in SEEDS:
        model = joblib.load(path(name, seed))
        out[seed] = {"predicted": model.predict(X).tolist(), "thresholds": list(map(float, model.thresholds_))}
    (MODELS / f"{path(name, 0).stem}_{letter}.json").write_text(json.dumps(out))


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def compare(part):
    from newstag.config import TAGS
    from newstag.tagging.labels import tags_to_matrix

    letter, size, margin = PARTS[part]
    items = the_set(letter, size)
    Y = tags_to_matrix(items["tags"])
    halves = {"first half": items.index < size // 2, "second half": items.index >= size // 2}
    means = {}
    for name in SOURCES:
        runs = json.loads((MODELS / f"{path(name, 0).stem}_{letter}.json").read_text())
        scores, half_scores = [], {h: [] for h in halves}
        for seed in SEEDS:
            P = np.asarray(runs[str(seed)]["predicted"])
            f = f1s(Y, P)
            scores.append([*f, f.mean()])
            for h, rows in halves.items():
                half_scores[h].append(f1s(Y[rows], P[rows]))
            print(f"{name}, seed {seed}: thresholds {' '.join(f'{x:.2f}' for x in runs[str(seed)]['thresholds'])}; "
                  f"set {letter} macro {f.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))}); "
                  f"predicted/true {' '.join(f'{p}/{y}' for p, y in zip(P.sum(0), Y.sum(0)))}")
        means[name] = np.mean(scores, axis=0)
        print(f"{name}, set {letter}, mean of {len(SEEDS)}: macro {means[name][-1]:.4f} ("
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, means[name][:-1])) + ")")
        for h in halves:
            m = np.mean(half_scores[h], axis=0)
            print(f"   {h} (decides nothing): " + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, m)))
    gain = means["design 1"][-1] - means["v3.33"][-1]
    print(f"design 1 - v3.33 on set {letter}: {gain:+.4f} (at least {margin:+.3f} asked): "
          f"{'met' if gain >= margin else 'NOT met'}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=PARTS, required=True)
    parser.add_argument("--design", choices=SOURCES)
    args = parser.parse_args()
    if args.design:
        run_design(args.design, args.part)
        return
    for name, source in SOURCES.items():
        env = {**os.environ, "PYTHONPATH": source}
        subprocess.run([sys.executable, __file__, "--part", args.part, "--design", name], env=env, check=True)
    sys.path.insert(0, SOURCES["v3.33"])
    compare(args.part)


if __name__ == "__main__":
    main()
