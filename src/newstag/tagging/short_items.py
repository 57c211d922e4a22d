"""Short items cut from labelled articles, for the tagger to learn what a one-line item looks like.

Users tag one-line wire items as often as articles, but the labelled items
are mostly articles. Cut from them, short items teach the sentence
classifiers that a sentence carries its tag wherever it stands (not only
deep in an article), and the item aggregator how a one-sentence item scores.
The labels come with the cut: a sentence the readers marked as carrying a tag
is a short item with that tag.
"""

from __future__ import annotations

import numpy as np

from newstag.config import DEFAULT_RANDOM_STATE, TAGS
from newstag.corpus.sentences import Sentence
from newstag.tagging.cues import CUES, cue_hits

__all__ = ["short_items", "lookalikes"]


def short_items(sentences, owner, y, weight, *, per_tag=1, hard=None, return_rows=False,
                random_state=DEFAULT_RANDOM_STATE):
    """Per item: its headline alone, and some of its sentences alone.

    Parameters
    ----------
    sentences : list of :class:`~newstag.corpus.sentences.Sentence`, items in order.
    owner : int array, the item of each sentence (non-decreasing).
    y : (n_sentences, n_tags) 0/1 array, whether each sentence carries each tag.
    weight : (n_sentences, n_tags) array, sample weights (> 1 marks a passing mention).
    per_tag : int
        Sentences carrying each of the item's tags taken alone (seeded draw),
        and as many sentences carrying no tag and touching none in passing
        (at least one), each as a headline-less item.
    hard : (n_sentences, n_tags) bool array, optional
        Sentences that look like a tag without carrying it (they name its
        matter, or touch it in passing): per tag, up to ``per_tag`` of those
        of each item are taken alone too, as short hard negatives.
    return_rows : bool, default False
        Also return the row of each short item's sentence in ``sentences``.
    random_state : int

    Returns
    -------
    short : list of Sentence, one per short item (a body sentence re-based to
        offset 0 of its own text; a headline stays a headline).
    y, weight : the rows of ``y`` and ``weight`` of the sentences taken.
    source : int array, the item each short item was cut from (cross-validation
        keeps them in that item's fold).
    """
    rng = np.random.default_rng(random_state)
    starts = np.r_[0, np.flatnonzero(np.diff(owner)) + 1, len(owner)]
    chosen = []
    for item in range(len(starts) - 1):
        rows = np.arange(starts[item], starts[item + 1])
        rows = rows[[bool(sentences[r].text) for r in rows]]
        if not len(rows):
            continue
        picked = {int(r) for r in rows if sentences[r].field == "title"}
        body = rows[[sentences[r].field == "text" for r in rows]]
        for k in range(y.shape[1]):
            carrying = body[y[body, k] == 1]
            picked.update(int(r) for r in rng.permutation(carrying)[:per_tag])
            if hard is not None:
                lookalike = body[(y[body, k] == 0) & hard[body, k]]
                picked.update(int(r) for r in rng.permutation(lookalike)[:per_tag])
        plain = body[(y[body].sum(axis=1) == 0) & (weight[body].max(axis=1) == 1)]
        picked.update(int(r) for r in rng.permutation(plain)[:max(1, len(picked))])
        chosen += sorted(picked)
    chosen = np.asarray(chosen, dtype=np.int64)
    short = [sentences[r] if sentences[r].field == "title" else
             Sentence(0, "text", 0, len(sentences[r].text), sentences[r].text) for r in chosen]
    if return_rows:
        return short, y[chosen], weight[chosen], owner[chosen], chosen
    return short, y[chosen], weight[chosen], owner[chosen]


def lookalikes(sentences, weight) -> np.ndarray:
    """Per sentence and tag: does it look like the tag (a lexicon cue of it, or a passing mention)?

    A tag's cues are those named after it (``airstrike_strong``,
    ``airstrike_weak``, and ``not_airstrike``: shelling, car bombs, the
    exclusions that read like an air raid). Shape (n_sentences, n_tags), bool.
    """
    hits = cue_hits([s.text for s in sentences])
    names = list(CUES)
    per_tag = np.column_stack([
        hits[:, [i for i, n in enumerate(names) if n.startswith(f"{tag}_") or n.endswith(f"_{tag}")]].sum(axis=1)
        for tag in TAGS])
    return (per_tag > 0) | (np.asarray(weight) > 1)
