"""Set I's ceasefire look-alikes as training material (v3.13 candidate 2), against v3.11 (5-fold CV).

Set I's 100 items without ceasefire (the spec's exclusions; its near-misses
that do carry ceasefire are left out) join every training fold and are never
scored. Rule: ``labels/snippets/README.md``, "Candidate 2 of v3.13". The
base is v3.11 on the same folds (``base``), as in v3.12's candidate.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_13_2026-11-29/i_cv.py {base|i} SEED
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
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

candidate, seed = sys.argv[1], int(sys.argv[2])
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
snippets = read_snippets()
extra = snippets[snippets["id"].str.startswith("wI-")]
extra = extra[~extra["tags"].apply(lambda tags: "ceasefire" in tags)].reset_index(drop=True)
assert candidate == "base" or len(extra) == 100
assert not design["id"].str.match(r"w[ISTRUWX]-").any() and design["id"].str.startswith("wV-").sum() == 400
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy(),
          "set_K": design["id"].str.startswith("wK-").to_numpy(),
          "set_V": design["id"].str.startswith("wV-").to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
X_extra, Y_extra = extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])


class WithExtra:
    """v3.11 fitted on a training fold plus set I's items without ceasefire."""

    def fit(self, X_fit, Y_fit):
        self.model_ = SentenceTagger(random_state=seed).fit(pd.concat([X_fit, X_extra], ignore_index=True),
                                                              np.vstack([Y_fit, Y_extra]))
        return self

    def predict(self, X_test):
        return self.model_.predict(X_test)

    def predict_proba(self, X_test):
        return self.model_.predict_proba(X_test)


make = WithExtra if candidate == "i" else (lambda: SentenceTagger(random_state=seed))
predictions, _ = cross_validated_predictions(make, X, Y, n_splits=5, random_state=seed)
out = {"candidate": candidate, "seed": seed, "items": {g: int(rows.sum()) for g, rows in groups.items()}}
for group, rows in groups.items():
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
for name in ("set_K", "set_V"):
    untagged = groups[name] & (Y.sum(axis=1) == 0)
    out[f"{name}_untagged_false_tags_per_tag"] = {tag: int(n) for tag, n in zip(TAGS, predictions[untagged].sum(axis=0))}
    out[f"{name}_untagged_given_a_tag"] = f"{int((predictions[untagged].sum(axis=1) > 0).sum())}/{int(untagged.sum())}"
kv = (groups["set_K"] | groups["set_V"]) & (Y.sum(axis=1) == 0)
out["sets_K_V_untagged_given_a_tag"] = f"{int((predictions[kv].sum(axis=1) > 0).sum())}/{int(kv.sum())}"
war = groups["war_snippets"]
no_ceasefire = war & (Y[:, TAGS.index("ceasefire")] == 0)
out["war_snippets_without_ceasefire_given_ceasefire"] = (
    f"{int(predictions[no_ceasefire, TAGS.index('ceasefire')].sum())}/{int(no_ceasefire.sum())}")
print(json.dumps(out))
