"""TF-IDF rows of many short texts at once, equal to a fitted ``TfidfVectorizer``'s.

The tagger scores every sentence of every item, so prediction transforms a
dozen short texts per item. scikit-learn's ``transform`` (and a plain loop
over its analyzer) spends most of that time in Python, token by token:
joining each pair of neighbouring words into a bigram string and looking
every unigram and bigram up in the vocabulary. Here each token is looked up
once, as a word id, and the unigrams and bigrams of the whole batch are
found with numpy: a bigram is a pair of word ids, looked up among the
vocabulary's pairs in a hash table (:mod:`newstag.tagging.code_table`).

The rows are those of ``transform`` to float32 precision, and bit for bit
those of the loop over the vectorizer's analyzer that the tagger used
before (``tests/test_term_rows.py``): each value is computed in float64 and
rounded once, and each row lists its columns in the order of their first
occurrence (unigrams before bigrams, as the analyzer yields them), so that
the norms and the products computed from the rows are the same to the last
bit.
"""

from __future__ import annotations

import re
import weakref
from itertools import repeat

import numpy as np
import scipy.sparse as sp

from newstag.tagging.code_table import CodeTable
from newstag.tagging.joined import join, tokens_of_joined, tokens_of_texts

__all__ = ["TermRows", "WORD_PATTERN"]

_BUILT: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()

#: The tagger's token pattern: words that start with a letter and may hold
#: apostrophes and hyphens. Texts can be tokenised joined with it
#: (:mod:`newstag.tagging.joined`).
WORD_PATTERN = r"(?u)\b[^\W\d_][\w'-]*\b"


