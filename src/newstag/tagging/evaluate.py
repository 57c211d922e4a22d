"""Honest numbers for the tagger: cross-validated scores with bootstrap
intervals, the keyword baseline beside them, a learning curve, the
annotators' agreement ceiling, and a list of likely label errors.

All folds are multi-label stratified (iterative stratification) and seeded.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, f1_score, precision_score, recall_score

from newstag.config import DEFAULT_RANDOM_STATE, LABELS_DIR, TAGS

__all__ = [
    "cross_validated_predictions",
    "scores_table",
    "bootstrap_intervals",
    "paired_f1_differences",
    "learning_curve",
    "agreement",
    "likely_label_errors",
    "evidence_agreement",
    "shared_processes",
]


def _folds(Y, n_splits, random_state):
    from iterstrat.ml_stratifiers import MultilabelStratifiedKFold

    return list(MultilabelStratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(np.zeros(len(Y)), Y))


def run_in_parallel(calls, n_jobs, progress=None):
    """Results of ``calls`` (``(function, args)`` pairs) in their order, ``n_jobs`` processes at a time.

    Every call seeds its own randomness, so results do not depend on
    ``n_jobs``; with ``n_jobs=1`` nothing is spawned. ``n_jobs`` may also be
    an executor shared with other work (see :func:`shared_processes`): every
    call is submitted to it at once.
    """
    if hasattr(n_jobs, "submit"):
        futures = [n_jobs.submit(function, *args) for function, args in calls]
        outputs = (future.result() for future in futures)
    elif n_jobs == 1:
        outputs = (function(*args) for function, args in calls)
    else:
        from joblib import Parallel, delayed

        outputs = Parallel(n_jobs=n_jobs, return_as="generator")(delayed(function)(*args) for function, args in calls)
    results = []
    for result in outputs:
        results.append(result)
        if progress is not None:
            progress.update(1)
    return results


@contextmanager
def shared_processes(n_jobs=-1):
    """A pool of ``n_jobs`` processes (-1: one per core) that several stages submit their fits to.

    Stages that each wait for their own fits can leave cores idle at their
    ends; submitting every stage's fits to one pool avoids that (on 2 cores
    the gain measured for ``make train`` was small). Processes are
    spawned, not forked, because the stages submit from threads. Functions
    and arguments sent to it must pickle (no lambdas).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from joblib import cpu_count

    workers = cpu_count() if n_jobs == -1 else int(n_jobs)
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def _fit_and_score_fold(make_model, X_fit, Y_fit, X_test):
    model = make_model().fit(X_fit, Y_fit)
    return model.predict(X_test), model.predict_proba(X_test)


def _fit_and_predict(make_model, X_fit, Y_fit, X_test):
    return make_model().fit(X_fit, Y_fit).predict(X_test)


def cross_validated_predictions(make_model, X: pd.DataFrame, Y: np.ndarray, *, n_splits=5,
                                random_state=DEFAULT_RANDOM_STATE, progress=None, training_only=None, n_jobs=1):
    """Out-of-fold predictions and probabilities of ``make_model()``.

    Every choice the model makes (vocabulary, calibration, thresholds) is
    made inside the training folds only.

    Parameters
    ----------
    training_only : tuple (X_extra, Y_extra), optional
        Labelled items appended to every training fold and never scored
        (material whose worth the cross-validation is to judge); the folds
        are those of ``X`` and ``Y`` alone.
    n_jobs : int, default 1
        Folds fitted at once, each in its own process (-1: one per core).
        The results are the same for any value.
    """
    predictions = np.zeros(Y.shape, dtype=np.int8)
    probabilities = np.zeros(Y.shape, dtype=np.float64)
    folds = _folds(Y, n_splits, random_state)
    calls = []
    for train, test in folds:
        X_fit, Y_fit = X.iloc[train], Y[train]
        if training_only is not None:
            X_extra, Y_extra = training_only
            X_fit, Y_fit = pd.concat([X_fit, X_extra], ignore_index=True), np.vstack([Y_fit, Y_extra])
        calls.append((_fit_and_score_fold, (make_model, X_fit, Y_fit, X.iloc[test])))
    for (_, test), (predicted, probability) in zip(folds, run_in_parallel(calls, n_jobs, progress)):
        predictions[test], probabilities[test] = predicted, probability
    return predictions, probabilities


def _scores(Y, P) -> dict:
    out = {}
    for k, tag in enumerate(TAGS):
        out[tag] = {
            "precision": precision_score(Y[:, k], P[:, k], zero_division=0),
            "recall": recall_score(Y[:, k], P[:, k], zero_division=0),
            "f1": f1_score(Y[:, k], P[:, k], zero_division=0),
            "support": int(Y[:, k].sum()),
        }
    out["macro"] = {
        "precision": float(np.mean([out[t]["precision"] for t in TAGS])),
        "recall": float(np.mean([out[t]["recall"] for t in TAGS])),
        "f1": float(np.mean([out[t]["f1"] for t in TAGS])),
        "support": int(len(Y)),
    }
    return out


