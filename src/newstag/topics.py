"""Unsupervised topics: TF-IDF -> LSA -> KMeans (or HDBSCAN), with the number
of topics chosen from the data.

Pipeline
--------
1. ``TfidfVectorizer`` over ``title + text`` (English stop words, sublinear tf,
   ``min_df=2``, ``max_df=0.5``; common spelling variants folded, see
   :func:`newstag.features.normalise_spelling`).
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
from itertools import combinations

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.cluster import HDBSCAN, KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.metrics import (
    completeness_score,
    homogeneity_score,
    normalized_mutual_info_score,
    silhouette_score,
    v_measure_score,
)
from sklearn.preprocessing import Normalizer
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from .features import as_title_text, normalise_spelling

__all__ = ["TopicModel", "StreamingTopicModel", "external_agreement", "ctfidf", "documents", "lsa_features"]

_MAX_SEED = 2**31 - 1


def documents(X) -> list[str]:
    """``title + newline + text`` for each item of a DataFrame or list of texts."""
    titles, texts = as_title_text(X)
    return [f"{title}\n{text}" if title else text for title, text in zip(titles, texts)]


def lsa_features(X, *, n_components=100, random_state=42):
    """TF-IDF -> TruncatedSVD -> Normalizer, as used by :class:`TopicModel`.

    Returns ``(vectorizer, svd, normalizer, embedding)``; ``embedding`` is the
    ``(n_docs, d)`` array of unit-length LSA vectors, ``d`` capped at
    ``n_terms - 1`` and ``n_docs - 1``. ``random_state`` must be an int (or
    None) and seeds the SVD.
    """
    docs = X if isinstance(X, list) and all(isinstance(d, str) for d in X) else documents(X)
    vectorizer = TfidfVectorizer(
        preprocessor=normalise_spelling,
        stop_words="english",
        sublinear_tf=True,
        min_df=2,
        max_df=0.5,
        dtype=np.float64,
    )
    tfidf = vectorizer.fit_transform(docs)
    n_components = max(1, min(int(n_components), tfidf.shape[1] - 1, len(docs) - 1))
    svd = TruncatedSVD(n_components=n_components, random_state=random_state)
    normalizer = Normalizer(copy=False)
    embedding = normalizer.fit_transform(svd.fit_transform(tfidf))
    return vectorizer, svd, normalizer, embedding


def _titles(corpus, n: int) -> list[str]:
    """A one-line headline per row: the title, else the start of the text."""
    titles, texts = as_title_text(corpus)
    if len(titles) != n:
        raise ValueError(f"corpus has {len(titles)} rows but the model was fitted on {n}")
    out = []
    for title, text in zip(titles, texts):
        line = title.strip() or " ".join(text.split())[:100]
        out.append(" ".join(line.split()))
    return out


def ctfidf(counts, labels, n_topics: int) -> np.ndarray:
    """Class-based TF-IDF (as in BERTopic) of a document-term count matrix.

    The documents of a topic are joined into one (their counts summed); term
    frequencies are L1-normalised per topic and weighted by
    ``log(1 + A / f_t)``, where ``A`` is the mean number of words per topic
    and ``f_t`` the frequency of term ``t`` over all topics.
    Returns a dense ``(n_topics, n_terms)`` array.
    """
    counts = sp.csr_matrix(counts, dtype=np.float64)
    labels = np.asarray(labels)
    member = sp.csr_matrix(
        (np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(n_topics, len(labels))
    )
    per_topic = np.asarray((member @ counts).todense())
    words_per_topic = per_topic.sum(axis=1, keepdims=True)
    tf = np.divide(per_topic, words_per_topic, out=np.zeros_like(per_topic), where=words_per_topic > 0)
    term_freq = per_topic.sum(axis=0)
    mean_words = per_topic.sum() / max(n_topics, 1)
    idf = np.log1p(np.divide(mean_words, term_freq, out=np.zeros_like(term_freq), where=term_freq > 0))
    return tf * idf


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


def _ari(a: np.ndarray, b: np.ndarray) -> float:
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


def _mean_pairwise_ari(runs: list[np.ndarray]) -> float:
    pairs = list(combinations(range(len(runs)), 2))
    if not pairs:
        return float("nan")
    return float(np.mean([_ari(runs[i], runs[j]) for i, j in pairs]))


def _centroids(embedding: np.ndarray, labels: np.ndarray, n_topics: int) -> np.ndarray:
    centres = np.vstack([embedding[labels == t].mean(axis=0) for t in range(n_topics)])
    norms = np.linalg.norm(centres, axis=1, keepdims=True)
    return centres / np.where(norms > 0, norms, 1.0)


def _order_by_size(labels: np.ndarray) -> np.ndarray:
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
        self._seed = int(rng.randint(_MAX_SEED))
        self._stability_seeds = [int(s) for s in rng.randint(_MAX_SEED, size=max(int(self.n_stability_runs), 1))]

        self.vectorizer_, self.svd_, self.normalizer_, self.embedding_ = lsa_features(
            docs, n_components=self.n_components, random_state=self._seed
        )

        if self.method == "kmeans":
            raw = self._fit_kmeans(self.embedding_)
        else:
            raw = self._fit_hdbscan(self.embedding_)
        mapping = _order_by_size(raw)
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
                    "stability_ari": _mean_pairwise_ari([km.labels_ for km in runs]),
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
            aris.append(_ari(labels[sub], sub_labels))
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
        titles = _titles(corpus, n)
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


# --------------------------------------------------------------------------
# Streaming topics: corpora larger than memory
# --------------------------------------------------------------------------

def _entry_document(entry) -> str:
    """``title + newline + text`` of one item: a str, dict, (title, text) pair or Item."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        title, text = str(entry.get("title") or ""), str(entry.get("text") or "")
    elif hasattr(entry, "text"):
        title, text = str(getattr(entry, "title", "") or ""), str(entry.text or "")
    else:
        title, text = entry
        title, text = str(title or ""), str(text or "")
    return f"{title}\n{text}" if title else text


