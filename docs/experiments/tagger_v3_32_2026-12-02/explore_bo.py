"""Exploration (decides nothing): set BO's diplomacy and humanitarian false tags under the shipped v3.31,
the sentence that carries each, and how the readers marked that sentence."""
import numpy as np, pandas as pd
from newstag.config import TAGS
from newstag.tagging.predict import get_model
from newstag.tagging.snippets import read_snippets
from newstag.tagging.labels import tags_to_matrix

h = read_snippets("holdout"); bo = h[h["id"].str.startswith("wBO-")].reset_index(drop=True)
model = get_model()
X = bo[["title", "text"]]
P = model.predict(X); Y = tags_to_matrix(bo["tags"])
proba, sentences, owner = model.sentence_proba(X)
for tag in ("diplomacy", "humanitarian", "ceasefire", "airstrike"):
    k = TAGS.index(tag)
    fp = np.flatnonzero(P[:, k] & ~Y[:, k].astype(bool)); fn = np.flatnonzero(~P[:, k].astype(bool) & Y[:, k].astype(bool))
    print(f"== {tag}: false {len(fp)}, missed {len(fn)}")
    for i in fp:
        rows = np.flatnonzero(owner == i)
        best = rows[np.argmax(proba[rows, k])]
        ev = bo.loc[i, "evidence"] if isinstance(bo.loc[i, "evidence"], dict) else {}
        role = [r for r, idx in ev.get(tag, {}).items() if sentences[best].index in idx]
        n_high = int((proba[rows, k] > 0.5).sum())
        print(f"FP {bo.loc[i,'id']} s{sentences[best].index}/{len(rows)} p={proba[best,k]:.2f} high={n_high} role={role or ['none']}: {sentences[best].text[:160]}")
