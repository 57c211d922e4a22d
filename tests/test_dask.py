"""Tagging on a Dask cluster gives the same output as the single-process path.

Runs on a ``dask.distributed.LocalCluster`` with two worker processes on
this machine; skipped when Dask is not installed (``pip install -e ".[dask]"``).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

from newstag import tag_frame  # noqa: E402
from newstag.distributed import tag_dask  # noqa: E402

TEXTS = [
    ("Truce holds in Aleppo", "The ceasefire brokered by Russia and Turkey held overnight, monitors said."),
    ("Jets strike Idlib", "Warplanes bombed a market in Idlib, killing twelve civilians, rescuers said."),
    ("Aid convoy reaches Douma", "A UN convoy delivered food and medicine to thousands of besieged residents."),
    ("Talks resume in Geneva", "The UN envoy met both delegations in Geneva as negotiations resumed."),
    ("", "Shelling hit the outskirts of the city; no aircraft were seen."),
    ("Quiet day", ""),
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       scheduler_port=0, silence_logs=40)
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


@pytest.fixture(scope="module")
def frame():
    rows = [{"title": title, "text": text, "source": f"outlet {i % 3}"} for i, (title, text) in enumerate(TEXTS * 5)]
    return pd.DataFrame(rows, index=pd.RangeIndex(100, 100 + len(rows)))


def test_two_workers_and_several_partitions(client, frame):
    assert len(client.scheduler_info()["workers"]) == 2
    assert dd.from_pandas(frame, npartitions=4).npartitions == 4


def test_tag_dask_equals_tag_frame(client, frame):
    expected = tag_frame(frame)
    lazy = tag_dask(dd.from_pandas(frame, npartitions=4))
    assert list(lazy.columns) == list(expected.columns)
    result = lazy.compute()
    pd.testing.assert_frame_equal(result, expected)


def test_tag_dask_without_titles_and_with_top_terms(client, frame):
    plain = frame[["text"]]
    expected = tag_frame(plain, top_terms=0)
    result = tag_dask(dd.from_pandas(plain, npartitions=3), top_terms=0).compute()
    pd.testing.assert_frame_equal(result, expected)


def test_cli_dask_scheduler_equals_local_tagging(client, run_cli, tmp_path):
    source = tmp_path / "items.jsonl"
    lines = [json.dumps({"id": f"n{i}", "title": title, "text": text}) for i, (title, text) in enumerate(TEXTS * 3)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local = run_cli("tag", source, "--chunk-size", "4")
    assert local.status == 0, local
    remote = run_cli("tag", source, "--chunk-size", "4", "--dask-scheduler", client.scheduler.address)
    assert remote.status == 0, remote
    assert remote.out == local.out
    assert len(remote.out.splitlines()) == len(TEXTS) * 3


def test_cli_unreachable_scheduler_is_a_one_line_error(run_cli, tmp_path):
    import dask

    source = tmp_path / "items.jsonl"
    source.write_text(json.dumps({"text": "Warplanes bombed the town."}) + "\n", encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = run_cli("tag", source, "--dask-scheduler", "tcp://127.0.0.1:9")
    assert result.status == 2, result
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.err
    assert "Traceback" not in result.err
