"""The decision rule of v3.10 (labels/snippets/README.md, "Set O" and "Sets P and Q"): set-O scores, run once.

v3.10 is v3.9 fitted with sets P and Q as well; v3.9 is the same design
without them. Both fit on the design material (the non-lockbox corpus items
and snippet sets A-H, J-N); v2 and the keyword rules are reported beside
them, fitted on v3.10's items. Set O has been scored by nothing before this
script.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_10_2026-11-29/v3_10_rule.py
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
base = pd.concat([labelled_training_data(), by_prefix("wL-")], ignore_index=True)
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
with_pq = pd.concat([base, by_prefix("wP-", "wQ-")], ignore_index=True)
assert not base["id"].str.startswith(("wO-", "wI-", "wP-", "wQ-")).any() and len(with_pq) == len(base) + 400
set_o = snippets[snippets["set"] == "unopened"]
assert len(set_o) == 250 and set_o["id"].str.startswith("wO-").all()
Y_o = tags_to_matrix(set_o["tags"])
for label, make, frame in (("tagger v3.10 (with P and Q)", SentenceTagger, with_pq),
                           ("tagger v3.9 (without P and Q)", SentenceTagger, base),
                           ("tagger v2 (with P and Q)", NewsTagger, with_pq),
                           ("keyword rules", KeywordTagger, with_pq)):
    model = make().fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    table = scores_table(Y_o, model.predict(set_o[["title", "text"]].assign(evidence=[{}] * len(set_o))))
    print(f"{label} ({len(frame)} training items), set O:")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
