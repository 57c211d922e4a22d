"""An article view in the aggregator (v3.14 candidate 1), against v3.11 (5-fold CV).

Rule: ``labels/snippets/README.md``, "Candidate 1 of v3.14". Same design
material, folds, seeds and groups as ``../tagger_v3_12_2026-11-29/x_cv.py``,
whose base rows (``base_cv.jsonl``) are v3.11 on these folds.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_14_2026-11-29/article_cv.py SEED
"""

import json
import sys

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

seed = int(sys.argv[1])
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert not design["id"].str.match(r"w[ISTRUWXY]-").any() and design["id"].str.startswith("wV-").sum() == 400
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy(),
          "set_K": design["id"].str.startswith("wK-").to_numpy(),
          "set_V": design["id"].str.startswith("wV-").to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(lambda: SentenceTagger(article_view=True, random_state=seed),
                                             X, Y, n_splits=5, random_state=seed)
out = {"candidate": "article_view", "seed": seed, "items": {g: int(rows.sum()) for g, rows in groups.items()}}
for group, rows in groups.items():
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
for name in ("set_K", "set_V"):
    untagged = groups[name] & (Y.sum(axis=1) == 0)
    out[f"{name}_untagged_false_tags_per_tag"] = {tag: int(n) for tag, n in zip(TAGS, predictions[untagged].sum(axis=0))}
    out[f"{name}_untagged_given_a_tag"] = f"{int((predictions[untagged].sum(axis=1) > 0).sum())}/{int(untagged.sum())}"
kv = (groups["set_K"] | groups["set_V"]) & (Y.sum(axis=1) == 0)
out["sets_K_V_untagged_given_a_tag"] = f"{int((predictions[kv].sum(axis=1) > 0).sum())}/{int(kv.sum())}"
print(json.dumps(out), flush=True)
