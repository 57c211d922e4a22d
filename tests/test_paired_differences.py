"""Code tests of the bootstraps of F1 (newstag.tagging.evaluate: paired differences and intervals)."""

import numpy as np
import pytest
from sklearn.metrics import f1_score

from newstag.config import TAGS
from newstag.tagging.evaluate import bootstrap_intervals, paired_f1_differences


def _truth(n=200, seed=0):
    return (np.random.default_rng(seed).random((n, len(TAGS))) < 0.3).astype(int)


def _noisy(Y, flip, seed):
    rng = np.random.default_rng(seed)
    return np.where(rng.random(Y.shape) < flip, 1 - Y, Y)


def test_the_same_predictions_differ_by_nothing():
    Y = _truth()
    P = _noisy(Y, 0.2, 1)
    table = paired_f1_differences(Y, P, P)
    assert list(table.index) == [*TAGS, "macro"]
    assert (table.to_numpy() == 0).all()


def test_the_difference_is_the_f1_difference_and_a_clear_one_excludes_zero():
    Y = _truth()
    good, bad = _noisy(Y, 0.02, 1), _noisy(Y, 0.35, 2)
    table = paired_f1_differences(Y, good, bad)
    for k, tag in enumerate(TAGS):
        expected = f1_score(Y[:, k], good[:, k]) - f1_score(Y[:, k], bad[:, k])
        assert np.isclose(table.loc[tag, "difference"], expected)
        assert table.loc[tag, "low"] > 0
    assert (table["low"] <= table["difference"]).all() and (table["difference"] <= table["high"]).all()


def test_swapping_the_designs_mirrors_the_table():
    Y = _truth()
    a, b = _noisy(Y, 0.1, 3), _noisy(Y, 0.12, 4)
    ab, ba = paired_f1_differences(Y, a, b), paired_f1_differences(Y, b, a)
    assert np.allclose(ab["difference"], -ba["difference"])
    assert np.allclose(ab["low"], -ba["high"]) and np.allclose(ab["high"], -ba["low"])


def test_two_close_designs_are_not_told_apart():
    Y = _truth(n=120)
    a, b = _noisy(Y, 0.15, 5), _noisy(Y, 0.15, 6)
    table = paired_f1_differences(Y, a, b)
    assert ((table["low"] < 0) & (table["high"] > 0)).all()


def test_bootstrap_intervals_are_f1_score_on_each_resample():
    # The intervals come from counts for all resamples at once; they must be the
    # quantiles of f1_score (zero_division=0) on the same resamples, drawn one by one.
    rng = np.random.default_rng(3)
    Y = (rng.random((60, len(TAGS))) < 0.3).astype(np.int8)
    P = (rng.random((60, len(TAGS))) < 0.3).astype(np.int8)
    Y[:, 3] = P[:, 3] = 0  # a tag absent and never predicted: F1 0 on every resample
    draws = np.random.default_rng(11)
    samples = []
    for _ in range(200):
        index = draws.integers(0, len(Y), len(Y))
        samples.append([f1_score(Y[index, k], P[index, k], zero_division=0) for k in range(len(TAGS))])
    samples = np.array(samples)
    expected = {**{tag: samples[:, k] for k, tag in enumerate(TAGS)}, "macro": samples.mean(axis=1)}
    intervals = bootstrap_intervals(Y, P, n_resamples=200, random_state=11)
    for tag, values in expected.items():
        assert intervals[tag] == pytest.approx((np.quantile(values, 0.025), np.quantile(values, 0.975)), abs=1e-12)
    assert intervals[TAGS[3]] == (0.0, 0.0)
