"""Exploration (decides nothing): the shipped v3.31's airstrike errors on set BL (a holdout since candidate 8 of v3.32).

    PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/explore_bl_airstrike.py
"""
import numpy as np, collections
from newstag.config import TAGS
from newstag.tagging.predict import load_tagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.labels import tags_to_matrix
m = load_tagger()
s = read_snippets("holdout")
it = s[s.id.str.startswith("wBL-")].reset_index(drop=True)
Y = tags_to_matrix(it.tags).astype(bool)
P = m.predict_proba(list(zip(it.title, it.text))); pred = P >= m.thresholds_
k = TAGS.index("airstrike")
print("airstrike FP", int((pred[:, k] & ~Y[:, k]).sum()), "FN", int((~pred[:, k] & Y[:, k]).sum()), "pos", int(Y[:, k].sum()))
print("FP by conflict", collections.Counter(it.conflict[pred[:, k] & ~Y[:, k]]))
print("FN by conflict", collections.Counter(it.conflict[~pred[:, k] & Y[:, k]]))
for i in np.flatnonzero(pred[:, k] != Y[:, k])[:40]:
    print(("FP" if pred[i, k] else "FN"), it.id[i], f"{P[i,k]:.2f}", it.title[i][:70], "|", it.text[i][:110])
