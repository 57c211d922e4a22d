"""Exploration (decides nothing): on the opened long-report holdouts (BI, BK, BM, BO; out of sample for the
shipped v3.31), precision of predicted tags whose item has one high sentence standing after the lead, against the rest."""
import numpy as np
from newstag.config import TAGS
from newstag.tagging.predict import get_model
from newstag.tagging.snippets import read_snippets
from newstag.tagging.labels import tags_to_matrix

h = read_snippets("holdout"); rep = h[h["id"].str.match(r"^w(BI|BK|BM|BO)-")].reset_index(drop=True)
model = get_model()
X = rep[["title", "text"]]
P = model.predict(X).astype(bool); Y = tags_to_matrix(rep["tags"]).astype(bool)
proba, sentences, owner = model.sentence_proba(X)
lead = np.array([s.field == "title" or s.index <= 2 for s in sentences])
for k, tag in enumerate(TAGS):
    stats = {"one high, after the lead": [0, 0], "one high, in the lead": [0, 0], "two or more high": [0, 0], "none high": [0, 0]}
    for i in np.flatnonzero(P[:, k]):
        rows = np.flatnonzero(owner == i)
        high = rows[proba[rows, k] > 0.5]
        key = "none high" if len(high) == 0 else "two or more high" if len(high) > 1 else (
            "one high, in the lead" if lead[high[0]] else "one high, after the lead")
        stats[key][0] += Y[i, k]; stats[key][1] += 1
    print(tag, {k_: f"{tp}/{n} correct" for k_, (tp, n) in stats.items()})
