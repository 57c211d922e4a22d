"""CodeTable: the same answers as a dict, for keys in it and not, however they collide."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstag.tagging.code_table import CodeTable


def _check(keys, values, queries):
    table = CodeTable(np.asarray(keys, dtype=np.int64), np.asarray(values, dtype=np.int64))
    expected = dict(zip(keys, values))
    assert len(table) == len(expected)
    got = table.get(np.asarray(queries, dtype=np.int64))
    assert got.tolist() == [expected.get(q, -1) for q in queries]


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(0, 2**40), max_size=300), st.lists(st.integers(0, 2**40), max_size=200))
def test_lookup_is_that_of_a_dict(keys, extra):
    keys = sorted(keys)
    values = [(k * 7919) % 1000 for k in keys]
    _check(keys, values, keys + extra)


def test_keys_that_share_a_home_slot_are_all_found():
    # Many keys, a full table's worth of collisions: a small load forces long probes.
    keys = np.arange(0, 5000 * 64, 64, dtype=np.int64)
    table = CodeTable(keys, keys + 1, load=0.9)
    assert table.max_probe > 1
    queries = np.r_[keys, keys + 1, keys[::-1]]
    expected = np.r_[keys + 1, np.full(len(keys), -1), keys[::-1] + 1]
    assert table.get(queries).tolist() == expected.tolist()


def test_empty_table_and_empty_queries():
    table = CodeTable(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    assert table.get(np.asarray([0, 5, 2**50])).tolist() == [-1, -1, -1]
    assert table.get(np.zeros(0, dtype=np.int64)).tolist() == []
    assert CodeTable([3], [4]).get([3, 4], default=-7).tolist() == [4, -7]


def test_refuses_repeated_or_negative_keys():
    with pytest.raises(ValueError):
        CodeTable([1, 1], [2, 3])
    with pytest.raises(ValueError):
        CodeTable([-1], [2])
    with pytest.raises(ValueError):
        CodeTable([1, 2], [2])