def _resampled_f1s(Y, P, index):
    """F1 per (resample, tag) from counts, all resamples at once; 0 where a tag is neither present nor
    predicted in a resample (``f1_score``'s ``zero_division=0``). ``index``: (n_resamples, n) item rows."""
    truth, guess = Y[index], P[index]
    tp = (truth & guess).sum(axis=1)
    wrong = (truth ^ guess).sum(axis=1)
    denominator = 2 * tp + wrong
    return np.divide(2 * tp, denominator, out=np.zeros(denominator.shape), where=denominator > 0)


def bootstrap_intervals(Y, P, *, n_resamples=1000, confidence=0.95, random_state=DEFAULT_RANDOM_STATE) -> dict:
    """Percentile bootstrap interval of each tag's F1 and of macro-F1, over items."""
    rng = np.random.default_rng(random_state)
    n = len(Y)
    # One draw per resample, as the draws always were, so that the same seed gives the same intervals.
    index = np.array([rng.integers(0, n, n) for _ in range(n_resamples)]).reshape(n_resamples, n)
    f1s = _resampled_f1s(np.asarray(Y).astype(bool), np.asarray(P).astype(bool), index)
    samples = {tag: f1s[:, k] for k, tag in enumerate(TAGS)}
    samples["macro"] = f1s.mean(axis=1)
    alpha = (1 - confidence) / 2
    return {tag: (float(np.quantile(v, alpha)), float(np.quantile(v, 1 - alpha))) for tag, v in samples.items()}


def paired_f1_differences(Y, P_a, P_b, *, n_resamples=1000, confidence=0.95,
                          random_state=DEFAULT_RANDOM_STATE) -> pd.DataFrame:
    """F1 of ``P_a`` minus F1 of ``P_b`` per tag and macro, with a paired percentile bootstrap interval.

    Both designs are scored on the same resampled items each time, so the
    interval is that of their difference on these items: when it holds 0,
    the items cannot tell the two designs apart on that tag.

    Returns
    -------
    DataFrame indexed by tag (then ``macro``) with ``difference``, ``low``, ``high``.
    """
    Y, P_a, P_b = (np.asarray(M).astype(bool) for M in (Y, P_a, P_b))
    rng = np.random.default_rng(random_state)
    index = np.vstack([np.arange(len(Y)), rng.integers(0, len(Y), (n_resamples, len(Y)))])

    a, b = _resampled_f1s(Y, P_a, index), _resampled_f1s(Y, P_b, index)
    both = np.column_stack([a - b, a.mean(axis=1) - b.mean(axis=1)])
    alpha = (1 - confidence) / 2
    return pd.DataFrame({"difference": both[0], "low": np.quantile(both[1:], alpha, axis=0),
                         "high": np.quantile(both[1:], 1 - alpha, axis=0)},
                        index=pd.Index([*TAGS, "macro"], name="tag"))


def scores_table(Y, P, *, n_resamples=1000, random_state=DEFAULT_RANDOM_STATE) -> pd.DataFrame:
    """Per-tag precision, recall, F1 (with 95% bootstrap interval) and macro row."""
    scores = _scores(Y, P)
    intervals = bootstrap_intervals(Y, P, n_resamples=n_resamples, random_state=random_state)
    rows = []
    for tag in (*TAGS, "macro"):
        low, high = intervals[tag]
        rows.append({"tag": tag, **scores[tag], "f1_low": low, "f1_high": high})
    return pd.DataFrame(rows).set_index("tag")


def learning_curve(make_model, X, Y, *, fractions=(0.25, 0.5, 0.75, 1.0), n_splits=5,
                   random_state=DEFAULT_RANDOM_STATE, n_jobs=1, full_fold_predictions=None) -> pd.DataFrame:
    """Macro-F1 and per-tag F1 on held-out folds when training on a fraction of each training fold.

    ``n_jobs``: fits run at once, each in its own process (-1: one per core); the results are the same.
    ``full_fold_predictions``: the out-of-fold predictions of
    :func:`cross_validated_predictions` with the same model, items,
    ``n_splits`` and ``random_state``. A fraction of 1.0 trains on each
    training fold whole, which is that cross-validation's fit, so its row
    is taken from them instead of refitting (the rows are the same).
    """
    rng = np.random.default_rng(random_state)
    rows = []
    folds = _folds(Y, n_splits, random_state)
    # Every subset is drawn first, in the order they always were, then the fits run.
    subsets = [[np.sort(rng.choice(train, size=max(10, int(round(fraction * len(train)))), replace=False))
                for train, _ in folds] for fraction in fractions]
    reused = [full_fold_predictions is not None and all(np.array_equal(subset, train)
                                                        for subset, (train, _) in zip(by_fold, folds))
              for by_fold in subsets]
    calls = [(_fit_and_predict, (make_model, X.iloc[subset], Y[subset], X.iloc[test]))
             for by_fold, skip in zip(subsets, reused) if not skip for subset, (_, test) in zip(by_fold, folds)]
    results = iter(run_in_parallel(calls, n_jobs))
    for fraction, skip in zip(fractions, reused):
        P = np.zeros(Y.shape, dtype=np.int8)
        for _, test in folds:
            P[test] = full_fold_predictions[test] if skip else next(results)
        scores = _scores(Y, P)
        rows.append({"fraction": fraction, "n_train": int(round(fraction * len(Y) * (n_splits - 1) / n_splits)),
                     "macro_f1": scores["macro"]["f1"], **{f"f1_{t}": scores[t]["f1"] for t in TAGS}})
    return pd.DataFrame(rows)


