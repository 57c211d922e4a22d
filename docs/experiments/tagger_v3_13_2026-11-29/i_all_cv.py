"""All of set I as training material (v3.13 candidate 3), against v3.11 (5-fold CV).

Set I's 200 items (ceasefire look-alikes and near-misses) join every training
fold and are never scored. Rule: ``labels/snippets/README.md``, "Candidate 3
of v3.13". The base rows are those of ``i_cv.jsonl`` (same folds and groups).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_13_2026-11-29/i_all_cv.py SEED
"""

import json
import sys

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

seed = int(sys.argv[1])
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
snippets = read_snippets()
set_i = snippets[snippets["id"].str.startswith("wI-")].reset_index(drop=True)
assert len(set_i) == 200 and not design["id"].str.match(r"w[ISTRUWXY]-").any()
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(
    lambda: SentenceTagger(random_state=seed), X, Y, n_splits=5, random_state=seed,
    training_only=(set_i.reindex(columns=ITEM_COLUMNS), tags_to_matrix(set_i["tags"])))
out = {"candidate": "i_all", "seed": seed}
for group, rows in groups.items():
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
no_ceasefire = groups["war_snippets"] & (Y[:, TAGS.index("ceasefire")] == 0)
out["war_snippets_without_ceasefire_given_ceasefire"] = (
    f"{int(predictions[no_ceasefire, TAGS.index('ceasefire')].sum())}/{int(no_ceasefire.sum())}")
print(json.dumps(out))
