"""The design checks of v3.6 and v3.7: 5-fold CV on the design material, and set I as a check of ceasefire look-alikes.

Design material: the non-lockbox corpus items and the dev snippets (sets A-F
and H: v3.6's), and with ``--with-holdout`` the holdout set too (set G, once
scored for v3.6: v3.7's design material). Set I was never trained on; with
SET_I "none" every design is fitted on all the design material and scored on
it. Run with the lexicon of the design to measure (the lexicon is a module
constant):

    PYTHONPATH=src python docs/experiments/tagger_v3_1_2026-11-29/v3_6_cv.py NAME [SET_I [SEED]] [--with-holdout]

SET_I: "none" (default), "all" or "negatives" (set I, or its items without
ceasefire, join the design material and its folds; set I is then scored out
of fold).
"""

import json
import sys

import numpy as np
import pandas as pd

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data

with_holdout = "--with-holdout" in sys.argv
args = [a for a in sys.argv[1:] if a != "--with-holdout"]
name = args[0]
set_i = args[1] if len(args) > 1 else "none"
seed = int(args[2]) if len(args) > 2 else 42
frame = labelled_training_data()
aside = read_snippets("aside")
if set_i == "negatives":
    aside = aside[[("ceasefire" not in tags) for tags in aside["tags"]]].reset_index(drop=True)
extra = [read_snippets("holdout")] if with_holdout else []
extra += [aside] if set_i != "none" else []
frame = pd.concat([frame, *(part.drop(columns=["set", "conflict"]) for part in extra)], ignore_index=True)
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_snippet = (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.startswith("wI-")).to_numpy()
X, Y = design[["title", "text", "evidence"]], tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(SentenceTagger, X, Y, n_splits=5, random_state=seed)
out = {"name": name, "set_I_in_design": set_i, "seed": seed, "with_holdout": with_holdout, "n_design": len(design)}
for group, rows in (("corpus", ~is_snippet), ("snippets", is_snippet)):
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 3) for tag in (*TAGS, "macro")}
if set_i == "none":
    model = SentenceTagger().fit(X, Y)
    P, Ya = model.predict(aside[["title", "text"]]), tags_to_matrix(aside["tags"])
else:
    in_i = design["id"].str.startswith("wI-").to_numpy()
    P, Ya = predictions[in_i], Y[in_i]
k = TAGS.index("ceasefire")
out["set_I"] = {
    "ceasefire_f1": round(float(scores_table(Ya, P).loc["ceasefire", "f1"]), 3),
    "ceasefire_false_positives": int(((P[:, k] == 1) & (Ya[:, k] == 0)).sum()),
    "ceasefire_misses": int(((P[:, k] == 0) & (Ya[:, k] == 1)).sum()),
    "macro": round(float(scores_table(Ya, P).loc["macro", "f1"]), 3),
}
print(json.dumps(out))
