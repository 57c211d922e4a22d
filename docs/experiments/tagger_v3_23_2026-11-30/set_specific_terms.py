"""Diagnostic (decides nothing): which weighty terms of the shipped tagger come mostly from one written set?

For every term of the shipped model's vocabulary, counts the training
sentences it occurs in by source (each snippet set by its letter; the
corpus and seeds as "corpus") and prints, per tag, the 25 terms with the
largest absolute sentence-classifier weight among those with at least 70%
of their occurrences in one snippet set (and at least 5 occurrences).
Reads the training items only (no lockbox, holdout or aside set).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_23_2026-11-30/set_specific_terms.py
"""

import re
from collections import Counter

import numpy as np

from newstag.config import TAGS
from newstag.tagging.predict import load_tagger
from newstag.tagging.sentence_model import sentence_table
from newstag.tagging.train import labelled_training_data

model = load_tagger()
frame = labelled_training_data()
sentences, owner = sentence_table(frame)
source = [m.group(1) if (m := re.match(r"^w([A-Z]+)-", i)) else "corpus" for i in frame["id"]]
source = np.array(source, dtype=object)[owner]
X = model.vectorizer_.transform([s.text for s in sentences]).tocsc()
terms = model.vectorizer_.get_feature_names_out()
rows = []
for j in range(len(terms)):
    where = source[X.indices[X.indptr[j]:X.indptr[j + 1]]]
    if len(where) < 5:
        continue
    top, n = Counter(where).most_common(1)[0]
    if top != "corpus" and n / len(where) >= 0.7:
        rows.append((j, top, n, len(where)))
print(f"{len(rows)} of {len(terms)} terms have at least 70% of their (>= 5) occurrences in one snippet set")
for k, tag in enumerate(TAGS):
    weights = model.sentence_coef_[k]
    ranked = sorted(rows, key=lambda r: -abs(weights[r[0]]))[:25]
    print(f"\n{tag}: " + "; ".join(f"{terms[j]!r} {weights[j]:+.2f} (set {s}: {n}/{total})" for j, s, n, total in ranked))
