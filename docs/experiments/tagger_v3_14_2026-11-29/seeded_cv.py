"""v3.11 and v3.13 candidate 1's design (set X less wX-201..250) over fold and model seeds (v3.14 candidate 3).

Rule: ``labels/snippets/README.md``, "Candidate 3 of v3.14". The design
material, folds and groups are those of ``../tagger_v3_13_2026-11-29/xa_cv.py``;
the tagger's ``random_state`` is MODEL_SEED (that script used the fold seed).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_14_2026-11-29/seeded_cv.py {base|xa} SEED MODEL_SEED
"""

import json
import sys

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

candidate, seed, model_seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
assert candidate in ("base", "xa")
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
snippets = read_snippets()
extra = snippets[snippets["id"].str.startswith("wX-")]
extra = extra[~extra["id"].str[3:].astype(int).between(201, 250)].reset_index(drop=True)
assert len(extra) == 350
assert not design["id"].str.match(r"w[ISTRUWXY]-").any() and design["id"].str.startswith("wV-").sum() == 400
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy(),
          "set_K": design["id"].str.startswith("wK-").to_numpy(),
          "set_V": design["id"].str.startswith("wV-").to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
training_only = (extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])) if candidate == "xa" else None
predictions, _ = cross_validated_predictions(lambda: SentenceTagger(random_state=model_seed), X, Y, n_splits=5,
                                             random_state=seed, training_only=training_only)
out = {"candidate": candidate, "seed": seed, "model_seed": model_seed}
for group, rows in groups.items():
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
kv = (groups["set_K"] | groups["set_V"]) & (Y.sum(axis=1) == 0)
out["sets_K_V_untagged_given_a_tag"] = f"{int((predictions[kv].sum(axis=1) > 0).sum())}/{int(kv.sum())}"
print(json.dumps(out), flush=True)
