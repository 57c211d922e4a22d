"""The decision rule of v3.11 (labels/snippets/README.md, "Set R" and "Candidate 5"): set-R scores, run once.

v3.11 is v3.10's design fitted with set V (news from outside armed conflict)
as well; v3.10 is the same design without it. Both fit on the design
material (the non-lockbox corpus items, the dev snippets and reports and set
O); v2 and the keyword rules are reported beside them, fitted on v3.11's
items. Set R has been scored by nothing before this script. It is run only
if candidate 5 met its cross-validation gain.

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
with_v = pd.concat([base, by_prefix("wV-")], ignore_index=True)
assert not base["id"].str.match(r"w[ISTRUV]-").any() and len(with_v) == len(base) + 400
set_r = snippets[snippets["id"].str.startswith("wR-")]
assert len(set_r) == 250 and (set_r["set"] == "unopened").all()
Y_r = tags_to_matrix(set_r["tags"])
for label, make, frame in (("tagger v3.11 (with V)", SentenceTagger, with_v),
                           ("tagger v3.10 (without V)", SentenceTagger, base),
                           ("tagger v2 (with V)", NewsTagger, with_v),
                           ("keyword rules", KeywordTagger, with_v)):
    model = make().fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    table = scores_table(Y_r, model.predict(set_r[["title", "text"]].assign(evidence=[{}] * len(set_r))))
    print(f"{label} ({len(frame)} training items), set R:")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
