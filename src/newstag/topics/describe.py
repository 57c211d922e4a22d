"""What a topic is about: distinctive terms, a short label, headlines.

Terms are ranked by class-based TF-IDF (as in BERTopic) times *exclusivity*:
the share of a term's weight that this topic holds against its closest
rival, ``p(w|t) / (p(w|t) + max_{s != t} p(w|s))`` (0.5 when another topic
uses the word as much, 1 when no other topic uses it). Plain c-TF-IDF puts
the war's common words ("regime", "rebel", "aleppo") at the top of half the
topics; exclusivity keeps them for the topics they mark. News boilerplate
and numbers never describe a topic (:mod:`newstag.topics.stopwords`), and a
plural is not listed next to its singular.

A label is the topic's first three terms, with terms that form a phrase in
the corpus joined in reading order ("deir ez zor", "barrel bombs").
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import scipy.sparse as sp

from newstag.corpus.text import as_title_text, normalise_spelling

__all__ = [
    "ctfidf", "ctfidf_rows", "distinctive_scores", "rank_terms", "find_phrases", "phrase_label",
    "one_line_headlines", "partition_terms", "TOKEN_PATTERN",
]

#: scikit-learn's default token pattern: words of two or more letters or digits.
TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)


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


def ctfidf_rows(per_topic) -> np.ndarray:
    """Class-based TF-IDF of per-topic summed term counts ``(n_topics, n_terms)``.

    Term frequencies are L1-normalised per topic and weighted by
    ``log(1 + A / f_t)``, where ``A`` is the mean number of words per topic
    and ``f_t`` the frequency of term ``t`` over all topics.
    """
    per_topic = np.asarray(per_topic, dtype=np.float64)
    words = per_topic.sum(axis=1, keepdims=True)
    tf = np.divide(per_topic, words, out=np.zeros_like(per_topic), where=words > 0)
    term_freq = per_topic.sum(axis=0)
    mean_words = per_topic.sum() / max(per_topic.shape[0], 1)
    idf = np.log1p(np.divide(mean_words, term_freq, out=np.zeros_like(term_freq), where=term_freq > 0))
    return tf * idf


def ctfidf(counts, labels, n_topics: int) -> np.ndarray:
    """Class-based TF-IDF of a document-term count matrix: the documents of a
    topic are joined into one (their counts summed), then :func:`ctfidf_rows`.
    Returns a dense ``(n_topics, n_terms)`` array."""
    counts = sp.csr_matrix(counts, dtype=np.float64)
    labels = np.asarray(labels)
    member = sp.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(n_topics, len(labels)))
    return ctfidf_rows(np.asarray((member @ counts).todense()))


def distinctive_scores(per_topic) -> np.ndarray:
    """c-TF-IDF times exclusivity (see the module docstring) of per-topic term counts."""
    per_topic = np.asarray(per_topic, dtype=np.float64)
    scores = ctfidf_rows(per_topic)
    if per_topic.shape[0] < 2:
        return scores
    words = per_topic.sum(axis=1, keepdims=True)
    share = np.divide(per_topic, words, out=np.zeros_like(per_topic), where=words > 0)
    # The largest share in another topic: the top share, or the runner-up for the topic holding the top.
    top = np.argmax(share, axis=0)
    ordered = np.sort(share, axis=0)
    rival = np.where(np.arange(share.shape[0])[:, None] == top[None, :], ordered[-2], ordered[-1])
    exclusivity = np.divide(share, share + rival, out=np.zeros_like(share), where=(share + rival) > 0)
    return scores * exclusivity


def _plural_of_listed(term: str, listed: set[str]) -> bool:
    return (term.endswith("s") and term[:-1] in listed) or f"{term}s" in listed


def rank_terms(scores, names, allowed=None, n_terms: int = 10) -> list[tuple[str, float]]:
    """The ``n_terms`` best ``(term, score)`` of one topic's score row.

    Ties keep vocabulary order; terms not ``allowed`` (a boolean mask), with
    no positive score, or the plural/singular of a term already listed are
    skipped.
    """
    scores = np.asarray(scores, dtype=np.float64)
    if allowed is not None:
        scores = np.where(allowed, scores, 0.0)
    out, listed = [], set()
    for i in np.argsort(-scores, kind="stable"):
        if scores[i] <= 0 or len(out) == n_terms:
            break
        term = str(names[i])
        if _plural_of_listed(term, listed):
            continue
        out.append((term, float(scores[i])))
        listed.add(term)
    return out


def find_phrases(docs, vocabulary, *, min_count: int = 3, min_share: float = 0.5) -> dict[str, list[str]]:
    """Pairs of vocabulary terms that mostly occur as a phrase: ``{first: [second, ...]}``.

    ``a`` -> ``b`` when "a b" occurs at least ``min_count`` times and makes
    up at least ``min_share`` of the rarer word's occurrences; several
    seconds are listed most frequent first ("deir" -> "ez", "ezzor").
    ``docs`` is a sample of texts (spelling folded like the features).
    """
    vocabulary = set(vocabulary)
    unigrams, bigrams = Counter(), Counter()
    for doc in docs:
        tokens = _TOKEN.findall(normalise_spelling(doc))
        unigrams.update(t for t in tokens if t in vocabulary)
        bigrams.update((a, b) for a, b in zip(tokens, tokens[1:]) if a in vocabulary and b in vocabulary and a != b)
    phrases: dict[str, list[tuple[int, str]]] = {}
    for (a, b), count in sorted(bigrams.items()):
        if count >= min_count and count >= min_share * min(unigrams[a], unigrams[b]):
            phrases.setdefault(a, []).append((-count, b))
    return {a: [b for _, b in sorted(pairs)] for a, pairs in phrases.items()}


def phrase_label(terms, phrases=None, n_units: int = 3) -> str:
    """A short label: the first ``n_units`` terms, phrases among the top six joined in reading order."""
    top = [t for t in terms[:6]]
    if not top:
        return ""
    phrases = phrases or {}
    rank = {t: i for i, t in enumerate(top)}
    # Each word's best-ranked follower among the top terms, each follower claimed once.
    follows, claimed = {}, set()
    for a in sorted((a for a in phrases if a in rank), key=rank.get):
        seconds = [b for b in phrases[a] if b in rank and b not in claimed and b != a]
        if seconds:
            follows[a] = min(seconds, key=rank.get)
            claimed.add(follows[a])
    followers = set(follows.values())
    units, used = [], set()
    for term in top:
        if term in used:
            continue
        start = term
        while start in followers:  # walk back to the phrase's first word
            previous = next(a for a, b in follows.items() if b == start)
            if previous in used or previous == term:
                break
            start = previous
        chain, word = [], start
        while word is not None and word not in used and word not in chain:
            chain.append(word)
            word = follows.get(word)
        used.update(chain)
        units.append((min(rank[w] for w in chain), " ".join(chain)))
    return ", ".join(text for _, text in sorted(units)[:n_units])


def partition_terms(docs, labels, *, n_terms: int = 25) -> dict[int, list[str]]:
    """Distinctive terms of any partition of ``docs``, described as :class:`TopicModel` describes its own.

    ``labels`` may mark outliers with -1 (as BERTopic does): they are left
    out. Returns ``{topic: [term, ...]}``, best first, for every topic >= 0.
    """
    from newstag.topics.features import topic_counter
    from newstag.topics.stopwords import is_description_term

    labels = np.asarray(labels)
    keep = labels >= 0
    topics, compact = np.unique(labels[keep], return_inverse=True)
    counter = topic_counter(len(docs))
    counts = counter.fit_transform([d for d, k in zip(docs, keep) if k])
    names = counter.get_feature_names_out()
    allowed = np.array([is_description_term(t) for t in names])
    member = sp.csr_matrix((np.ones(len(compact)), (compact, np.arange(len(compact)))), shape=(len(topics), len(compact)))
    scores = distinctive_scores(np.asarray((member @ counts).todense()))
    return {int(t): [w for w, _ in rank_terms(scores[i], names, allowed, n_terms)] for i, t in enumerate(topics)}
