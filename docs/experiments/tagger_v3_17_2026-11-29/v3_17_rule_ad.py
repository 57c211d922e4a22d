"""The decision rule of v3.17's candidate 1 (labels/snippets/README.md, "Candidate 1 of v3.17"): set-AC scores, run once.

v3.17 is v3.16 fitted with set AD's 300 items (flights, raids and
"strikes" that are no air attack beside air attacks) as well; v3.16 is the
same design without them. Both fit on v3.16's training material less the
lockbox, with model seeds 42, 2026 and 7777; the rule reads the mean
set-AC macro-F1 over the seeds. v2 and the keyword rules are reported
beside them, fitted on v3.17's items. Set AC has been scored by nothing
before; this runs only if candidate 1 of v3.17 met its cross-validation
gain (``ad_gain.py``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_17_2026-11-29/v3_17_rule_ad.py
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
set_ad = snippets[snippets["id"].str.startswith("wAD-")]
assert len(set_ad) == 300 and (set_ad["set"] == "aside").all()
with_ad = pd.concat([base, set_ad.drop(columns=["set", "conflict"])], ignore_index=True)
assert base["id"].str.startswith("wX-").sum() == 350 and base["id"].str.startswith("wZ-").sum() == 300
assert base["id"].str.startswith("wAB-").sum() == 300
assert not base["id"].str.match(r"w([ISTRUWY]|AA|AC|AD)-").any()
assert len(with_ad) == len(base) + 300
set_ac = snippets[snippets["id"].str.startswith("wAC-")]
assert len(set_ac) == 250 and (set_ac["set"] == "unopened").all()
Y_ac = tags_to_matrix(set_ac["tags"])
unlabelled = set_ac[["title", "text"]].assign(evidence=[{}] * len(set_ac))


def score(model, frame):
    model.fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    return scores_table(Y_ac, model.predict(unlabelled))


means = {}
for label, frame in (("tagger v3.17 (with set AD)", with_ad), ("tagger v3.16 (without)", base)):
    macros = []
    for model_seed in (42, 2026, 7777):
        table = score(SentenceTagger(random_state=model_seed), frame)
        macros.append(table.loc["macro", "f1"])
        print(f"{label}, model seed {model_seed} ({len(frame)} training items), set AC:")
        print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
    means[label] = float(np.mean(macros))
    print(f"{label}: mean set-AC macro-F1 over model seeds {means[label]:.4f}", flush=True)
for label, make in (("tagger v2 (v3.17's items)", NewsTagger), ("keyword rules", KeywordTagger)):
    print(f"{label}, set AC:")
    print(score(make(), with_ad)[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
(new, new_mean), (old, old_mean) = means.items()
verdict = "v3.17 ships" if new_mean >= old_mean - 0.005 else "v3.16 stays"
print(f"rule: {new_mean:.4f} against {old_mean:.4f} (difference {new_mean - old_mean:+.4f}; "
      f"-0.005 allowed): {verdict} (unless newstag tag misses the speed target)")
