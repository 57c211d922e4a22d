"""Exploration in cross-validation (decides nothing; training items only, no holdout, no lockbox item): what sets
apart the FA-KES training articles whose tag is carried by one body sentence and that v3.33 misses, from those it
finds. Out-of-fold decisions of ``/tmp/item_stage_v3.33_42.npz`` (as ``explore_recall_by_shape.py``). Prints
numbers only (the sentence's length in characters and words, its index and its share of the article, the
article's sentence count, and whether the sentence ends where a full stop would be expected), never text.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python .../explore_single_sentence_misses.py
"""

import os

import numpy as np

from newstag.config import TAGS
from newstag.corpus.sentences import item_sentences
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.train import labelled_training_data


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    saved = np.load("/tmp/item_stage_v3.33_42.npz")
    P = saved["proba"] >= saved["shared"]
    Y = tags_to_matrix(design["tags"]).astype(bool)
    corpus = design["id"].str.startswith("fakes:").to_numpy()
    all_lengths = []
    rows = {True: [], False: []}
    for i in np.flatnonzero(corpus):
        sentences = item_sentences(design["title"][i] or "", design["text"][i] or "")
        all_lengths += [len(s.text) for s in sentences if s.field == "text"]
        for k, tag in enumerate(TAGS):
            carries = (design["evidence"][i] or {}).get(tag, {}).get("carries", [])
            if not Y[i, k] or len(carries) != 1 or carries[0] == 0 or carries[0] >= len(sentences):
                continue
            s = sentences[carries[0]]
            rows[bool(P[i, k])].append((tag, len(s.text), len(s.text.split()), carries[0],
                                        carries[0] / len(sentences), len(sentences)))
    print(f"body sentences of the training articles: median {np.median(all_lengths):.0f} characters, "
          f"75th percentile {np.percentile(all_lengths, 75):.0f}, share over 400: {np.mean(np.array(all_lengths) > 400):.3f}")
    for found, values in rows.items():
        a = np.array([v[1:] for v in values], dtype=float)
        print(f"{'found' if found else 'missed'} ({len(values)}; " + ", ".join(
            f"{t} {sum(v[0] == t for v in values)}" for t in TAGS) + "): "
              f"sentence characters median {np.median(a[:, 0]):.0f} (over 400: {np.mean(a[:, 0] > 400):.2f}), "
              f"words median {np.median(a[:, 1]):.0f}, index median {np.median(a[:, 2]):.0f}, "
              f"relative position median {np.median(a[:, 3]):.2f}, article sentences median {np.median(a[:, 4]):.0f}")


if __name__ == "__main__":
    main()
