"""Out-of-fold predictions of v3.17's design on the design material, one run (fold and model seed 42).

Diagnostic only (it decides nothing): which items the shipped design gets
wrong out of fold, by tag and group. Writes ids, labels, decisions and
probabilities (no text) to ``out_of_fold_v3_17_seed42.csv``.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_19_2026-11-30/out_of_fold.py
"""

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import design_material, v317_training_only  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.evaluate import cross_validated_predictions  # noqa: E402
from newstag.tagging.labels import tags_to_matrix  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.train import ITEM_COLUMNS  # noqa: E402

design, extra = design_material(), v317_training_only()
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
P, Q = cross_validated_predictions(lambda: SentenceTagger(random_state=42), X, Y, n_splits=5, random_state=42,
                                   training_only=(extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])))
out = pd.DataFrame({"id": design["id"]})
for k, tag in enumerate(TAGS):
    out[f"{tag}_label"], out[f"{tag}_decision"], out[f"{tag}_probability"] = Y[:, k], P[:, k], Q[:, k].round(3)
out.to_csv(Path(__file__).resolve().parent / "out_of_fold_v3_17_seed42.csv", index=False)
groups = {"corpus": ~design["id"].str.match(r"w[A-Z]+-"),
          "war snippets": design["id"].str.match(r"w[A-Z]+-") & ~design["id"].str.match(r"w[KV]-")}
for name, group in groups.items():
    for k, tag in enumerate(TAGS):
        g = group.to_numpy()
        print(f"{name:13} {tag:13} labelled {int(Y[g, k].sum()):4}  false {int(((Y[g, k] == 0) & (P[g, k] == 1)).sum()):3}"
              f"  missed {int(((Y[g, k] == 1) & (P[g, k] == 0)).sum()):3}  of {int(g.sum())}")
