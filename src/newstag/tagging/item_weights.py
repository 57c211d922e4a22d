"""How much each training item weighs: checked once, before a tagger is fitted.

An item's weight multiplies its sentences' weights in the sentence
classifiers and weighs it in the operating point (the item aggregators,
the calibration and the thresholds); its operating weight, when given,
replaces the latter alone (0: the item teaches the sentence classifiers
only). See :meth:`newstag.tagging.sentence_model.SentenceTagger.fit`.
"""

from __future__ import annotations

import numpy as np

__all__ = ["item_weights"]


def item_weights(X, n_items: int, sample_weight=None, operating_weight=None):
    """``(sample_weight, operating_weight)`` checked, each None when it changes nothing.

    Parameters
    ----------
    X : the items; its ``weight`` and ``operating_weight`` columns, when it
        has them, stand for arguments not given (missing values: 1, and the
        item's weight).
    n_items : int
    sample_weight : array (n_items,) of positive floats, optional
    operating_weight : array (n_items,) of floats >= 0, optional

    Raises
    ------
    ValueError
        If a weight is missing, negative (or 0 for ``sample_weight``), or
        every operating weight is 0.
    """
    columns = getattr(X, "columns", ())
    if sample_weight is None and "weight" in columns:
        sample_weight = X["weight"].astype(float).fillna(1.0).to_numpy()
    if sample_weight is not None:
        sample_weight = np.asarray(sample_weight, dtype=float)
        if sample_weight.shape != (n_items,) or not np.all(np.isfinite(sample_weight)) or (sample_weight <= 0).any():
            raise ValueError(f"sample_weight must hold one positive weight per item ({n_items})")
        if np.all(sample_weight == 1.0):
            sample_weight = None
    if operating_weight is None and "operating_weight" in columns:
        operating_weight = X["operating_weight"].astype(float).to_numpy()
    if operating_weight is not None:
        operating_weight = np.asarray(operating_weight, dtype=float)
        base = np.ones(n_items) if sample_weight is None else sample_weight
        if operating_weight.shape != (n_items,):
            raise ValueError(f"operating_weight must hold one weight >= 0 per item ({n_items}), not all 0")
        operating_weight = np.where(np.isnan(operating_weight), base, operating_weight)
        if (operating_weight < 0).any() or not operating_weight.sum() > 0:
            raise ValueError(f"operating_weight must hold one weight >= 0 per item ({n_items}), not all 0")
        if np.array_equal(operating_weight, base):
            operating_weight = None
    return sample_weight, operating_weight
