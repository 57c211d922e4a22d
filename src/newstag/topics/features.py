"""The topic models' features: TF-IDF of title + text, reduced by LSA to unit vectors."""

from __future__ import annotations

import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer

from newstag.corpus.text import as_title_text, normalise_spelling
from newstag.topics.stopwords import TOPIC_STOP_WORDS

__all__ = ["documents", "lsa_features", "topic_counter", "settle_noise", "MAX_SEED", "MAX_DF", "N_COMPONENTS", "N_RUNS"]

#: Upper bound for the seeds drawn from one ``random_state`` for each random step.
MAX_SEED = 2**31 - 1

#: Terms in more than this share of the items are left out. In a corpus about
#: one war, words like "syria", "killed" or "forces" sit in a third of the
#: stories; they separate no topic and crowd every topic's description.
MAX_DF = 0.3


#: LSA dimensions. On FA-KES + seeds (5 seeds), 60 give the topics of 100
#: (NMI vs cause_of_death 0.32, NPMI 0.31, agreement across seeds 0.89) and
#: make each of the many KMeans runs cheaper.
N_COMPONENTS = 60

#: KMeans runs behind the consensus topics. On FA-KES + seeds (seeds 42, 0,
#: 1, 2, 3), 150 runs: any two seeds agree at ARI >= 0.86 and FA-KES alone vs
#: FA-KES + seeds at >= 0.86; 100 runs: 0.84 and 0.75.
N_RUNS = 150


def documents(X) -> list[str]:
    """``title + newline + text`` for each item of a DataFrame or list of texts."""
    if isinstance(X, list) and all(isinstance(d, str) for d in X):
        return X
    titles, texts = as_title_text(X)
    return [f"{title}\n{text}" if title else text for title, text in zip(titles, texts)]


def settle_noise(embedding: np.ndarray) -> np.ndarray:
    """LSA vectors rounded to 10 decimals.

    Copies of one text should get one vector, but floating-point noise
    (about 1e-16, and past the matrix's rank ARPACK's arbitrary directions)
    differs from process to process; KMeans asked for more clusters than
    there are distinct texts would then split the copies differently in each
    run of the program.
    """
    return np.round(embedding, 10)


def topic_counter(n_docs: int) -> CountVectorizer:
    """The term counter of the topic features, for ``n_docs`` documents (unfitted).

    Spelling variants folded, English and news stop words left out, terms in
    fewer than 2 documents or more than :data:`MAX_DF` of them dropped (both
    limits relaxed for tiny corpora).
    """
    return CountVectorizer(
        preprocessor=normalise_spelling,
        stop_words=sorted(TOPIC_STOP_WORDS),
        min_df=2 if n_docs > 2 else 1,
        max_df=MAX_DF if n_docs >= 10 else 1.0,
        dtype=np.float64,
    )


def lsa_features(X, *, n_components=N_COMPONENTS, random_state=42, return_counts=False):
    """TF-IDF -> TruncatedSVD -> Normalizer, as used by :class:`TopicModel`.

    Returns ``(vectorizer, svd, normalizer, embedding)``; ``vectorizer`` is a
    Pipeline (``counts``: CountVectorizer, ``tfidf``: TfidfTransformer with
    sublinear tf) and ``embedding`` the ``(n_docs, d)`` array of unit-length
    LSA vectors, ``d`` capped at ``n_terms - 1`` and ``n_docs - 1``. With
    ``return_counts``, the documents' term counts (CSR) come fifth: topic
    descriptions reuse them. English and news stop words
    (:data:`~newstag.topics.stopwords.TOPIC_STOP_WORDS`) are left out, as are
    terms in fewer than 2 items or more than :data:`MAX_DF` of them.

    The SVD is ARPACK's: it converges to the same subspace whatever its
    starting vector (``random_state``), while the randomized solver's
    subspace moves with the seed enough to change a third of the topic
    assignments downstream.
    """
    docs = documents(X)
    counter = topic_counter(len(docs))
    counts = counter.fit_transform(docs)
    transformer = TfidfTransformer(sublinear_tf=True)
    tfidf = transformer.fit_transform(counts)
    vectorizer = Pipeline([("counts", counter), ("tfidf", transformer)])
    n_components = max(1, min(int(n_components), tfidf.shape[1] - 1, len(docs) - 1))
    # ARPACK needs fewer components than either side of the matrix (tiny inputs).
    algorithm = "arpack" if n_components < min(tfidf.shape) else "randomized"
    svd = TruncatedSVD(n_components=n_components, algorithm=algorithm, random_state=random_state)
    normalizer = Normalizer(copy=False)
    embedding = settle_noise(normalizer.fit_transform(svd.fit_transform(tfidf)))
    if return_counts:
        return vectorizer, svd, normalizer, embedding, counts
    return vectorizer, svd, normalizer, embedding
