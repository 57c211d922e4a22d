"""Exploration, not a candidate: where v2 (whole article) beats v3.31 on set BI, and a plain average of the two.

Both fitted as `make train` fits them for the holdouts (v3.31 on every
non-lockbox item; v2 without the sentence-only sets and without item
weights), model seed 42. Scores the opened holdouts BI (long reports) and
BH (wire) only: neither the lockbox nor an unopened set is read.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/long_reports_2026-12-02/explore_bi.py   # explore_bi.out
"""

import os

import numpy as np

from newstag.config import TAGS


def f1s(Y, P):
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def main() -> None:
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.model import NewsTagger
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import SENTENCE_ONLY_SETS, read_snippets
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    sets = frame["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    v3 = SentenceTagger(random_state=42).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    old = frame[~sets.isin(SENTENCE_ONLY_SETS)]
    v2 = NewsTagger(random_state=42).fit(old.reindex(columns=("title", "text", "evidence")), tags_to_matrix(old["tags"]))
    holdout = read_snippets("holdout")
    for name in ("BI", "BH"):
        items = holdout[holdout["id"].str.startswith(f"w{name}-")].reset_index(drop=True)
        X = items.reindex(columns=ITEM_COLUMNS)
        Y = tags_to_matrix(items["tags"]).astype(bool)
        p3, p2 = v3.predict_proba(X), v2.predict_proba(X)
        P3, P2 = p3 >= v3.thresholds_, p2 >= v2.thresholds_
        blend = (p3 + p2) / 2 >= (v3.thresholds_ + v2.thresholds_) / 2
        for label, P in (("v3.31", P3), ("v2", P2), ("mean of both", blend)):
            f = f1s(Y, P)
            print(f"set {name}, {label}: macro {f.mean():.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + ")")
        for k, tag in enumerate(TAGS):
            only2 = np.flatnonzero((P2[:, k] == Y[:, k]) & (P3[:, k] != Y[:, k]))
            only3 = np.flatnonzero((P3[:, k] == Y[:, k]) & (P2[:, k] != Y[:, k]))
            fn = sum(Y[i, k] for i in only2)
            print(f"  {tag}: v2 right where v3.31 wrong {len(only2)} ({fn} missed by v3.31, {len(only2) - fn} false), "
                  f"v3.31 right where v2 wrong {len(only3)}")
            if name == "BI":
                for i in only2:
                    print(f"    {items['id'][i]} gold {int(Y[i, k])} v3.31 {p3[i, k]:.2f} v2 {p2[i, k]:.2f}: {items['title'][i][:90]}")


if __name__ == "__main__":
    main()
