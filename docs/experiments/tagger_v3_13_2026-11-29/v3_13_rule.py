"""The decision rule of v3.13 (labels/snippets/README.md, "Set W" and "Candidate 2 of v3.13"): set-W scores, run once.

v3.13 is v3.11's design fitted with set I's 100 items without ceasefire (the
spec's ceasefire exclusions) as well; v3.11 is the same design without them. Both fit on the
design material (the non-lockbox corpus items and the dev snippets and
reports, sets A-H, J-Q and V); v2 and the keyword rules are reported beside
them, fitted on v3.13's items. Set W has been scored by nothing before this
script. It is run only if candidate 2 of v3.13 met its cross-validation gain
(candidate 1 did not, and this script was never run for it).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_13_2026-11-29/v3_13_rule.py
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
base = labelled_training_data()
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
set_i = by_prefix("wI-")
with_i = pd.concat([base, set_i[~set_i["tags"].apply(lambda tags: "ceasefire" in tags)]], ignore_index=True)
assert not base["id"].str.match(r"w[ISTRUWXY]-").any() and len(with_i) == len(base) + 100
set_w = snippets[snippets["id"].str.startswith("wW-")]
assert len(set_w) == 250 and (set_w["set"] == "unopened").all()
Y_w = tags_to_matrix(set_w["tags"])
for label, make, frame in (("tagger v3.13 (with set I's look-alikes)", SentenceTagger, with_i),
                           ("tagger v3.11 (without)", SentenceTagger, base),
                           ("tagger v2 (v3.13's items)", NewsTagger, with_i),
                           ("keyword rules", KeywordTagger, with_i)):
    model = make().fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    table = scores_table(Y_w, model.predict(set_w[["title", "text"]].assign(evidence=[{}] * len(set_w))))
    print(f"{label} ({len(frame)} training items), set W:")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
