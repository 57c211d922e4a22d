"""The decision rule of v3.8 (labels/snippets/README.md, "Set J: the holdout of v3.8"): set-J scores.

Fits on the non-lockbox corpus items under this tree's labels and snippet
sets A-H (G included), plus set K with ``--with-k``; scores set J. Run once
in this tree for v3.8 (``--with-k`` if the set-K CV chose it; also reports
v2 and the keyword rules fitted on the same items) and once in a worktree at
aec361b for v3.6 (the labels before the fourth reading):

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_8_2026-11-29/v3_8_rule.py NAME [--with-k] [--others]
"""

import sys

import pandas as pd

from newstag.tagging.baseline import KeywordTagger
from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.model import NewsTagger
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data

name = sys.argv[1]
snippets = read_snippets()
by_set = lambda letter: snippets[snippets["id"].str.startswith(f"w{letter}-")].drop(columns=["set", "conflict"])  # noqa: E731
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
extra = [by_set("G")] if not frame["id"].str.startswith("wG-").any() else []
if "--with-k" in sys.argv and not frame["id"].str.startswith("wK-").any():
    extra.append(by_set("K"))
frame = pd.concat([frame, *extra], ignore_index=True)
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert not frame["id"].str.startswith(("wJ-", "wI-")).any()
set_j = by_set("J")
assert len(set_j) == 250
X, Y = frame[["title", "text", "evidence"]], tags_to_matrix(frame["tags"])
designs = {name: SentenceTagger}
if "--others" in sys.argv:
    designs.update({"tagger v2": NewsTagger, "keyword rules": KeywordTagger})
for label, make in designs.items():
    model = make().fit(X, Y)
    table = scores_table(tags_to_matrix(set_j["tags"]), model.predict(set_j[["title", "text"]]))
    print(f"{label} ({len(frame)} training items, set K {'in' if frame['id'].str.startswith('wK-').any() else 'out'}), set J:")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string())
