"""Candidate 10 of v3.32, part (a): three CV runs of design 10 in v3.31's folds.

Design 10 is design 9 (``cv3_long.py``: sets BI, BK and BM's 450 items as
training material) with the FA-KES articles and the news outside war
weighted ``r = war snippets / (war snippets - sentence-only items - the
three sets' items)``, so that they keep the share of the weight they had
in v3.31. Each run writes ``$OOF_DIR/cv8_10_<seed>.npz``; ``--compare``
prints v3.31's runs (candidate 3's) beside them (``cv3_long_shares.out``).

    NEWSTAG_FAKES_CSV=... OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/cv3_long_shares.py --seed 42
    OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/cv3_long_shares.py --compare
"""

import argparse
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cv3_long  # noqa: E402

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))


def training_frame():
    """Design 9's training frame, reweighted so that the corpus and the news outside war keep v3.31's share."""
    from newstag.tagging.snippets import SENTENCE_ONLY_SETS

    frame, is_long = cv3_long.training_frame()
    set_name = frame["id"].str.extract(r"^w([A-Z]+)-\d+$", expand=False)
    snippet = set_name.notna().to_numpy()
    outside = frame["outside_war"].fillna(False).astype(bool).to_numpy()
    sentence_only = set_name.isin(SENTENCE_ONLY_SETS).to_numpy()
    # Counted on the whole labelled frame (lockbox included), as training_weights counts.
    war = int((snippet & ~outside).sum())
    r = war / (war - int(sentence_only.sum()) - int(is_long.sum()))
    weight = np.where(~snippet | outside, r, 1.0)
    assert np.allclose(frame.loc[~snippet | outside, "weight"], frame.loc[~snippet | outside, "weight"].iloc[0])
    return frame.assign(weight=weight, operating_weight=np.where(sentence_only, 0.0, weight)), is_long, r


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
    np.savez(OUT / f"cv8_10_{seed}.npz", ids=ids, fold=base["fold"], Y=Y, pred=pred, proba=proba)
    print(f"design 10, fold seed {seed}: done")


def compare() -> None:
    import io
    from contextlib import redirect_stdout

    # cv3_long.compare reads cv8_9_*; point it at design 10's runs.
    real_load = np.load
    np.load = lambda path, *a, **k: real_load(str(path).replace("cv8_9_", "cv8_10_"), *a, **k)
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        cv3_long.compare()
    np.load = real_load
    print(buffer.getvalue().replace("design 9", "design 10"), end="")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, choices=cv3_long.SEEDS)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    compare() if args.compare else run(args.seed)
