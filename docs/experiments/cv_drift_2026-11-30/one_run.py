"""make train's corpus cross-validation (one run, as ``evaluate_tagger`` does it) with another seed.

The seed feeds both the folds and the model, as in ``evaluate_tagger``; the
rows are the design set (labelled material less the lockbox), scored on the
corpus items. Run with the ``src`` of the release to measure:

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<checkout>/src python one_run.py SEED LABEL
"""

import json
import sys

from sklearn.metrics import f1_score

from newstag.tagging.evaluate import cross_validated_predictions
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

seed, label = int(sys.argv[1]), sys.argv[2]
frame = labelled_training_data()
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_snippet = design["id"].isin(set(read_snippets("dev")["id"])).to_numpy()
Y = tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(lambda: SentenceTagger(random_state=seed), design[ITEM_COLUMNS], Y,
                                             random_state=seed)
corpus = ~is_snippet
per_tag = f1_score(Y[corpus], predictions[corpus], average=None)
print(json.dumps({"release": label, "seed": seed, "corpus_macro": round(float(per_tag.mean()), 4),
                  "per_tag": [round(float(f), 4) for f in per_tag],
                  "snippets_macro": round(float(f1_score(Y[~corpus], predictions[~corpus], average="macro")), 4)}),
      flush=True)
