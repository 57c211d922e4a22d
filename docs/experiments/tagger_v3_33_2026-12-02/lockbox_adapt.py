"""Candidate 2 of v3.33, part (d): the lockbox scored once for v3.32 and design 2, each fitted (model seed 42)
on its own non-lockbox training items and weights (the same items here), with make train's paired bootstrap
(``lockbox_adapt.out``). Run only after parts (b) and (c) are met and written down.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/lockbox_adapt.py
"""

import os
import sys

from joblib import Parallel, delayed

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def fit_and_predict(design):
    from adapt_design import SharedPointTagger
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    everything = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    lockbox = everything[everything["id"].isin(read_lockbox())].reset_index(drop=True)
    frame = everything[~everything["id"].isin(read_lockbox())]
    make = SharedPointTagger if design == "design 2" else SentenceTagger
    model = make(random_state=42).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    X = lockbox[["title", "text"]].assign(evidence=[{}] * len(lockbox))
    return design, lockbox["id"].tolist(), tags_to_matrix(lockbox["tags"]), model.predict(X)


def main():
    from newstag.config import TAGS
    from newstag.tagging.evaluate import paired_f1_differences, scores_table

    out = {d: (ids, Y, P) for d, ids, Y, P in Parallel(n_jobs=2)(delayed(fit_and_predict)(d)
                                                                   for d in ("v3.32", "design 2"))}
    ids, Y, P_old = out["v3.32"]
    assert out["design 2"][0] == ids
    P_new = out["design 2"][2]
    print(f"lockbox: {len(ids)} items")
    for name, P in (("v3.32", P_old), ("design 2", P_new)):
        table = scores_table(Y, P)
        print(name, " ".join(f"{t} {table.loc[t, 'f1']:.3f}" for t in (*TAGS, "macro")))
    diff = paired_f1_differences(Y, P_new, P_old)
    print("design 2 - v3.32, paired 95% intervals:")
    below = []
    for t, row in diff.iterrows():
        print(f"  {t}: {row['difference']:+.3f} ({row['low']:+.3f} to {row['high']:+.3f})")
        if row["high"] < 0:
            below.append(t)
    print(f"part (d): {'NOT met, told apart below on ' + ', '.join(below) if below else 'met (no tag and not the macro told apart below v3.32)'}")


if __name__ == "__main__":
    main()
