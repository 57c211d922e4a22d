"""The decision rule of v3.11 (labels/snippets/README.md, "Set R" and "Sets S and T"): set-R scores, run once.

v3.11 is v3.10 fitted with sets S and T as well; v3.10 is the same design
without them. Both fit on the design material (the non-lockbox corpus items,
snippet sets A-H, J-N, P and Q, and set O); v2 and the keyword rules are
reported beside them, fitted on v3.11's items. Set R has been scored by
nothing before this script.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_11_2026-11-29/v3_11_rule.py
"""

import pandas as pd

from newstag.tagging.baseline import KeywordTagger
from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.model import NewsTagger
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

snippets = read_snippets()
by_prefix = lambda *p: snippets[snippets["id"].str.startswith(p)].drop(columns=["set", "conflict"])  # noqa: E731
base = pd.concat([labelled_training_data(), by_prefix("wO-")], ignore_index=True)
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
with_st = pd.concat([base, by_prefix("wS-", "wT-")], ignore_index=True)
assert not base["id"].str.startswith(("wR-", "wI-", "wS-", "wT-", "wU-")).any() and len(with_st) == len(base) + 300
set_r = snippets[snippets["id"].str.startswith("wR-")]
assert len(set_r) == 250 and (set_r["set"] == "unopened").all()
Y_r = tags_to_matrix(set_r["tags"])
for label, make, frame in (("tagger v3.11 (with S and T)", SentenceTagger, with_st),
                           ("tagger v3.10 (without S and T)", SentenceTagger, base),
                           ("tagger v2 (with S and T)", NewsTagger, with_st),
                           ("keyword rules", KeywordTagger, with_st)):
    model = make().fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    table = scores_table(Y_r, model.predict(set_r[["title", "text"]].assign(evidence=[{}] * len(set_r))))
    print(f"{label} ({len(frame)} training items), set R:")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
