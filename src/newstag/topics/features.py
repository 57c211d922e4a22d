"""The topic models' features: TF-IDF of title + text, reduced by LSA to unit vectors."""



import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import Normalizer

from newstag.corpus.text import as_title_text, normalise_spelling

__all__ = ["documents", "lsa_features", "MAX_SEED"]

#: Upper bound for the seeds drawn from one ``random_state`` for each random step.
MAX_SEED = 2**31 - 1


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
