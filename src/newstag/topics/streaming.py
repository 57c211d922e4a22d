"""Streaming topics: corpora larger than memory, read in chunks."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from newstag.corpus.text import as_title_text, normalise_spelling
from newstag.topics.describe import find_phrases
from newstag.topics.features import MAX_DF, MAX_SEED, N_COMPONENTS, N_RUNS, settle_noise
from newstag.topics.hierarchy import TopicLevels
from newstag.topics.model import check_topic_params, fit_consensus
from newstag.topics.stopwords import TOPIC_STOP_WORDS, is_description_term

__all__ = ["StreamingTopicModel"]


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
        from newstag.corpus.loading import iter_corpus
        from newstag.corpus.readers import Item

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


class StreamingTopicModel(TopicLevels, ClusterMixin, BaseEstimator):
    """Topics for corpora larger than memory, read in chunks, with the same hierarchy as :class:`TopicModel`.

    Memory depends on ``chunk_size``, ``sample_size`` and ``n_features``, not on
    the number of items: nothing but one int per item (its topic) is kept.

    Pipeline (two passes over the source)
    -------------------------------------
    1. ``HashingVectorizer`` (no vocabulary to hold; same preprocessing and
       stop words as :class:`TopicModel`) counts each term's document
       frequency, and a seeded reservoir keeps a uniform sample of
       ``sample_size`` items.
    2. TF-IDF (sublinear tf, idf from pass 1, terms in fewer than ``min_df``
       or more than ``max_df`` of the items dropped) -> ``TruncatedSVD``
       (ARPACK) fitted on the sample -> unit length. The consensus topics and
       their hierarchy come from the sample, as in :class:`TopicModel` (on a
       seeded subsample of ``max_consensus_items`` when the sample is larger).
    3. Pass 2: each item joins its nearest fine topic centre (``labels_`` at
       the default level); per-topic term counts give every level's terms,
       named through the sample's vocabulary.

    Maps are drawn from the sample (``sample_embedding_``, see
    :meth:`sample_map`): the same items for the same source and seed.

    Parameters
    ----------
    n_topics, k_range, n_runs, threshold, min_topic_size, max_consensus_items :
        as :class:`TopicModel`.
    n_components : int, default 60
    n_features : int, default 2**18
        Hashing space size.
    chunk_size : int, default 10_000
    sample_size : int, default 5_000
    min_df : int, default 2
    max_df : float, default 0.3
    random_state : int, default 42

    Attributes
    ----------
    labels_ : ndarray of int32, topic of each item in source order (0 = largest).
    fine_labels_ : ndarray of int32, fine topic of each item.
    n_items_, n_topics_, levels_, linkage_, n_themes_, fine_centers_, cluster_centers_, idf_, svd_,
    k_range_, min_topic_size_, n_runs_, stability_ari_, cohesion_, consensus_index_ and unplaced_ (source
    positions, as :class:`TopicModel`'s), sample_index_ (source positions of the sample),
    sample_documents_, sample_embedding_, sample_labels_, topic_sizes_, topic_terms_, topic_labels_, phrases_.
    The hierarchy's methods (``at``, ``parents``, ``topic_terms``, ``topic_labels``) are :class:`TopicModel`'s.
    """

    def __init__(self, *, n_topics="auto", k_range="auto", n_runs=N_RUNS, threshold=0.5, min_topic_size="auto",
                 n_components=N_COMPONENTS, n_features=2**18, chunk_size=10_000, sample_size=5_000, min_df=2, max_df=MAX_DF,
                 max_consensus_items=2000, random_state=42):
        self.n_topics = n_topics
        self.k_range = k_range
        self.n_runs = n_runs
        self.threshold = threshold
        self.min_topic_size = min_topic_size
        self.n_components = n_components
        self.n_features = n_features
        self.chunk_size = chunk_size
        self.sample_size = sample_size
        self.min_df = min_df
        self.max_df = max_df
        self.max_consensus_items = max_consensus_items
        self.random_state = random_state

    def _hasher(self):
        from sklearn.feature_extraction.text import HashingVectorizer

        return HashingVectorizer(n_features=int(self.n_features), preprocessor=normalise_spelling,
                                 stop_words=sorted(TOPIC_STOP_WORDS), alternate_sign=False, norm=None,
                                 dtype=np.float32)

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
        return settle_noise(reduced / np.where(norms > 0, norms, 1.0))

    def fit(self, source, y=None):
        """Fit on ``source``: a path (any input ``newstag corpus`` reads), a
        callable returning a fresh iterable of items, or a re-iterable (list,
        DataFrame). Items are texts, dicts, (title, text) pairs or Items.
        The source is read twice, ``chunk_size`` items at a time."""
        with threadpool_limits(1):
            return self._fit(source)

    def _sample_pass(self, source, hasher, reservoir_rng):
        """Pass 1: document frequencies, the number of items and a uniform reservoir sample."""
        size = int(self.sample_size)
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
        return df, n, sample_docs, sample_index

    def _fit(self, source):
        check_topic_params(self)
        rng = check_random_state(self.random_state)
        svd_seed, sample_seed, runs_seed, reservoir_seed = (int(s) for s in rng.randint(MAX_SEED, size=4))
        hasher = self._hasher()
        df, n, sample_docs, sample_index = self._sample_pass(source, hasher, np.random.RandomState(reservoir_seed))
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

        # LSA basis and the consensus hierarchy from the sample.
        sample_counts = hasher.transform(self.sample_documents_)
        n_components = max(1, min(int(self.n_components), int(keep.sum()) - 1, len(self.sample_documents_) - 1))
        algorithm = "arpack" if n_components < min(len(self.sample_documents_), int(keep.sum())) else "randomized"
        self.svd_ = TruncatedSVD(n_components=n_components, algorithm=algorithm, random_state=svd_seed)
        self.svd_.fit(self._tfidf(sample_counts))
        self.sample_embedding_ = self._embed(sample_counts)
        m = len(self.sample_documents_)
        index = np.arange(m)
        if m > int(self.max_consensus_items):
            index = np.sort(np.random.RandomState(sample_seed).choice(m, int(self.max_consensus_items), replace=False))
        found = fit_consensus(self.sample_embedding_[index], n_topics=self.n_topics, k_range=self.k_range,
                              n_runs=self.n_runs, threshold=self.threshold, min_topic_size=self.min_topic_size,
                              random_state=runs_seed)
        k = int(found["fine"].max()) + 1
        centres = np.vstack([self.sample_embedding_[index][found["fine"] == t].mean(axis=0) for t in range(k)])
        self.fine_centers_ = centres / np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12)
        self.k_range_, self.min_topic_size_ = found["k_range"], found["min_size"]
        self.stability_ari_ = float(found["split_half_ari"])
        self.cohesion_ = found["cohesion"]
        self.n_runs_ = found["n_runs"]
        self.consensus_index_ = self.sample_index_[index]  # source positions of the items clustered
        self.unplaced_ = self.consensus_index_[found["unplaced"]]

        # Pass 2: every item's fine topic and per-topic term counts.
        labels = np.empty(n, dtype=np.int32)
        topic_counts = np.zeros((k, int(self.n_features)), dtype=np.float64)
        position = 0
        for chunk in _chunks(source, int(self.chunk_size)):
            if position + len(chunk) > n:
                position += len(chunk)
                break
            counts = hasher.transform(chunk)
            fine = self._nearest_fine(self._embed(counts)).astype(np.int32)
            labels[position:position + len(chunk)] = fine
            member = sp.csr_matrix((np.ones(len(fine)), (fine, np.arange(len(fine)))), shape=(k, len(fine)))
            topic_counts += np.asarray((member @ counts).todense())
            position += len(chunk)
        if position != n:
            raise ValueError(f"the source gave {n} items on the first pass but {position} on the second; "
                             "give a source that yields the same items each time")
        self.fine_labels_ = labels
        names, named_counts = self._named_counts(topic_counts * keep)
        allowed = np.array([is_description_term(t) for t in names])
        self.phrases_ = find_phrases(self.sample_documents_, names[allowed])
        self._set_fine_parts(labels[self.sample_index_], self.sample_embedding_, named_counts, names, allowed,
                             found["tree"], sizes=np.bincount(labels, minlength=k), centres=self.fine_centers_)
        self._set_default_level(found["default"])
        self.labels_ = self.at(self.n_topics_).astype(np.int32)
        self.topic_sizes_ = np.bincount(self.labels_, minlength=self.n_topics_)
        self.sample_labels_ = self.labels_[self.sample_index_]
        return self

    def _named_counts(self, topic_counts):
        """Per-topic counts of the hashed columns that one sample word names (its name and counts)."""
        vocabulary = CountVectorizer(preprocessor=normalise_spelling, stop_words=sorted(TOPIC_STOP_WORDS))
        names = vocabulary.fit(self.sample_documents_).get_feature_names_out()
        hashed = self._hasher().transform(list(names)).tocsr()
        single = np.diff(hashed.indptr) == 1
        columns = np.full(len(names), -1)
        columns[single] = hashed.indices[hashed.indptr[:-1][single]]
        named = columns >= 0
        counts = topic_counts[:, columns[named]]
        used = counts.sum(axis=0) > 0
        return names[named][used], counts[:, used]

    def predict(self, X, n_topics=None) -> np.ndarray:
        """Topic of new items (a list of texts, dicts, pairs or a DataFrame) at a level (default: ``n_topics_``)."""
        check_is_fitted(self, "labels_")
        level = self.levels_[self._check_level(n_topics)]
        docs = [_entry_document(e) for e in _iter_source(X)]
        with threadpool_limits(1):
            return level[self._nearest_fine(self._embed(self._hasher().transform(docs)))]

    def fit_predict(self, X, y=None, **kwargs):
        return self.fit(X).labels_

    def sample_map(self, *, random_state=None, **umap_options) -> np.ndarray:
        """UMAP coordinates ``(sample_size, 2)`` of the sample items
        (rows follow ``sample_index_``); same sample, same map, for a seed."""
        from newstag.topics.maps import umap_embedding

        check_is_fitted(self, "sample_embedding_")
        seed = self.random_state if random_state is None else random_state
        return umap_embedding(self.sample_embedding_, random_state=seed, **umap_options)
