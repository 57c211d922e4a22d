"""Issue 12: nothing silently lost or altered, for files people actually have.

Every input here is built in ``tmp_path`` from made-up text (no FA-KES text).
Each case checks three things: the text (and every character that can be
kept) arrives, the problem is reported once with the file and line and what
to do, and the report accounts for every record, field and decoding choice.
"""

from __future__ import annotations

import io
import json
import os
import warnings
from datetime import date
from pathlib import Path

import pytest
from _reading import items, read, skipped
from hypothesis import given, settings
from hypothesis import strategies as st

from newstag.corpus.dates import DateOrder
from newstag.corpus.encoding import looks_binary, sniff_encoding
from newstag.corpus.loading import LoadReport
from newstag.corpus.readers import Skipped
from newstag.corpus.tables import TableRows, lenient_rows

QUOTES = "The minister said \u201cthe truce holds\u201d \u2013 for now \u2014 and Aleppo\u2019s east waits\u2026"




def warned(ctx, *parts):
    """The warnings that contain every one of ``parts``."""
    return [w for w in ctx.warnings if all(p in w for p in parts)]


def write(path: Path, content) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


# --- CSV: stray quotes, field counts -------------------------------------------------


def test_csv_stray_quote_does_not_swallow_the_next_rows(tmp_path):
    path = write(tmp_path / "stray.csv",
                 "id,text,date\n"
                 'a1,"Shelling hit the market,2017-01-01\n'
                 "a2,Aid trucks crossed the border,2017-01-02\n"
                 'a3,"Talks resumed in Geneva",2017-01-03\n')
    records, ctx = read(path)
    assert [(r.id, r.text, r.date) for r in records] == [
        ("a1", '"Shelling hit the market', date(2017, 1, 1)),  # the stray quote kept, as written
        ("a2", "Aid trucks crossed the border", date(2017, 1, 2)),
        ("a3", "Talks resumed in Geneva", date(2017, 1, 3)),
    ]
    [warning] = ctx.warnings
    assert warning.kind == "unclosed quote"
    assert "stray.csv:2" in warning and "never closed" in warning and "fix the quote on line 2" in warning
    assert [r.origin.rsplit(":", 1)[1] for r in records] == ["2", "3", "4"]


def test_csv_text_after_a_closing_quote_is_kept(tmp_path):
    # Python's lenient csv reads this as 'He said no today': two quotes gone, unannounced.
    path = write(tmp_path / "after.csv", 'id,text\nq1,"He said" no today\nq2,"A ""quoted"" word"\n')
    first, second = items(read(path)[0])
    assert first.text == '"He said" no today'
    assert second.text == 'A "quoted" word'
    [warning] = read(path)[1].warnings
    assert "after.csv:2" in warning and "literal character" in warning and 'double the quote ("")' in warning


def test_csv_quote_in_mid_field_of_a_multiline_text(tmp_path):
    path = write(tmp_path / "mid.csv", 'id,text,date\nm1,"He said "no" and then\nmore text",2017-01-01\nm2,ok,2017-01-02\n')
    records, ctx = read(path)
    assert [(r.id, r.text) for r in records] == [("m1", 'He said "no" and then\nmore text'), ("m2", "ok")]
    assert [r.origin.rsplit(":", 1)[1] for r in records] == ["2", "4"]
    assert len(warned(ctx, "mid.csv:2", "middle of a field")) == 1


def test_csv_extra_field_is_joined_into_the_text_not_dropped(tmp_path):
    path = write(tmp_path / "extra.csv", "id,text,date\ne1,Aid arrived, the UN said,2017-05-04\n")
    [item], ctx = read(path)
    assert item.text == "Aid arrived, the UN said"
    assert item.date == date(2017, 5, 4)  # the date column stays aligned
    [warning] = ctx.warnings
    assert warning.kind == "field count"
    assert "extra.csv:2" in warning and "4 fields, the header has 3" in warning and "quote that field" in warning


def test_csv_missing_fields_are_left_empty_and_reported(tmp_path):
    path = write(tmp_path / "short.csv", "id,text,date,source\ns1,Only some fields\n")
    [item], ctx = read(path)
    assert (item.text, item.date, item.source) == ("Only some fields", None, None)
    [warning] = ctx.warnings
    assert "short.csv:2" in warning and "'date', 'source' left empty" in warning


