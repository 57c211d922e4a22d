"""Streaming topics: corpora larger than memory, read in chunks."""



import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from newstag.corpus.text import as_title_text, normalise_spelling
from newstag.topics.features import MAX_SEED
from newstag.topics.model import TopicModel, order_by_size

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
        svd_seed = int(rng.randint(MAX_SEED))
        stability_seeds = [int(s) for s in rng.randint(MAX_SEED, size=max(int(self.n_stability_runs), 1))]
        reservoir_rng = np.random.RandomState(int(rng.randint(MAX_SEED)))
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
        mapping = order_by_size(labels)
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
        from newstag.topics.maps import umap_embedding

        check_is_fitted(self, "sample_embedding_")
        seed = self.random_state if random_state is None else random_state
        return umap_embedding(self.sample_embedding_, random_state=seed, **umap_options)
