"""The decision rule of v3.12 (labels/snippets/README.md, "Set U" and "Candidate 1 of v3.12"): set-U scores, run once.

v3.12 is v3.11's design fitted with set X (more news from outside armed
conflict) as well; v3.11 is the same design without it. Both fit on the
design material (the non-lockbox corpus items and the dev snippets and
reports, sets A-H, J-Q and V); v2 and the keyword rules are reported beside
them, fitted on v3.12's items. Set U has been scored by nothing before this
script. It is run only if candidate 1 met its cross-validation gain.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_12_2026-11-29/v3_12_rule.py
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
with_x = pd.concat([base, by_prefix("wX-")], ignore_index=True)
assert not base["id"].str.match(r"w[ISTRUWX]-").any() and len(with_x) == len(base) + 400
set_u = snippets[snippets["id"].str.startswith("wU-")]
assert len(set_u) == 250 and (set_u["set"] == "unopened").all()
Y_u = tags_to_matrix(set_u["tags"])
for label, make, frame in (("tagger v3.12 (with X)", SentenceTagger, with_x),
                           ("tagger v3.11 (without X)", SentenceTagger, base),
                           ("tagger v2 (with X)", NewsTagger, with_x),
                           ("keyword rules", KeywordTagger, with_x)):
    model = make().fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    table = scores_table(Y_u, model.predict(set_u[["title", "text"]].assign(evidence=[{}] * len(set_u))))
    print(f"{label} ({len(frame)} training items), set U:")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string(), flush=True)
