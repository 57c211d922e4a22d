"""Every sentence of a batch of items, as arrays: what the sentence tagger reads.

:func:`newstag.corpus.sentences.item_sentences` gives an item's sentences as
:class:`~newstag.corpus.sentences.Sentence` objects. The tagger needs the
same sentences for thousands of items at once, mostly as numbers (whose
item, headline or not, where in the item) and their texts in lower case, so
:class:`SentenceBatch` keeps them as arrays and lists and builds a
``Sentence`` only where one is asked for (the evidence of a tag).
"""

from __future__ import annotations

import numpy as np

from newstag.config import TAGS
from newstag.corpus.datelines import blank_in_sentences, dateline_end
from newstag.corpus.sentences import Sentence, headline_span, split_sentences
from newstag.corpus.text import as_title_text, fold_spellings
from newstag.tagging.both_tokens import both_tokens
from newstag.tagging.cues import CUE_TOKEN, CUES, cue_hits
from newstag.tagging.joined import join, rows_of_tokens
from newstag.tagging.sentence_rows import headline_as_read

__all__ = ["SentenceBatch", "item_context_features"]

#: Per tag, the lexicon's strong and weak cue groups (columns of :func:`~newstag.tagging.cues.cue_hits`).
_STRONG = [list(CUES).index(f"{tag}_strong") for tag in TAGS]
_WEAK = [list(CUES).index(f"{tag}_weak") for tag in TAGS]


def item_context_features(cues, owner, tags=tuple(TAGS)) -> np.ndarray:
    """Each sentence's item context for ``tags``, shape (n_sentences, 2 * len(tags)).

    Per tag: whether another sentence of the same item has a strong cue of
    the tag (0 or 1), then that flag times the sentence's own weak cues of
    the tag (hits capped at 3, over 3). "Under the deal, the buses left"
    reads differently after a sentence naming a truce than on its own.

    Parameters
    ----------
    cues : ndarray (n_sentences, n_cues), the raw cue hits.
    owner : ndarray of int, the item of each sentence (items in order).
    tags : tuple of str, a subset of :data:`newstag.config.TAGS`.
    """
    owner = np.asarray(owner, dtype=np.int64)
    which = [TAGS.index(tag) for tag in tags]
    strong = (cues[:, [_STRONG[k] for k in which]] > 0).astype(float)
    if not len(owner):
        return np.zeros((0, 2 * len(which)))
    in_item = np.zeros((int(owner.max()) + 1, len(which)))
    np.add.at(in_item, owner, strong)
    elsewhere = ((in_item[owner] - strong) > 0).astype(float)
    weak = np.minimum(cues[:, [_WEAK[k] for k in which]], 3.0) / 3.0
    return np.hstack([elsewhere, elsewhere * weak])


