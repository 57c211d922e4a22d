"""Does training on the fourth reading's labels explain v3.8's lower lockbox score? CV scored against both readings.

5-fold CV (fold seed 42) over v3.8's design material (non-lockbox corpus
items under the new labels, sets A-H and K), with the out-of-fold
predictions of the corpus items scored twice: against the labels they were
trained on, and against the labels before the fourth reading
(``git show aec361b:labels/tags_*.csv``, the reading the lockbox keeps). No
lockbox item is read.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_8_2026-11-29/old_labels_cv.py OLD_LABELS_DIR
"""

import sys
from pathlib import Path

import pandas as pd

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, split_tags, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import labelled_training_data

old_dir = Path(sys.argv[1])
old = pd.concat([pd.read_csv(old_dir / f"tags_{n}.csv", dtype=str, keep_default_na=False) for n in ("fakes", "seeds")])
old_tags = dict(zip(old["id"], old["tags"]))
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
corpus = ~design["id"].str.match(r"w[A-Z]-").to_numpy()
X, Y = design[["title", "text", "evidence"]], tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(SentenceTagger, X, Y, n_splits=5, random_state=42)
Y_old = tags_to_matrix([split_tags(old_tags[i]) for i in design.loc[corpus, "id"]])
for name, truth in (("new labels (trained on)", Y[corpus]), ("labels before the fourth reading", Y_old)):
    table = scores_table(truth, predictions[corpus])
    print(f"{name}: " + ", ".join(f"{t} {table.loc[t, 'f1']:.3f} (P {table.loc[t, 'precision']:.3f} R {table.loc[t, 'recall']:.3f})"
                                  for t in (*TAGS, "macro")))
