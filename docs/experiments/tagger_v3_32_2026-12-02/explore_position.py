"""Exploration (decides nothing): is a tag-touching sentence late in a long item more often passing?
Training items only (non-lockbox corpus, dev snippets) and the opened long holdouts BI, BK, BM."""
import os
import numpy as np, pandas as pd
from newstag.config import TAGS
from newstag.corpus.sentences import item_sentences
from newstag.tagging.labels import read_lockbox
from newstag.tagging.train import labelled_training_data
from newstag.tagging.snippets import read_snippets

frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
frame = frame[~frame["id"].isin(read_lockbox())]
hold = read_snippets("holdout"); hold = hold[hold["id"].str.match(r"^w(BI|BK|BM)-")]
def rows(f, name):
    out = []
    for r in f.itertuples(index=False):
        n = len(item_sentences(r.title, r.text))
        if n < 8: continue
        ev = r.evidence if isinstance(r.evidence, dict) else {}
        for tag, roles in ev.items():
            for role, idx in roles.items():
                for i in idx:
                    out.append((name, tag, role, i, n))
    return out
corpus = frame[~frame["id"].str.startswith("w")]
dev = frame[frame["id"].str.startswith("w")]
allrows = rows(corpus, "corpus") + rows(dev, "dev long") + rows(hold, "BI/BK/BM")
d = pd.DataFrame(allrows, columns=["src", "tag", "role", "i", "n"])
title = d["i"] == 0
d["pos"] = np.where(title, "headline", pd.cut((d["i"]) / d["n"], [0, 0.34, 0.67, 1.01], labels=["first third", "middle", "last third"]).astype(str))
print(d.groupby(["src"]).size())
for src, g in d.groupby("src"):
    t = pd.crosstab([g["tag"]], [g["pos"], g["role"]])
    t = t.xs("passing", axis=1, level=1) / (t.xs("passing", axis=1, level=1) + t.xs("carries", axis=1, level=1)); print(src, "passing share"); print(t.round(2).to_string())
