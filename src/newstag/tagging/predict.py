"""``tag()``: the tagger as users call it from their own code.

The shipped model (``models/tagger.skops``) is loaded on first use, once
per process; ``$NEWSTAG_MODEL`` or ``use_model()`` points at another one.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from newstag.config import TAGS

__all__ = ["tag", "tag_frame", "use_model", "get_model", "load_tagger", "load_for_tagging"]

_MODEL = None
_MODEL_PATH: Path | None = None


def use_model(model_or_path) -> None:
    """Use this fitted tagger, or the tagger saved at this path, from now on."""
    global _MODEL, _MODEL_PATH
    if isinstance(model_or_path, (str, os.PathLike)):
        _MODEL_PATH, _MODEL = Path(model_or_path), None
    else:
        _MODEL, _MODEL_PATH = model_or_path, None


def get_model():
    """The tagger in use, loading it on first call."""
    global _MODEL
    if _MODEL is None:
        from newstag.tagging.train import SHIPPED_MODEL, load_model

        path = _MODEL_PATH or Path(os.environ.get("NEWSTAG_MODEL") or SHIPPED_MODEL)
        _MODEL = load_model(path)
    return _MODEL


def load_tagger(path=None):
    """The tagger at ``path`` (default: the one in use), or a :class:`~newstag.errors.UserError` saying why not."""
    from newstag.errors import UserError
    from newstag.tagging.train import load_model

    try:
        return load_model(path) if path else get_model()
    except (FileNotFoundError, ValueError) as error:
        raise UserError(str(error)) from None


def load_for_tagging(path=None):
    """What to tag with, as quickly as it loads: the model at ``path`` (default: the one in use) for prediction.

    When the pickle-free arrays beside the saved model were derived from it
    (:func:`newstag.tagging.arrays.load_scorer` checks its hash), its
    :class:`~newstag.tagging.scorer.SentenceScorer`, built without importing
    scikit-learn or skops; otherwise :func:`load_tagger`'s model. Either
    tags alike (same code, same arrays). Errors as :func:`load_tagger`'s.
    """
    if path is None:
        if _MODEL is not None:
            return _MODEL
        from newstag.config import MODELS_DIR

        # train.SHIPPED_MODEL, without importing train (and pandas with it).
        path = _MODEL_PATH or Path(os.environ.get("NEWSTAG_MODEL") or MODELS_DIR / "tagger.skops")
    from newstag.tagging.arrays import load_scorer

    return load_scorer(path) or load_tagger(path)


def _evidence_terms(explanation, top_terms):
    # Words a reader can find in the text come first; cue statistics only
    # when no single term carried the tag.
    terms = [name for name, _ in explanation if not name.startswith("[cue:")]
    return (terms or [name for name, _ in explanation])[:top_terms]


def _evidence_sentences(ranked, n_evidence):
    # The best sentence always; more only while they score as carrying the tag.
    return [ranked[0]] + [s for s in ranked[1:n_evidence] if s["score"] >= 0.5] if ranked else []


def _results(model, titles, texts, n_evidence):
    # A headline alone is an item (wire alerts often are); only an item with neither is empty.
    empty = [not text.strip() and not title.strip() for title, text in zip(titles, texts)]
    safe_texts = [text if text.strip() else " " for text in texts]
    items = list(zip(titles, safe_texts))
    sentences = terms = None
    if n_evidence and hasattr(model, "evidence"):
        proba, sentences = model.evidence(items, top=n_evidence)
    elif n_evidence:
        terms, proba = model.explain(items, top=n_evidence, with_proba=True)
    else:
        proba = model.predict_proba(items)
    chosen = proba >= model.thresholds_
    results = []
    for i in range(len(texts)):
        if empty[i]:
            results.append({"tags": [], "scores": {t: 0.0 for t in TAGS}, "evidence": {},
                            "error": "empty item: no title or text to tag"})
            continue
        tags = [t for k, t in enumerate(TAGS) if chosen[i, k]]
        result = {"tags": tags, "scores": {t: round(float(proba[i, k]), 4) for k, t in enumerate(TAGS)}}
        if sentences is not None:
            result["evidence"] = {t: _evidence_sentences(sentences[i][t], n_evidence) for t in tags}
        elif terms is not None:
            result["evidence"] = {t: _evidence_terms(terms[i][t], n_evidence) for t in tags}
        results.append(result)
    return results


def tag(texts, titles=None, *, evidence=3, model=None, top_terms=None):
    """Tag news items with ceasefire, airstrike, humanitarian and diplomacy.

    Parameters
    ----------
    texts : str or list of str
        One item's text, or a list of them.
    titles : str or list of str, optional
        Headlines, aligned with ``texts``.
    evidence : int, default 3
        At most how many evidence sentences to give for each predicted tag
        (0: none, and a little faster).
    model : SentenceTagger, optional
        A fitted tagger; default the shipped one.
    top_terms : int, optional
        Older name of ``evidence``, still accepted.

    Returns
    -------
    dict or list of dict
        Per item: ``tags`` (predicted, possibly empty), ``scores`` (calibrated
        probability of each of the four tags), ``evidence`` (predicted tag ->
        its sentences, best first: ``{"field": "title" or "text", "start",
        "end", "text", "score"}`` with ``item[field][start:end] == text``).
        An item with neither title nor text gets no tags and an ``error``; a
        title alone is tagged. A single text gives a single dict.

    Examples
    --------
    >>> from newstag import tag
    >>> tag("Warplanes bombed the town overnight.")["tags"]  # doctest: +SKIP
    ['airstrike']
    """
    n_evidence = int(top_terms if top_terms is not None else evidence)
    single = isinstance(texts, str)
    texts = [texts] if single else ["" if t is None else str(t) for t in texts]
    if titles is None:
        titles = [""] * len(texts)
    elif isinstance(titles, str):
        titles = [titles]
    titles = ["" if t is None else str(t) for t in titles]
    if len(titles) != len(texts):
        raise ValueError(f"got {len(texts)} texts but {len(titles)} titles")
    results = _results(model or get_model(), titles, texts, n_evidence) if texts else []
    return results[0] if single else results


def tag_frame(frame, *, text="text", title="title", evidence=3, model=None, top_terms=None):
    """Tag a DataFrame's items; return a frame with ``tags``, one boolean and
    one probability column per tag, and ``evidence``, indexed like the input."""
    import pandas as pd

    titles = frame[title].fillna("").astype(str).tolist() if title in frame else None
    results = tag(frame[text].fillna("").astype(str).tolist(), titles, evidence=evidence, model=model,
                  top_terms=top_terms)
    out = pd.DataFrame(index=frame.index)
    out["tags"] = [r["tags"] for r in results]
    for t in TAGS:
        out[t] = np.array([t in r["tags"] for r in results], dtype=bool)
    for t in TAGS:
        out[f"p_{t}"] = [r["scores"][t] for r in results]
    out["evidence"] = [r.get("evidence", {}) for r in results]
    return out
