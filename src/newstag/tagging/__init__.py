"""The tagging stage: a multi-label tagger for ceasefire, airstrike, humanitarian, diplomacy.

- :mod:`~newstag.tagging.lexicon`: the tag lexicon, in a small phrase notation.
- :mod:`~newstag.tagging.phrase_matcher`: counts the lexicon's phrases in token sequences.
- :mod:`~newstag.tagging.cues`: the lexicon's sentence-level cue counts and statistics.
- :mod:`~newstag.tagging.features`: TF-IDF of title + text, and cue statistics.
- :mod:`~newstag.tagging.model`: :class:`~newstag.tagging.model.NewsTagger`.
- :mod:`~newstag.tagging.sentence_model`: :class:`~newstag.tagging.sentence_model.SentenceTagger`, the shipped tagger.
- :mod:`~newstag.tagging.sentence_batch`: every sentence of a batch of items, as arrays.
- :mod:`~newstag.tagging.term_rows`: TF-IDF rows of many sentences at once, with numpy.
- :mod:`~newstag.tagging.joined`: tokenising many texts in one regular-expression pass.
- :mod:`~newstag.tagging.baseline`: the keyword rules it must beat.
- :mod:`~newstag.tagging.labels`: the hand labels (ids only), sealed ids refused.
- :mod:`~newstag.tagging.evaluate`: cross-validation, scores, agreement.
- :mod:`~newstag.tagging.train`: fit, save and load (skops), the model card.
- :mod:`~newstag.tagging.predict`: ``tag()`` and ``tag_frame()``, what users call.
"""

from __future__ import annotations

from newstag.lazy import lazy_attributes

__all__ = ["tag", "tag_frame"]


__getattr__ = lazy_attributes(__name__, dict.fromkeys(__all__, "predict"))
