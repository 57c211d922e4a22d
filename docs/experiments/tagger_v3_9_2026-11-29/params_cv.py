"""Candidates for v3.9: SentenceTagger settings re-chosen on the larger design material (5-fold CV).

v3.2's settings were chosen on 424 corpus items and 700 snippets; the design
material is now the non-lockbox corpus items and sets A-H, J and K (2,874
items). Same folds and report as ``clause_cv.py``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_9_2026-11-29/params_cv.py '{"C": 6.0}' SEED
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

params, seed = json.loads(sys.argv[1]), int(sys.argv[2])
snippets = read_snippets()
frame = pd.concat([labelled_training_data(),
                   snippets[snippets["id"].str.startswith("wJ-")].drop(columns=["set", "conflict"])], ignore_index=True)
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_snippet = design["id"].str.match(r"w[A-Z]-").to_numpy()
X, Y = design[["title", "text", "evidence"]], tags_to_matrix(design["tags"])
make = lambda: SentenceTagger(random_state=seed, **params)  # noqa: E731
predictions, _ = cross_validated_predictions(make, X, Y, n_splits=5, random_state=seed)
out = {"params": params, "seed": seed, "n_design": len(design)}
for group, rows in (("corpus", ~is_snippet), ("snippets", is_snippet)):
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 3) for tag in (*TAGS, "macro")}
print(json.dumps(out))