def test_csv_wellformed_quote_over_rowlike_lines_is_reported(tmp_path):
    # Both quotes are stray, so the csv is valid: read as written, but said.
    path = write(tmp_path / "span.csv", 'id,text,date\nw1,"Opened here,2017-01-01\nw2,still inside,2017-01-02\nw3,closed",2017-01-03\n')
    [item], ctx = read(path)
    assert "w2,still inside" in item.text
    [warning] = ctx.warnings
    assert warning.kind == "quote spans rows" and "span.csv:2" in warning and "(line 3)" in warning


def test_csv_multiline_text_without_problems_is_not_reported(tmp_path):
    path = write(tmp_path / "fine.csv", 'id,text,date\nf1,"First paragraph.\n\nMeanwhile, more, and more.",2017-01-01\n')
    [item], ctx = read(path)
    assert item.text == "First paragraph.\n\nMeanwhile, more, and more."
    assert ctx.warnings == []


def _chars(text: str) -> str:
    return "".join(c for c in text if c not in ',"\r\n')


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab1,"\n\r ', max_size=60))
def test_csv_rows_keep_every_character_whatever_the_quoting(body):
    # Only delimiters, line ends and quotes may go (as structure); every other character reaches a field.
    table = TableRows(iter(io.StringIO("id,text,date\n" + body, newline="")), ",", "p.csv", lambda kind, message: None)
    table.read_header()
    table.set_roles(1, 0, 2)
    rows = list(table)
    assert _chars("".join("".join(fields) for _, fields in rows)) == _chars(body)
    assert all(len(fields) == 3 for _, fields in rows)
    lines = [line for line, _ in rows]
    assert lines == sorted(set(lines))


def test_lenient_rows_keeps_quotes_it_cannot_read_as_quoting():
    rows, literals, unclosed = lenient_rows('1,"a "b" c",x\n2,"open\n', ",")
    assert rows == [["1", 'a "b" c', "x"], ["2", '"open']]
    assert literals == 3 and unclosed


def test_csv_duplicated_header_name(tmp_path):
    path = write(tmp_path / "dup.csv", "id,text,text\nd1,First text.,Second text.\n")
    [item], ctx = read(path)
    assert item.text == "First text."
    [note] = [n for n in ctx.file_notes if "named 'text' again" in n]
    assert "dup.csv" in note and "'text.2'" in note
    assert any("not used: 'text.2'" in n for n in ctx.file_notes)


def test_csv_unused_columns_are_named_once(tmp_path):
    path = write(tmp_path / "cols.csv", "id,text,url,author\nc1,One.,http://x,Ann\nc2,Two.,http://y,Bo\n")
    _, ctx = read(path)
    [note] = ctx.file_notes
    assert "cols.csv" in note and "text <- 'text'" in note and "not used: 'url', 'author'" in note


def test_semicolon_separated_csv(tmp_path):
    path = write(tmp_path / "semi.csv", "id;text;date\nx1;Aid, food and water arrived.;2017-05-04\n")
    [item], ctx = read(path)
    assert (item.id, item.text, item.date) == ("x1", "Aid, food and water arrived.", date(2017, 5, 4))
    assert any("semi.csv" in n and "semicolon-separated" in n for n in ctx.file_notes)


def test_csv_with_only_a_header(tmp_path):
    [record], _ = read(write(tmp_path / "header.csv", "id,text,date\n"))
    assert isinstance(record, Skipped) and record.where.endswith("header.csv")
    assert "header but no rows" in record.reason


# --- JSONL ----------------------------------------------------------------------------


def test_jsonl_line_with_two_objects_and_a_fragment(tmp_path):
    path = write(tmp_path / "glued.jsonl",
                 '{"id": "g1", "text": "First."}{"id": "g2", "text": "Second."}\n'
                 '{"id": "g3", "text": "Third."} {"id": "g4", "te\n')
    records, ctx = read(path)
    assert [r.id for r in items(records)] == ["g1", "g2", "g3"]
    [fragment] = skipped(records)
    assert fragment.where.endswith("glued.jsonl:2") and "not JSON" in fragment.reason
    assert "fix the line" in fragment.reason
    [warning] = ctx.warnings
    assert "glued.jsonl:1" in warning and "2 JSON objects" in warning and "one object per line" in warning


@pytest.mark.parametrize("line, kind", [("42", "number"), ('"just text"', "string"), ("null", "null"),
                                         ('["a", "b"]', "list of str"), ("[]", "empty list")])