class SentenceBatch:
    """The sentences of items, in order: each item's headline first when it has one, then its body.

    An item with no text at all gets one empty body sentence, so that every
    item has a row (as :func:`newstag.tagging.sentence_model.sentence_table`).

    Parameters
    ----------
    X : texts, (title, text) pairs, dicts or a DataFrame with title and text
        As :func:`newstag.corpus.text.as_title_text` reads them.
    read_datelines : bool, default True
        False blanks the datelines that open each body in ``read_texts``.
    read_slugs : bool, default True
        False blanks the labels and site name around each headline in
        ``read_texts`` (:func:`newstag.tagging.sentence_rows.headline_as_read`).

    Attributes
    ----------
    texts : list of str
        The sentences, exactly as in their field.
    read_texts : list of str
        The sentences as the features read them: ``texts``, or with
        ``read_datelines=False`` the agency datelines that open each body
        blanked (:mod:`newstag.corpus.datelines`; same lengths), and with
        ``read_slugs=False`` the labels and site names around headlines.
    owner : ndarray of int64
        The item of each sentence.
    is_title : ndarray of bool
        Whether the sentence is its item's headline.
    index : ndarray of int64
        Its position in the item (the headline is 0).
    starts, ends : list of int
        Character offsets into the title (headline) or the text (body).
    n_items : int
    """

    def __init__(self, X, *, read_datelines=True, read_slugs=True):
        titles, texts = as_title_text(X)
        self.n_items = len(titles)
        sentence_texts, spans, is_title, counts = [], [], [], []
        opening_datelines = []  # (first body row, text, body spans) of the items whose body opens with one
        read_headlines = []  # (row, headline as read) of the headlines with a label or site name blanked
        for title, text in zip(titles, texts):
            head = headline_span(title)
            body = split_sentences(text)
            if head is not None:
                if not read_slugs and (read := headline_as_read(title)) != title:
                    read_headlines.append((len(sentence_texts), read[head[0]:head[1]]))
                sentence_texts.append(title[head[0]:head[1]])
                spans.append(head)
            if not read_datelines and body and dateline_end(text):
                opening_datelines.append((len(sentence_texts), text, body))
            sentence_texts += [text[start:end] for start, end in body]
            spans += body
            n = len(body) + (head is not None)
            if not n:
                sentence_texts.append("")
                spans.append((0, 0))
                n = 1
            is_title.append(head is not None)
            counts.append(n)
        self.texts = sentence_texts
        # What the features read: the sentences, with opening datelines and headline labels and site names blanked unless read.
        self.read_texts = list(sentence_texts) if opening_datelines or read_headlines else sentence_texts
        for row, text, body in opening_datelines:
            self.read_texts[row:row + len(body)] = blank_in_sentences(text, body)
        for row, read in read_headlines:
            self.read_texts[row] = read
        counts = np.asarray(counts, dtype=np.int64)
        has_title = np.asarray(is_title, dtype=bool)
        self.owner = np.repeat(np.arange(len(counts)), counts)
        first = np.cumsum(counts) - counts
        self.index = np.arange(len(self.owner)) - first[self.owner]
        self.is_title = has_title[self.owner] & (self.index == 0)
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self._lowered = self._joined_lowered = None

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def lowered(self) -> list[str]:
        """Each sentence as the features read it (:attr:`read_texts`), in lower case (``str.lower``)."""
        if self._lowered is None:
            self._lowered = list(map(str.lower, self.read_texts))
        return self._lowered

    @property
    def joined_lowered(self) -> str | None:
        """The sentences in lower case, joined by :func:`newstag.tagging.joined.join` (None if they cannot be)."""
        if self._joined_lowered is None:
            self._joined_lowered = (join(self.lowered),)
        return self._joined_lowered[0]

    @property
    def joined_normalised(self) -> str | None:
        """The sentences through :func:`newstag.corpus.text.normalise_spelling`, joined; None if they cannot be."""
        joined = self.joined_lowered
        # Folding the joined sentences folds each alone: see fold_spellings.
        return None if joined is None else fold_spellings(joined)

    def sentence(self, row: int) -> Sentence:
        """Sentence ``row`` as a :class:`~newstag.corpus.sentences.Sentence`."""
        return Sentence(int(self.index[row]), "title" if self.is_title[row] else "text", self.starts[row],
                        self.ends[row], self.texts[row])

    def sentences(self) -> list[Sentence]:
        """Every sentence as a :class:`~newstag.corpus.sentences.Sentence`, in order."""
        return [self.sentence(row) for row in range(len(self.texts))]

    def both_tokens(self, word_findall):
        """Cue tokens and TF-IDF words of the joined sentences, each with its rows; None if they cannot be joined.

        Returns ``((cue tokens, rows), (words, rows))`` as
        :func:`newstag.tagging.both_tokens.both_tokens` finds them (words
        with ``word_findall``, the findall of :data:`~newstag.tagging.term_rows.WORD_PATTERN`,
        in the folded spellings), rows -1 for the separators.
        """
        joined = self.joined_lowered
        if joined is None:
            return None
        cue_tokens, words = both_tokens(joined, CUE_TOKEN.findall, word_findall)
        n = len(self.texts)
        return (cue_tokens, rows_of_tokens(cue_tokens, n)), (words, rows_of_tokens(words, n))

    def cue_and_position_features(self, *, cue_tokens=None, context_tags=()) -> np.ndarray:
        """The tagger's dense sentence features: each cue's hits (at most 3, over 3), the position features,
        then the item context of ``context_tags`` (:func:`item_context_features`), if any.

        ``cue_tokens``: the cue tokens and their rows from :meth:`both_tokens`, when the caller has them.
        """
        cues = cue_hits(self.read_texts, joined_lowered=self.joined_lowered, tokens=cue_tokens)
        parts = [np.minimum(cues, 3.0) / 3.0, self.position_features()]
        if context_tags:
            parts.append(item_context_features(cues, self.owner, tuple(context_tags)))
        return np.hstack(parts)

    def position_features(self) -> np.ndarray:
        """Headline, first body sentence, second or third body sentence, log length: shape (n_sentences, 4).

        The log length, ``log1p(words) / 4``, is of body sentences only.
        """
        body = ~self.is_title
        has_title = np.zeros(self.n_items, dtype=bool)
        has_title[self.owner[self.is_title]] = True
        # Body sentences are numbered from 1 after a headline and from 0 without one.
        position = self.index - has_title[self.owner]
        words = np.fromiter(map(len, map(str.split, self.read_texts)), dtype=np.int64, count=len(self.texts))
        out = np.zeros((len(self.texts), 4))
        out[:, 0] = self.is_title
        out[:, 1] = body & (position == 0)
        out[:, 2] = body & ((position == 1) | (position == 2))
        out[body, 3] = np.log1p(words[body]) / 4.0
        return out
