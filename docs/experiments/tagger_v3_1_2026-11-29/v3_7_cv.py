"""v3.7's design check: 5-fold CV on the design material, and set I (aside) as a check of ceasefire look-alikes.

Design material: the non-lockbox corpus items and snippet sets A-G and H
(set G was scored once for v3.6 and is design material since). Set I was
never trained on; here every design is fitted on all the design material and
scored on it. Run with the lexicon of the design to measure (the lexicon is a
module constant):  PYTHONPATH=src python docs/experiments/tagger_v3_1_2026-11-29/v3_7_cv.py NAME [SET_I [SEED]]
SET_I: "none" (default; set I scored after a fit on all the design material),
"all" or "negatives" (set I, or its items without ceasefire, join the design
material and its folds; set I is then scored out of fold).
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

name = sys.argv[1]
set_i = sys.argv[2] if len(sys.argv) > 2 else "none"
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
frame = labelled_training_data()
aside = read_snippets("aside")
if set_i == "negatives":
    aside = aside[[("ceasefire" not in tags) for tags in aside["tags"]]].reset_index(drop=True)
scored = read_snippets("holdout")  # set G, scored once for v3.6: design material since
assert set(scored["id"].str[:3]) == {"wG-"}
frame = pd.concat([frame, scored.drop(columns=["set", "conflict"])]
                  + ([aside.drop(columns=["set", "conflict"])] if set_i != "none" else []), ignore_index=True)
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_snippet = (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.startswith("wI-")).to_numpy()
X, Y = design[["title", "text", "evidence"]], tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(SentenceTagger, X, Y, n_splits=5, random_state=seed)
out = {"name": name, "set_I_in_design": set_i, "seed": seed, "n_design": len(design)}
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