def test_jsonl_line_that_is_not_an_object(tmp_path, line, kind):
    path = write(tmp_path / "odd.jsonl", '{"text": "Good."}\n' + line + "\n")
    good, bad = read(path)[0]
    assert good.text == "Good."
    assert bad.where.endswith("odd.jsonl:2") and f"JSON {kind}, not a JSON object" in bad.reason


def test_jsonl_line_that_is_a_list_of_objects(tmp_path):
    path = write(tmp_path / "list.jsonl", '[{"text": "One."}, {"text": "Two."}]\n')
    records, ctx = read(path)
    assert [r.text for r in records] == ["One.", "Two."]
    assert warned(ctx, "list.jsonl:1", "2 JSON objects")


def test_jsonl_fields_that_are_not_strings(tmp_path):
    path = write(tmp_path / "types.jsonl", '{"text": ["Para one.", "Para two."]}\n{"text": {"body": "Nested."}}\n')
    first, second = read(path)[0]
    assert first.text == "Para one.\n\nPara two."
    assert "Nested." in second.text
    _, ctx = read(path)
    assert len(warned(ctx, "types.jsonl:1", "list of 2 strings")) == 1
    assert len(warned(ctx, "types.jsonl:2", "JSON dict")) == 1


def test_json_file_that_wraps_a_list(tmp_path):
    path = write(tmp_path / "api.json", json.dumps({"status": "ok", "articles": [{"title": "T", "content": "Body one."}]}))
    [item], ctx = read(path)
    assert (item.title, item.text) == ("T", "Body one.")
    assert any("'articles'" in n and "'status'" in n for n in ctx.file_notes)


# --- encodings ------------------------------------------------------------------------


def test_windows_1252_text_file_keeps_its_quotes_and_dashes(tmp_path):
    path = write(tmp_path / "win.txt", ("Truce holds in Aleppo\r\n\r\n" + QUOTES + "\r\n").encode("cp1252"))
    [item], ctx = read(path)
    assert item.text == QUOTES
    [decoding] = ctx.decodings
    assert decoding.encoding == "cp1252" and decoding.label == "Windows-1252"
    assert ctx.repairs.total == 0


def test_windows_1252_csv_read_line_by_line(tmp_path):
    path = write(tmp_path / "win.csv", ("id,text\nw1," + QUOTES + "\nw2,Caf\u00e9 reopened\n").encode("cp1252"))
    first, second = read(path)[0]
    assert first.text == QUOTES and second.text == "Caf\u00e9 reopened"


def test_stray_windows_1252_quote_in_utf8_text(tmp_path):
    raw = "Stray quote in Bosra\n\nAleppo\u2019s east, ".encode("utf-8") + b"\x93the truce\x94 holds.\n"
    [item], ctx = read(write(tmp_path / "mixed.txt", raw))
    assert item.text == "Aleppo\u2019s east, \u201cthe truce\u201d holds."
    assert ctx.decodings[0].label == "UTF-8 with stray bytes"


def test_fakes_style_damage_is_still_replaced_and_counted(tmp_path):
    # Made-up text with FA-KES's kind of damage: 0x95 0x81, 0x95 "_" (bytes Windows-1252 does not define).
    raw = b"Damage example\n\nSyria\x95_s army \x95\x81advanced\x95_ north.\n"
    [item], ctx = read(write(tmp_path / "damaged.txt", raw))
    assert item.text == "Syria's army advanced north."
    assert ctx.repairs.undecodable_runs == 3
    assert "does not define" in ctx.decodings[0].evidence


def test_cyrillic_in_windows_1251(tmp_path):
    text = "\u0420\u043e\u0441\u0441\u0438\u044f \u0438 \u0422\u0443\u0440\u0446\u0438\u044f \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0438\u043b\u0438\u0441\u044c \u043e \u043f\u0435\u0440\u0435\u043c\u0438\u0440\u0438\u0438."
    [item], ctx = read(write(tmp_path / "ru.txt", ((text + " ") * 6).encode("cp1251")))
    assert item.text.startswith(text)
    assert ctx.decodings[0].encoding == "cp1251"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files(tmp_path, codec):
    content = "id,text\nu1," + QUOTES + "\n"
    raw = content.encode(codec)
    [item], ctx = read(write(tmp_path / f"{codec}.csv", raw))
    assert item.text == QUOTES
    assert ctx.decodings[0].label in ("UTF-16", "UTF-8")


