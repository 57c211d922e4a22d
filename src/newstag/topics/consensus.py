"""Consensus topics and their hierarchy, from many seeded KMeans runs.

One KMeans run on text finds a different partition for every seed; the
number of topics a single-run criterion picks flips with the seed too. Here
the topics are what many runs agree on:

1. **Ensemble.** ``n_runs`` KMeans runs (one random start each), each with
   its own seed and its own k drawn uniformly from ``k_range``, all seeds
   drawn from one ``random_state``. Random starts cost half of k-means++'s,
   and the consensus needs many runs more than good single runs: on FA-KES
   + seeds (100 LSA dimensions, 3 seeds), 200 random-start runs agreed
   across seeds at ARI 0.88-0.92, 100 k-means++ runs in about the same time
   at 0.82-0.86.
2. **Co-association.** ``C[i, j]`` is the share of runs that put items ``i``
   and ``j`` in the same cluster (Fred & Jain's evidence accumulation).
3. **Consensus topics.** Average linkage on ``1 - C``, cut at
   ``threshold`` (0.5: items that were together in most runs stay together).
   Groups smaller than ``min_size`` are items the runs could not place; each
   joins, like every other item, the topic it was grouped with most often on
   average, until no item moves.
4. **Hierarchy.** The consensus topics are the finest level; Ward linkage of
   their centres in the LSA space merges them, two at a time, up to a single
   topic, so every coarser level exists at once and nests.

The ensemble's k range follows the corpus size (:func:`default_k_range`),
which fixes the granularity: with k from about sqrt(n)/6 to 0.9 sqrt(n), a
pair of items is together in half the runs when it is together at the
middle of the range.
"""

from __future__ import annotations

import math

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.cluster import KMeans
from sklearn.utils import check_random_state
from tqdm import tqdm

from newstag.topics.features import MAX_SEED

__all__ = [
    "default_k_range", "default_min_size", "ensemble_runs", "coassociation", "consensus_labels",
    "topic_linkage", "level_maps", "order_by_size", "MAX_K", "RUN_TOL",
]

#: Largest k of the automatic ensemble range: past it the runs agree on too little.
MAX_K = 30

#: Each run stops when its centres move less than 1% (scikit-learn's relative
#: ``tol``; default 0.01%): a vote needs many rough partitions, not a few
#: polished ones (same agreement across seeds on FA-KES, a fifth less time).
RUN_TOL = 1e-2


def default_k_range(n: int) -> tuple[int, int]:
    """KMeans k range of the ensemble for ``n`` items: about sqrt(n)/6 to 0.9 sqrt(n), at most :data:`MAX_K`."""
    root = math.sqrt(n)
    lo = max(2, math.ceil(root / 6))
    hi = max(lo, min(MAX_K, math.floor(0.9 * root), n - 1))
    return lo, hi


def default_min_size(n: int) -> int:
    """Smallest topic: 1% of the items, at least 2."""
    return max(2, math.ceil(n / 100))


def ensemble_runs(embedding, *, k_range, n_runs, random_state, progress=False) -> np.ndarray:
    """Labels of ``n_runs`` seeded KMeans runs, one row per run (k drawn from ``k_range``)."""
    n = embedding.shape[0]
    lo, hi = (int(v) for v in k_range)
    hi = min(hi, n - 1)
    lo = max(2, min(lo, hi))
    rng = check_random_state(random_state)
    ks = rng.randint(lo, hi + 1, size=int(n_runs))
    seeds = rng.randint(MAX_SEED, size=int(n_runs))
    runs = np.empty((int(n_runs), n), dtype=np.int32)
    for r in tqdm(range(int(n_runs)), desc="topic runs", unit="run", disable=not progress, leave=False):
        runs[r] = KMeans(n_clusters=int(ks[r]), n_init=1, init="random", random_state=int(seeds[r]),
                         tol=RUN_TOL).fit(embedding).labels_
    return runs


def coassociation(runs: np.ndarray) -> np.ndarray:
    """Share of runs (rows of ``runs``) in which each pair of items shares a cluster; float32 (n, n)."""
    import scipy.sparse as sp

    n_runs, n = runs.shape
    # One sparse item x (run, cluster) membership matrix: its Gram matrix counts shared clusters.
    offsets = np.concatenate([[0], np.cumsum(runs.max(axis=1) + 1)[:-1]])
    columns = (runs + offsets[:, None]).T.ravel()
    member = sp.csr_matrix((np.ones(columns.size, dtype=np.float32), (np.repeat(np.arange(n), n_runs), columns)),
                           shape=(n, int(runs.max(axis=1).sum() + n_runs)))
    counts = (member @ member.T).toarray()
    return counts / np.float32(max(n_runs, 1))


