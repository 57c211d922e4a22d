"""The decision rule of v3.15's candidate 3 (labels/snippets/README.md, "Candidate 3 of v3.15"): set-Y scores, run once.

v3.15 is v3.14 fitted with set Z's 300 items (truces outside war beside
truces in war) as well; v3.14 is the same design without them. Both fit on
v3.14's training material less the lockbox, with model seeds 42, 2026 and
7777; the rule reads the mean set-Y macro-F1 over the seeds. v2 and the
keyword rules are reported beside them, fitted on v3.15's items. Set Y has
been scored by nothing before; this runs only if candidate 3 of v3.15 met
its cross-validation gain (``z_gain.py``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_15_2026-11-29/v3_15_rule_z.py
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
set_z = snippets[snippets["id"].str.startswith("wZ-")]
assert len(set_z) == 300 and (set_z["set"] == "aside").all()
with_z = pd.concat([base, set_z.drop(columns=["set", "conflict"])], ignore_index=True)
assert base["id"].str.startswith("wX-").sum() == 350 and not base["id"].str.match(r"w[ISTRUWYZ]-").any()
assert len(with_z) == len(base) + 300
set_y = snippets[snippets["id"].str.startswith("wY-")]
assert len(set_y) == 250 and (set_y["set"] == "unopened").all()
Y_y = tags_to_matrix(set_y["tags"])
unlabelled = set_y[["title", "text"]].assign(evidence=[{}] * len(set_y))


def score(model, frame):
    model.fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    return scores_table(Y_y, model.predict(unlabelled))


means = {}
for label, frame in (("tagger v3.15 (with set Z)", with_z), ("tagger v3.14 (without)", base)):
    macros = []
    for model_seed in (42, 2026, 7777):
        table = score(SentenceTagger(random_state=model_seed), frame)
        macros.append(table.loc["macro", "f1"])
        print(f"{label}, model seed {model_seed} ({len(frame)} training items), set Y:")
        print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
    means[label] = float(np.mean(macros))
    print(f"{label}: mean set-Y macro-F1 over model seeds {means[label]:.4f}", flush=True)
for label, make in (("tagger v2 (v3.15's items)", NewsTagger), ("keyword rules", KeywordTagger)):
    print(f"{label}, set Y:")
    print(score(make(), with_z)[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
(new, new_mean), (old, old_mean) = means.items()
verdict = "v3.15 ships" if new_mean >= old_mean - 0.005 else "v3.14 stays"
print(f"rule: {new_mean:.4f} against {old_mean:.4f} (difference {new_mean - old_mean:+.4f}; "
      f"-0.005 allowed): {verdict} (unless newstag tag misses the speed target)")
