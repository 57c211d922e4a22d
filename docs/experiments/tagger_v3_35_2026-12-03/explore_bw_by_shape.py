"""Exploration after set BW was opened (decides nothing; reads set BW only): v3.33's recall and false tags on set
BW by how a tag is carried (headline, or only in the body by one, two, or three or more sentences), to compare
with ``explore_recall_by_shape.py``'s cross-validated figures on the FA-KES training articles.

v3.33's model seed 42, fitted on every non-lockbox item (``$MODEL_DIR/v333_42.joblib``, as in ``rule_c1.py``).

    MODEL_DIR=/tmp/models_v334 PYTHONPATH=src python docs/experiments/tagger_v3_35_2026-12-03/explore_bw_by_shape.py
"""

import os
from pathlib import Path

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import read_snippets


def main():
    holdout = read_snippets("holdout")
    items = holdout[holdout["id"].str.startswith("wBW-")].reset_index(drop=True)
    assert len(items) == 150
    model = joblib.load(Path(os.environ.get("MODEL_DIR", "/tmp/models_v334")) / "v333_42.joblib")
    P = model.predict(items[["title", "text"]].assign(evidence=[{}] * len(items))).astype(bool)
    Y = tags_to_matrix(items["tags"]).astype(bool)
    for k, tag in enumerate(TAGS):
        kinds = {"headline": [], "body, 1 sentence": [], "body, 2 sentences": [], "body, 3+ sentences": []}
        for i in np.flatnonzero(Y[:, k]):
            carries = (items["evidence"][i] or {}).get(tag, {}).get("carries", [])
            kind = ("headline" if 0 in carries else "body, 1 sentence" if len(carries) == 1
                    else "body, 2 sentences" if len(carries) == 2 else "body, 3+ sentences")
            kinds[kind].append(P[i, k])
        print(f"{tag:12s} " + "; ".join(f"{name} {np.sum(v)}/{len(v)}" for name, v in kinds.items())
              + f"; false tags {int((~Y[:, k] & P[:, k]).sum())}")


if __name__ == "__main__":
    main()
