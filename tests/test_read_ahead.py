"""Reading ahead in a helper process: the same chunks, report and errors as reading in process."""

from __future__ import annotations

import json
import os
import sys

import pytest

from newstag.corpus.ahead import ReadAhead, can_read_ahead
from newstag.errors import UserError

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reading ahead forks (Linux only)")


def _chunks():
    for start in range(0, 10, 3):
        yield [{"id": i, "text": f"item {i}"} for i in range(start, min(start + 3, 10))]


@pytest.mark.parametrize("in_process", [False, True])
def test_chunks_and_result_arrive_in_order(in_process):
    with ReadAhead(_chunks, lambda: {"read": 10}, in_process=in_process) as reader:
        got = list(reader)
    assert got == list(_chunks())
    assert reader.result == {"read": 10}


@pytest.mark.parametrize("in_process", [False, True])
def test_an_error_while_reading_is_raised_where_it_was_met(in_process):
    def failing():
        yield [1, 2]
        raise UserError("cannot read broken.jsonl; fix it")

    got = []
    with pytest.raises(UserError, match="cannot read broken.jsonl"):
        with ReadAhead(failing, lambda: None, in_process=in_process) as reader:
            for chunk in reader:
                got.append(chunk)
    assert got == [[1, 2]]


def test_an_error_that_cannot_be_pickled_is_named():
    class Local(Exception):
        pass

    def failing():
        raise Local("odd")
        yield

    with pytest.raises(RuntimeError, match="reading failed: .*odd"):
        with ReadAhead(failing, lambda: None) as reader:
            list(reader)


def test_a_helper_that_dies_is_reported_not_waited_for():
    def dying():
        yield [1]
        os._exit(3)

    with pytest.raises(RuntimeError, match="ended unexpectedly .*exit code 3"):
        with ReadAhead(dying, lambda: None) as reader:
            list(reader)


def test_leaving_early_stops_the_helper():
    def endless():
        while True:
            yield [0] * 100

    with ReadAhead(endless, lambda: None) as reader:
        next(iter(reader))
        process = reader._process
    assert not process.is_alive()


def test_stdin_is_read_in_process():
    assert not can_read_ahead(["a.jsonl", "-"])


def test_newstag_tag_with_and_without_reading_ahead(tmp_path, monkeypatch, capsys):
    from newstag import cli
    from newstag.corpus import ahead

    items = tmp_path / "items.jsonl"
    lines = [json.dumps({"id": f"i{k}", "title": "Jets pound district", "text": f"Warplanes struck {k} times."})
             for k in range(7)] + ["not json", json.dumps({"id": "e", "text": ""})]
    items.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for allowed in (True, False):
        monkeypatch.setattr(ahead, "can_read_ahead", lambda inputs, allowed=allowed: allowed)
        assert cli.main(["tag", str(items), "--chunk-size", "3", "--evidence"]) == 0
        outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1]
    assert len(outputs[0].out.splitlines()) == 8 and "not valid JSON" in outputs[0].err


def test_a_load_report_travels_whole(tmp_path):
    import pickle

    from newstag.corpus.loading import LoadReport, iter_corpus

    (tmp_path / "t.csv").write_bytes(b"id,text,date\nt1,Warplanes bombed \x93the\x94 town.,extra\n"
                                     b"t2,,03/04/2018\nt3,\x00Aid Follow us on Twitter,\n")
    (tmp_path / "bad.jsonl").write_text('not json\n{"id": "x", "text": ["a", "b"]}\n', encoding="utf-8")
    report = LoadReport()
    list(iter_corpus([str(tmp_path)], report=report, keep_skipped=True, collapse_duplicates=False))
    assert report.warnings and report.skipped and report.repairs.total
    copy = pickle.loads(pickle.dumps(report))
    assert copy == report and copy.format() == report.format()
    assert [w.kind for w in copy.warnings] == [w.kind for w in report.warnings]
