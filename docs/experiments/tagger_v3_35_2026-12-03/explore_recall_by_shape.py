"""Exploration in cross-validation (decides nothing; no holdout, no lockbox item is read): v3.33's recall on the
FA-KES training articles by how a tag is carried: by the headline, or only in the body by one, two, or three or
more sentences.

Reads the out-of-fold probabilities and shared thresholds that ``../tagger_v3_34_2026-12-03/
explore_item_stage_cv.py`` saved (``/tmp/item_stage_v3.33_<fold seed>.npz``, fold seeds 42, 1, 7), in the same
row order (the non-lockbox items of ``labelled_training_data``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_35_2026-12-03/explore_recall_by_shape.py
"""

import os

import numpy as np

from newstag.config import TAGS
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.train import labelled_training_data


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    corpus = design["id"].str.startswith("fakes:").to_numpy()
    Y = tags_to_matrix(design["tags"]).astype(bool)
    for seed in (42, 1, 7):
        saved = np.load(f"/tmp/item_stage_v3.33_{seed}.npz")
        P = saved["proba"] >= saved["shared"]
        print(f"fold seed {seed}")
        for k, tag in enumerate(TAGS):
            kinds = {"headline": [], "body, 1 sentence": [], "body, 2 sentences": [], "body, 3+ sentences": []}
            for i in np.flatnonzero(corpus & Y[:, k]):
                carries = (design["evidence"][i] or {}).get(tag, {}).get("carries", [])
                kind = ("headline" if 0 in carries else "body, 1 sentence" if len(carries) == 1
                        else "body, 2 sentences" if len(carries) == 2 else "body, 3+ sentences")
                kinds[kind].append(P[i, k])
            false = int((corpus & ~Y[:, k] & P[:, k]).sum())
            print(f"  {tag:12s} " + "; ".join(f"{name} {np.sum(v)}/{len(v)}" for name, v in kinds.items())
                  + f"; false tags {false}")


if __name__ == "__main__":
    main()
