"""The shipped tagger's prediction path as it was before the speed work of issue 9, kept as the reference.

Sentence by sentence and token by token: the TF-IDF rows from the vectorizer's
analyzer with a dict per row, the cue hits of each sentence alone, the
position features from a loop over Sentence objects (training's own,
``sentence_rows.position_matrix``). The fast path (``SentenceBatch``,
``TermRows``, batch cue hits) must give the same numbers, bit for bit.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from newstag.tagging.cues import CUES, cue_hits
from newstag.tagging.sentence_rows import position_matrix as old_position_matrix, sentence_table


def old_rows(vectorizer, texts):
    """TF-IDF rows: the analyzer, counted with a dict per row, float64 rounded once to float32."""
    analyze, vocabulary = vectorizer.build_analyzer(), vectorizer.vocabulary_
    idf = vectorizer.idf_.astype(np.float64)
    indptr, indices, counts = [0], [], []
    for text in texts:
        row: dict = {}
        for token in analyze(text):
            column = vocabulary.get(token)
            if column is not None:
                row[column] = row.get(column, 0) + 1
        indices += row.keys()
        counts += row.values()
        indptr.append(len(indices))
    columns = np.asarray(indices, dtype=np.int64)
    values = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * idf[columns]
    row_of = np.repeat(np.arange(len(texts)), np.diff(indptr))
    norms = np.sqrt(np.bincount(row_of, weights=values ** 2, minlength=len(texts)))
    values /= np.where(norms > 0, norms, 1.0)[row_of]
    return sp.csr_matrix((values.astype(np.float32), columns, np.asarray(indptr)),
                         shape=(len(texts), len(vocabulary)))


def old_context_matrix(cues, owner, tags):
    """Item context, a loop per sentence: a strong cue of the tag in another sentence of its item, times weak cues."""
    names = list(CUES)
    out = np.zeros((len(owner), 2 * len(tags)))
    for row, item in enumerate(owner):
        others = [r for r in range(len(owner)) if owner[r] == item and r != row]
        for k, tag in enumerate(tags):
            strong, weak = names.index(f"{tag}_strong"), names.index(f"{tag}_weak")
            elsewhere = float(any(cues[r, strong] > 0 for r in others))
            out[row, k] = elsewhere
            out[row, len(tags) + k] = elsewhere * min(cues[row, weak], 3.0) / 3.0
    return out


def old_sentence_decisions(model, X):
    """Each sentence's decision for each tag, computed the old way: ``(decisions, sentences, owner)``."""
    sentences, owner = sentence_table(X)
    texts = [s.text for s in sentences]
    terms = old_rows(model.vectorizer_, texts)
    cues = np.vstack([cue_hits([text]) for text in texts]) if texts else np.zeros((0, 0))
    dense = np.hstack([np.minimum(cues, 3.0) / 3.0, old_position_matrix(sentences)])
    tags = tuple(getattr(model, "context_tags", ()))  # v3.21: the item context ends the dense features
    if tags:
        dense = np.hstack([dense, old_context_matrix(cues, owner, tags)])
    n_terms = terms.shape[1]
    term_part = np.asarray(terms @ model.sentence_coef_[:, :n_terms].T)
    long_coef = getattr(model, "long_sentence_coef_", np.zeros((0, 0)))
    is_long = np.zeros(len(owner), dtype=bool)
    if long_coef.size:  # v3.33: the sentences of long items add their own copy of every feature
        is_long = np.array([sum(1 for other in owner if other == item) >= model.long_items_from for item in owner],
                           dtype=bool)
        if is_long.any():
            term_part[is_long] += np.asarray(terms[is_long] @ long_coef[:, :n_terms].T)
    decisions = term_part + dense @ model.sentence_coef_[:, n_terms:].T
    if is_long.any():
        decisions[is_long] += dense[is_long] @ long_coef[:, n_terms:].T
    return decisions + model.sentence_intercept_, sentences, owner
