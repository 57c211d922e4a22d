"""v3.15 candidate 2: set I's 100 ceasefire look-alikes on top of v3.14, over fold and model seeds.

Rule: ``labels/snippets/README.md``, "Candidate 2 of v3.15". As
``v315_cv.py`` on ``main`` (v3.14: set X less its aviation items in every
training fold, never scored), with set I's items that do not carry
ceasefire also in every training fold, never scored. Base: v3.14's rows of
``v315_cv.jsonl``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_14_2026-11-29/i_v315_cv.py SEED MODEL_SEED
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

seed, model_seed = int(sys.argv[1]), int(sys.argv[2])
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())]
design = design[~design["id"].str.startswith("wX-")].reset_index(drop=True)
snippets = read_snippets()
set_x = snippets[snippets["id"].str.startswith("wX-")]
set_x = set_x[~set_x["id"].str[3:].astype(int).between(201, 250)]
set_i = snippets[snippets["id"].str.startswith("wI-")]
lookalikes = set_i[~set_i["tags"].apply(lambda tags: "ceasefire" in tags)]
extra = pd.concat([set_x, lookalikes], ignore_index=True)
assert len(set_x) == 350 and len(lookalikes) == 100
assert not design["id"].str.match(r"w[ISTRUWXY]-").any() and design["id"].str.startswith("wV-").sum() == 400
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy(),
          "sets_K_V": design["id"].str.match(r"w[KV]-").to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(lambda: SentenceTagger(random_state=model_seed), X, Y, n_splits=5,
                                             random_state=seed,
                                             training_only=(extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])))
out = {"candidate": "v3.14 with set I's look-alikes", "seed": seed, "model_seed": model_seed}
for group in ("corpus", "war_snippets"):
    table = scores_table(Y[groups[group]], predictions[groups[group]])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
c = TAGS.index("ceasefire")
for group in ("war_snippets", "sets_K_V"):
    without, with_ = groups[group] & (Y[:, c] == 0), groups[group] & (Y[:, c] == 1)
    out[f"{group}_without_ceasefire_given_ceasefire"] = f"{int(predictions[without, c].sum())}/{int(without.sum())}"
    out[f"{group}_ceasefire_found"] = f"{int(predictions[with_, c].sum())}/{int(with_.sum())}"
kv = groups["sets_K_V"] & (Y.sum(axis=1) == 0)
out["sets_K_V_untagged_given_a_tag"] = f"{int((predictions[kv].sum(axis=1) > 0).sum())}/{int(kv.sum())}"
print(json.dumps(out), flush=True)
