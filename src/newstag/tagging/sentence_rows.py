"""The sentences of items as the sentence tagger trains on them: one row per sentence, with its cue and
position features (prediction computes the same from :class:`newstag.tagging.sentence_batch.SentenceBatch`)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from newstag.corpus.datelines import blank_in_sentences
from newstag.corpus.sentences import Sentence, item_sentences
from newstag.corpus.slugs import blank_slugs
from newstag.corpus.text import as_title_text
from newstag.tagging.cues import CUES, cue_hits
from newstag.tagging.vocabulary import TAG_CUES

__all__ = ["cue_matrix", "headline_as_read", "position_matrix", "sentence_table"]

_TAG_CUE_COLUMNS = [i for i, name in enumerate(CUES) if name in TAG_CUES]


def _names_a_tag_matter(name: str) -> bool:
    """Does ``name`` (a site name closing a headline) hit a lexicon cue of a tag ("Air Force Times")?"""
    return bool(cue_hits([name])[0, _TAG_CUE_COLUMNS].any())


def headline_as_read(title: str) -> str:
    """``title`` with the labels opening it and the site name closing it blanked (:mod:`newstag.corpus.slugs`).

    A site name that hits a lexicon cue of a tag stays. Same length as ``title``.
    """
    return blank_slugs(title, keep=_names_a_tag_matter)


def sentence_table(X, *, read_datelines=True, read_slugs=True):
    """Every sentence of every item: ``(sentences, item_of_sentence)``.

    ``sentences`` is a flat list of :class:`newstag.corpus.sentences.Sentence`
    (headline first when there is one), ``item_of_sentence`` an int array.
    An item with no text at all gets one empty body sentence, so that every
    item has a row. With ``read_datelines=False`` the agency datelines that
    open a body are blanked in its sentences' ``text``
    (:func:`newstag.corpus.datelines.blank_in_sentences`): what the tagger
    reads, no longer the item's characters at the sentence's offsets.
    With ``read_slugs=False`` the labels and site name around a headline
    are blanked in its ``text`` likewise (:func:`headline_as_read`).
    """
    titles, texts = as_title_text(X)
    sentences, owner = [], []
    for item, (title, text) in enumerate(zip(titles, texts)):
        found = item_sentences(title, text)
        if not read_datelines:
            body = [s for s in found if s.field == "text"]
            read = iter(blank_in_sentences(text, [(s.start, s.end) for s in body]))
            found = [s if s.field == "title" else replace(s, text=next(read)) for s in found]
        if not read_slugs and found and found[0].field == "title":
            found[0] = replace(found[0], text=headline_as_read(title)[found[0].start:found[0].end])
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
