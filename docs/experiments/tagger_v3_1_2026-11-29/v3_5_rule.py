"""The decision rule of v3.5 (labels/snippets/README.md): set F macro-F1 with and without set I in training.

Both fits: v3.2's design (SentenceTagger defaults) on the non-lockbox corpus items
and the dev snippets (sets A-E, H, I), one of them without set I (wI-*). Run once,
after set F was committed:  PYTHONPATH=src python docs/experiments/tagger_v3_1_2026-11-29/v3_5_rule.py
"""

from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data

frame = labelled_training_data()
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
holdout = read_snippets("holdout")
assert set(holdout["id"].str[:3]) == {"wF-"}, "set F must be the holdout"
Y_holdout = tags_to_matrix(holdout["tags"])
for name, rows in (("with set I", frame), ("without set I", frame[~frame["id"].str.startswith("wI-")])):
    model = SentenceTagger().fit(rows[["title", "text", "evidence"]], tags_to_matrix(rows["tags"]))
    table = scores_table(Y_holdout, model.predict(holdout[["title", "text"]]))
    print(f"{name} ({len(rows)} training items):")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string())
