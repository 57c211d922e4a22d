"""The armed-conflict row inside the sentence tagger against v3.8 (5-fold CV; the folds of ``conflict_cv.py``).

Runs on branch ``v39-conflict`` (the candidate was dropped; ``main`` has no ``conflict_signal``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_9_2026-11-29/conflict_row_cv.py {base|row} SEED
"""

import json
import sys

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
                   snippets[snippets["id"].str.startswith("wJ-")].drop(columns=["set", "conflict"])], ignore_index=True)
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_k = ~design["armed_conflict"].fillna(True).astype(bool).to_numpy()
assert is_k.sum() == 250
is_snippet = design["id"].str.match(r"w[A-Z]-").to_numpy() & ~is_k
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
make = lambda: SentenceTagger(random_state=seed, conflict_signal=candidate == "row")  # noqa: E731
predictions, _ = cross_validated_predictions(make, X, Y, n_splits=5, random_state=seed)
out = {"candidate": candidate, "seed": seed}
for group, rows in (("corpus", ~is_snippet & ~is_k), ("war_snippets", is_snippet), ("set_K", is_k)):
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 3) for tag in (*TAGS, "macro")}
untagged = is_k & (Y.sum(axis=1) == 0)
out["set_K_untagged_given_a_tag"] = f"{int((predictions[untagged].sum(axis=1) > 0).sum())}/{int(untagged.sum())}"
print(json.dumps(out))
