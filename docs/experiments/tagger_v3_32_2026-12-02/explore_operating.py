"""Exploration (decides nothing; reads the opened set BP only): the opened long reports BI, BK, BM and BO as
material for the operating point only (sentence weight 1e-6), with and without the lead feature; seed 42."""
import os, sys
import numpy as np
from joblib import Parallel, delayed
sys.path.insert(0, "/work/main/docs/experiments/tagger_v3_32_2026-12-02")
from newstag.config import TAGS

LONG = ("wBI-", "wBK-", "wBM-", "wBO-")

def frame_with_long(operating_only):
    import pandas as pd
    from newstag.corpus.loading import load_corpus
    from newstag.tagging.labels import labelled_frame, read_lockbox
    from newstag.tagging.snippets import read_snippets, training_weights, with_dev_snippets
    base = with_dev_snippets(labelled_frame(load_corpus(fakes=os.environ["NEWSTAG_FAKES_CSV"])))
    reports = read_snippets("holdout"); reports = reports[reports["id"].str.startswith(LONG)].drop(columns=["set", "conflict"])
    assert len(reports) == 600
    reports = reports.assign(source="wire snippets (labels/snippets)", note="")
    frame = training_weights(pd.concat([base, reports.reindex(columns=base.columns.union(reports.columns, sort=False))], ignore_index=True))
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    if operating_only:
        is_long = frame["id"].str.startswith(LONG)
        frame.loc[is_long, "weight"] = 1e-6
        frame.loc[is_long, "operating_weight"] = 1.0
    return frame

def fit(name, long_mode, lead, seed=42):
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data
    if long_mode is None:
        frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"]); frame = frame[~frame["id"].isin(read_lockbox())]
    else:
        frame = frame_with_long(long_mode == "operating")
    assert not frame["id"].str.startswith(("wBN-", "wBP-")).any()
    m = SentenceTagger(random_state=seed, lead_sentence=lead).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    h = read_snippets("holdout"); bp = h[h["id"].str.startswith("wBP-")]
    Y = tags_to_matrix(bp["tags"]).astype(bool); P = m.predict(bp.reindex(columns=ITEM_COLUMNS)).astype(bool)
    tp = (Y & P).sum(0); f = 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)
    return name, f, P.sum(0), Y.sum(0), m.thresholds_

runs = [("long reports operating only", "operating", False), ("long reports operating only + lead", "operating", True),
        ("long reports full weight (candidate 9)", "full", False), ("long reports full weight + lead", "full", True)]
for name, f, p, y, th in Parallel(n_jobs=2)(delayed(fit)(*r) for r in runs):
    print(f"{name}: BP macro {f.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))}); predicted/true {' '.join(f'{a}/{b}' for a, b in zip(p, y))}; thresholds {np.round(th, 2)}")
