"""v3.15 candidate 1 (a truce with no armed party in the item) and its base, v3.14, over fold and model seeds.

Rule: ``labels/snippets/README.md``, "Candidate 1 of v3.15". The design
material, folds and groups are those of ``seeded_cv.py``; set X less
wX-201..250 joins every training fold and is never scored (v3.14's
material). Which design runs is the checkout's: the candidate where the cue
lexicon has ``armed_conflict`` (branch ``v315-armed-context``), v3.14 where it
has not (``main``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_14_2026-11-29/v315_cv.py SEED MODEL_SEED
"""

import json
import sys

from newstag.config import TAGS
from newstag.tagging.cues import CUES
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

seed, model_seed = int(sys.argv[1]), int(sys.argv[2])
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())]
# v3.14's training material holds set X less its aviation items: here it is training only, as in seeded_cv.py.
design = design[~design["id"].str.startswith("wX-")].reset_index(drop=True)
snippets = read_snippets()
extra = snippets[snippets["id"].str.startswith("wX-")]
extra = extra[~extra["id"].str[3:].astype(int).between(201, 250)].reset_index(drop=True)
assert len(extra) == 350
assert not design["id"].str.match(r"w[ISTRUWXY]-").any() and design["id"].str.startswith("wV-").sum() == 400
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
          "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy(),
          "sets_K_V": design["id"].str.match(r"w[KV]-").to_numpy()}
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(lambda: SentenceTagger(random_state=model_seed), X, Y, n_splits=5,
                                             random_state=seed,
                                             training_only=(extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])))
out = {"candidate": "armed_context" if "armed_conflict" in CUES else "v3.14", "seed": seed, "model_seed": model_seed}
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
