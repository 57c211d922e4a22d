"""How good and how stable topics are: agreement with a reference labelling,
ARI between partitions, NPMI coherence and diversity of their top words.

Coherence and diversity follow OCTIS and the BERTopic paper (Grootendorst
2022), so both models of the benchmark get the same scorer:

* :func:`npmi_coherence`: for each topic, the mean normalised pointwise
  mutual information over all pairs of its top-10 words, with probabilities
  from document co-occurrence on the reference corpus (the corpus the
  topics were fitted on); a pair that never co-occurs scores -1. The score
  is the mean over topics, from -1 to 1.
* :func:`topic_diversity`: the share of unique words among the top-``n``
  words of all topics (Dieng et al. 2020 and the BERTopic paper use 25).
"""

from __future__ import annotations

from itertools import combinations

import numpy as np

__all__ = [
    "external_agreement", "adjusted_rand", "mean_pairwise_ari", "shared_items_ari", "npmi_coherence",
    "topic_diversity", "reference_matrix",
]


def _missing(values) -> np.ndarray:
    import pandas as pd

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
    import pandas as pd
    from sklearn.metrics import (
        completeness_score,
        homogeneity_score,
        normalized_mutual_info_score,
        v_measure_score,
    )

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
    validation, which costs more than the index itself on small inputs.
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


def shared_items_ari(ids_a, labels_a, ids_b, labels_b) -> tuple[float, int]:
    """ARI of two labellings on the items they share (by id); also the number of shared items."""
    position = {item: i for i, item in enumerate(ids_b)}
    pairs = [(i, position[item]) for i, item in enumerate(ids_a) if item in position]
    if len(pairs) < 2:
        return float("nan"), len(pairs)
    left, right = (np.array(side) for side in zip(*pairs))
    return adjusted_rand(np.asarray(labels_a)[left], np.asarray(labels_b)[right]), len(pairs)


def reference_matrix(documents, *, preprocessor=None):
    """Binary document-term matrix of the reference corpus and its vocabulary, for :func:`npmi_coherence`.

    Tokens as scikit-learn's default (two or more word characters), lowercased;
    ``preprocessor`` (default: the features' spelling folding) runs first.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    from newstag.corpus.text import normalise_spelling

    vectorizer = CountVectorizer(binary=True, preprocessor=preprocessor or normalise_spelling, dtype=np.float64)
    matrix = vectorizer.fit_transform(documents).tocsc()
    return matrix, vectorizer.vocabulary_


def npmi_coherence(topic_words, reference, *, top_n: int = 10) -> dict:
    """NPMI coherence of each topic's ``top_n`` words on a reference corpus.

    ``topic_words`` is a list (one per topic) of word lists, best first;
    ``reference`` a list of texts, or the ``(matrix, vocabulary)`` pair of
    :func:`reference_matrix` (to score several models on one corpus). Words
    absent from the reference are skipped; topics with fewer than two words
    left are not scored. Returns ``{"npmi": mean over topics, "per_topic":
    list (nan for unscored topics), "n_topics_scored": int}``.
    """
    matrix, vocabulary = reference if isinstance(reference, tuple) else reference_matrix(reference)
    n_docs = matrix.shape[0]
    per_topic = []
    for words in topic_words:
        columns = [vocabulary[w] for w in list(words)[:top_n] if w in vocabulary]
        if len(columns) < 2:
            per_topic.append(float("nan"))
            continue
        sub = matrix[:, columns]
        together = np.asarray((sub.T @ sub).todense())
        p = np.diag(together) / n_docs
        values = []
        for i, j in combinations(range(len(columns)), 2):
            joint = together[i, j] / n_docs
            if joint == 0:
                values.append(-1.0)
            elif joint >= 1.0:
                values.append(0.0)  # in every document: independent of everything
            else:
                values.append(float(np.log(joint / (p[i] * p[j])) / -np.log(joint)))
        per_topic.append(float(np.mean(values)))
    scored = [v for v in per_topic if not np.isnan(v)]
    return {"npmi": float(np.mean(scored)) if scored else float("nan"), "per_topic": per_topic,
            "n_topics_scored": len(scored)}


def topic_diversity(topic_words, *, top_n: int = 25) -> float:
    """Unique share of the top-``top_n`` words over all topics (1: no word shared)."""
    words = [w for topic in topic_words for w in list(topic)[:top_n]]
    return len(set(words)) / len(words) if words else float("nan")
