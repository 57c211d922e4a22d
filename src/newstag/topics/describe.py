"""What a topic is about: class-based TF-IDF terms and one headline per item."""



import numpy as np
import scipy.sparse as sp

from newstag.corpus.text import as_title_text

__all__ = ["ctfidf", "one_line_headlines"]


def one_line_headlines(corpus, n: int) -> list[str]:
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
