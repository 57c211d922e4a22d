"""The decision rule of v3.18's candidate 1 (labels/snippets/README.md, "Candidate 1 of v3.18"): set-AE scores, run once.

v3.18 is v3.17 fitted with set AF's 300 items (a second round of
diplomacy's domestic look-alikes) as well; v3.17 is the same design
without them. Both fit on v3.17's training material less the lockbox, with
model seeds 42, 2026 and 7777; the rule reads the mean set-AE macro-F1
over the seeds. v2 and the keyword rules are reported beside them, fitted
on v3.18's items. Set AE has been scored by nothing before; this runs only
if candidate 1 of v3.18 met its cross-validation gain (``af_gain.py``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_18_2026-11-29/v3_18_rule_af.py
"""

import numpy as np
import pandas as pd

from newstag.tagging.baseline import KeywordTagger
from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.model import NewsTagger
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

snippets = read_snippets()
base = labelled_training_data()
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
set_af = snippets[snippets["id"].str.startswith("wAF-")]
assert len(set_af) == 300 and (set_af["set"] == "aside").all()
with_af = pd.concat([base, set_af.drop(columns=["set", "conflict"])], ignore_index=True)
assert base["id"].str.startswith("wX-").sum() == 350 and base["id"].str.startswith("wZ-").sum() == 300
assert base["id"].str.startswith("wAB-").sum() == 300 and base["id"].str.startswith("wAD-").sum() == 300
assert not base["id"].str.match(r"w([ISTRUWY]|AA|AC|AE|AF)-").any()
assert len(with_af) == len(base) + 300
set_ae = snippets[snippets["id"].str.startswith("wAE-")]
assert len(set_ae) == 250 and (set_ae["set"] == "unopened").all()
Y_ae = tags_to_matrix(set_ae["tags"])
unlabelled = set_ae[["title", "text"]].assign(evidence=[{}] * len(set_ae))


def score(model, frame):
    model.fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    return scores_table(Y_ae, model.predict(unlabelled))


means = {}
for label, frame in (("tagger v3.18 (with set AF)", with_af), ("tagger v3.17 (without)", base)):
    macros = []
    for model_seed in (42, 2026, 7777):
        table = score(SentenceTagger(random_state=model_seed), frame)
        macros.append(table.loc["macro", "f1"])
        print(f"{label}, model seed {model_seed} ({len(frame)} training items), set AE:")
        print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
    means[label] = float(np.mean(macros))
    print(f"{label}: mean set-AE macro-F1 over model seeds {means[label]:.4f}", flush=True)
for label, make in (("tagger v2 (v3.18's items)", NewsTagger), ("keyword rules", KeywordTagger)):
    print(f"{label}, set AE:")
    print(score(make(), with_af)[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
(new, new_mean), (old, old_mean) = means.items()
verdict = "v3.18 ships" if new_mean >= old_mean - 0.005 else "v3.17 stays"
print(f"rule: {new_mean:.4f} against {old_mean:.4f} (difference {new_mean - old_mean:+.4f}; "
      f"-0.005 allowed): {verdict} (unless newstag tag misses the speed target)")
