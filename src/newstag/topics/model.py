"""Unsupervised topics: TF-IDF -> LSA -> KMeans (or HDBSCAN), with the number
of topics chosen from the data.

Pipeline
--------
1. ``TfidfVectorizer`` over ``title + text`` (English stop words, sublinear tf,
   ``min_df=2``, ``max_df=0.5``; common spelling variants folded, see
   :func:`newstag.corpus.text.normalise_spelling`).
2. ``TruncatedSVD`` (latent semantic analysis) to ``n_components`` dimensions,
   then ``Normalizer`` so Euclidean distance ranks like cosine distance.
3. ``KMeans`` (``n_init=10``) or ``HDBSCAN``.

Choosing k (``n_topics="auto"``, KMeans)
----------------------------------------
For every k in ``k_range`` (both ends included) KMeans is run
``n_stability_runs`` times, each with a different seed drawn from
``random_state``. Two scores are recorded in ``k_scores_``:

* ``silhouette`` - cosine silhouette, on the LSA space, of the best run
  (lowest inertia): are the topics compact and apart?
* ``stability_ari`` - mean adjusted Rand index over all pairs of runs: do
  different seeds find the same topics?

The chosen k maximises ``score = stability_ari + silhouette``; ties (within
1e-9) go to the smaller k. The best-inertia run at that k gives the labels.
Stability (0 to 1 on real data) carries most of the weight and the silhouette
(about 0.05 to 0.2 on news text) separates k's of similar stability. Ranking
the silhouette instead was tried and rejected: on text the silhouette rises
almost steadily with k, so its rank always pulls towards the top of
``k_range`` (on FA-KES, rank + stability picked k=16, the edge of (4, 16)).

``fit`` runs single-threaded (``threadpoolctl``): on corpora of this size
OpenMP/BLAS start-up costs more than it saves (801 FA-KES items: about 4 s
instead of 40 s on two cores), and one thread keeps results reproducible.

Topics are numbered by size: topic 0 is the largest.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.cluster import HDBSCAN, KMeans
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import silhouette_score
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from newstag.corpus.text import normalise_spelling
from newstag.topics.describe import ctfidf, one_line_headlines
from newstag.topics.features import MAX_SEED, documents, lsa_features
from newstag.topics.scores import adjusted_rand, mean_pairwise_ari

__all__ = ["TopicModel"]


def _centroids(embedding: np.ndarray, labels: np.ndarray, n_topics: int) -> np.ndarray:
    centres = np.vstack([embedding[labels == t].mean(axis=0) for t in range(n_topics)])
    norms = np.linalg.norm(centres, axis=1, keepdims=True)
    return centres / np.where(norms > 0, norms, 1.0)


def order_by_size(labels: np.ndarray) -> np.ndarray:
    """Map old label -> new label so that topic 0 is the largest.

    Ties go to the topic whose first member comes first, so the numbering is
    fully determined by the labels.
    """
    found = np.unique(labels[labels >= 0])
    sizes = {t: int((labels == t).sum()) for t in found}
    first = {t: int(np.argmax(labels == t)) for t in found}
    order = sorted(found, key=lambda t: (-sizes[t], first[t]))
    mapping = np.full(int(found.max()) + 1 if len(found) else 1, -1)
    for new, old in enumerate(order):
        mapping[old] = new
    return mapping


class TopicModel(ClusterMixin, BaseEstimator):
    """Topics of news items: TF-IDF -> LSA -> KMeans or HDBSCAN.

    Parameters
    ----------
    n_topics : "auto" or int, default "auto"
        Number of KMeans topics; "auto" picks it from ``k_range`` (see the
        module docstring for the rule). Ignored by ``method="hdbscan"``,
        which finds its own number of clusters.
    k_range : (int, int), default (4, 16)
        Smallest and largest k tried by "auto", both included (capped at
        ``n_samples - 1``).
    method : {"kmeans", "hdbscan"}, default "kmeans"
    n_components : int, default 100
        LSA dimensions (capped at ``n_terms - 1`` and ``n_samples - 1``).
    random_state : int, default 42
        Seeds the SVD and every KMeans run, and draws the stability seeds.
    n_stability_runs : int, default 5
        KMeans runs per k (HDBSCAN: 80% subsamples) for the stability ARI.
    min_cluster_size : int or None, default None
        HDBSCAN only; None means ``max(5, n_samples // 40)``.

    Attributes
    ----------
    labels_ : ndarray of int, topic of each training document (0 = largest).
    n_topics_ : int
    k_scores_ : DataFrame with k, silhouette, stability_ari, score, inertia and
        chosen per candidate k (HDBSCAN: one row, with noise_share).
    stability_ari_ : float, mean ARI across seeds at the chosen k.
    silhouette_ : float, cosine silhouette of ``labels_`` on the LSA space.
    vectorizer_, svd_, normalizer_ : the fitted feature steps.
    embedding_ : ndarray (n_samples, n_components), normalised LSA of the training docs.
    cluster_centers_ : ndarray (n_topics_, n_components), unit-length topic centroids.
    topic_terms_ : dict topic -> list of (term, c-TF-IDF score), best first.
    topic_labels_ : dict topic -> short label made of the top 3 terms.
    noise_assigned_ : ndarray of int, indices of HDBSCAN noise points that were
        given their nearest topic (empty for KMeans).
    """

    def __init__(
        self,
        *,
        n_topics="auto",
        k_range=(4, 16),
        method="kmeans",
        n_components=100,
        random_state=42,
        n_stability_runs=5,
        min_cluster_size=None,
    ):
        self.n_topics = n_topics
        self.k_range = k_range
        self.method = method
        self.n_components = n_components
        self.random_state = random_state
        self.n_stability_runs = n_stability_runs
        self.min_cluster_size = min_cluster_size

    # ------------------------------------------------------------------ fit
    def fit(self, X, y=None):
        with threadpool_limits(1):
            return self._fit(X)

    def _fit(self, X):
        if self.method not in ("kmeans", "hdbscan"):
            raise ValueError(f"method must be 'kmeans' or 'hdbscan', not {self.method!r}")
        if not (self.n_topics == "auto" or (isinstance(self.n_topics, (int, np.integer)) and self.n_topics >= 2)):
            raise ValueError(f"n_topics must be 'auto' or an int >= 2, not {self.n_topics!r}")
        docs = documents(X)
        n = len(docs)
        if n < 3:
            raise ValueError(f"need at least 3 documents, got {n}")
        rng = check_random_state(self.random_state)
        self._seed = int(rng.randint(MAX_SEED))
        self._stability_seeds = [int(s) for s in rng.randint(MAX_SEED, size=max(int(self.n_stability_runs), 1))]

        self.vectorizer_, self.svd_, self.normalizer_, self.embedding_ = lsa_features(
            docs, n_components=self.n_components, random_state=self._seed
        )

        if self.method == "kmeans":
            raw = self._fit_kmeans(self.embedding_)
        else:
            raw = self._fit_hdbscan(self.embedding_)
        mapping = order_by_size(raw)
        self._mapping = mapping
        self.labels_ = mapping[raw]
        self.n_topics_ = int(self.labels_.max()) + 1
        self.cluster_centers_ = _centroids(self.embedding_, self.labels_, self.n_topics_)
        self.silhouette_ = (
            float(silhouette_score(self.embedding_, self.labels_, metric="cosine"))
            if 2 <= self.n_topics_ < n
            else float("nan")
        )
        self._describe_terms(docs)
        return self

    def _kmeans_runs(self, embedding, k):
        return [KMeans(n_clusters=k, n_init=10, random_state=seed).fit(embedding) for seed in self._stability_seeds]

    def _fit_kmeans(self, embedding):
        n = embedding.shape[0]
        if self.n_topics == "auto":
            lo, hi = (int(v) for v in self.k_range)
            ks = list(range(max(2, lo), min(hi, n - 1) + 1))
            if not ks:
                raise ValueError(f"k_range {self.k_range} leaves no k to try with {n} documents")
        else:
            if self.n_topics >= n:
                raise ValueError(f"n_topics={self.n_topics} must be below the number of documents ({n})")
            ks = [int(self.n_topics)]
        rows, best_runs = [], {}
        for k in ks:
            runs = self._kmeans_runs(embedding, k)
            best = min(runs, key=lambda km: km.inertia_)
            best_runs[k] = best
            rows.append(
                {
                    "k": k,
                    "silhouette": float(silhouette_score(embedding, best.labels_, metric="cosine")),
                    "stability_ari": mean_pairwise_ari([km.labels_ for km in runs]),
                    "inertia": float(best.inertia_),
                }
            )
        scores = pd.DataFrame(rows)
        scores["score"] = scores["stability_ari"].fillna(0.0) + scores["silhouette"]
        best_score = scores["score"].max()
        chosen = int(scores.loc[np.isclose(scores["score"], best_score, rtol=0, atol=1e-9), "k"].min())
        scores["chosen"] = scores["k"] == chosen
        self.k_scores_ = scores[["k", "silhouette", "stability_ari", "score", "inertia", "chosen"]]
        self.stability_ari_ = float(scores.loc[scores["chosen"], "stability_ari"].iloc[0])
        self.kmeans_ = best_runs[chosen]
        self.noise_assigned_ = np.array([], dtype=int)
        return self.kmeans_.labels_.copy()

    def _hdbscan_labels(self, embedding, min_cluster_size):
        """HDBSCAN labels with noise given the nearest centroid; also the noise mask."""
        raw = HDBSCAN(min_cluster_size=min_cluster_size, copy=True).fit(embedding).labels_
        noise = raw < 0
        found = np.unique(raw[~noise])
        if len(found) == 0:
            return np.zeros(len(raw), dtype=int), noise
        compact = np.searchsorted(found, np.where(noise, found[0], raw))
        centres = _centroids(embedding[~noise], compact[~noise], len(found))
        nearest = np.argmax(embedding @ centres.T, axis=1)
        return np.where(noise, nearest, compact), noise

    def _fit_hdbscan(self, embedding):
        n = embedding.shape[0]
        if self.n_topics != "auto":
            warnings.warn("n_topics is ignored with method='hdbscan': HDBSCAN finds its own number of topics")
        mcs = self.min_cluster_size or max(5, n // 40)
        mcs = max(2, min(int(mcs), n))
        labels, noise = self._hdbscan_labels(embedding, mcs)
        if labels.max() == 0 and noise.all():
            warnings.warn("HDBSCAN found no cluster: every document was put in one topic")
        self.noise_assigned_ = np.flatnonzero(noise)
        # Stability: HDBSCAN on seeded 80% subsamples, compared with the full fit.
        aris = []
        for seed in self._stability_seeds:
            sub = np.sort(np.random.RandomState(seed).choice(n, size=max(3, int(0.8 * n)), replace=False))
            sub_labels, _ = self._hdbscan_labels(embedding[sub], mcs)
            aris.append(adjusted_rand(labels[sub], sub_labels))
        self.stability_ari_ = float(np.mean(aris))
        k = int(labels.max()) + 1
        sil = float(silhouette_score(embedding, labels, metric="cosine")) if 2 <= k < n else float("nan")
        self.k_scores_ = pd.DataFrame(
            [{"k": k, "silhouette": sil, "stability_ari": self.stability_ari_, "noise_share": float(noise.mean()), "chosen": True}]
        )
        self.hdbscan_min_cluster_size_ = mcs
        return labels

    def _describe_terms(self, docs, n_terms=30):
        counter = CountVectorizer(vocabulary=self.vectorizer_.vocabulary_, preprocessor=normalise_spelling)
        counts = counter.transform(docs)
        self.ctfidf_ = ctfidf(counts, self.labels_, self.n_topics_)
        terms = self.vectorizer_.get_feature_names_out()
        self.topic_terms_ = {}
        self.topic_labels_ = {}
        for topic in range(self.n_topics_):
            row = self.ctfidf_[topic]
            # stable sort: equal scores keep vocabulary (alphabetical) order
            top = np.argsort(-row, kind="stable")[:n_terms]
            self.topic_terms_[topic] = [(str(terms[i]), float(row[i])) for i in top if row[i] > 0]
            self.topic_labels_[topic] = ", ".join(t for t, _ in self.topic_terms_[topic][:3]) or f"topic {topic}"

    # -------------------------------------------------------------- predict
    def embed(self, X) -> np.ndarray:
        """Normalised LSA vectors of new documents."""
        check_is_fitted(self, "svd_")
        return self.normalizer_.transform(self.svd_.transform(self.vectorizer_.transform(documents(X))))

    def predict(self, X) -> np.ndarray:
        """Topic of new documents (KMeans: its nearest centre; HDBSCAN: nearest topic centroid)."""
        embedding = self.embed(X)
        if self.method == "kmeans":
            with threadpool_limits(1):
                return self._mapping[self.kmeans_.predict(embedding)]
        return np.argmax(embedding @ self.cluster_centers_.T, axis=1)

    def fit_predict(self, X, y=None, **kwargs):
        return self.fit(X).labels_

    # ------------------------------------------------------------- describe
    def describe(self, corpus, tags=None, n_terms=10, n_headlines=3) -> pd.DataFrame:
        """One row per topic, describing the training documents.

        ``corpus`` is the data passed to :meth:`fit` (same rows, same order).
        Columns: ``topic, size, share, label, top_terms`` (list of str),
        ``term_scores`` (list of c-TF-IDF scores), ``headlines`` (list of the
        ``n_headlines`` titles closest to the topic centroid) and, when
        ``tags`` (boolean columns, rows aligned with ``corpus``) is given,
        ``share_<tag>``: the share of the topic's items carrying that tag.
        """
        check_is_fitted(self, "labels_")
        n = len(self.labels_)
        titles = one_line_headlines(corpus, n)
        tag_frame = None
        if tags is not None:
            tag_frame = pd.DataFrame(tags)
            if len(tag_frame) != n:
                raise ValueError(f"tags has {len(tag_frame)} rows but the model was fitted on {n}")
            tag_frame = tag_frame.reset_index(drop=True).fillna(False).astype(bool)
        similarity = self.embedding_ @ self.cluster_centers_.T
        rows = []
        for topic in range(self.n_topics_):
            members = np.flatnonzero(self.labels_ == topic)
            closest = members[np.argsort(-similarity[members, topic], kind="stable")]
            headlines, seen = [], set()
            for i in closest:
                if titles[i] and titles[i].lower() not in seen:
                    headlines.append(titles[i])
                    seen.add(titles[i].lower())
                if len(headlines) == n_headlines:
                    break
            terms = self.topic_terms_[topic][:n_terms]
            row = {
                "topic": topic,
                "size": int(len(members)),
                "share": len(members) / n,
                "label": self.topic_labels_[topic],
                "top_terms": [t for t, _ in terms],
                "term_scores": [s for _, s in terms],
                "headlines": headlines,
            }
            if tag_frame is not None:
                for column in tag_frame.columns:
                    row[f"share_{column}"] = float(tag_frame[column].to_numpy()[members].mean())
            rows.append(row)
        return pd.DataFrame(rows)