class TermRows:
    """The transform of one fitted ``TfidfVectorizer`` (word unigrams and bigrams, sublinear tf, idf, l2).

    Parameters
    ----------
    vectorizer : TfidfVectorizer
        Fitted, with ``analyzer="word"``, no stop words, ``ngram_range``
        within (1, 2), ``sublinear_tf=True``, ``use_idf=True`` and
        ``norm="l2"``: :meth:`supports` tells.
    """

    def __init__(self, vectorizer):
        if not self.supports(vectorizer):
            raise ValueError("TermRows needs a word-level TfidfVectorizer with n-grams of at most two words, "
                             "no stop words, sublinear tf, idf and l2 norm")
        self.vectorizer = vectorizer
        # Joined tokenising is exact only for a pattern known to allow it.
        joinable = vectorizer.tokenizer is None and vectorizer.token_pattern == WORD_PATTERN
        self._setup(vectorizer.vocabulary_, vectorizer.idf_, vectorizer.ngram_range,
                    vectorizer.build_preprocessor(), vectorizer.build_tokenizer(), joinable)

    @classmethod
    def from_terms(cls, terms, idf, ngram_range, preprocess) -> "TermRows":
        """The rows of a vectorizer known by its learned terms, without the vectorizer.

        Parameters
        ----------
        terms : list of str
            The vocabulary, term ``i`` in column ``i``.
        idf : ndarray
            The idf of each column (``vectorizer.idf_``).
        ngram_range : (int, int)
            Within (1, 2).
        preprocess : callable
            The vectorizer's preprocessor (e.g. ``normalise_spelling``); the
            token pattern is :data:`WORD_PATTERN`.
        """
        rows = cls.__new__(cls)
        rows.vectorizer = None
        rows._setup({term: i for i, term in enumerate(terms)}, idf, tuple(ngram_range), preprocess,
                    re.compile(WORD_PATTERN).findall, True)
        return rows

    def _setup(self, vocabulary: dict, idf, ngram_range, preprocess, tokenize, joinable: bool) -> None:
        self.preprocess = preprocess
        self.tokenize = tokenize
        self.joinable = joinable
        min_n, max_n = ngram_range
        self.unigrams, self.bigrams = min_n == 1, max_n == 2
        self.idf = np.asarray(idf).astype(np.float64)
        self.n_columns = len(vocabulary)
        # Every word of every term gets an id; a token that is no such word
        # can be part of no term.
        self.word_id: dict[str, int] = {}
        unigram_terms, bigram_terms = [], []
        for term, column in vocabulary.items():
            words = term.split(" ")
            if len(words) == 1:
                unigram_terms.append((self._id(term), column))
            elif len(words) == 2:
                bigram_terms.append((self._id(words[0]), self._id(words[1]), column))
            # A term of three or more words is never among the n-grams of at most two.
        n_words = len(self.word_id)
        # Indexed by word id; the extra last entry answers for id -1 (no word of any term).
        self.unigram_column = np.full(n_words + 1, -1, dtype=np.int64)
        for word, column in unigram_terms:
            self.unigram_column[word] = column
        pairs = np.asarray(bigram_terms, dtype=np.int64).reshape(-1, 3)
        codes = pairs[:, 0] * n_words + pairs[:, 1]
        order = np.argsort(codes)
        self.bigram_codes, self.bigram_column = codes[order], pairs[order, 2]
        # The lookup of a batch's word pairs (a binary search per pair in
        # bigram_codes cost several times more).
        self.bigram_table = CodeTable(codes, pairs[:, 2])
        self.n_words = n_words

    @classmethod
    def of(cls, vectorizer) -> "TermRows":
        """The :class:`TermRows` of a fitted vectorizer, built once per vectorizer (kept outside it, so
        that nothing but learned arrays is ever saved with a model)."""
        rows = _BUILT.get(vectorizer)
        if rows is None:
            rows = _BUILT[vectorizer] = cls(vectorizer)
        return rows

    def _id(self, word: str) -> int:
        return self.word_id.setdefault(word, len(self.word_id))

    @staticmethod
    def supports(vectorizer) -> bool:
        """Whether this vectorizer's transform is one :class:`TermRows` reproduces."""
        min_n, max_n = vectorizer.ngram_range
        return (vectorizer.analyzer == "word" and vectorizer.get_stop_words() is None and 1 <= min_n <= max_n <= 2
                and vectorizer.input == "content" and vectorizer.sublinear_tf and vectorizer.use_idf
                and vectorizer.norm == "l2" and not vectorizer.binary)

    def _tokens(self, texts, joined: str | None):
        if joined is None or not self.joinable:
            preprocessed = list(map(self.preprocess, texts))
            joined = join(preprocessed) if self.joinable else None
        if joined is None:
            return tokens_of_texts(self.tokenize, preprocessed)
        # A joinable tokenizer is WORD_PATTERN's, whose tokens a chunk of letters is whole.
        return tokens_of_joined(self.tokenize, joined, len(texts), whole=str.isalpha)

    def transform(self, texts, *, joined: str | None = None, tokens=None):
        """TF-IDF rows of ``texts``: a float32 CSR matrix, ``vectorizer.transform(texts)`` as the module computes it.

        Parameters
        ----------
        texts : list of str
        joined : str, optional
            The vectorizer's preprocessor applied to each text, joined by
            :func:`newstag.tagging.joined.join`, when the caller has it.
        tokens : (list of str, ndarray), optional
            The tokens of that joined text and the text (row) of each, -1 for
            a separator (:func:`newstag.tagging.both_tokens.both_tokens`),
            when the caller has them; used only when the tokenizer is
            :data:`WORD_PATTERN`'s (``joinable``).
        """
        n_rows = len(texts)
        if tokens is not None and self.joinable:
            tokens, row_of_token = tokens
        else:
            tokens, row_of_token = self._tokens(texts, joined)
        words = np.fromiter(map(self.word_id.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))

        # Hits in the analyzer's order within a row: every unigram, then every bigram.
        hit_rows, hit_columns = [], []
        in_row = row_of_token >= 0
        if self.unigrams:
            columns = self.unigram_column[words]
            found = (columns >= 0) & in_row
            hit_rows.append(row_of_token[found])
            hit_columns.append(columns[found])
        if self.bigrams and len(words) > 1:
            first, second = words[:-1], words[1:]
            candidate = (first >= 0) & (second >= 0) & in_row[:-1] & (row_of_token[:-1] == row_of_token[1:])
            codes = first[candidate] * self.n_words + second[candidate]
            bigram_columns = self.bigram_table.get(codes)
            found = bigram_columns >= 0
            hit_rows.append(row_of_token[:-1][candidate][found])
            hit_columns.append(bigram_columns[found])
        rows = np.concatenate(hit_rows) if hit_rows else np.zeros(0, dtype=np.int64)
        columns = np.concatenate(hit_columns) if hit_columns else np.zeros(0, dtype=np.int64)
        # Stable by row: within a row, unigrams stay before bigrams and each in text order.
        order = np.argsort(rows, kind="stable")
        rows, columns = rows[order], columns[order]
        # Each (row, column) once, with its count, in the order of its first
        # occurrence: a stable sort puts each pair's first occurrence first
        # among its equals, and those occurrences, kept in place, are the row.
        keys = rows * self.n_columns + columns
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts_group = np.ones(len(keys), dtype=bool)
        starts_group[1:] = ordered[1:] != ordered[:-1]
        group = np.flatnonzero(starts_group)
        first = np.zeros(len(keys), dtype=bool)
        first[order[group]] = True
        count = np.zeros(len(keys), dtype=np.int64)
        count[order[group]] = np.diff(np.append(group, len(keys)))
        row_of, columns, counts = rows[first], columns[first], count[first]

        values = (1.0 + np.log(counts.astype(np.float64))) * self.idf[columns]
        norms = np.sqrt(np.bincount(row_of, weights=values ** 2, minlength=n_rows))
        values /= np.where(norms > 0, norms, 1.0)[row_of]
        indptr = np.zeros(n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=n_rows), out=indptr[1:])
        return sp.csr_matrix((values.astype(np.float32), columns, indptr), shape=(n_rows, self.n_columns))
