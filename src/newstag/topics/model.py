"""Unsupervised topics: TF-IDF -> LSA -> consensus of seeded KMeans runs -> a topic hierarchy.

Pipeline
--------
1. ``TfidfVectorizer`` over ``title + text`` (English and news stop words,
   sublinear tf, ``min_df=2``, ``max_df=0.3``; spelling variants folded, see
   :mod:`newstag.topics.features`).
2. ``TruncatedSVD`` (latent semantic analysis, ARPACK) to ``n_components``
   dimensions, then ``Normalizer`` so Euclidean distance ranks like cosine.
3. Consensus topics from ``n_runs`` seeded KMeans runs and their hierarchy
   (:mod:`newstag.topics.consensus`): the co-association matrix, cut by
   average linkage at ``threshold``, gives the finest level; Ward linkage of
   its topic centres gives every coarser level.

The default level (``n_topics="auto"``)
---------------------------------------
The finest level: topics whose items were grouped together in most of the
seeded runs (average co-association above ``1 - threshold``). Because each
topic is a majority vote over ``n_runs`` runs, the default level barely
moves with the seed or with a few added items, unlike the k a single-run
criterion picks. On the 801 FA-KES + seed items it has 22-23 topics for
seeds 42, 0, 1, 2 and 3 (tests/test_topics_fakes.py checks 8-30, and the
agreement across seeds).
An int ``n_topics`` picks that level of the same hierarchy; a number above
the finest level cuts the consensus finer, widening the runs' k range when
it must.

Above the topics, ``n_themes_`` (about the square root of the number of
topics) names a handful of themes: ``parents()`` gives each topic's theme.

Corpora of more than ``max_consensus_items`` items are clustered on a seeded
uniform sample of that many; every other item joins its nearest topic
centre. ``fit`` runs single-threaded (``threadpoolctl``): on corpora of this
size OpenMP/BLAS start-up costs more than it saves, and one thread keeps
results reproducible.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from newstag.topics.consensus import (
    coassociation,
    consensus_labels,
    default_k_range,
    default_min_size,
    ensemble_runs,
    topic_linkage,
)
from newstag.topics.describe import find_phrases, one_line_headlines
from newstag.topics.features import (
    MAX_SEED,
    N_COMPONENTS,
    N_RUNS,
    documents,
    lsa_features,
    settle_noise,
)
from newstag.topics.hierarchy import TopicLevels
from newstag.topics.scores import adjusted_rand
from newstag.topics.stopwords import is_description_term

__all__ = ["TopicModel", "fit_consensus", "check_topic_params"]


def check_topic_params(estimator):
    """Raise ValueError for a bad n_topics, k_range, threshold or n_runs of a topic model."""
    n_topics = estimator.n_topics
    if not (n_topics == "auto" or (isinstance(n_topics, (int, np.integer)) and n_topics >= 1)):
        raise ValueError(f"n_topics must be 'auto' or an int >= 1, not {n_topics!r}")
    if not (estimator.k_range == "auto" or (len(estimator.k_range) == 2 and 2 <= min(estimator.k_range))):
        raise ValueError(f"k_range must be 'auto' or (low, high) with low >= 2, not {estimator.k_range!r}")
    if not 0.0 < float(estimator.threshold) < 1.0:
        raise ValueError(f"threshold must be between 0 and 1, not {estimator.threshold!r}")
    if int(estimator.n_runs) < 2:
        raise ValueError(f"n_runs must be at least 2, not {estimator.n_runs!r}")


def fit_consensus(embedding, *, n_topics, k_range, n_runs, threshold, min_topic_size, random_state, progress=False):
    """Consensus fine topics of ``embedding`` rows and their hierarchy (the shared core of both models).

    Returns a dict: ``fine`` (labels, 0 = largest), ``tree`` (``topic_linkage`` of their centres),
    ``default`` (number of topics of the default
    level), ``k_range``, ``min_size``, ``unplaced`` (indices of the items in no
    group of ``min_size`` at the threshold cut, settled into their closest topic),
    ``split_half_ari`` (agreement of the consensus of the first and the
    second half of the runs) and ``cohesion`` (mean co-association within
    each fine topic).
    """
    n = embedding.shape[0]
    rng = check_random_state(random_state)
    k_range = default_k_range(n) if k_range == "auto" else tuple(int(v) for v in k_range)
    min_size = default_min_size(n) if min_topic_size == "auto" else max(1, int(min_topic_size))
    wanted = None if n_topics == "auto" else min(int(n_topics), n)
    runs = ensemble_runs(embedding, k_range=k_range, n_runs=n_runs, random_state=rng, progress=progress)
    half = len(runs) // 2
    halves = [coassociation(runs[:half]), coassociation(runs[half:])]
    coassoc = (halves[0] * half + halves[1] * (len(runs) - half)) / len(runs)
    split_half_ari = adjusted_rand(*(consensus_labels(c, threshold=threshold, min_size=min_size) for c in halves))
    fine, unplaced = consensus_labels(coassoc, threshold=threshold, min_size=min_size, with_unplaced=True)
    if wanted is not None and fine.max() + 1 < wanted:
        fine = consensus_labels(coassoc, min_size=min_size, n_wanted=wanted)
        if fine.max() + 1 < wanted and k_range[1] < n - 1:
            # The runs never split the items that finely: ask them for more clusters.
            k_range = (k_range[0], min(n - 1, max(2 * k_range[1], int(np.ceil(1.5 * wanted)))))
            runs = ensemble_runs(embedding, k_range=k_range, n_runs=n_runs, random_state=rng, progress=progress)
            coassoc = coassociation(runs)
            fine = consensus_labels(coassoc, min_size=min_size, n_wanted=wanted)
        if fine.max() + 1 < wanted:
            warnings.warn(f"asked for {wanted} topics but the items split into at most {fine.max() + 1}", stacklevel=3)
    k = int(fine.max()) + 1
    centres = np.vstack([embedding[fine == t].mean(axis=0) for t in range(k)])
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12)
    tree = topic_linkage(centres)
    default = k if wanted is None else min(wanted, k)
    cohesion = np.array([coassoc[np.ix_(fine == t, fine == t)].mean() for t in range(k)])
    return {
        "fine": fine, "tree": tree, "default": int(default), "k_range": k_range,
        "min_size": min_size, "split_half_ari": split_half_ari, "cohesion": cohesion,
        "n_runs": len(runs), "unplaced": np.flatnonzero(unplaced),
    }


class TopicModel(TopicLevels, ClusterMixin, BaseEstimator):
    """Topics of news items at every granularity: TF-IDF -> LSA -> consensus KMeans -> hierarchy.

    Parameters
    ----------
    n_topics : "auto" or int, default "auto"
        Topics of ``labels_``: "auto" is the consensus level (see the module
        docstring); an int picks that level of the hierarchy.
    k_range : "auto" or (int, int), default "auto"
        Smallest and largest k of the KMeans runs; "auto" follows the corpus
        size (:func:`~newstag.topics.consensus.default_k_range`).
    n_runs : int, default 150
        Seeded KMeans runs behind the consensus.
    threshold : float, default 0.5
        Average linkage cut on ``1 - co-association``: items together in more
        than half the runs share a topic.
    min_topic_size : "auto" or int, default "auto"
        Smallest topic; "auto" is 1% of the items (at least 2).
    n_components : int, default 60
        LSA dimensions (capped at ``n_terms - 1`` and ``n_samples - 1``).
    max_consensus_items : int, default 2000
        Larger corpora are clustered on a seeded sample of this many items.
    random_state : int, default 42
        Seeds the SVD, the sample and every KMeans run.
    progress : bool, default False
        Show a tqdm bar over the KMeans runs.

    Attributes
    ----------
    labels_ : ndarray of int, topic of each training item at the default level (0 = largest).
    n_topics_ : int, topics of the default level.
    fine_labels_ : ndarray of int, topic of each item at the finest level.
    n_fine_topics_ : int
    levels_ : dict m -> ndarray, fine topic -> topic at the level with m topics (1 <= m <= n_fine_topics_).
    linkage_ : ndarray (n_fine_topics_ - 1, 4), the Ward tree of the fine topics' centres, in
        scipy's format.
    n_themes_ : int, topics of the theme level (see :meth:`parents`).
    fine_centers_, cluster_centers_ : unit-length centres of the fine and the default topics.
    fine_sizes_ : ndarray, items per fine topic.
    topic_terms_ : dict topic -> list of (term, score), best first (default level).
    topic_labels_ : dict topic -> short label (default level).
    phrases_ : dict term -> next term of the phrases used in labels.
    k_range_, min_topic_size_, n_runs_ : the values used.
    stability_ari_ : float, ARI between the consensus of the first and of the second half of the runs.
    cohesion_ : ndarray, mean co-association within each fine topic.
    unplaced_ : ndarray of int, consensus items that the cut left in no group of ``min_topic_size_``.
    consensus_index_ : ndarray of int, the items clustered (all, or the sample).
    vectorizer_, svd_, normalizer_ : the fitted feature steps.
    embedding_ : ndarray (n_samples, n_components), unit LSA vectors of the training items.
    """

    def __init__(self, *, n_topics="auto", k_range="auto", n_runs=N_RUNS, threshold=0.5, min_topic_size="auto",
                 n_components=N_COMPONENTS, max_consensus_items=2000, random_state=42, progress=False):
        self.n_topics = n_topics
        self.k_range = k_range
        self.n_runs = n_runs
        self.threshold = threshold
        self.min_topic_size = min_topic_size
        self.n_components = n_components
        self.max_consensus_items = max_consensus_items
        self.random_state = random_state
        self.progress = progress

    def fit(self, X, y=None):
        """Fit on items: a DataFrame with title/text, texts, (title, text) pairs or dicts."""
        with threadpool_limits(1):
            return self._fit(X)

    def _fit(self, X):
        check_topic_params(self)
        docs = documents(X)
        n = len(docs)
        if n < 3:
            raise ValueError(f"need at least 3 documents, got {n}")
        rng = check_random_state(self.random_state)
        svd_seed, sample_seed, runs_seed = (int(s) for s in rng.randint(MAX_SEED, size=3))
        self.vectorizer_, self.svd_, self.normalizer_, self.embedding_, counts = lsa_features(
            docs, n_components=self.n_components, random_state=svd_seed, return_counts=True)
        if n > int(self.max_consensus_items):
            index = np.sort(np.random.RandomState(sample_seed).choice(n, int(self.max_consensus_items), replace=False))
        else:
            index = np.arange(n)
        self.consensus_index_ = index
        found = fit_consensus(self.embedding_[index], n_topics=self.n_topics, k_range=self.k_range,
                              n_runs=self.n_runs, threshold=self.threshold, min_topic_size=self.min_topic_size,
                              random_state=runs_seed, progress=self.progress)
        fine = np.full(n, -1)
        fine[index] = found["fine"]
        if len(index) < n:
            # Items outside the sample join the nearest centre of the sample's topics.
            rest = np.setdiff1d(np.arange(n), index)
            centres = np.vstack([self.embedding_[index][found["fine"] == t].mean(axis=0)
                                 for t in range(int(found["fine"].max()) + 1)])
            fine[rest] = np.argmax(self.embedding_[rest] @ centres.T, axis=1)
        self.fine_labels_ = fine
        self.k_range_, self.min_topic_size_ = found["k_range"], found["min_size"]
        self.stability_ari_ = float(found["split_half_ari"])
        self.cohesion_ = found["cohesion"]
        self.n_runs_ = found["n_runs"]
        self.unplaced_ = index[found["unplaced"]]

        k = int(fine.max()) + 1
        member = sp.csr_matrix((np.ones(n), (fine, np.arange(n))), shape=(k, n))
        names = self.vectorizer_.get_feature_names_out()
        allowed = np.array([is_description_term(t) for t in names])
        self.phrases_ = find_phrases([docs[i] for i in index], names[allowed])
        self._set_fine_parts(fine, self.embedding_, np.asarray((member @ counts).todense()), names, allowed,
                             found["tree"])
        self._set_default_level(found["default"])
        self.labels_ = self.at(self.n_topics_)
        return self

    # -------------------------------------------------------------- predict
    def embed(self, X) -> np.ndarray:
        """Normalised LSA vectors of new documents."""
        check_is_fitted(self, "svd_")
        return settle_noise(self.normalizer_.transform(self.svd_.transform(self.vectorizer_.transform(documents(X)))))

    def predict(self, X, n_topics=None) -> np.ndarray:
        """Topic of new items at a level (default: ``n_topics_``): their nearest fine topic, then its topic at that level."""
        level = self.levels_[self._check_level(n_topics)]
        return level[self._nearest_fine(self.embed(X))]

    def fit_predict(self, X, y=None, **kwargs):
        return self.fit(X).labels_

    # ------------------------------------------------------------- describe
    def describe(self, corpus, tags=None, n_terms=10, n_headlines=3, n_topics=None):
        """One row per topic of a level (default: ``n_topics_``), describing the training items.

        ``corpus`` is the data passed to :meth:`fit` (same rows, same order).
        Columns: ``topic, size, share, label, top_terms`` (list of str),
        ``term_scores``, ``headlines`` (the ``n_headlines`` distinct titles
        closest to the topic centre), ``theme`` (the topic's parent at the
        theme level) and, when ``tags`` (boolean columns, rows aligned with
        ``corpus``) is given, ``share_<tag>``: the share of the topic's items
        carrying that tag.
        """
        import pandas as pd

        m = self._check_level(n_topics)
        labels = self.at(m)
        n = len(labels)
        titles = one_line_headlines(corpus, n)
        tag_frame = None
        if tags is not None:
            tag_frame = pd.DataFrame(tags)
            if len(tag_frame) != n:
                raise ValueError(f"tags has {len(tag_frame)} rows but the model was fitted on {n}")
            tag_frame = tag_frame.reset_index(drop=True).fillna(False).astype(bool)
        similarity = self.embedding_ @ self.level_centers(m).T
        terms_by_topic = self.topic_terms(m, n_terms=max(n_terms, 6))
        topic_labels = self.topic_labels(m)
        themes = self.parents(m, min(self.n_themes_, m))
        rows = []
        for topic in range(m):
            members = np.flatnonzero(labels == topic)
            closest = members[np.argsort(-similarity[members, topic], kind="stable")]
            headlines, seen = [], set()
            for i in closest:
                if titles[i] and titles[i].lower() not in seen:
                    headlines.append(titles[i])
                    seen.add(titles[i].lower())
                if len(headlines) == n_headlines:
                    break
            terms = terms_by_topic[topic][:n_terms]
            row = {
                "topic": topic, "size": int(len(members)), "share": len(members) / n, "label": topic_labels[topic],
                "top_terms": [t for t, _ in terms], "term_scores": [s for _, s in terms], "headlines": headlines,
                "theme": int(themes[topic]),
            }
            if tag_frame is not None:
                for column in tag_frame.columns:
                    row[f"share_{column}"] = float(tag_frame[column].to_numpy()[members].mean())
            rows.append(row)
        return pd.DataFrame(rows)
