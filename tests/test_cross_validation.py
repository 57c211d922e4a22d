"""Code tests of cross_validated_predictions: folds, and material used for training only."""

import numpy as np
import pandas as pd

from newstag.tagging.evaluate import cross_validated_predictions


class _Recorder:
    """Predicts each tag's training-fold rate; records what it was fitted on."""

    fits = []

    def fit(self, X, Y):
        _Recorder.fits.append(list(X["text"]))
        self.rate_ = Y.mean(axis=0)
        return self

    def predict_proba(self, X):
        return np.tile(self.rate_, (len(X), 1))

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(np.int8)


def _items(n, prefix):
    return pd.DataFrame({"title": [""] * n, "text": [f"{prefix}{i}" for i in range(n)]})


def test_training_only_items_join_every_fold_and_are_never_scored():
    rng = np.random.default_rng(0)
    X, Y = _items(40, "item"), rng.integers(0, 2, (40, 4))
    X_extra, Y_extra = _items(6, "extra"), np.ones((6, 4), dtype=int)
    _Recorder.fits = []
    predictions, probabilities = cross_validated_predictions(_Recorder, X, Y, n_splits=4, random_state=1,
                                                             training_only=(X_extra, Y_extra))
    assert predictions.shape == probabilities.shape == (40, 4)
    assert len(_Recorder.fits) == 4
    for fitted in _Recorder.fits:
        assert set(X_extra["text"]) <= set(fitted)  # every training fold holds them
        assert len(fitted) == 30 + 6
    scored_once = [t for fitted in _Recorder.fits for t in set(X["text"]) - set(fitted)]
    assert sorted(scored_once) == sorted(X["text"])  # each item is held out exactly once; extras never


def test_without_training_only_the_folds_are_unchanged():
    rng = np.random.default_rng(0)
    X, Y = _items(40, "item"), rng.integers(0, 2, (40, 4))
    _Recorder.fits = []
    plain, _ = cross_validated_predictions(_Recorder, X, Y, n_splits=4, random_state=1)
    first = list(_Recorder.fits)
    _Recorder.fits = []
    cross_validated_predictions(_Recorder, X, Y, n_splits=4, random_state=1, training_only=(X.iloc[:0], Y[:0]))
    assert _Recorder.fits == first


class _RateModel:
    """Predicts each tag's training rate, shifted by the item's number: its output depends on what it fitted."""

    def fit(self, X, Y):
        self.rate_ = Y.mean(axis=0)
        return self

    def predict_proba(self, X):
        shift = np.array([int(t[4:]) for t in X["text"]])[:, None] / 100.0
        return np.clip(self.rate_ + shift - 0.2, 0, 1)

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(np.int8)


def test_folds_fitted_in_parallel_give_the_same_results():
    from newstag.tagging.evaluate import learning_curve

    rng = np.random.default_rng(2)
    X, Y = _items(60, "item"), rng.integers(0, 2, (60, 4))
    one = cross_validated_predictions(_RateModel, X, Y, n_splits=4, random_state=3)
    two = cross_validated_predictions(_RateModel, X, Y, n_splits=4, random_state=3, n_jobs=2)
    assert (one[0] == two[0]).all() and np.array_equal(one[1], two[1])
    curve_one = learning_curve(_RateModel, X, Y, n_splits=4, random_state=3)
    curve_two = learning_curve(_RateModel, X, Y, n_splits=4, random_state=3, n_jobs=2)
    pd.testing.assert_frame_equal(curve_one, curve_two)


def test_stages_sharing_one_pool_of_processes_give_the_same_results():
    from newstag.tagging.evaluate import learning_curve, shared_processes

    rng = np.random.default_rng(6)
    X, Y = _items(60, "item"), rng.integers(0, 2, (60, 4))
    one = cross_validated_predictions(_RateModel, X, Y, n_splits=4, random_state=3)
    curve_one = learning_curve(_RateModel, X, Y, n_splits=4, random_state=3)
    with shared_processes(2) as pool:
        fitted = pool.submit(_RateModel().fit, X, Y)  # other work in the same pool
        shared = cross_validated_predictions(_RateModel, X, Y, n_splits=4, random_state=3, n_jobs=pool)
        curve_shared = learning_curve(_RateModel, X, Y, n_splits=4, random_state=3, n_jobs=pool)
        assert np.array_equal(fitted.result().rate_, Y.mean(axis=0))
    assert (one[0] == shared[0]).all() and np.array_equal(one[1], shared[1])
    pd.testing.assert_frame_equal(curve_one, curve_shared)


def test_learning_curve_takes_its_full_fraction_from_the_cross_validation():
    from newstag.tagging.evaluate import learning_curve

    rng = np.random.default_rng(4)
    X, Y = _items(60, "item"), rng.integers(0, 2, (60, 4))
    predictions, _ = cross_validated_predictions(_RateModel, X, Y, n_splits=4, random_state=5)
    refitted = learning_curve(_RateModel, X, Y, n_splits=4, random_state=5)
    _Recorder.fits = []
    reused = learning_curve(_Recorder, X, Y, n_splits=4, random_state=5, fractions=(0.5, 1.0),
                            full_fold_predictions=predictions)
    assert len(_Recorder.fits) == 4  # the fraction 0.5 only: the full folds are not refitted
    assert reused.loc[1].equals(refitted.loc[3])
