"""Does training on set K (news from outside armed conflict) help? 5-fold CV on the design material.

Design material: the non-lockbox corpus items, the dev snippets and set G
(scored once for v3.6, design material since). With K "in", set K joins the
design material and its folds and is scored out of fold; with K "out", the
design is fitted on all the design material and scored on set K. Set I
stays out (v3.5's rule); set J is never read here.

    PYTHONPATH=src python docs/experiments/tagger_v3_8_2026-11-29/set_k_cv.py K SEED
"""

import json
import sys

import pandas as pd

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data

k_in = sys.argv[1] == "in"
seed = int(sys.argv[2])
aside = read_snippets("aside")
set_k = aside[aside["id"].str.startswith("wK-")].drop(columns=["set", "conflict"]).reset_index(drop=True)
holdout = read_snippets("holdout")
assert holdout["id"].str.startswith("wG-").all()
parts = [labelled_training_data(), holdout.drop(columns=["set", "conflict"])]
if k_in:
    parts.append(set_k)
frame = pd.concat(parts, ignore_index=True)
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_k = design["id"].str.startswith("wK-").to_numpy()
is_snippet = design["id"].str.match(r"w[A-Z]-").to_numpy() & ~is_k
X, Y = design[["title", "text", "evidence"]], tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(SentenceTagger, X, Y, n_splits=5, random_state=seed)
out = {"set_K": "in" if k_in else "out", "seed": seed, "n_design": len(design)}
for group, rows in (("corpus", ~is_snippet & ~is_k), ("snippets", is_snippet)):
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 3) for tag in (*TAGS, "macro")}
if k_in:
    P, Yk = predictions[is_k], Y[is_k]
else:
    P = SentenceTagger(random_state=seed).fit(X, Y).predict(set_k[["title", "text"]])
    Yk = tags_to_matrix(set_k["tags"])
untagged = Yk.sum(axis=1) == 0
out["set_K"] = {
    "macro": round(float(scores_table(Yk, P).loc["macro", "f1"]), 3),
    "untagged_items_given_a_tag": f"{int((P[untagged].sum(axis=1) > 0).sum())}/{int(untagged.sum())}",
    "false_positives": {t: int(((P[:, j] == 1) & (Yk[:, j] == 0)).sum()) for j, t in enumerate(TAGS)},
    "misses": {t: int(((P[:, j] == 0) & (Yk[:, j] == 1)).sum()) for j, t in enumerate(TAGS)},
}
print(json.dumps(out))