def test_utf16_text_file_with_bom(tmp_path):
    [item], ctx = read(write(tmp_path / "u16.txt", ("Truce holds\n\n" + QUOTES + "\n").encode("utf-16")))
    assert (item.title, item.text) == ("Truce holds", QUOTES)
    assert "byte-order mark" in ctx.decodings[0].evidence


def test_nul_bytes_in_a_text_file_are_removed_and_counted(tmp_path):
    [item], ctx = read(write(tmp_path / "nul.txt", b"Convoy reaches Homs\n\nTrucks\x00 arrived at dawn.\n"))
    assert item.text == "Trucks arrived at dawn."
    assert ctx.repairs.control_chars == 1
    assert ctx.decodings[0].nul_bytes == 1 and "NUL" in ctx.decodings[0].evidence


def test_mostly_nul_file_is_binary(tmp_path):
    assert "NUL" in looks_binary(b"\x00\x00\x00abc\x00\x00\x00\x00")
    [record], _ = read(write(tmp_path / "zeros.txt", b"\x00" * 1000))
    assert isinstance(record, Skipped) and "binary data" in record.reason


def test_sniff_names_every_decision():
    assert sniff_encoding(b"plain", "a").encoding == "ascii"
    assert sniff_encoding("caf\u00e9".encode(), "a").encoding == "utf-8"
    assert sniff_encoding("caf\u00e9 \u201cx\u201d".encode("cp1252"), "a").encoding == "cp1252"


# --- line ends, sizes -------------------------------------------------------------------


def test_mixed_line_endings(tmp_path):
    csv_path = write(tmp_path / "eol.csv", "id,text\r\nr1,One.\rr2,Two.\nr3,Three.\r\n")
    assert [(r.id, r.origin.rsplit(":", 1)[1]) for r in read(csv_path)[0]] == [("r1", "2"), ("r2", "3"), ("r3", "4")]
    jsonl_path = write(tmp_path / "eol.jsonl", '{"text": "One."}\r\n{"text": "Two."}\r{"text": "Three."}\n')
    assert [r.origin.rsplit(":", 1)[1] for r in read(jsonl_path)[0]] == ["1", "2", "3"]
    text_path = write(tmp_path / "eol.txt", "Headline here\r\rBody line one.\r\nBody line two.\n")
    [item], _ = read(text_path)
    assert (item.title, item.text) == ("Headline here", "Body line one. Body line two.")


def test_huge_single_line(tmp_path):
    line = "Shelling continued in the east of the city. " * 120_000  # ~5 MB, no line end
    [item], ctx = read(write(tmp_path / "one_line.txt", line), max_chars=100_000)
    assert len(item.text) == 100_000
    assert warned(ctx, "one_line.txt:1", "--max-chars")
    [record], ctx = read(write(tmp_path / "one_line.jsonl", json.dumps({"text": line})), max_chars=100_000)
    assert len(record.text) == 100_000


# --- folders ------------------------------------------------------------------------------


