"""Candidate 13 of v3.32, part (a): three CV runs of design 13 in v3.31's folds.

Design 13: sets BI, BK, BM, BO and BP's 750 long reports as training material (in every training fold, never
scored: ``training_only``), the FA-KES articles and the news outside war weighted
``r = war snippets / (war snippets - sentence-only items - the five sets' items)`` so that they keep v3.31's
share (candidate 10's weighting). Each run writes ``$OOF_DIR/cv8_13_<seed>.npz``; ``--compare`` prints v3.31's
runs (candidate 3's) beside them (``cv3_long13.out``).

    NEWSTAG_FAKES_CSV=... OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/cv3_long13.py --seed 42
    OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/cv3_long13.py --compare
"""

import argparse
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cv3_long  # noqa: E402  (compare() and SEEDS)

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))
LONG = ("wBI-", "wBK-", "wBM-", "wBO-", "wBP-")
N_LONG = 750


def training_frame():
    """Non-lockbox training items with the five long-report sets among the dev sets, weighted as design 13;
    which rows are the long reports; and ``r``."""
    import pandas as pd

    from newstag.corpus.loading import load_corpus
    from newstag.tagging.labels import labelled_frame, read_lockbox
    from newstag.tagging.snippets import SENTENCE_ONLY_SETS, read_snippets, with_dev_snippets

    base = with_dev_snippets(labelled_frame(load_corpus(fakes=os.environ["NEWSTAG_FAKES_CSV"])))
    assert not base["id"].str.startswith(LONG).any()
    reports = read_snippets("holdout")
    reports = reports[reports["id"].str.startswith(LONG)].drop(columns=["set", "conflict"])
    assert len(reports) == N_LONG, len(reports)
    reports = reports.assign(source="wire snippets (labels/snippets)", note="", outside_war=False)
    frame = pd.concat([base, reports.reindex(columns=base.columns.union(reports.columns, sort=False))],
                      ignore_index=True)
    set_name = frame["id"].str.extract(r"^w([A-Z]+)-\d+$", expand=False)
    snippet = set_name.notna().to_numpy()
    outside = frame["outside_war"].fillna(False).astype(bool).to_numpy()
    sentence_only = set_name.isin(SENTENCE_ONLY_SETS).to_numpy()
    is_long = frame["id"].str.startswith(LONG).to_numpy()
    # Counted on the whole labelled frame (lockbox included), as training_weights counts.
    war = int((snippet & ~outside).sum())
    r = war / (war - int(sentence_only.sum()) - int(is_long.sum()))
    weight = np.where(~snippet | outside, r, 1.0)
    frame = frame.assign(weight=weight, operating_weight=np.where(sentence_only, 0.0, weight))
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    return frame, frame["id"].str.startswith(LONG).to_numpy(), r


def run(seed: int) -> None:
    from newstag.tagging import evaluate
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS

    frame, is_long, r = training_frame()
    print(f"corpus and news outside war weigh {r:.4f}")
    design, extra = frame[~is_long].reset_index(drop=True), frame[is_long].reset_index(drop=True)
    ids = design["id"].to_numpy(dtype=str)
    Y = tags_to_matrix(design["tags"])
    base = np.load(OUT / f"cv8_0_{seed}.npz")
    assert (base["ids"] == ids).all() and (base["Y"] == Y).all(), "the items or labels differ from v3.31's run"
    folds = [(np.flatnonzero(base["fold"] != k), np.flatnonzero(base["fold"] == k)) for k in range(5)]
    evaluate._folds = lambda *_: folds
    pred, proba = evaluate.cross_validated_predictions(
        lambda: SentenceTagger(random_state=42), design.reindex(columns=ITEM_COLUMNS), Y, n_jobs=-1,
        training_only=(extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])))
    np.savez(OUT / f"cv8_13_{seed}.npz", ids=ids, fold=base["fold"], Y=Y, pred=pred, proba=proba)
    print(f"design 13, fold seed {seed}: done")


def compare() -> None:
    import io
    from contextlib import redirect_stdout

    # cv3_long.compare reads cv8_9_*; point it at design 13's runs.
    real_load = np.load
    np.load = lambda path, *a, **k: real_load(str(path).replace("cv8_9_", "cv8_13_"), *a, **k)
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        cv3_long.compare()
    np.load = real_load
    print(buffer.getvalue().replace("design 9", "design 13"), end="")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, choices=cv3_long.SEEDS)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    compare() if args.compare else run(args.seed)
