"""Set V as training material (candidate 5): v3.10 with and without it (5-fold CV).

Set V (news from outside armed conflict) joins every training fold and is
never scored; the scored items are the design material (the non-lockbox
corpus items, the dev snippets and reports: sets A-H, J-N, P and Q, and set
O). Rule: ``labels/snippets/README.md``, "Candidate 5 of v3.11".

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_11_2026-11-29/v_cv.py {base|v} SEED
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
snippets = read_snippets()
frame = pd.concat([labelled_training_data(),
                   snippets[snippets["id"].str.startswith("wO-")].drop(columns=["set", "conflict"])], ignore_index=True)
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
extra = snippets[snippets["id"].str.startswith("wV-")].reset_index(drop=True)
assert candidate == "base" or len(extra) == 400
assert not design["id"].str.match(r"w[ISTRUV]-").any() and design["id"].str.startswith("wO-").sum() == 250
is_k = design["id"].str.startswith("wK-").to_numpy()
is_snippet = design["id"].str.match(r"w[A-Z]-").to_numpy() & ~is_k
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
X_extra, Y_extra = extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])


class WithExtra:
    """v3.10 fitted on a training fold plus set V."""

    def fit(self, X_fit, Y_fit):
        self.model_ = SentenceTagger(random_state=seed).fit(pd.concat([X_fit, X_extra], ignore_index=True),
                                                              np.vstack([Y_fit, Y_extra]))
        return self

    def predict(self, X_test):
        return self.model_.predict(X_test)

    def predict_proba(self, X_test):
        return self.model_.predict_proba(X_test)


make = WithExtra if candidate == "v" else (lambda: SentenceTagger(random_state=seed))
predictions, _ = cross_validated_predictions(make, X, Y, n_splits=5, random_state=seed)
out = {"candidate": candidate, "seed": seed, "items": {"corpus": int((~is_snippet & ~is_k).sum()),
                                                        "war_snippets": int(is_snippet.sum())}}
for group, rows in (("corpus", ~is_snippet & ~is_k), ("war_snippets", is_snippet), ("set_K", is_k)):
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
untagged = is_k & (Y.sum(axis=1) == 0)
out["set_K_untagged_given_a_tag"] = f"{int((predictions[untagged].sum(axis=1) > 0).sum())}/{int(untagged.sum())}"
false_tags = predictions[untagged].sum(axis=0)
out["set_K_untagged_false_tags_per_tag"] = {tag: int(n) for tag, n in zip(TAGS, false_tags)}
print(json.dumps(out))
