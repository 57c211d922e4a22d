"""Diagnostic (decides nothing): the shipped tagger, and v3.10 before it, on set X (never trained on by either).

Set X (400 items of news from outside armed conflict, by writers 25 and 26)
is `aside`: neither shipped model saw it. Prints the untagged items given a
tag, per tag, and F1 on the two tags set X carries.

    PYTHONPATH=src python docs/experiments/tagger_v3_12_2026-11-29/set_x_shipped.py MODEL.skops [MODEL.skops ...]
"""

import sys

from newstag.config import TAGS
from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import load_model

snippets = read_snippets()
set_x = snippets[snippets["id"].str.startswith("wX-")].reset_index(drop=True)
assert len(set_x) == 400 and (set_x["set"] == "aside").all()
Y = tags_to_matrix(set_x["tags"])
untagged = Y.sum(axis=1) == 0
for path in sys.argv[1:]:
    predicted = load_model(path).predict(set_x[["title", "text"]].assign(evidence=[{}] * len(set_x)))
    false = predicted[untagged]
    table = scores_table(Y, predicted)
    print(f"{path}: untagged items given a tag {int((false.sum(axis=1) > 0).sum())}/{int(untagged.sum())}; "
          + ", ".join(f"{t} {int(n)}" for t, n in zip(TAGS, false.sum(axis=0)))
          + f"; F1 humanitarian {table.loc['humanitarian', 'f1']:.3f}, diplomacy {table.loc['diplomacy', 'f1']:.3f}")
