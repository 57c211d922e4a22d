"""The sentences of items as the sentence tagger trains on them: one row per sentence, with its cue and
position features (prediction computes the same from :class:`newstag.tagging.sentence_batch.SentenceBatch`)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from newstag.corpus.datelines import blank_in_sentences
from newstag.corpus.sentences import Sentence, item_sentences
from newstag.corpus.text import as_title_text
from newstag.tagging.cues import cue_hits

__all__ = ["cue_matrix", "position_matrix", "sentence_table"]


def sentence_table(X, *, read_datelines=True):
    """Every sentence of every item: ``(sentences, item_of_sentence)``.

    ``sentences`` is a flat list of :class:`newstag.corpus.sentences.Sentence`
    (headline first when there is one), ``item_of_sentence`` an int array.
    An item with no text at all gets one empty body sentence, so that every
    item has a row. With ``read_datelines=False`` the agency datelines that
    open a body are blanked in its sentences' ``text``
    (:func:`newstag.corpus.datelines.blank_in_sentences`): what the tagger
    reads, no longer the item's characters at the sentence's offsets.
    """
    titles, texts = as_title_text(X)
    sentences, owner = [], []
    for item, (title, text) in enumerate(zip(titles, texts)):
        found = item_sentences(title, text)
        if not read_datelines:
            body = [s for s in found if s.field == "text"]
            read = iter(blank_in_sentences(text, [(s.start, s.end) for s in body]))
            found = [s if s.field == "title" else replace(s, text=next(read)) for s in found]
        if not found:
            found = [Sentence(0, "text", 0, 0, "")]
        sentences += found
        owner += [item] * len(found)
    return sentences, np.asarray(owner, dtype=np.int64)


def cue_matrix(sentences) -> np.ndarray:
    """Hits of each lexicon cue in each sentence, shape (n_sentences, n_cues)."""
    return cue_hits([s.text for s in sentences])


def position_matrix(sentences) -> np.ndarray:
    """Headline, first body sentence, second or third body sentence, log length (as SentenceBatch's, tested)."""
    out = np.zeros((len(sentences), 4))
    body_position = 0
    for row, sentence in enumerate(sentences):
        if sentence.field == "title":
            out[row, 0] = 1.0
            body_position = 0
            continue
        if sentence.index == 0 or (row and sentences[row - 1].field == "title" and sentence.index == 1):
            body_position = 0
        out[row, 1] = body_position == 0
        out[row, 2] = body_position in (1, 2)
        out[row, 3] = np.log1p(len(sentence.text.split())) / 4.0
        body_position += 1
    return out
