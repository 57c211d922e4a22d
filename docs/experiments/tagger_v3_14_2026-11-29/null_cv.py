"""Diagnostic: how far v3.11's CV figures move when only the tagger's own seed changes (decides nothing).

The same design material, folds and groups as the v3.14 candidates (fold
seed SEED); the tagger's ``random_state`` (which cuts its short items and
folds its aggregator) is MODEL_SEED instead of SEED. Nothing else changes,
so the differences from the base rows are the noise of the design itself,
the yardstick for a candidate's CV change.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_14_2026-11-29/null_cv.py SEED MODEL_SEED
"""

import json
import sys

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

seed, model_seed = int(sys.argv[1]), int(sys.argv[2])
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert not design["id"].str.match(r"w[ISTRUWXY]-").any() and design["id"].str.startswith("wV-").sum() == 400
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(lambda: SentenceTagger(random_state=model_seed), X, Y, n_splits=5,
                                             random_state=seed)
out = {"candidate": "v3.11, other model seed", "seed": seed, "model_seed": model_seed}
for group, rows in groups.items():
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
c = TAGS.index("ceasefire")
war = groups["war_snippets"]
no_ceasefire, has_ceasefire = war & (Y[:, c] == 0), war & (Y[:, c] == 1)
out["war_snippets_without_ceasefire_given_ceasefire"] = f"{int(predictions[no_ceasefire, c].sum())}/{int(no_ceasefire.sum())}"
out["war_snippets_ceasefire_found"] = f"{int(predictions[has_ceasefire, c].sum())}/{int(has_ceasefire.sum())}"
print(json.dumps(out), flush=True)