def agreement(path=None) -> pd.DataFrame:
    """Cohen's kappa and F1 between the two independent readings, per tag.

    F1 of one reading against the other is the ceiling a tagger can be
    judged against: the labels themselves disagree that much.
    """
    from newstag.tagging.labels import split_tags, tags_to_matrix

    path = path or (LABELS_DIR / "agreement.csv")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    first = tags_to_matrix(frame["first_reading"].map(split_tags))
    second = tags_to_matrix(frame["second_reading"].map(split_tags))
    rows = []
    for k, tag in enumerate(TAGS):
        rows.append({
            "tag": tag,
            "kappa": cohen_kappa_score(first[:, k], second[:, k]),
            "f1_between_readers": f1_score(first[:, k], second[:, k], zero_division=0),
            "raw_agreement": float(np.mean(first[:, k] == second[:, k])),
            "n_items": len(frame),
        })
    return pd.DataFrame(rows).set_index("tag")


def likely_label_errors(ids, Y, probabilities, *, top=40) -> pd.DataFrame:
    """Items whose label the cross-validated model most strongly doubts.

    Confident-learning style: for each item and tag, the out-of-fold
    probability of the label it was given; the lowest are listed to re-read.
    """
    rows = []
    for k, tag in enumerate(TAGS):
        given = Y[:, k].astype(bool)
        confidence = np.where(given, probabilities[:, k], 1 - probabilities[:, k])
        for i in np.argsort(confidence)[:top]:
            rows.append({"id": ids[i], "tag": tag, "label": int(given[i]), "probability": float(probabilities[i, k]),
                         "confidence_in_label": float(confidence[i])})
    out = pd.DataFrame(rows).sort_values("confidence_in_label").head(top)
    return out.reset_index(drop=True)


def evidence_agreement(frame: pd.DataFrame, second: pd.DataFrame, second_ids) -> pd.DataFrame:
    """Agreement of two independent sentence-level readings, per tag.

    ``frame`` is the labelled frame (its ``evidence`` column is the first
    reading), ``second`` the second reading's evidence rows
    (:func:`newstag.tagging.labels.read_evidence`), ``second_ids`` the items
    it read. Sentence level: Cohen's kappa over every sentence of those items
    on "carries the tag". Item level, derived from it (an item has a tag when
    a sentence carries it): kappa, F1 of one reading against the other (the
    ceiling a tagger can be judged against) and raw agreement.
    """
    from newstag.corpus.sentences import item_sentences
    from newstag.tagging.labels import evidence_by_item

    rows = frame.set_index("id").loc[list(second_ids)]
    first_marks = list(rows["evidence"])
    second_marks = evidence_by_item(second, list(second_ids))
    n_sentences = [len(item_sentences(str(t or ""), str(x or ""))) for t, x in zip(rows["title"], rows["text"])]
    out = []
    for tag in TAGS:
        a_sent, b_sent, a_item, b_item = [], [], [], []
        for first, other, n in zip(first_marks, second_marks, n_sentences):
            a = set(first.get(tag, {}).get("carries", []))
            b = set(other.get(tag, {}).get("carries", []))
            a_sent += [i in a for i in range(n)]
            b_sent += [i in b for i in range(n)]
            a_item.append(bool(a))
            b_item.append(bool(b))
        out.append({
            "tag": tag,
            "sentence_kappa": cohen_kappa_score(a_sent, b_sent),
            "kappa": cohen_kappa_score(a_item, b_item),
            "f1_between_readers": f1_score(a_item, b_item, zero_division=0),
            "raw_agreement": float(np.mean(np.asarray(a_item) == np.asarray(b_item))),
            "n_items": len(a_item),
            "n_sentences": len(a_sent),
        })
    return pd.DataFrame(out).set_index("tag")
