"""A pickle-free copy of a saved tagger's learned arrays, for a fast ``newstag tag`` start.

The tagger is saved with skops (``models/tagger.skops``), and loading it
checks every type against :data:`newstag.tagging.train.TRUSTED_TYPES`. That
check is why ``import skops.io`` imports every scikit-learn estimator module:
about 1.5 s of the 2 s ``newstag tag`` took to start, for a model whose
prediction needs none of them.

So :func:`newstag.tagging.train.save_model` also writes, beside the skops file,
``<name>.arrays.npz``: the arrays prediction reads (the vocabulary, idf,
weights, calibration, thresholds) and a JSON header holding the SHA-256 of
the skops file it was derived from. :func:`load_scorer` reads it with
``allow_pickle=False`` (numbers and strings only: nothing in it can run code)
and uses it only when the skops file beside it has that hash, so a stale or
foreign copy is ignored and the skops model, checked as always, is loaded
instead. Prediction runs the same code on the same arrays either way
(:class:`newstag.tagging.scorer.SentenceScorer`), so the output is the same to
the bit (``tests/test_arrays.py``).
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import numpy as np

__all__ = ["FORMAT", "arrays_path", "write_arrays", "load_scorer"]

#: Version of the layout below; a file of another version is ignored.
FORMAT = 2
_ARRAYS = ("sentence_coef", "sentence_intercept", "item_coef", "item_intercept", "calibration", "thresholds",
           "long_sentence_coef")


def arrays_path(model_path: str | os.PathLike) -> Path:
    """Where the arrays of the model saved at ``model_path`` go: ``tagger.skops`` -> ``tagger.arrays.npz``."""
    path = Path(model_path)
    return path.with_name(f"{path.stem}.arrays.npz")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _exportable(model) -> bool:
    """Whether ``model`` predicts as a :class:`SentenceScorer` built from its terms and idf."""
    from newstag.corpus.text import normalise_spelling
    from newstag.tagging.term_rows import WORD_PATTERN, TermRows

    vectorizer = getattr(model, "vectorizer_", None)
    if not hasattr(model, "scorer") or not hasattr(model, "sentence_coef_") or vectorizer is None:
        return False
    terms = vectorizer.vocabulary_
    # A numpy string array drops trailing NULs.
    return (TermRows.supports(vectorizer) and vectorizer.preprocessor is normalise_spelling
            and vectorizer.tokenizer is None and vectorizer.token_pattern == WORD_PATTERN
            and not any(term.endswith("\0") for term in terms))


def write_arrays(model, model_path: str | os.PathLike) -> Path | None:
    """Write the arrays of ``model``, saved at ``model_path``, beside it; return their path.

    Nothing is written (and an older copy is removed) when the model is not a
    fitted sentence tagger whose prediction the arrays reproduce, or when the
    written file does not read back as the model's own arrays.
    """
    model_path = Path(model_path)
    target = arrays_path(model_path)
    target.unlink(missing_ok=True)
    if not _exportable(model):
        return None
    vectorizer = model.vectorizer_
    vocabulary = vectorizer.vocabulary_
    reference = model.scorer()
    header = {"format": FORMAT, "model_sha256": _sha256(model_path), "model_file": model_path.name,
              "high": float(model.high), "ngram_range": [int(n) for n in vectorizer.ngram_range],
              "context_tags": list(getattr(model, "context_tags", ())), "long_from": reference.long_from,
              "read_datelines": reference.read_datelines, "read_slugs": reference.read_slugs}
    arrays = {
        "terms": np.asarray(sorted(vocabulary, key=vocabulary.__getitem__), dtype=str),
        "idf": vectorizer.idf_.astype(np.float64),
        **{name: np.asarray(getattr(reference, f"{name}_")) for name in _ARRAYS},
    }
    with open(target, "wb") as handle:
        np.savez_compressed(handle, header=np.asarray(json.dumps(header)), **arrays)
    scorer = load_scorer(model_path)
    if scorer is None or not _same_arrays(scorer, model):
        target.unlink(missing_ok=True)
        return None
    return target


def _same_arrays(scorer, model) -> bool:
    reference = model.scorer()
    rows, expected = scorer.term_rows, reference.term_rows
    same = (rows.n_columns == expected.n_columns and np.array_equal(rows.idf, expected.idf)
            and scorer.high == reference.high and scorer.context_tags == reference.context_tags
            and scorer.long_from == reference.long_from
            and scorer.read_datelines == reference.read_datelines
            and scorer.read_slugs == reference.read_slugs
            and rows.unigrams == expected.unigrams
            and rows.bigrams == expected.bigrams)
    for name in _ARRAYS:
        a, b = getattr(scorer, f"{name}_"), getattr(reference, f"{name}_")
        same = same and a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b)
    return bool(same)


def load_scorer(model_path: str | os.PathLike):
    """The :class:`~newstag.tagging.scorer.SentenceScorer` of the model at ``model_path``, from its arrays.

    Returns None (the caller loads the skops model instead) when there are no
    arrays beside the model, when they were derived from another file than
    the one now at ``model_path`` (the SHA-256 differs), or when they cannot
    be read as written by :func:`write_arrays`.
    """
    from newstag.corpus.text import normalise_spelling
    from newstag.tagging.scorer import SentenceScorer
    from newstag.tagging.term_rows import TermRows

    model_path = Path(model_path)
    source = arrays_path(model_path)
    if not (source.is_file() and model_path.is_file()):
        return None
    try:
        with np.load(source, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            if header.get("format") != FORMAT or header.get("model_sha256") != _sha256(model_path):
                return None
            arrays = {name: data[name] for name in ("terms", "idf", *_ARRAYS)}
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
        return None  # unreadable or not ours: the skops model decides
    rows = TermRows.from_terms(arrays["terms"].tolist(), arrays["idf"], header["ngram_range"], normalise_spelling)
    return SentenceScorer(rows, joined_normalised=True, high=header["high"],
                          context_tags=tuple(header.get("context_tags", ())), long_from=header.get("long_from"),
                          read_datelines=bool(header.get("read_datelines", True)),
                          read_slugs=bool(header.get("read_slugs", True)),
                          **{name: arrays[name] for name in _ARRAYS})
