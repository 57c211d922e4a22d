"""Readers: every input record becomes an Item or a Skipped that says why.

Each bad-input test checks that the message names the file (and the line or
row where it applies) and says what to do, and that good records next to
the bad ones still load.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from _reading import items, read, skipped

from newstag.corpus.readers import Item, Skipped, parse_date


def write(path: Path, content) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


ARTICLE = "Truce holds in Aleppo\n\nThe truce held overnight, monitors said.\n"


# --- plain text files ------------------------------------------------------------


def test_text_file_gives_one_item_with_txt_id(tmp_path):
    records, ctx = read(write(tmp_path / "aleppo.txt", ARTICLE))
    [item] = records
    assert isinstance(item, Item)
    assert item.id == "txt:aleppo"
    assert item.title == "Truce holds in Aleppo"
    assert item.text == "The truce held overnight, monitors said."
    assert item.origin.endswith("aleppo.txt:1")
    assert ctx.repairs.total == 0 and ctx.warnings == []


def test_missing_path(tmp_path):
    [record], _ = read(tmp_path / "nowhere.txt")
    assert isinstance(record, Skipped)
    assert record.where.endswith("nowhere.txt")
    assert "no such file or folder" in record.reason and "check the path" in record.reason


def test_empty_file(tmp_path):
    [record], _ = read(write(tmp_path / "empty.txt", b""))
    assert isinstance(record, Skipped)
    assert record.where.endswith("empty.txt")
    assert "empty" in record.reason and "remove it or put news text in it" in record.reason


def test_whitespace_only_text_file(tmp_path):
    for name, content in [("blank.txt", " \n\t\r\n  \n"), ("nbsp.txt", "\u00a0\u3000\n\u200b\n")]:
        [record], _ = read(write(tmp_path / name, content))
        assert isinstance(record, Skipped), name
        assert record.where.endswith(name)
        assert "remove it or put news text in it" in record.reason


def test_png_renamed_txt(tmp_path, png_bytes):
    [record], _ = read(write(tmp_path / "photo.txt", png_bytes))
    assert isinstance(record, Skipped)
    assert record.where.endswith("photo.txt")
    assert "PNG image" in record.reason and "give a .txt, .csv or .jsonl file" in record.reason


def test_undecodable_bytes_in_text_file_are_repaired_and_counted(tmp_path):
    path = write(tmp_path / "cafe.txt", b"Strikes near the caf\xe9 \x95\x81 news\n\nBody of the caf\xe9 story.\n")
    [item], ctx = read(path)
    assert isinstance(item, Item)
    assert item.title == "Strikes near the café news"
    assert item.text == "Body of the café story."
    assert "\ufffd" not in item.title + item.text
    assert ctx.repairs.undecodable_runs == 1
    assert ctx.repairs.mojibake_fixed == 2
    assert ctx.repairs.items_repaired >= 1


def test_listing_file_numbers_its_items(tmp_path):
    text = "One headline here\n\nFirst summary…\n\nTwo headline here\n\nSecond summary…\n"
    records, _ = read(write(tmp_path / "page.txt", text))
    assert [r.id for r in records] == ["txt:page#1", "txt:page#2"]
    assert [r.origin.rsplit(":", 1)[1] for r in records] == ["1", "5"]


def test_huge_item_is_truncated_and_warned(tmp_path):
    body = ("The convoy moved south along the road. " * 80 + "\n\n") * 1000  # ~3.2 MB
    path = write(tmp_path / "huge.txt", "A very long report\n\n" + body)
    assert path.stat().st_size > 3_000_000
    [item], ctx = read(path, max_chars=50_000)
    assert isinstance(item, Item)
    assert len(item.text) == 50_000
    [warning] = ctx.warnings
    assert "huge.txt:1" in warning and "50,000" in warning and "--max-chars" in warning


def test_unsupported_suffix_and_extensionless_file(tmp_path):
    [record], _ = read(write(tmp_path / "report.docx", b"PK\x03\x04" + b"\x00" * 50))
    assert isinstance(record, Skipped)
    assert record.where.endswith("report.docx")
    assert "unsupported file type '.docx'" in record.reason and "use .txt" in record.reason
    # A file named on the command line without a suffix is read as text.
    [item], _ = read(write(tmp_path / "README", ARTICLE))
    assert isinstance(item, Item) and item.id == "txt:README"


# --- folders ------------------------------------------------------------------


def test_folder_mixing_good_and_bad_files(tmp_path, png_bytes):
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    write(folder / "good.txt", ARTICLE)
    write(folder / "sub" / "also_good.md", "Aid convoy reaches Homs\n\nTrucks arrived.\n")
    write(folder / "empty.txt", "")
    write(folder / "picture.txt", png_bytes)
    write(folder / "letter.docx", b"PK\x03\x04rest")
    write(folder / ".hidden.txt", ARTICLE)
    write(folder / ".git" / "config", "[core]\n")
    write(folder / "noext", ARTICLE)
    records, _ = read(folder)

    loaded = {r.id for r in items(records)}
    assert loaded == {"txt:good", "txt:also_good"}
    reasons = {Path(s.where).name: s.reason for s in skipped(records)}
    assert set(reasons) == {"empty.txt", "picture.txt", "letter.docx", ".hidden.txt", "config", "noext"}
    assert "empty" in reasons["empty.txt"]
    assert "PNG image" in reasons["picture.txt"]
    assert "unsupported file type '.docx'" in reasons["letter.docx"]
    assert "hidden" in reasons[".hidden.txt"] and "hidden" in reasons["config"]
    assert "unsupported file type ''" in reasons["noext"]
    assert len(records) == 8  # one record per file: nothing dropped unreported


def test_empty_folder(tmp_path):
    (tmp_path / "nothing").mkdir()
    [record], _ = read(tmp_path / "nothing")
    assert isinstance(record, Skipped)
    assert record.where.endswith("nothing")
    assert "folder holds no files" in record.reason


# --- CSV ----------------------------------------------------------------------


def test_csv_rows_become_items(tmp_path):
    path = write(
        tmp_path / "news.csv",
        "id,title,text,date,source\n"
        "a1,Truce holds,The truce held.,2017-05-04,Reuters\n"
        'a2,,"Aid arrived,\nsaid the UN.",5/6/17,\n',
    )
    records, ctx = read(path)
    first, second = records
    assert (first.id, first.title, first.text, first.date, first.source) == (
        "a1", "Truce holds", "The truce held.", date(2017, 5, 4), "Reuters")
    # No title: the first sentence of the text, on one line (the rule for every input kind).
    assert (second.id, second.title, second.date, second.source) == ("a2", "Aid arrived, said the UN.", date(2017, 5, 6), None)
    assert second.text == "Aid arrived,\nsaid the UN."
    assert first.origin.endswith("news.csv:2") and second.origin.endswith("news.csv:3")
    assert ctx.warnings == []


def test_csv_without_id_column_numbers_rows(tmp_path):
    records, _ = read(write(tmp_path / "plain.csv", "content\nFirst text.\nSecond text.\n"))
    assert [r.id for r in records] == ["plain:1", "plain:2"]


def test_csv_without_text_column_lists_found_columns(tmp_path):
    [record], _ = read(write(tmp_path / "wrong.csv", "headline,when\nTruce,2017\n"))
    assert isinstance(record, Skipped)
    assert record.where.endswith("wrong.csv")
    assert "'headline', 'when'" in record.reason
    assert "name the column that holds the article text 'text'" in record.reason


def test_csv_whitespace_only_text_row(tmp_path):
    path = write(tmp_path / "rows.csv", "id,text\nr1,Good text one.\nr2,   \t \nr3,Good text three.\n")
    records, _ = read(path)
    assert [r.id for r in items(records)] == ["r1", "r3"]
    [bad] = skipped(records)
    assert bad.id == "r2"
    assert bad.where.endswith("rows.csv:3")
    assert "row 2" in bad.reason and "fill in its 'text' or remove the row" in bad.reason


def test_csv_bad_date_warns_and_keeps_item(tmp_path):
    records, ctx = read(write(tmp_path / "d.csv", "text,date\nSome text.,not a date at all\n"))
    [item] = records
    assert item.date is None
    [warning] = ctx.warnings
    assert "d.csv:2" in warning and "YYYY-MM-DD" in warning


def test_csv_with_undecodable_bytes(tmp_path):
    path = write(tmp_path / "bytes.csv", b"id,text\nx,Syria\x95_s army advanced \x95\x81 north.\n")
    [item], ctx = read(path)
    assert item.text == "Syria's army advanced north."
    assert ctx.repairs.undecodable_runs == 2


def test_tsv(tmp_path):
    [item], _ = read(write(tmp_path / "t.tsv", "id\ttext\nk\tTab separated text.\n"))
    assert (item.id, item.text) == ("k", "Tab separated text.")


def test_fakes_shaped_csv_gets_fakes_ids_and_extra_fields(tmp_path):
    # Made-up rows in FA-KES's layout (no FA-KES text is copied here).
    path = write(
        tmp_path / "mini.csv",
        "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,label\n"
        "111,Made up title,Made up content one.,nna,4/5/17,idlib,rebels,shelling,1\n"
        ",Other,Made up content two.,sana,,homs,,,0\n",
    )
    first, second = read(path)[0]
    assert first.id == "fakes:111" and second.id == "fakes:row2"
    assert first.date == date(2017, 4, 5)
    assert first.extra == {"location": "idlib", "actor": "rebels", "cause_of_death": "shelling", "label": "1"}
    assert second.extra["actor"] is None


# --- JSONL / JSON ---------------------------------------------------------------


def test_jsonl_malformed_and_non_object_lines(tmp_path):
    path = write(
        tmp_path / "feed.jsonl",
        '{"id": "j1", "text": "First good text."}\n'
        '{"id": "j2", "text": "broken\n'
        '["a", "list"]\n'
        "\n"
        '{"id": "j5", "text": "Fifth good text.", "title": "Five"}\n',
    )
    records, _ = read(path)
    assert [r.id for r in items(records)] == ["j1", "j5"]
    assert items(records)[1].origin.endswith("feed.jsonl:5")
    bad_json, not_object = skipped(records)
    assert bad_json.where.endswith("feed.jsonl:2")
    assert "not valid JSON" in bad_json.reason and "fix the line" in bad_json.reason
    assert not_object.where.endswith("feed.jsonl:3")
    assert "not a JSON object" in not_object.reason and '{"text": ...}' in not_object.reason


def test_jsonl_without_text_field(tmp_path):
    [record], _ = read(write(tmp_path / "x.jsonl", '{"headline": "Only a headline"}\n'))
    assert isinstance(record, Skipped)
    assert record.where.endswith("x.jsonl")
    assert "'headline'" in record.reason and "'text'" in record.reason


def test_a_row_with_a_headline_and_no_text_reads_the_headline_as_text(tmp_path):
    path = write(tmp_path / "alerts.csv", "id,title,text\na1,Jets strike rebel columns,\na2,,\n")
    records, ctx = read(path)
    item, skipped = records
    assert item.text == "Jets strike rebel columns" and not item.title_given
    assert isinstance(skipped, Skipped) and "empty text (row 2)" in skipped.reason
    assert any("alerts.csv:2" in w and "its 'title' is read as the text" in w for w in ctx.warnings)


def test_jsonl_with_only_bad_lines(tmp_path):
    records, _ = read(write(tmp_path / "bad.jsonl", "nope\n[1]\n"))
    assert all(isinstance(r, Skipped) for r in records)
    assert [Path(r.where).name for r in records] == ["bad.jsonl:1", "bad.jsonl:2"]


def test_jsonl_of_empty_objects(tmp_path):
    [record], _ = read(write(tmp_path / "empty_objects.jsonl", "{}\n{}\n"))
    assert isinstance(record, Skipped)
    assert record.where.endswith("empty_objects.jsonl")
    assert "no text field" in record.reason


def test_json_array_file(tmp_path):
    path = write(tmp_path / "arr.json", json.dumps([{"text": "One."}, {"text": "Two."}]))
    assert [r.text for r in read(path)[0]] == ["One.", "Two."]
    # A cut-off array: the objects before the break load, the break is named.
    records, ctx = read(write(tmp_path / "cut.json", '[{"text": "One."},'))
    assert [r.text for r in records] == ["One."]
    assert any("cut.json" in w and "not closed" in w for w in ctx.warnings)
    one, fragment = read(write(tmp_path / "broken.json", '[{"text": "One."},\n {"text": '))[0]
    assert one.text == "One."
    assert isinstance(fragment, Skipped) and fragment.where.endswith("broken.json:2")
    assert "not JSON" in fragment.reason


def test_stdin_jsonl(monkeypatch):
    data = b'{"text": "From stdin."}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    records, _ = read("-")
    item, bad = records
    assert item.text == "From stdin." and item.origin == "<stdin>:1"
    assert bad.where == "<stdin>:2"


# --- dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [("2017-05-04", date(2017, 5, 4)), ("5/4/17", date(2017, 5, 4)), ("5/4/2017", date(2017, 5, 4)),
     ("May 4, 2017", date(2017, 5, 4)), ("", None), (None, None), ("  ", None)],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_parse_date_rejects_nonsense():
    with pytest.raises(ValueError, match="not understood"):
        parse_date("yesterday-ish")
