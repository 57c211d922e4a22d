"""Code tests of the fast stratified group folds (newstag.tagging.folds) against scikit-learn's."""

import numpy as np
import pytest
from sklearn.model_selection import StratifiedGroupKFold

from newstag.tagging.folds import stratified_group_folds


def _sklearn(y, groups, n_splits, seed):
    return list(StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(
        np.zeros(len(y)), y, groups))


@pytest.mark.parametrize("seed", range(8))
def test_the_folds_are_scikit_learns(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(40, 400))
    groups = rng.integers(0, n // int(rng.integers(1, 4)), n)  # some groups of one, some larger
    y = (rng.random(n) < rng.uniform(0.05, 0.5)).astype(int)
    for n_splits in (2, 3, 5):
        ours, theirs = stratified_group_folds(y, groups, n_splits=n_splits, random_state=seed), _sklearn(
            y, groups, n_splits, seed)
        assert len(ours) == len(theirs) == n_splits
        for (train, test), (train_sk, test_sk) in zip(ours, theirs):
            assert np.array_equal(test, test_sk) and np.array_equal(train, train_sk)


def test_ties_and_single_item_groups_match_too():
    y = np.array([0, 1] * 30)
    groups = np.arange(60)  # every item its own group: many exact ties between folds
    for seed in (0, 1, 42):
        ours = stratified_group_folds(y, groups, n_splits=5, random_state=seed)
        for (_, test), (_, test_sk) in zip(ours, _sklearn(y, groups, 5, seed)):
            assert np.array_equal(test, test_sk)


def test_groups_stay_together_and_every_item_is_tested_once():
    rng = np.random.default_rng(5)
    groups = rng.integers(0, 30, 200)
    y = (rng.random(200) < 0.3).astype(int)
    folds = stratified_group_folds(y, groups, n_splits=4, random_state=0)
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested) == list(range(200))
    for train, test in folds:
        assert not set(groups[train]) & set(groups[test])


def test_too_many_splits_is_refused():
    with pytest.raises(ValueError, match="n_splits"):
        stratified_group_folds([0, 1, 0], [0, 0, 1], n_splits=3, random_state=0)
