"""How good and how stable a partition is: agreement with a reference labelling, and ARI."""


from itertools import combinations

import numpy as np
import pandas as pd
from sklearn.metrics import (
    completeness_score,
    homogeneity_score,
    normalized_mutual_info_score,
    v_measure_score,
)

__all__ = ["external_agreement", "adjusted_rand", "mean_pairwise_ari"]


def _missing(values) -> np.ndarray:
    series = pd.Series(values, dtype=object)
    return series.isna().to_numpy() | series.astype(str).str.strip().isin(["", "nan", "None", "<NA>"]).to_numpy()


def external_agreement(labels, reference, *, ignore=()) -> dict:
    """How well topics match an external labelling (e.g. FA-KES ``cause_of_death``).

    Rows where ``reference`` is missing (None, NaN, empty), or equal to a
    value in ``ignore`` (e.g. ``("unknown",)``), are left out.

    Returns a dict with ``v_measure``, ``nmi``, ``homogeneity`` (each topic
    holds one reference class), ``completeness`` (each class sits in one
    topic), ``n`` (rows used) and ``n_classes``.
    """
    labels = np.asarray(labels)
    reference = pd.Series(reference, dtype=object).to_numpy()
    if len(labels) != len(reference):
        raise ValueError(f"{len(labels)} labels but {len(reference)} reference values")
    keep = ~_missing(reference)
    if ignore:
        keep &= ~pd.Series(reference).astype(str).str.strip().isin([str(v) for v in ignore]).to_numpy()
    y_true = reference[keep].astype(str)
    y_pred = labels[keep]
    if keep.sum() == 0:
        nan = float("nan")
        return {"v_measure": nan, "nmi": nan, "homogeneity": nan, "completeness": nan, "n": 0, "n_classes": 0}
    return {
        "v_measure": float(v_measure_score(y_true, y_pred)),
        "nmi": float(normalized_mutual_info_score(y_true, y_pred)),
        "homogeneity": float(homogeneity_score(y_true, y_pred)),
        "completeness": float(completeness_score(y_true, y_pred)),
        "n": int(keep.sum()),
        "n_classes": int(len(np.unique(y_true))),
    }


def adjusted_rand(a: np.ndarray, b: np.ndarray) -> float:
    """Adjusted Rand index of two non-negative integer labellings.

    Same value as ``sklearn.metrics.adjusted_rand_score`` without its input
    validation, which dominated the cost of the k search.
    """
    a = np.unique(a, return_inverse=True)[1].ravel()
    b = np.unique(b, return_inverse=True)[1].ravel()
    n = len(a)
    table = np.bincount(a * (b.max() + 1) + b, minlength=(a.max() + 1) * (b.max() + 1)).astype(np.float64)
    pairs = lambda x: (x * (x - 1) / 2).sum()  # noqa: E731
    index = pairs(table)
    rows = pairs(np.bincount(a).astype(np.float64))
    cols = pairs(np.bincount(b).astype(np.float64))
    expected = rows * cols / (n * (n - 1) / 2) if n > 1 else 0.0
    maximum = (rows + cols) / 2
    if maximum == expected:  # both labellings trivial (one cluster, or all singletons)
        return 1.0
    return float((index - expected) / (maximum - expected))


def mean_pairwise_ari(runs: list[np.ndarray]) -> float:
    pairs = list(combinations(range(len(runs)), 2))
    if not pairs:
        return float("nan")
    return float(np.mean([adjusted_rand(runs[i], runs[j]) for i, j in pairs]))
