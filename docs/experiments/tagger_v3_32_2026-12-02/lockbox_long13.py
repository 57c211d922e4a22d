"""Candidate 13 of v3.32, part (c): the lockbox scored once for v3.31 and design 13, each fitted (model seed 42)
on its own non-lockbox training items and weights, with make train's paired bootstrap (``lockbox_long13.out``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/lockbox_long13.py
"""

import os
import sys

import numpy as np
from joblib import Parallel, delayed

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def fit_and_predict(design):
    from cv3_long13 import LONG, N_LONG, training_frame
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    everything = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    lockbox = everything[everything["id"].isin(read_lockbox())].reset_index(drop=True)
    if design == "design 13":
        frame = training_frame()[0]
        assert frame["id"].str.startswith(LONG).sum() == N_LONG
    else:
        frame = everything[~everything["id"].isin(read_lockbox())]
    assert not frame["id"].isin(read_lockbox()).any()
    model = SentenceTagger(random_state=42).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    X = lockbox[["title", "text"]].assign(evidence=[{}] * len(lockbox))
    return design, lockbox["id"].tolist(), tags_to_matrix(lockbox["tags"]), model.predict(X)


def main():
    from newstag.config import TAGS
    from newstag.tagging.evaluate import paired_f1_differences, scores_table

    out = dict((d, (ids, Y, P)) for d, ids, Y, P in Parallel(n_jobs=2)(delayed(fit_and_predict)(d) for d in ("v3.31", "design 13")))
    ids, Y, P_old = out["v3.31"]
    assert out["design 13"][0] == ids
    P_new = out["design 13"][2]
    print(f"lockbox: {len(ids)} items")
    for name, P in (("v3.31", P_old), ("design 13", P_new)):
        table = scores_table(Y, P)
        print(name, " ".join(f"{t} {table.loc[t, 'f1']:.3f}" for t in (*TAGS, "macro")))
    diff = paired_f1_differences(Y, P_new, P_old)
    print("design 13 - v3.31, paired 95% intervals:")
    below = []
    for t, row in diff.iterrows():
        print(f"  {t}: {row['difference']:+.3f} ({row['low']:+.3f} to {row['high']:+.3f})")
        if row["high"] < 0:
            below.append(t)
    print(f"part (c): {'NOT met, told apart below on ' + ', '.join(below) if below else 'met (no tag and not the macro told apart below v3.31)'}")


if __name__ == "__main__":
    main()
