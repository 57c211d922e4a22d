"""The decision rule of v3.9 (labels/snippets/README.md, "Set L" and "Sets M and N"): set-L scores, run once.

v3.9 is v3.8 fitted with sets M and N as well; v3.8 is the same design
without them. Both fit on the non-lockbox corpus items and snippet sets A-H,
J and K; v2 and the keyword rules are reported beside them, fitted on
v3.9's items. Set L has been scored by nothing before this script.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_9_2026-11-29/v3_9_rule.py
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
base = pd.concat([labelled_training_data(), by_prefix("wJ-")], ignore_index=True)
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
with_mn = pd.concat([base, by_prefix("wM-", "wN-")], ignore_index=True)
assert not base["id"].str.startswith(("wL-", "wI-", "wM-", "wN-")).any() and len(with_mn) == len(base) + 500
set_l = snippets[snippets["set"] == "unopened"]
assert len(set_l) == 250 and set_l["id"].str.startswith("wL-").all()
Y_l = tags_to_matrix(set_l["tags"])
for label, make, frame in (("tagger v3.9 (with M and N)", SentenceTagger, with_mn),
                           ("tagger v3.8 (without M and N)", SentenceTagger, base),
                           ("tagger v2 (with M and N)", NewsTagger, with_mn),
                           ("keyword rules", KeywordTagger, with_mn)):
    model = make().fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    table = scores_table(Y_l, model.predict(set_l[["title", "text"]].assign(evidence=[{}] * len(set_l))))
    print(f"{label} ({len(frame)} training items), set L:")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
