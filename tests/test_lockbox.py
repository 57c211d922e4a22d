"""Code tests of the lockbox evaluation: every design trains on non-lockbox items only, some on fewer."""

import numpy as np
import pandas as pd

from newstag.config import TAGS
from newstag.tagging.lockbox import lockbox_evaluation


class _Recorder:
    """Predicts each item's own tags from a lookup; records the titles it was fitted on."""

    seen: dict = {}

    def __init__(self, name):
        self.name = name

    def fit(self, X, Y):
        _Recorder.seen[self.name] = list(X["title"])
        return self

    def predict(self, X):
        return np.array([[int(tag in title) for tag in TAGS] for title in X["title"]])


def _frame(n=12):
    rows = []
    for i in range(n):
        tag = TAGS[i % len(TAGS)]
        rows.append({"id": f"x{i}", "title": f"{tag} item {i}", "text": "", "tags": [tag], "evidence": {}})
    return pd.DataFrame(rows)


def test_a_design_given_ids_trains_without_them_and_no_design_sees_the_lockbox():
    frame = _frame()
    lockbox = {"x0", "x1", "x2", "x3"}
    out = lockbox_evaluation(frame, lockbox, {
        "all": lambda: _Recorder("all"),
        "fewer": (lambda: _Recorder("fewer"), {"x4", "x5"}),
    })
    titles = dict(zip(frame["id"], frame["title"]))
    assert sorted(_Recorder.seen["all"]) == sorted(titles[i] for i in frame["id"] if i not in lockbox)
    assert sorted(_Recorder.seen["fewer"]) == sorted(titles[i] for i in frame["id"] if i not in lockbox | {"x4", "x5"})
    assert out["n_train"] == 8 and out["n_lockbox"] == 4
    # Both predict perfectly on the lockbox, so the paired difference is zero.
    assert out["differences"]["lockbox"]["fewer"]["difference"].abs().max() == 0


class _ColumnRecorder(_Recorder):
    """Records the columns it was fitted on."""

    columns: dict = {}

    def fit(self, X, Y):
        _ColumnRecorder.columns[self.name] = list(X.columns)
        return super().fit(X, Y)


def test_a_design_given_columns_sees_only_them():
    frame = _frame().assign(weight=2.0)
    out = lockbox_evaluation(frame, {"x0", "x1"}, {
        "weighted": lambda: _ColumnRecorder("weighted"),
        "unweighted": (lambda: _ColumnRecorder("unweighted"), (), ("title", "text", "evidence")),
    }, columns=("title", "text", "evidence", "weight"))
    assert _ColumnRecorder.columns["weighted"] == ["title", "text", "evidence", "weight"]
    assert _ColumnRecorder.columns["unweighted"] == ["title", "text", "evidence"]
    assert out["n_train"] == 10



class _WeightRecorder(_Recorder):
    """Records the weights it was fitted with."""

    weights: dict = {}

    def fit(self, X, Y):
        _WeightRecorder.weights[self.name] = list(X["weight"])
        return super().fit(X, Y)


def test_a_design_given_reweigh_is_fitted_on_its_items_reweighed():
    frame = _frame().assign(weight=2.0)
    lockbox = {"x0", "x1"}
    out = lockbox_evaluation(frame, lockbox, {
        "as given": lambda: _WeightRecorder("as given"),
        "reweighed": (lambda: _WeightRecorder("reweighed"), {"x2"}, ("title", "text", "evidence", "weight"),
                      lambda items: items.assign(weight=1.0 + items["id"].str[1:].astype(int) / 100)),
    }, columns=("title", "text", "evidence", "weight"))
    assert _WeightRecorder.weights["as given"] == [2.0] * 10
    # The reweighed design's items: neither the lockbox nor x2, in the frame's order, each with its new weight.
    assert _WeightRecorder.weights["reweighed"] == [1.0 + i / 100 for i in range(3, 12)]
    assert out["n_train"] == 10

def test_designs_fitted_in_parallel_give_the_same_results():
    from newstag.tagging.baseline import KeywordTagger

    frame = _frame(16)
    designs = {"keywords": KeywordTagger, "fewer": (KeywordTagger, {"x4", "x5"})}
    holdouts = {"more": _frame(8)}
    one = lockbox_evaluation(frame, {"x0", "x1", "x2", "x3"}, designs, holdouts=holdouts, n_jobs=1)
    two = lockbox_evaluation(frame, {"x0", "x1", "x2", "x3"}, designs, holdouts=holdouts, n_jobs=2)
    for name in designs:
        pd.testing.assert_frame_equal(one["items"][name], two["items"][name])
        pd.testing.assert_frame_equal(one["holdouts"]["more"][name], two["holdouts"]["more"][name])


def test_holdouts_are_scored_per_design_and_may_not_take_the_lockbox_name():
    import pytest

    frame, holdout = _frame(), _frame(8).assign(title=lambda f: [f"item {i}" for i in range(8)])
    out = lockbox_evaluation(frame, {"x0", "x1", "x2", "x3"}, {"lookup": lambda: _Recorder("lookup")},
                             holdouts={"titles without tags": holdout})
    # The lookup finds every tag in the lockbox's titles and none in the holdout's.
    assert out["items"]["lookup"].loc["macro", "f1"] == 1.0
    assert out["holdouts"]["titles without tags"]["lookup"].loc["macro", "recall"] == 0.0
    with pytest.raises(ValueError, match="'lockbox'"):
        lockbox_evaluation(frame, {"x0"}, {"lookup": lambda: _Recorder("lookup")}, holdouts={"lockbox": holdout})