def order_by_size(labels: np.ndarray) -> np.ndarray:
    """Map old label -> new label so that topic 0 is the largest.

    Ties go to the topic whose first member comes first, so the numbering is
    fully determined by the labels. Negative labels are left out.
    """
    labels = np.asarray(labels)
    found = np.unique(labels[labels >= 0])
    sizes = {t: int((labels == t).sum()) for t in found}
    first = {t: int(np.argmax(labels == t)) for t in found}
    order = sorted(found, key=lambda t: (-sizes[t], first[t]))
    mapping = np.full(int(found.max()) + 1 if len(found) else 1, -1)
    for new, old in enumerate(order):
        mapping[old] = new
    return mapping


def _settle(labels, coassoc, min_size, max_iter=20):
    """Move every item to the topic (of at least ``min_size`` items) it shares runs with most, until none moves."""
    affinity = coassoc.astype(np.float64, copy=True)
    np.fill_diagonal(affinity, 0.0)  # an item's agreement with itself says nothing
    n = len(labels)
    for _ in range(max_iter):
        sizes = np.bincount(labels)
        big = np.flatnonzero(sizes >= min_size)
        if len(big) == 0:
            big = np.array([int(np.argmax(sizes))])
        member = np.zeros((n, len(big)))
        member[np.arange(n), np.searchsorted(big, labels).clip(0, len(big) - 1)] = np.isin(labels, big)
        mean = (affinity @ member) / np.maximum(member.sum(axis=0), 1.0)
        moved = big[np.argmax(mean, axis=1)]
        if np.array_equal(moved, labels):
            break
        labels = moved
    labels = np.unique(labels, return_inverse=True)[1]
    return order_by_size(labels)[labels]


def consensus_labels(coassoc, *, threshold=0.5, min_size=2, n_wanted=None, with_unplaced=False):
    """Consensus topics of a co-association matrix (0 = largest).

    Average linkage on ``1 - coassoc`` cut at ``threshold``; with
    ``n_wanted``, cut instead where at least that many groups of
    ``min_size`` items appear (as few as exist if fewer). Small groups are
    then settled into topics (see the module docstring). With
    ``with_unplaced``, also returns the mask of the items the cut left in a
    group smaller than ``min_size``.
    """
    n = coassoc.shape[0]
    if n < 2:
        labels = np.zeros(n, dtype=int)
        return (labels, np.zeros(n, dtype=bool)) if with_unplaced else labels
    distance = 1.0 - coassoc.astype(np.float64)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False).clip(0.0, None), method="average")
    if n_wanted is None:
        labels = fcluster(tree, t=threshold, criterion="distance") - 1
    else:
        best, best_count = None, -1
        for clusters in range(int(n_wanted), n + 1):
            cut = fcluster(tree, t=clusters, criterion="maxclust") - 1
            count = int((np.bincount(cut) >= min_size).sum())
            if count > best_count:
                best, best_count = cut, count
            if count >= n_wanted:
                break
        labels = best
    unplaced = np.bincount(labels)[labels] < min_size
    settled = _settle(labels, coassoc, min_size)
    return (settled, unplaced) if with_unplaced else settled


def topic_linkage(centres) -> np.ndarray:
    """Ward linkage of topic centres, in scipy's format.

    Each topic counts once, whatever its size, so that a large topic does
    not swallow its neighbours one by one and the themes near the top stay
    balanced. Row ``r`` merges clusters ``Z[r, 0]`` and ``Z[r, 1]`` at height
    ``Z[r, 2]`` (Ward distance in the LSA space) into cluster ``k + r``
    holding ``Z[r, 3]`` topics.
    """
    centres = np.asarray(centres, dtype=np.float64)
    if len(centres) < 2:
        return np.zeros((0, 4))
    return linkage(centres, method="ward")


def level_maps(tree, leaf_sizes) -> dict[int, np.ndarray]:
    """For every number of topics ``m`` from 1 to ``k``: fine topic -> topic at level ``m``.

    Level ``m`` is the state after the first ``k - m`` merges of ``tree``;
    its topics are numbered by size in items (0 = largest).
    """
    leaf_sizes = np.asarray(leaf_sizes)
    k = len(leaf_sizes)
    group = np.arange(k)
    maps = {k: order_by_size(np.repeat(group, leaf_sizes))[group]}
    node_of = {i: i for i in range(k)}  # scipy cluster id -> representative leaf group
    for step, (left, right, _height, _count) in enumerate(tree):
        keep, drop = node_of[int(left)], node_of[int(right)]
        group = np.where(group == drop, keep, group)
        node_of[k + step] = keep
        m = k - step - 1
        compact = np.unique(group, return_inverse=True)[1]
        maps[m] = order_by_size(np.repeat(compact, leaf_sizes))[compact]
    return maps
