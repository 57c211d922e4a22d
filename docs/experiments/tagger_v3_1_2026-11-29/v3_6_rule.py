"""The decision rule of v3.6 (labels/snippets/README.md, "Set G ... redefined"): set G macro-F1 of v3.6 and v3.5.

v3.6 and v3.5 differ only in the cue lexicon (a module constant), so each is
fitted in its own process: this tree (v3.6), and a copy of it whose
``src/newstag/tagging/lexicon.py`` is v3.5's (``git show 226fd73:src/newstag/tagging/lexicon.py``).
Both fit v3.2's design (SentenceTagger defaults) on the non-lockbox corpus
items and the dev snippets (sets A-F and H). Run once, after set G was
committed as the holdout:

    PYTHONPATH=src python docs/experiments/tagger_v3_1_2026-11-29/v3_6_rule.py NAME
"""

import sys

from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data

frame = labelled_training_data()
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
holdout = read_snippets("holdout")
assert set(holdout["id"].str[:3]) == {"wG-"}, "set G must be the holdout"
model = SentenceTagger().fit(frame[["title", "text", "evidence"]], tags_to_matrix(frame["tags"]))
table = scores_table(tags_to_matrix(holdout["tags"]), model.predict(holdout[["title", "text"]]))
print(f"{sys.argv[1]} ({len(frame)} training items):")
print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string())
