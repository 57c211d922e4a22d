"""The lockbox: designs compared once, on labelled items no design decision saw.

``labels/lockbox_ids.txt`` (25% of the labelled FA-KES items, multi-label
stratified, seed 42) was committed before tagger v3 was modelled. Every
design is trained on the same non-lockbox items and scored on the lockbox,
with bootstrap intervals; nothing here feeds back into a design (the shipped
model is then refitted on every labelled item).

Two views of the lockbox:

- **items**: each lockbox item as it is (headline + body);
- **evidence sentences alone**: each sentence the readers marked as carrying
  a tag, given to the tagger as a one-sentence item with no headline: does
  the tag travel to a short item? Scored as the share of those sentences
  that get their tag (recall).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from newstag.config import DEFAULT_RANDOM_STATE, TAGS

__all__ = ["lockbox_evaluation", "evidence_sentence_items"]


def evidence_sentence_items(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (sentence, tag) the readers marked as carrying: ``text``, ``tag``, ``id``."""
    from newstag.corpus.sentences import item_sentences

    rows = []
    for item in frame.itertuples(index=False):
        sentences = item_sentences(str(item.title or ""), str(item.text or ""))
        for tag, marks in (item.evidence or {}).items():
            for index in marks.get("carries", []):
                if index < len(sentences):
                    rows.append({"id": item.id, "tag": tag, "title": "", "text": sentences[index].text})
    return pd.DataFrame(rows, columns=["id", "tag", "title", "text"])


def _fit_and_predict_all(make, X_fit, Y_fit, where: dict) -> dict:
    """``make()`` fitted on ``X_fit, Y_fit``; its predictions on each frame of ``where`` (name -> items)."""
    model = make().fit(X_fit, Y_fit)
    return {name: model.predict(items) for name, items in where.items()}


def _design_parts(design, columns):
    """``(make, left_out, columns, reweigh)`` of a design as :func:`lockbox_evaluation` takes it."""
    if not isinstance(design, tuple):
        return design, (), columns, None
    make, left_out, *rest = design
    return make, left_out, (rest[0] if rest else columns), (rest[1] if len(rest) > 1 else None)


def lockbox_evaluation(frame: pd.DataFrame, lockbox_ids, designs: dict, *, holdouts=None,
                       random_state=DEFAULT_RANDOM_STATE, columns=("title", "text", "evidence"), n_jobs=1) -> dict:
    """Train every design on the non-lockbox items; score each on the lockbox (and on other held-out sets).

    Parameters
    ----------
    frame : labelled frame (``id, title, text, tags, evidence``).
    lockbox_ids : the held-out ids.
    designs : ``name -> callable`` returning an unfitted estimator with
        ``fit(X, Y)`` and ``predict(X)``, or ``name -> (callable, ids)``: a
        design that trains on the non-lockbox items less ``ids`` (an earlier
        design that lacked some training material), or ``name -> (callable,
        ids, columns)``: that, seeing only ``columns`` of the items (an
        earlier design that had no item weights), or ``name -> (callable,
        ids, columns, reweigh)``: that, with its training items passed
        through ``reweigh`` (frame -> frame, same rows) first (an earlier
        design whose item weights were computed without some material).
    holdouts : ``name -> labelled frame`` (``title, text, tags``), optional
        Further held-out sets every design is scored on, with the same fit.
    n_jobs : int, default 1
        Designs fitted at once, each in its own process (-1: one per core);
        the results are the same.

    Returns
    -------
    dict with ``items`` (name -> scores table with intervals), ``holdouts``
    (holdout name -> design name -> scores table), ``differences`` (the
    first design's F1 minus each other design's, with paired bootstrap
    intervals: ``"lockbox"`` or a holdout name -> design name -> table of
    :func:`~newstag.tagging.evaluate.paired_f1_differences`), ``sentences``
    (DataFrame: recall of each tag on its evidence sentences alone, per
    design), ``n_train``, ``n_lockbox``, ``n_sentences``.
    """
    from newstag.tagging.evaluate import paired_f1_differences, run_in_parallel, scores_table
    from newstag.tagging.labels import tags_to_matrix

    held = frame["id"].isin(set(lockbox_ids)).to_numpy()
    train, test = frame[~held].reset_index(drop=True), frame[held].reset_index(drop=True)
    Y_train, Y_test = tags_to_matrix(train["tags"]), tags_to_matrix(test["tags"])
    sentences = evidence_sentence_items(test)
    holdouts = holdouts or {}
    reserved = {"lockbox", "sentences"} & set(holdouts)
    if reserved:
        raise ValueError(f"a holdout may not be named {sorted(reserved)[0]!r}: that name is the lockbox's own")
    out = {"items": {}, "holdouts": {h: {} for h in holdouts}, "n_train": len(train), "n_lockbox": len(test),
           "n_sentences": len(sentences), "n_holdout": {h: len(f) for h, f in holdouts.items()}}
    unlabelled = {"lockbox": test.reindex(columns=["title", "text", "evidence"]),
                  **{h: f[["title", "text"]].assign(evidence=[{}] * len(f)) for h, f in holdouts.items()}}
    if len(sentences):
        unlabelled["sentences"] = sentences[["title", "text"]].assign(evidence=[{}] * len(sentences))
    calls = []
    for design in designs.values():
        make, left_out, seen, reweigh = _design_parts(design, columns)
        kept = ~train["id"].isin(set(left_out)).to_numpy()
        items = train.loc[kept] if reweigh is None else reweigh(train.loc[kept])
        calls.append((_fit_and_predict_all, (make, items.reindex(columns=list(seen)).reset_index(drop=True),
                                             Y_train[kept], unlabelled)))
    truth = {"lockbox": Y_test, **{h: tags_to_matrix(f["tags"]) for h, f in holdouts.items()}}
    recall, predictions = {}, {}
    for name, predicted in zip(designs, run_in_parallel(calls, n_jobs)):
        predictions[name] = predicted
        for where, Y in truth.items():
            table = scores_table(Y, predicted[where], random_state=random_state)
            (out["items"] if where == "lockbox" else out["holdouts"][where])[name] = table
        if len(sentences):
            hit = predicted["sentences"][np.arange(len(sentences)), [TAGS.index(t) for t in sentences["tag"]]].astype(bool)
            recall[name] = pd.Series(hit).groupby(sentences["tag"].to_numpy()).mean().reindex(list(TAGS))
    out["sentences"] = pd.DataFrame(recall)
    first, *others = list(designs)
    out["differences"] = {where: {name: paired_f1_differences(Y, predictions[first][where], predictions[name][where],
                                                              random_state=random_state)
                                  for name in others}
                          for where, Y in truth.items()}
    return out
