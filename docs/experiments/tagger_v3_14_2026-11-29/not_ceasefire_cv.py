"""The ceasefire exclusions as a cue group (v3.14 candidate 2), against v3.11 (5-fold CV).

Rule: ``labels/snippets/README.md``, "Candidate 2 of v3.14". Runs on branch
``v314-not-ceasefire`` (the lexicon with its ``not_ceasefire`` group). Same
design material, folds, seeds and groups as ``../tagger_v3_13_2026-11-29/i_cv.py``,
whose base rows are v3.11 on these folds.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_14_2026-11-29/not_ceasefire_cv.py SEED
"""

import json
import sys

from newstag.config import TAGS
from newstag.tagging.cues import CUES
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

seed = int(sys.argv[1])
assert "not_ceasefire" in CUES, "run on branch v314-not-ceasefire"
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert not design["id"].str.match(r"w[ISTRUWXY]-").any() and design["id"].str.startswith("wV-").sum() == 400
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(lambda: SentenceTagger(random_state=seed), X, Y, n_splits=5,
                                             random_state=seed)
out = {"candidate": "not_ceasefire", "seed": seed}
for group, rows in groups.items():
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
c = TAGS.index("ceasefire")
war = groups["war_snippets"]
no_ceasefire, has_ceasefire = war & (Y[:, c] == 0), war & (Y[:, c] == 1)
out["war_snippets_without_ceasefire_given_ceasefire"] = f"{int(predictions[no_ceasefire, c].sum())}/{int(no_ceasefire.sum())}"
out["war_snippets_ceasefire_found"] = f"{int(predictions[has_ceasefire, c].sum())}/{int(has_ceasefire.sum())}"
print(json.dumps(out), flush=True)
