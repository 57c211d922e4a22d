"""The decision rule of v3.4 (labels/snippets/README.md): set E macro-F1 with and without set H in training.

Both fits: v3.2's design (SentenceTagger defaults) on the non-lockbox corpus items
and the dev snippets, one of them without set H (wH-*). Run once, after set E
was committed:  PYTHONPATH=src python docs/experiments/tagger_v3_1_2026-11-29/v3_4_rule.py
"""

from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data

frame = labelled_training_data()
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
holdout = read_snippets("holdout")
Y_holdout = tags_to_matrix(holdout["tags"])
for name, rows in (("with set H", frame), ("without set H", frame[~frame["id"].str.startswith("wH-")])):
    model = SentenceTagger().fit(rows[["title", "text", "evidence"]], tags_to_matrix(rows["tags"]))
    table = scores_table(Y_holdout, model.predict(holdout[["title", "text"]]))
    print(f"{name} ({len(rows)} training items):")
    print(table[["precision", "recall", "f1", "f1_low", "f1_high"]].round(3).to_string())
