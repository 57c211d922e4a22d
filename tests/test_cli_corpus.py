"""`newstag corpus INPUT... --output items.jsonl`: exit status, messages, report.

Exit 0 when anything loaded, 1 or 2 when nothing usable; always a one-line
message naming the file, never a traceback; every record read is loaded,
collapsed as a duplicate, or skipped with its reason.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from newstag import config
from newstag.corpus.loading import ITEM_FIELDS

ARTICLE = "Truce holds in Aleppo\n\nThe truce held overnight, monitors said.\n"


def corpus(run_cli, tmp_path, *inputs, extra=()):
    """Run `newstag corpus`; return the result, the items and the JSON report."""
    out = tmp_path / "out" / "items.jsonl"
    report_file = tmp_path / "out" / "report.json"
    result = run_cli("corpus", *inputs, "--output", out, "--report-file", report_file, *extra)
    assert "Traceback" not in result.err
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else None
    return result, items, report


def one_message(result, name: str) -> str:
    """The single report line about ``name``."""
    lines = [line.strip() for line in result.err.splitlines() if name in line and line.strip().startswith("- ")]
    assert len(lines) == 1, result.err
    return lines[0]


def test_seeds(run_cli, tmp_path, assert_accounted):
    result, items, report = corpus(run_cli, tmp_path, config.SEEDS_DIR)
    assert result.status == 0
    assert len(items) == 14
    assert "wrote 14 item(s)" in result.err
    assert "Load report" in result.err and "boilerplate lines removed: 1" in result.err
    assert report["total_loaded"] == 14
    assert_accounted(report)
    assert all([f for f in item if f != "title_given"] == list(ITEM_FIELDS) for item in items)
    assert all(item.get("title_given", False) is False for item in items)  # written only when derived


def test_missing_path(run_cli, tmp_path, assert_accounted):
    result, items, report = corpus(run_cli, tmp_path, tmp_path / "nowhere.csv")
    assert result.status in (1, 2)
    assert "nowhere.csv: no such file or folder; check the path" in one_message(result, "nowhere.csv")
    assert "no usable item" in result.err
    assert items == []
    assert_accounted(report)


@pytest.mark.parametrize(
    "name, content, hint",
    [
        ("empty.txt", b"", "file is empty; remove it or put news text in it"),
        ("blank.txt", b"  \n\t\r\n\n   \n", "remove it or put news text in it"),
        ("nbsp.txt", "\u00a0\n\u3000\n".encode(), "file holds only whitespace; remove it or put news text in it"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "PNG image, not text; give a .txt, .csv or .jsonl"),
        ("letter.docx", b"PK\x03\x04\x14\x00", "unsupported file type '.docx'; use .txt, .csv, .tsv or .jsonl"),
    ],
)
def test_single_unusable_file(run_cli, tmp_path, name, content, hint, assert_accounted):
    path = tmp_path / name
    path.write_bytes(content)
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status in (1, 2)
    assert hint in one_message(result, name)
    assert items == []
    assert [s["where"] for s in report["skipped"]] == [str(path)]
    assert_accounted(report)


def test_bad_file_next_to_good_one(run_cli, tmp_path, png_bytes, assert_accounted):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "pic.txt").write_bytes(png_bytes)
    result, items, report = corpus(run_cli, tmp_path, tmp_path / "good.txt", tmp_path / "pic.txt")
    assert result.status == 0
    assert [item["id"] for item in items] == ["txt:good"]
    assert "pic.txt" in one_message(result, "pic.txt")
    assert_accounted(report)


def test_csv_whitespace_row(run_cli, tmp_path, assert_accounted):
    path = tmp_path / "rows.csv"
    path.write_text("id,text\nr1,Good text one.\nr2,  \t  \nr3,Good text three.\n", encoding="utf-8")
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status == 0
    assert [item["id"] for item in items] == ["r1", "r3"]
    message = one_message(result, "rows.csv:3")
    assert "empty text (row 2)" in message and "fill in its 'text' or remove the row" in message
    assert report["skipped"] == [{"where": f"{path}:3", "reason": report["skipped"][0]["reason"], "id": "r2"}]
    assert_accounted(report)


def test_undecodable_bytes_in_text_file(run_cli, tmp_path, assert_accounted):
    path = tmp_path / "cafe.txt"
    path.write_bytes(b"Strikes near the caf\xe9 \x95\x81 news\n\nThe caf\xe9 was hit.\n")
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status == 0
    [item] = items
    assert item["title"] == "Strikes near the café news"
    assert item["text"] == "The café was hit."
    assert "\ufffd" not in (tmp_path / "out" / "items.jsonl").read_text(encoding="utf-8")
    assert report["repairs"]["undecodable_byte_runs"] == 1
    assert "1 undecodable byte run(s) replaced" in result.err
    assert_accounted(report)


def test_csv_without_text_column(run_cli, tmp_path, assert_accounted):
    path = tmp_path / "wrong.csv"
    path.write_text("headline,when,where\nTruce,2017,Aleppo\n", encoding="utf-8")
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status in (1, 2)
    message = one_message(result, "wrong.csv")
    assert "found 'headline', 'when', 'where'" in message
    assert "name the column that holds the article text 'text'" in message
    assert items == []
    assert_accounted(report)


def test_duplicate_ids_in_csv(run_cli, tmp_path, assert_accounted):
    path = tmp_path / "dups.csv"
    path.write_text("id,text\nd1,First text.\nd2,Second text.\nd1,Third text, same id.\n", encoding="utf-8")
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status == 0
    assert [item["id"] for item in items] == ["d1", "d2"]
    [duplicate] = report["duplicates"]
    assert f"{path}:4" in duplicate and "id d1 already loaded" in duplicate and "kept the first" in duplicate
    assert "duplicates collapsed: 1" in result.err
    assert_accounted(report)


def test_item_of_several_megabytes_is_truncated(run_cli, tmp_path, assert_accounted):
    path = tmp_path / "huge.txt"
    path.write_text("A very long report\n\n" + ("Shelling continued in the east. " * 100 + "\n\n") * 1000,
                    encoding="utf-8")
    assert path.stat().st_size > 3_000_000
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status == 0
    [item] = items
    assert item["title"] == "A very long report"
    assert len(item["text"]) == 200_000
    [warning] = report["warnings"]
    assert "huge.txt:1" in warning and "kept the first 200,000" in warning and "--max-chars" in warning
    assert "warnings: 1" in result.err
    assert_accounted(report)


def test_max_chars_option(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result, items, _ = corpus(run_cli, tmp_path, tmp_path / "a.txt", extra=("--max-chars", "10"))
    assert result.status == 0
    assert items[0]["text"] == "The truce "


def test_folder_mixing_good_and_bad_files(run_cli, tmp_path, png_bytes, assert_accounted):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "png.txt").write_bytes(png_bytes)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04data")
    (folder / ".hidden").write_text(ARTICLE, encoding="utf-8")
    result, items, report = corpus(run_cli, tmp_path, folder)
    assert result.status == 0
    assert [item["id"] for item in items] == ["txt:good"]
    assert report["records_read"] == {str(folder): 5}
    assert sorted(Path(s["where"]).name for s in report["skipped"]) == [".hidden", "empty.txt", "notes.docx", "png.txt"]
    for name in ("empty.txt", "png.txt", "notes.docx", ".hidden"):
        one_message(result, name)
    assert "skipped: 4" in result.err
    assert_accounted(report)


def test_jsonl_with_malformed_and_non_object_lines(run_cli, tmp_path, assert_accounted):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "j1", "text": "Good one."}\n{"text": oops}\n42\n{"id": "j4", "text": "Good four."}\n',
                    encoding="utf-8")
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status == 0
    assert [item["id"] for item in items] == ["j1", "j4"]
    assert "not valid JSON" in one_message(result, "feed.jsonl:2")
    assert "not a JSON object" in one_message(result, "feed.jsonl:3")
    assert_accounted(report)


def test_jsonl_with_no_usable_line(run_cli, tmp_path, assert_accounted):
    path = tmp_path / "junk.jsonl"
    path.write_text("not json\n[1, 2]\n", encoding="utf-8")
    result, items, report = corpus(run_cli, tmp_path, path)
    assert result.status in (1, 2)
    assert "not valid JSON" in one_message(result, "junk.jsonl:1")
    assert "not a JSON object" in one_message(result, "junk.jsonl:2")
    assert_accounted(report)


def test_unwritable_output_is_a_one_line_error(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("corpus", tmp_path / "a.txt", "--output", tmp_path)  # a folder
    assert result.status == 2
    assert "Traceback" not in result.err
    assert f"cannot write {tmp_path}" in result.err and "choose another --output path" in result.err


@pytest.mark.parametrize(
    "argv",
    [[], ["corpus"], ["corpus", "x.txt", "--output", "o.jsonl", "--max-chars", "0"],
     ["corpus", "x.txt", "--output", "o.jsonl", "--max-chars", "many"], ["nonsense-command"]],
)
def test_usage_errors_exit_2_without_traceback(run_cli, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    result = run_cli(*argv)
    assert result.status == 2
    assert "usage: newstag" in result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "o.jsonl").exists()


# --- default inputs -------------------------------------------------------------


def test_default_inputs_without_fakes_load_seeds_and_say_how_to_add_it(run_cli, tmp_path, monkeypatch):
    monkeypatch.delenv(config.FAKES_ENV_VAR, raising=False)
    monkeypatch.setattr(config, "DEFAULT_FAKES_PATH", tmp_path / "absent" / "fakes.csv")
    result, items, report = corpus(run_cli, tmp_path)
    assert result.status == 0
    assert len(items) == 14
    assert report["records_read"] == {str(config.SEEDS_DIR): 14}
    [note] = report["notes"]
    assert "FA-KES is not configured" in note and config.FAKES_ENV_VAR in note and "--fakes" in note
    assert "note: FA-KES is not configured" in result.err


def test_explicit_missing_fakes_is_reported_by_name(run_cli, tmp_path, monkeypatch, assert_accounted):
    monkeypatch.delenv(config.FAKES_ENV_VAR, raising=False)
    missing = tmp_path / "no_fakes.csv"
    result, items, report = corpus(run_cli, tmp_path, extra=("--fakes", missing))
    assert result.status == 0
    assert len(items) == 14
    assert "no such file or folder; check the path" in one_message(result, "no_fakes.csv")
    assert_accounted(report)


# --- FA-KES (skipped unless $NEWSTAG_FAKES_CSV names the csv) ----------------------------


def _check_fakes_output(out: Path, items: list[dict], report: dict, fakes_path: Path, assert_accounted) -> None:
    assert len(items) == 14 + 787
    fakes_key = str(fakes_path)
    assert report["records_read"][fakes_key] == 804
    assert report["items_loaded"][fakes_key] == 787
    assert len(report["duplicates"]) == 17
    assert all(fakes_key in entry for entry in report["duplicates"])
    assert report["skipped"] == []
    assert_accounted(report)

    assert "\ufffd" not in out.read_text(encoding="utf-8")
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids)
    assert sum(item_id.startswith("fakes:") for item_id in ids) == 787
    for item in items:
        assert [f for f in item if f != "title_given"] == list(ITEM_FIELDS)
        assert item.get("title_given", False) is False
        assert item["text"].strip()
        assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in item["text"])
        if item["date"] is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"])
            date.fromisoformat(item["date"])
    assert all(item["date"] for item in items if item["id"].startswith("fakes:"))

    # Undecodable byte runs, counted independently of the loader.
    raw_runs = len(re.findall(r"[\udc80-\udcff]+", fakes_path.read_bytes().decode("utf-8", "surrogateescape")))
    assert raw_runs == 71
    assert report["repairs"]["undecodable_byte_runs"] == raw_runs


def test_seeds_and_fakes(run_cli, tmp_path, fakes_path, assert_accounted):
    result, items, report = corpus(run_cli, tmp_path, config.SEEDS_DIR, fakes_path)
    assert result.status == 0
    assert "wrote 801 item(s)" in result.err
    assert "71 undecodable byte run(s) replaced" in result.err
    _check_fakes_output(tmp_path / "out" / "items.jsonl", items, report, fakes_path, assert_accounted)


def test_default_inputs_with_fakes_from_env(run_cli, tmp_path, fakes_path, monkeypatch, assert_accounted):
    monkeypatch.setenv(config.FAKES_ENV_VAR, str(fakes_path))
    result, items, report = corpus(run_cli, tmp_path)
    assert result.status == 0
    assert report["records_read"] == {str(config.SEEDS_DIR): 14, str(fakes_path): 804}
    assert report["notes"] == []
    _check_fakes_output(tmp_path / "out" / "items.jsonl", items, report, fakes_path, assert_accounted)
