"""`newstag tag INPUT...`: one output line per input record, in input order.

JSONL (default) or CSV, to stdout or --output; '-' reads JSONL from stdin;
empty items get no tags and an error; user errors end in a one-line
message and a non-zero status, never a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import types

import pytest

from newstag import config
from newstag.config import TAGS
from newstag.corpus.loading import load_corpus

AIR = "Syrian government warplanes carried out air strikes on the town of Saraqeb on Tuesday, killing 12 people."
AID = "A UN aid convoy of 40 trucks carrying food and medicine reached the besieged town of Madaya on Monday."
TALKS = "Foreign ministers of Russia, Iran and Turkey met in Astana on Thursday for a new round of peace talks."


def jsonl_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def check_line(line: dict) -> None:
    assert set(line["tags"]) <= set(TAGS), line
    assert set(line["scores"]) == set(TAGS), line
    assert all(0.0 <= p <= 1.0 for p in line["scores"].values()), line


def feed_stdin(monkeypatch, records) -> None:
    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))


def test_tag_seeds_jsonl(run_cli):
    result = run_cli("tag", config.SEEDS_DIR)
    assert result.status == 0, result
    assert "Traceback" not in result.err
    lines = jsonl_lines(result.out)
    expected_ids = load_corpus([str(config.SEEDS_DIR)])["id"].tolist()
    assert len(lines) == 14
    assert [line["id"] for line in lines] == expected_ids
    for line in lines:
        check_line(line)
        assert "error" not in line
        assert "evidence" not in line  # the CLI asks for no evidence terms
    by_id = {line["id"]: line for line in lines}
    assert "airstrike" in by_id["seed:001_272890bd04042427#7"]["tags"]


def test_tag_seeds_csv_output(run_cli, tmp_path):
    path = tmp_path / "f.csv"
    result = run_cli("tag", config.SEEDS_DIR, "--format", "csv", "--output", path)
    assert result.status == 0, result
    assert result.out == ""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["id", "tags", *TAGS, "error"]
    body = rows[1:]
    assert len(body) == 14
    assert [row[0] for row in body] == load_corpus([str(config.SEEDS_DIR)])["id"].tolist()
    for row in body:
        tags = [t for t in row[1].split(";") if t]
        assert set(tags) <= set(TAGS)
        scores = [float(value) for value in row[2:6]]
        assert all(0.0 <= p <= 1.0 for p in scores)
        assert row[6] == ""


def test_csv_and_jsonl_agree(run_cli, tmp_path):
    jsonl = jsonl_lines(run_cli("tag", config.SEEDS_DIR).out)
    path = tmp_path / "f.csv"
    assert run_cli("tag", config.SEEDS_DIR, "--format", "csv", "-o", path).status == 0
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for line, row in zip(jsonl, rows, strict=True):
        assert row["id"] == line["id"]
        assert row["tags"] == ";".join(line["tags"])
        for t in TAGS:
            assert float(row[t]) == pytest.approx(line["scores"][t])


def test_stdin_with_empty_text(run_cli, monkeypatch):
    feed_stdin(monkeypatch, [
        {"id": "a", "text": AIR},
        {"id": "b", "text": ""},
        {"id": "c", "title": "Aid reaches Madaya", "text": AID},
        {"id": "d", "text": "   "},
        {"id": "e", "text": TALKS},
    ])
    result = run_cli("tag", "-")
    assert result.status == 0, result
    assert "Traceback" not in result.err
    lines = jsonl_lines(result.out)
    assert [line["id"] for line in lines] == ["a", "b", "c", "d", "e"]
    for line in lines:
        check_line(line)
    for i in (1, 3):
        assert lines[i]["tags"] == [] and lines[i]["error"], lines[i]
    for i in (0, 2, 4):
        assert "error" not in lines[i], lines[i]
    assert "airstrike" in lines[0]["tags"]
    assert "humanitarian" in lines[2]["tags"]
    assert "diplomacy" in lines[4]["tags"]


def test_evidence_of_an_item_without_headline_points_into_its_text_once(run_cli, monkeypatch):
    """The title rule gives a headline-less item its first sentence as title; the tagger must not read it twice."""
    feed_stdin(monkeypatch, [{"id": "a", "text": AIR + " " + AID}, {"id": "b", "title": "Jets strike Saraqeb", "text": AID}])
    result = run_cli("tag", "-", "--evidence")
    assert result.status == 0, result
    first, second = jsonl_lines(result.out)
    air = first["evidence"]["airstrike"]
    assert {e["field"] for e in air} == {"text"}
    assert len({e["text"] for e in air}) == len(air)
    assert all((AIR + " " + AID)[e["start"]:e["end"]] == e["text"] for e in air)
    assert "title" in {e["field"] for e in second["evidence"]["airstrike"]}  # a given headline stays evidence


def test_order_preserved_across_chunks(run_cli, monkeypatch):
    records = [{"id": f"r{i}", "text": [AIR, "", AID, TALKS][i % 4]} for i in range(11)]
    feed_stdin(monkeypatch, records)
    result = run_cli("tag", "-", "--chunk-size", "3")
    assert result.status == 0, result
    lines = jsonl_lines(result.out)
    assert [line["id"] for line in lines] == [r["id"] for r in records]
    assert [("error" in line) for line in lines] == [r["text"] == "" for r in records]


def test_duplicates_each_get_a_line(run_cli, monkeypatch):
    records = [
        {"id": "x", "text": AIR},
        {"id": "x", "text": AIR},  # same id, same text
        {"id": "y", "text": AIR},  # same text, another id
        {"id": "z", "text": AID},
        {"id": "x", "text": AID},  # same id, other text
    ]
    feed_stdin(monkeypatch, records)
    result = run_cli("tag", "-")
    assert result.status == 0, result
    lines = jsonl_lines(result.out)
    assert [line["id"] for line in lines] == ["x", "x", "y", "z", "x"]
    assert lines[0]["scores"] == lines[1]["scores"] == lines[2]["scores"]
    assert lines[3]["scores"] == lines[4]["scores"]
    assert "airstrike" in lines[0]["tags"] and "humanitarian" in lines[4]["tags"]


def test_missing_input_path(run_cli, tmp_path):
    missing = tmp_path / "nowhere.jsonl"
    result = run_cli("tag", missing)
    assert result.status != 0
    assert result.out == ""
    assert "Traceback" not in result.err
    # One report line says what is wrong with the path (as for `newstag corpus`).
    about = [line.strip() for line in result.err.splitlines() if "nowhere.jsonl" in line and line.strip().startswith("- ")]
    assert len(about) == 1, result.err
    assert "no such file or folder" in about[0]
    assert "no usable item" in result.err


def test_missing_model(run_cli, tmp_path):
    missing = tmp_path / "no_model.skops"
    result = run_cli("tag", config.SEEDS_DIR, "--model", missing)
    assert result.status == 2
    assert result.out == ""
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "no_model.skops" in lines[0]
    assert lines[0].startswith("newstag tag:")


def test_explicit_model_path(run_cli):
    default = jsonl_lines(run_cli("tag", config.SEEDS_DIR).out)
    explicit = jsonl_lines(run_cli("tag", config.SEEDS_DIR, "--model", config.MODELS_DIR / "tagger.skops").out)
    assert explicit == default


def test_unwritable_output(run_cli, tmp_path):
    target = tmp_path / "missing_dir" / "out.jsonl"
    result = run_cli("tag", config.SEEDS_DIR, "--output", target)
    assert result.status == 2
    assert "Traceback" not in result.err
    assert "out.jsonl" in result.err


def test_jobs_give_the_same_output_as_one_process(run_cli, monkeypatch):
    records = [{"id": f"r{i}", "text": [AIR, "", AID, TALKS][i % 4]} for i in range(11)]
    feed_stdin(monkeypatch, records)
    one = run_cli("tag", "-", "--chunk-size", "3")
    feed_stdin(monkeypatch, records)
    two = run_cli("tag", "-", "--chunk-size", "3", "--jobs", "2")
    assert two.status == 0, two
    assert "Traceback" not in two.err
    assert two.out == one.out
    assert len(jsonl_lines(two.out)) == len(records)


@pytest.mark.parametrize("argv, message", [
    (("--jobs", "-1"), "--jobs must be 0"),
    (("--jobs", "2", "--dask-scheduler", "tcp://127.0.0.1:1"), "not both"),
])
def test_jobs_misuse_is_a_clear_error(run_cli, argv, message):
    result = run_cli("tag", config.SEEDS_DIR, *argv)
    assert result.status == 2, result
    assert result.out == ""
    assert "Traceback" not in result.err
    assert message in result.err


def test_jobs_with_a_missing_model_is_a_clear_error(run_cli, tmp_path):
    result = run_cli("tag", config.SEEDS_DIR, "--jobs", "2", "--model", tmp_path / "no_model.skops")
    assert result.status == 2, result
    assert result.out == ""
    assert "Traceback" not in result.err
    assert "no_model.skops" in result.err


def test_jobs_with_an_untrusted_model_is_a_clear_error(run_cli, tmp_path):
    import skops.io as sio

    path = tmp_path / "evil.skops"
    sio.dump({"payload": types.SimpleNamespace(value=1)}, path)
    result = run_cli("tag", config.SEEDS_DIR, "--jobs", "2", "--model", path)
    assert result.status == 2, result
    assert "Traceback" not in result.err
    assert "trust" in result.err


def test_a_derived_title_stays_derived_through_newstag_corpus(run_cli, tmp_path):
    """`newstag corpus` marks titles it derived; `newstag tag` on its output does not read them twice."""
    source = tmp_path / "items.csv"
    source.write_text("id,text\na,\"" + AIR + " " + AID + "\"\n", encoding="utf-8")
    corpus_out = tmp_path / "corpus.jsonl"
    assert run_cli("corpus", source, "--output", corpus_out).status == 0
    record = json.loads(corpus_out.read_text(encoding="utf-8").splitlines()[0])
    assert record["title_given"] is False and record["title"] == AIR
    result = run_cli("tag", corpus_out, "--evidence")
    assert result.status == 0, result
    line = jsonl_lines(result.out)[0]
    assert {e["field"] for e in line["evidence"]["airstrike"]} == {"text"}


def test_the_allocator_keeps_freed_memory_where_it_can(monkeypatch):
    import platform

    from newstag.cli import _keep_freed_memory

    if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
        assert _keep_freed_memory() is True
    monkeypatch.setattr(sys, "platform", "darwin")
    assert _keep_freed_memory() is False


def test_a_headline_without_text_is_tagged_and_reported(run_cli, monkeypatch):
    feed_stdin(monkeypatch, [{"id": "a", "title": "Jets strike rebel columns near the border", "text": ""},
                             {"id": "b", "title": " ", "text": ""}])
    result = run_cli("tag", "-", "--evidence")
    assert result.status == 0, result
    first, second = jsonl_lines(result.out)
    assert "airstrike" in first["tags"] and "error" not in first
    assert first["evidence"]["airstrike"][0]["text"] == "Jets strike rebel columns near the border"
    assert second["tags"] == [] and "empty text" in second["error"]
    assert "its 'title' is read as the text" in result.err


def _blas_threads() -> set:
    import numpy  # noqa: F401  (loads its BLAS, which threadpoolctl reports only once loaded)
    from threadpoolctl import threadpool_info

    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


def test_tagging_keeps_blas_to_one_thread(run_cli, monkeypatch):
    from threadpoolctl import threadpool_limits

    from newstag import distributed

    if not _blas_threads():
        pytest.skip("no BLAS library found by threadpoolctl")
    # Each block restores the test process's own BLAS threads when it ends.
    with threadpool_limits(limits=2, user_api="blas"):
        assert _blas_threads() == {2}
        feed_stdin(monkeypatch, [{"id": "r1", "text": AIR}])
        result = run_cli("tag", "-")
        assert result.status == 0, result
        assert _blas_threads() == {1}
    with threadpool_limits(limits=2, user_api="blas"):
        # What a worker of --jobs N does with its first chunk.
        monkeypatch.setattr(distributed, "_WORKER_BLOB", distributed.model_bytes())
        [result] = distributed._tag_chunk_in_worker([""], [AIR], 0)
        assert "airstrike" in result["tags"]
        assert _blas_threads() == {1}
