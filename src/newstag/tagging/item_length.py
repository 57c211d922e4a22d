"""Long and short items, which tagger v3.33 learns and decides apart.

Long reports teach the sentence classifiers what background looks like: a
truce recalled in one clause, a refugee count at the end. Learned as one,
that lesson also lowered one-sentence wire items whose single sentence is
the news (tagger v3.32 lost 0.012 on the wire holdouts to v3.31). So each
sentence feature comes twice (Daume III, "Frustratingly easy domain
adaptation", 2007): once for every sentence, and once more, zero elsewhere,
for the sentences of long items. A sentence classifier then learns weights
shared by all items and, for long items, how theirs differ. The item
aggregators, calibration and thresholds stay shared: thresholds of their
own, fitted mostly on the written long reports, cost the FA-KES articles
in cross-validation (``labels/snippets/README.md``, candidates 1 and 2 of
v3.33).

An item is long when it has at least ``long_from`` sentences, headline
included (the wire holdouts have 1-4, the long reports 9-17, FA-KES
articles a median of 12). A single sentence cut from an article for
training is a short item.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

__all__ = ["long_items", "with_long_copy"]


def long_items(owner, n_items: int, long_from: int) -> np.ndarray:
    """Whether each item (of ``n_items``, whose sentences' items are ``owner``) has ``long_from`` sentences or more."""
    return np.bincount(np.asarray(owner), minlength=n_items) >= long_from


def with_long_copy(features, long_row) -> sp.csr_matrix:
    """``features`` followed by a copy of them that is zero except on the rows where ``long_row`` is true."""
    copy = sp.diags(np.asarray(long_row, dtype=features.dtype)) @ features
    return sp.hstack([features, copy], format="csr")
