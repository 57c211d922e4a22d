"""The decision rule of v3.14 (labels/snippets/README.md, "Candidate 3 of v3.14"): set-W scores, run once.

v3.14 is v3.11's design fitted with set X less wX-201..250 (350 items of
news from outside armed conflict) as well; v3.11 is the same design without
them. Both fit on the design material (the non-lockbox corpus items and the
dev snippets and reports, sets A-H, J-Q and V) with model seeds 42, 2026
and 7777; the rule reads the mean set-W macro-F1 over those seeds. v2 and
the keyword rules are reported beside them, fitted on v3.14's items. Set W
has been scored by nothing before this script, which runs only if
candidate 3 met its cross-validation gain.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_14_2026-11-29/v3_14_rule.py
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
extra = snippets[snippets["id"].str.startswith("wX-")]
extra = extra[~extra["id"].str[3:].astype(int).between(201, 250)].drop(columns=["set", "conflict"])
with_x = pd.concat([base, extra], ignore_index=True)
assert not base["id"].str.match(r"w[ISTRUWXY]-").any() and len(with_x) == len(base) + 350
set_w = snippets[snippets["id"].str.startswith("wW-")]
assert len(set_w) == 250 and (set_w["set"] == "unopened").all()
Y_w = tags_to_matrix(set_w["tags"])
unlabelled = set_w[["title", "text"]].assign(evidence=[{}] * len(set_w))


def score(model, frame):
    model.fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    return scores_table(Y_w, model.predict(unlabelled))


means = {}
for label, frame in (("tagger v3.14 (with set X less its aircraft)", with_x), ("tagger v3.11 (without)", base)):
    macros = []
    for model_seed in (42, 2026, 7777):
        table = score(SentenceTagger(random_state=model_seed), frame)
        macros.append(table.loc["macro", "f1"])
        print(f"{label}, model seed {model_seed} ({len(frame)} training items), set W:")
        print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
    means[label] = float(np.mean(macros))
    print(f"{label}: mean set-W macro-F1 over model seeds {means[label]:.4f}", flush=True)
for label, make in (("tagger v2 (v3.14's items)", NewsTagger), ("keyword rules", KeywordTagger)):
    print(f"{label}, set W:")
    print(score(make(), with_x)[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
(new, new_mean), (old, old_mean) = means.items()
verdict = "v3.14 ships" if new_mean >= old_mean - 0.005 else "v3.11 stays"
print(f"rule: {new_mean:.4f} against {old_mean:.4f} (difference {new_mean - old_mean:+.4f}; "
      f"-0.005 allowed): {verdict} (unless newstag tag misses the speed target)")