def _iter_source(source):
    """A fresh iterator over the items of ``source`` (see StreamingTopicModel.fit)."""
    import os

    if isinstance(source, (str, os.PathLike)):
        from .corpus import iter_corpus
        from .readers import Item

        return (item for item in iter_corpus([os.fspath(source)], collapse_duplicates=False) if isinstance(item, Item))
    if callable(source):
        return iter(source())
    if hasattr(source, "columns"):  # a DataFrame: rows as (title, text)
        titles, texts = as_title_text(source)
        return zip(titles, texts)
    return iter(source)


def _chunks(source, size: int):
    chunk = []
    for entry in _iter_source(source):
        chunk.append(_entry_document(entry))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class StreamingTopicModel(ClusterMixin, BaseEstimator):
    """Topics for corpora larger than memory, read in chunks.

    Memory depends on ``chunk_size``, ``sample_size`` and ``n_features``, not on
    the number of items: nothing but one int per item (its topic) is kept.

    Pipeline (three passes over the source)
    ---------------------------------------
    1. ``HashingVectorizer`` (no vocabulary to hold; same preprocessing and
       stop words as :class:`TopicModel`) counts each term's document
       frequency, and a seeded reservoir keeps a uniform sample of
       ``sample_size`` items.
    2. TF-IDF (sublinear tf, idf from pass 1, terms in fewer than ``min_df``
       or more than ``max_df`` of the items dropped) -> ``TruncatedSVD``
       fitted on the sample -> unit length. The number of topics is chosen on
       the sample with :class:`TopicModel`'s rule (stability ARI +
       silhouette over ``k_range``); its best KMeans seeds a
       ``MiniBatchKMeans`` refined by ``partial_fit`` over every chunk.
    3. Each item gets its nearest centre (``labels_``); per-topic term counts
       give the c-TF-IDF topic terms, named through the sample's vocabulary.

    Maps are drawn from the sample (``sample_embedding_``, see
    :meth:`sample_map`): the same items for the same source and seed.

    Parameters
    ----------
    n_topics : "auto" or int, default "auto"
    k_range : (int, int), default (4, 16)
    n_components : int, default 100
    n_features : int, default 2**18
        Hashing space size.
    chunk_size : int, default 10_000
    sample_size : int, default 5_000
    min_df : int, default 2
    max_df : float, default 0.5
    n_stability_runs : int, default 5
    random_state : int, default 42

    Attributes
    ----------
    labels_ : ndarray of int32, topic of each item in source order (0 = largest).
    n_items_, n_topics_, idf_, svd_, cluster_centers_, k_scores_, stability_ari_,
    sample_index_ (source positions of the sample), sample_documents_,
    sample_embedding_, sample_labels_, topic_sizes_, topic_terms_, topic_labels_.
    """

    def __init__(self, *, n_topics="auto", k_range=(4, 16), n_components=100, n_features=2**18, chunk_size=10_000,
                 sample_size=5_000, min_df=2, max_df=0.5, n_stability_runs=5, random_state=42):
        self.n_topics = n_topics
        self.k_range = k_range
        self.n_components = n_components
        self.n_features = n_features
        self.chunk_size = chunk_size
        self.sample_size = sample_size
        self.min_df = min_df
        self.max_df = max_df
        self.n_stability_runs = n_stability_runs
        self.random_state = random_state

    def _hasher(self):
        from sklearn.feature_extraction.text import HashingVectorizer

        return HashingVectorizer(n_features=int(self.n_features), preprocessor=normalise_spelling, stop_words="english",
                                 alternate_sign=False, norm=None, dtype=np.float32)

    def _tfidf(self, counts):
        from sklearn.preprocessing import normalize

        counts = sp.csr_matrix(counts, dtype=np.float32)
        counts.data = 1.0 + np.log(counts.data)  # sublinear tf, as TfidfVectorizer(sublinear_tf=True)
        weighted = counts @ sp.diags(self.idf_.astype(np.float32))
        weighted.eliminate_zeros()
        return normalize(weighted, copy=False)

    def _embed(self, counts):
        reduced = self.svd_.transform(self._tfidf(counts))
        norms = np.linalg.norm(reduced, axis=1, keepdims=True)
        return reduced / np.where(norms > 0, norms, 1.0)

    def fit(self, source, y=None):
        """Fit on ``source``: a path (any input ``newstag corpus`` reads), a
        callable returning a fresh iterable of items, or a re-iterable (list,
        DataFrame). Items are texts, dicts, (title, text) pairs or Items.
        The source is read three times, ``chunk_size`` items at a time."""
        with threadpool_limits(1):
            return self._fit(source)

    def _fit(self, source):
        from sklearn.cluster import MiniBatchKMeans

        if not (self.n_topics == "auto" or (isinstance(self.n_topics, (int, np.integer)) and self.n_topics >= 2)):
            raise ValueError(f"n_topics must be 'auto' or an int >= 2, not {self.n_topics!r}")
        rng = check_random_state(self.random_state)
        svd_seed = int(rng.randint(_MAX_SEED))
        stability_seeds = [int(s) for s in rng.randint(_MAX_SEED, size=max(int(self.n_stability_runs), 1))]
        reservoir_rng = np.random.RandomState(int(rng.randint(_MAX_SEED)))
        hasher = self._hasher()
        size = int(self.sample_size)

        # Pass 1: document frequencies and a uniform reservoir sample.
        df = np.zeros(int(self.n_features), dtype=np.int64)
        n = 0
        sample_docs: list[str] = []
        sample_index: list[int] = []
        for chunk in _chunks(source, int(self.chunk_size)):
            counts = hasher.transform(chunk)
            df += np.bincount(counts.indices, minlength=df.size)  # each (row, term) once: counts are per row
            take = min(len(chunk), max(0, size - len(sample_docs)))
            sample_docs.extend(chunk[:take])
            sample_index.extend(range(n, n + take))
            if take < len(chunk):
                positions = np.arange(n + take, n + len(chunk))
                draws = reservoir_rng.randint(0, positions + 1)
                for position, draw in zip(positions[draws < size], draws[draws < size]):
                    sample_docs[draw] = chunk[position - n]
                    sample_index[draw] = int(position)
            n += len(chunk)
        if n < 3:
            raise ValueError(f"need at least 3 documents, got {n}")
        keep = (df >= self.min_df) & (df <= self.max_df * n)
        if not keep.any():
            raise ValueError("no term is in at least min_df and at most max_df of the documents; lower min_df or raise max_df")
        self.n_items_ = n
        self.idf_ = np.where(keep, np.log((1 + n) / (1 + df)) + 1.0, 0.0)
        order = np.argsort(sample_index, kind="stable")
        self.sample_index_ = np.asarray(sample_index, dtype=np.int64)[order]
        self.sample_documents_ = [sample_docs[i] for i in order]
        del sample_docs

        # LSA basis, number of topics and initial centres from the sample.
        sample_tfidf = self._tfidf(hasher.transform(self.sample_documents_))
        n_components = max(1, min(int(self.n_components), int(keep.sum()) - 1, len(self.sample_documents_) - 1))
        self.svd_ = TruncatedSVD(n_components=n_components, random_state=svd_seed).fit(sample_tfidf)
        self.sample_embedding_ = self._embed(hasher.transform(self.sample_documents_))
        chooser = TopicModel(n_topics=self.n_topics, k_range=self.k_range, n_stability_runs=self.n_stability_runs)
        chooser._stability_seeds = stability_seeds
        chooser._fit_kmeans(self.sample_embedding_)
        self.k_scores_ = chooser.k_scores_
        self.stability_ari_ = chooser.stability_ari_
        k = int(chooser.kmeans_.n_clusters)

        # Pass 2: refine the centres on every chunk.
        kmeans = MiniBatchKMeans(n_clusters=k, init=chooser.kmeans_.cluster_centers_, n_init=1,
                                 batch_size=min(int(self.chunk_size), 4096), random_state=svd_seed)
        for chunk in _chunks(source, int(self.chunk_size)):
            embedding = self._embed(hasher.transform(chunk))
            for start in range(0, len(embedding), kmeans.batch_size):
                batch = embedding[start:start + kmeans.batch_size]
                if len(batch) >= k:
                    kmeans.partial_fit(batch)
        if not hasattr(kmeans, "cluster_centers_"):  # every chunk smaller than k
            kmeans.partial_fit(self.sample_embedding_)

        # Pass 3: labels and per-topic term counts.
        labels = np.empty(n, dtype=np.int32)
        topic_counts = np.zeros((k, int(self.n_features)), dtype=np.float64)
        position = 0
        for chunk in _chunks(source, int(self.chunk_size)):
            if position + len(chunk) > n:
                break
            counts = hasher.transform(chunk)
            raw = kmeans.predict(self._embed(counts)).astype(np.int32)
            labels[position:position + len(chunk)] = raw
            member = sp.csr_matrix((np.ones(len(raw)), (raw, np.arange(len(raw)))), shape=(k, len(raw)))
            topic_counts += np.asarray((member @ counts).todense())
            position += len(chunk)
        if position != n:
            raise ValueError(f"the source gave {n} items on the first pass but not on the last; "
                             "give a source that yields the same items each time")
        mapping = _order_by_size(labels)
        self.labels_ = mapping[labels].astype(np.int32)
        self.n_topics_ = int(self.labels_.max()) + 1
        centres = np.zeros((self.n_topics_, kmeans.cluster_centers_.shape[1]))
        for old, new in enumerate(mapping):
            if new >= 0:
                centres[new] = kmeans.cluster_centers_[old]
        norms = np.linalg.norm(centres, axis=1, keepdims=True)
        self.cluster_centers_ = centres / np.where(norms > 0, norms, 1.0)
        self.kmeans_ = kmeans
        self._mapping = mapping
        self.topic_sizes_ = np.bincount(self.labels_, minlength=self.n_topics_)
        self.sample_labels_ = self.labels_[self.sample_index_]
        reordered = np.zeros((self.n_topics_, topic_counts.shape[1]))
        for old, new in enumerate(mapping):
            if new >= 0:
                reordered[new] += topic_counts[old]
        self._describe_terms(reordered * keep)
        return self

    def _describe_terms(self, topic_counts, n_terms=30):
        # Hashed columns get their names from the sample's vocabulary.
        vocabulary = CountVectorizer(preprocessor=normalise_spelling, stop_words="english").fit(self.sample_documents_)
        names = vocabulary.get_feature_names_out()
        hashed = self._hasher().transform(list(names)).tocsr()
        single = np.diff(hashed.indptr) == 1
        columns = np.full(len(names), -1)
        columns[single] = hashed.indices[hashed.indptr[:-1][single]]
        named = columns >= 0
        scores = self._ctfidf_rows(topic_counts[:, columns[named]])
        names = names[named]
        self.topic_terms_, self.topic_labels_ = {}, {}
        for topic in range(self.n_topics_):
            row = scores[topic]
            top = np.argsort(-row, kind="stable")[:n_terms]
            self.topic_terms_[topic] = [(str(names[i]), float(row[i])) for i in top if row[i] > 0]
            self.topic_labels_[topic] = ", ".join(t for t, _ in self.topic_terms_[topic][:3]) or f"topic {topic}"

    @staticmethod
    def _ctfidf_rows(per_topic):
        """c-TF-IDF (see :func:`ctfidf`) of per-topic summed counts."""
        per_topic = np.asarray(per_topic, dtype=np.float64)
        words = per_topic.sum(axis=1, keepdims=True)
        tf = np.divide(per_topic, words, out=np.zeros_like(per_topic), where=words > 0)
        term_freq = per_topic.sum(axis=0)
        mean_words = per_topic.sum() / max(per_topic.shape[0], 1)
        idf = np.log1p(np.divide(mean_words, term_freq, out=np.zeros_like(term_freq), where=term_freq > 0))
        return tf * idf

    def predict(self, X) -> np.ndarray:
        """Topic of new items (a list of texts, dicts, pairs or a DataFrame)."""
        check_is_fitted(self, "labels_")
        docs = [_entry_document(e) for e in _iter_source(X)]
        with threadpool_limits(1):
            return self._mapping[self.kmeans_.predict(self._embed(self._hasher().transform(docs)))]

    def fit_predict(self, X, y=None, **kwargs):
        return self.fit(X).labels_

    def sample_map(self, *, random_state=None, **umap_options) -> np.ndarray:
        """UMAP coordinates ``(sample_size, 2)`` of the sample items
        (rows follow ``sample_index_``); same sample, same map, for a seed."""
        from .maps import umap_embedding

        check_is_fitted(self, "sample_embedding_")
        seed = self.random_state if random_state is None else random_state
        return umap_embedding(self.sample_embedding_, random_state=seed, **umap_options)