def test_folder_with_unreadable_file_and_subfolder(tmp_path, monkeypatch):
    folder = tmp_path / "inbox"
    (folder / "locked").mkdir(parents=True)
    write(folder / "good.txt", "Truce holds\n\nThe truce held overnight.\n")
    write(folder / "secret.txt", "Hidden by permissions\n\nText.\n")
    write(folder / "locked" / "inside.txt", "Never listed\n\nText.\n")
    # Simulated, so that the test also holds when run as root (who may read anything).
    real_read_bytes, real_scandir = Path.read_bytes, os.scandir

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)
    records, _ = read(folder)
    assert [r.id for r in items(records)] == ["txt:good"]
    reasons = {Path(s.where).name: s.reason for s in skipped(records)}
    assert "permission denied" in reasons["secret.txt"]
    assert "folder cannot be read (permission denied)" in reasons["locked"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_folder_with_a_named_pipe_and_a_broken_link(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    write(folder / "good.txt", "Truce holds\n\nThe truce held overnight.\n")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait forever
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    records, _ = read(folder)
    reasons = {Path(s.where).name: s.reason for s in skipped(records)}
    assert "not a regular file" in reasons["pipe.txt"]
    assert "broken link" in reasons["gone.txt"]
    assert [r.id for r in items(records)] == ["txt:good"]


# --- dates ----------------------------------------------------------------------------------


def test_dayfirst_file_reads_every_date_dayfirst(tmp_path):
    path = write(tmp_path / "dmy.csv", "id,text,date\nd1,One.,25/12/2016\nd2,Two.,03/05/2016\n")
    records, ctx = read(path)
    assert [r.date for r in records] == [date(2016, 12, 25), date(2016, 5, 3)]
    [note] = [n for n in ctx.file_notes if "dates" in n]
    assert "dmy.csv" in note and "D/M/Y" in note and "line 2: 25/12/2016" in note


def test_monthfirst_file(tmp_path):
    path = write(tmp_path / "mdy.csv", "id,text,date\nm1,One.,12/25/2016\nm2,Two.,03/05/2016\n")
    assert [r.date for r in read(path)[0]] == [date(2016, 12, 25), date(2016, 3, 5)]


def test_ambiguous_dates_say_which_order_and_how_to_choose(tmp_path, run_cli):
    path = write(tmp_path / "amb.csv", "id,text,date\na1,One.,03/05/2016\na2,Two.,04/06/2016\n")
    records, ctx = read(path)
    assert [r.date for r in records] == [date(2016, 3, 5), date(2016, 4, 6)]
    [note] = ctx.file_notes
    assert "amb.csv" in note and "ambiguous" in note and "M/D/Y" in note and "--dayfirst" in note
    out = tmp_path / "items.jsonl"
    result = run_cli("corpus", path, "-o", out, "--dayfirst")
    assert result.status == 0, result.err
    assert [json.loads(line)["date"] for line in out.read_text().splitlines()] == ["2016-05-03", "2016-06-04"]
    assert "(--dayfirst)" in result.err


def test_dates_in_both_orders_are_reported(tmp_path):
    rows = "".join(f"r{i},Text {i}.,{13 + i}/05/2016\n" for i in range(5)) + "x,Other.,05/20/2016\n"
    records, ctx = read(write(tmp_path / "both.csv", "id,text,date\n" + rows))
    assert records[0].date == date(2016, 5, 13) and records[-1].date == date(2016, 5, 20)
    assert warned(ctx, "both.csv:7", "can only be M/D/Y", "check this file's dates")
    assert any("mixes both orders" in n for n in ctx.file_notes)


def test_date_order_tie_and_choice():
    order = DateOrder("f.csv")
    order.infer([(2, "25/12/2016"), (3, "12/25/2016")])
    assert order.order == "monthfirst"
    chosen = DateOrder("f.csv", "dayfirst")
    chosen.infer([(2, "12/25/2016")])
    assert chosen.order == "dayfirst"
    with pytest.raises(ValueError):
        DateOrder("f.csv", "yearfirst")


# --- titles -----------------------------------------------------------------------------------


def test_one_title_rule_for_every_input_kind(tmp_path):
    body = "Aid convoys reached the town on Monday. They carried food."
    write(tmp_path / "a.txt", body + "\n")
    write(tmp_path / "b.csv", f"id,text\nb1,{body}\n")
    write(tmp_path / "c.jsonl", json.dumps({"text": body}) + "\n")
    write(tmp_path / "d.jsonl", json.dumps({"text": body, "title": "Given headline"}) + "\n")
    titles = [r.title for name in ("a.txt", "b.csv", "c.jsonl") for r in read(tmp_path / name)[0]]
    assert titles == ["Aid convoys reached the town on Monday."] * 3
    assert read(tmp_path / "d.jsonl")[0][0].title == "Given headline"


# --- library warnings ----------------------------------------------------------------------------


def test_library_warnings_become_one_line_per_kind():
    from sklearn.exceptions import ConvergenceWarning

    from newstag.pipeline import library_warnings

    report = LoadReport()
    with library_warnings(report, "topics"):
        for k in range(5, 17):
            warnings.warn(f"Number of distinct clusters (4) found smaller than n_clusters ({k}). "
                          "Possibly due to duplicate points in X.", ConvergenceWarning)
        warnings.warn("old API", DeprecationWarning)  # for developers: left to the default filters
    assert len(report.library_warnings) == 12
    text = report.format()
    lines = [line for line in text.splitlines() if "ConvergenceWarning" in line]
    assert len(lines) == 1 and "12 x ConvergenceWarning" in lines[0] and "--topics 4" in lines[0]
    assert len(report.to_dict()["library_warnings"]) == 12


@pytest.mark.slow
def test_figures_on_a_small_repetitive_corpus(tmp_path, run_cli, monkeypatch):
    from newstag.topics import maps

    def no_umap(*args, **kwargs):
        raise AssertionError("UMAP must not run for a handful of items")

    monkeypatch.setattr(maps, "umap_embedding", no_umap)
    monkeypatch.setattr(maps.UmapWorker, "__enter__", no_umap)
    base = ["Warplanes bombed the town of Idlib overnight, killing five civilians.",
            "A ceasefire brokered by Russia and Turkey took effect in Aleppo on Friday.",
            "The UN delivered food and medicine to besieged Eastern Ghouta.",
            "Diplomats met in Geneva to discuss a political transition."]
    path = write(tmp_path / "rep.jsonl", "".join(json.dumps({"id": f"r{i}", "text": f"{base[i % 4]} Report {i}."}) + "\n"
                                                 for i in range(16)))  # under MIN_UMAP_ITEMS
    report_file = tmp_path / "report.json"
    # Six topics from four distinct texts: the topic model's KMeans runs are asked for more
    # clusters than there are distinct points, and scikit-learn warns on each run.
    result = run_cli("figures", path, "-o", tmp_path / "fig", "--report-file", report_file, "--topics", "6")
    assert result.status == 0, result.err
    assert "ConvergenceWarning:" not in result.err  # no raw warning printed
    lines = [line for line in result.err.splitlines() if "ConvergenceWarning" in line]
    assert len(lines) == 1, result.err
    assert len(json.loads(report_file.read_text())["library_warnings"]) > 1
    page = (tmp_path / "fig" / "topic_map.html").read_text(encoding="utf-8")
    assert "PCA of the LSA topic space" in page and '"PCA 1"' in page and "UMAP 1" not in page


# --- the command line: one line per problem, everything accounted for ---------------------------


def test_cli_report_accounts_for_every_row_field_and_decoding(tmp_path, run_cli, assert_accounted):
    bad = write(tmp_path / "bad.csv", ("id,text,date,url\n"
                                       'b1,"Stray quote,25/12/2016,http://a\n'
                                       "b2,Aid, food and water,03/05/2016,http://b\n"
                                       "b3,Fine row,04/05/2016,http://c\n").encode("cp1252"))
    out, report_file = tmp_path / "items.jsonl", tmp_path / "report.json"
    result = run_cli("corpus", bad, "-o", out, "--report-file", report_file)
    assert result.status == 0 and "Traceback" not in result.err
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert_accounted(report)
    assert report["total_loaded"] == 3
    assert [d["where"] for d in report["decodings"]] == [str(bad)]
    assert report["warning_kinds"] == {"unclosed quote": 1, "field count": 1}
    assert any("not used: 'url'" in note for note in report["file_notes"])
    assert any("D/M/Y" in note for note in report["file_notes"])
    dates = [json.loads(line)["date"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert dates == ["2016-12-25", "2016-05-03", "2016-05-04"]
    for where in (f"{bad}:2", f"{bad}:3"):
        assert len([line for line in result.err.splitlines() if line.strip().startswith(f"- {where}:")]) == 1


def test_cli_tag_prints_the_report_when_it_has_news(tmp_path, run_cli):
    path = write(tmp_path / "t.csv", "id,text\nt1,Warplanes bombed the town, killing five.,extra\n")
    result = run_cli("tag", path)
    assert result.status == 0
    assert json.loads(result.out.splitlines()[0])["id"] == "t1"
    # The tags go to stdout, the report on the row to stderr.
    assert "t.csv:2" in result.err and "4 fields, the header has 2" in result.err
    assert "t.csv" not in result.out


# --- tiny corpora: a PCA map, no UMAP ------------------------------------------------------------


def test_small_maps_are_pca_and_never_call_umap():
    import numpy as np

    from newstag.report.plots import plot_topic_map
    from newstag.topics.maps import MIN_UMAP_ITEMS, map_embedding

    calls = []

    def embed(X, **kwargs):
        calls.append(len(X))
        return np.zeros((len(X), 2))

    X = np.random.default_rng(1).random((MIN_UMAP_ITEMS - 1, 6))
    coords, method = map_embedding(X, random_state=0, embed=embed)
    assert method == "PCA" and coords.shape == (len(X), 2) and calls == []
    np.testing.assert_array_equal(coords, map_embedding(X.copy(), random_state=0, embed=embed)[0])
    figure = plot_topic_map(coords, np.arange(len(X)) % 3, method=method)
    ax = figure.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("PCA 1", "PCA 2") and "PCA" in ax.get_title()
    big = np.random.default_rng(1).random((MIN_UMAP_ITEMS, 6))
    assert map_embedding(big, random_state=0, embed=embed)[1] == "UMAP" and calls == [MIN_UMAP_ITEMS]
