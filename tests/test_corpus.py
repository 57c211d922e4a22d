"""load_corpus: the seeds pinned exactly, duplicates, and the load report."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from newstag import config
from newstag.corpus.loading import (
    ITEM_FIELDS,
    LoadReport,
    item_to_json,
    iter_corpus,
    load_corpus,
    write_jsonl,
)
from newstag.corpus.readers import Item, Skipped

LISTING = "001_272890bd04042427"

SEED_TITLES = {
    "seed:000_0c292c0967ec66e3": "The defense Ministry said about the new ISIS attempts to regain lost ground in Syria",
    f"seed:{LISTING}#1": "Any action of ISIS militants will be thwarted: Russian aviation kills 80 terrorists "
    "trying to move to Palmyra from Raqqa",
    f"seed:{LISTING}#2": "Chaos and destructions: Damascus urges the United Nations to halt the US-led coalition airstrikes",
    f"seed:{LISTING}#3": "A deadly mistake: US-led coalition’s airstrike in Syria killed at least 20 civilians",
    f"seed:{LISTING}#4": "Western countries continue to shut their eyes to chemical incidents in Syria",
    f"seed:{LISTING}#5": "ISIS leader and other militants are fleeing Mosul like rats (VIDEO)",
    f"seed:{LISTING}#6": "Turkey wants to fight Kurds by the hands of Free Syrian Army",
    f"seed:{LISTING}#7": "Russian aircraft carried out 4 times more missile attacks than US-led coalition",
    f"seed:{LISTING}#8": "The withdrawal of militants continues from eastern and western Syrian suburbs",
    f"seed:{LISTING}#9": "The sixth round of inter-Syrian talks in Geneva ended without breakthroughs",
    f"seed:{LISTING}#10": "Seven-month battle for Mosul is seen to be nearing its close",
    "seed:002_a34cc61dde392e11": "Russia and the United States agreed to extend the cease-fire in Aleppo",
    "seed:003_e397776d5cee96e4": "Syria’s government army repelled attacks staged by Hay'at Tahrir al-Sham (also known as "
    "Jabhat al-Nusra, a terrorist organization outlawed in Russia) militants…",
    "seed:004_7e99758ea188de4b": "The Ministry of defence found out about the conspiracy of ISIS with the Kurds of "
    "withdrawal from Raqqa in Palmyra",
}
# The file's own line numbers (it has two blank lines between paragraphs).
SEED_LINES = {f"seed:{LISTING}#{n}": line for n, line in enumerate([1, 7, 13, 19, 25, 31, 37, 44, 50, 56], start=1)}


@pytest.fixture(scope="module")
def seeds():
    frame, report = load_corpus([str(config.SEEDS_DIR)], return_report=True)
    return frame, report


def test_seeds_count_ids_and_titles(seeds):
    frame, report = seeds
    assert len(frame) == 14
    assert list(frame["id"]) == list(SEED_TITLES)  # input order
    assert dict(zip(frame["id"], frame["title"])) == SEED_TITLES
    assert list(frame.columns) == list(ITEM_FIELDS)
    assert report.n_loaded == 14
    assert list(report.records.values()) == [14]
    assert report.duplicates == [] and report.skipped == [] and report.warnings == []
    assert report.repairs.total == 0


def test_seeds_dates_and_sources(seeds):
    frame, _ = seeds
    dated = frame[frame["date"].notna()]
    assert list(dated["id"]) == ["seed:003_e397776d5cee96e4"]
    assert dated["date"].iloc[0] == pd.Timestamp("2019-05-25")
    sourced = frame[frame["source"].notna()]
    assert list(sourced["id"]) == ["seed:003_e397776d5cee96e4"]
    assert sourced["source"].iloc[0] == "TASS"


def test_seed_texts_and_origins(seeds):
    frame, _ = seeds
    texts = dict(zip(frame["id"], frame["text"]))
    assert all(text.strip() == text and text for text in texts.values())
    assert not any("Фото" in text or "\ufffd" in text for text in texts.values())
    # The TASS header and dateline are not part of the text.
    assert texts["seed:003_e397776d5cee96e4"].startswith("Syria’s government army repelled attacks")
    # Listing summaries keep their ellipsis; the headline is not repeated in the text.
    assert texts[f"seed:{LISTING}#10"].endswith("Mosul’s Old City —…")
    assert not texts[f"seed:{LISTING}#1"].startswith("Any action")
    origins = dict(zip(frame["id"], frame["origin"]))
    for item_id, line in SEED_LINES.items():
        assert origins[item_id].endswith(f"{LISTING}.txt:{line}")


def test_seed_photo_credit_is_removed_and_reported(seeds):
    _, report = seeds
    [line] = report.boilerplate
    assert line.endswith(f"{LISTING}.txt: Фото: РИА «Новости»")
    assert "boilerplate lines removed: 1" in report.format()


def test_load_corpus_without_report_returns_frame():
    frame = load_corpus([str(config.SEEDS_DIR / f"{LISTING}.txt")])
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == 10


def test_duplicate_texts_and_ids_are_collapsed_and_reported(tmp_path, assert_accounted):
    (tmp_path / "a.txt").write_text("Truce holds in Aleppo\n\nThe truce held overnight.\n", encoding="utf-8")
    # Same article, different case and punctuation.
    (tmp_path / "b.txt").write_text("TRUCE HOLDS IN ALEPPO!\n\nthe truce held, overnight\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text(
        "id,text\nk1,First row text.\nk1,Another text with the same id.\nk2,Second row text.\n", encoding="utf-8"
    )
    frame, report = load_corpus([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "rows.csv")],
                                return_report=True)
    assert list(frame["id"]) == ["txt:a", "k1", "k2"]
    assert len(report.duplicates) == 2
    text_dup, id_dup = report.duplicates
    assert "b.txt:1" in text_dup and "txt:b" in text_dup and "txt:a" in text_dup
    assert "rows.csv:3" in id_dup and "id k1" in id_dup and "rows.csv:2" in id_dup
    assert_accounted(report)
    assert frame["id"].is_unique


def test_every_record_is_accounted_for(tmp_path, png_bytes, assert_accounted):
    (tmp_path / "good.txt").write_text("Aid reaches Homs\n\nTrucks arrived.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "pic.txt").write_bytes(png_bytes)
    (tmp_path / "rows.csv").write_text("id,text\nr1,Row one.\nr2,  \nr3,Row one.\n", encoding="utf-8")
    inputs = [str(tmp_path), str(tmp_path / "missing.csv")]
    frame, report = load_corpus(inputs, return_report=True)
    assert sorted(frame["id"]) == ["r1", "txt:good"]
    assert report.records == {str(tmp_path): 6, str(tmp_path / "missing.csv"): 1}
    assert len(report.skipped) == 4  # empty, png, blank row, missing
    assert len(report.duplicates) == 1  # r3 repeats r1's text
    assert_accounted(report)
    formatted = report.format()
    assert "skipped: 4" in formatted and "missing.csv" in formatted


def test_iter_corpus_keep_skipped_yields_records_in_place(tmp_path):
    (tmp_path / "rows.csv").write_text("id,text\nr1,Row one.\nr2,\nr3,Row three.\n", encoding="utf-8")
    records = list(iter_corpus([str(tmp_path / "rows.csv")], keep_skipped=True))
    assert [type(r).__name__ for r in records] == ["Item", "Skipped", "Item"]
    assert isinstance(records[1], Skipped) and records[1].id == "r2"


def test_max_chars_truncates_and_reports(tmp_path):
    (tmp_path / "long.txt").write_text("Long one\n\n" + "word " * 5000, encoding="utf-8")
    frame, report = load_corpus([str(tmp_path / "long.txt")], max_chars=1000, return_report=True)
    assert len(frame["text"].iloc[0]) == 1000
    [warning] = report.warnings
    assert "long.txt" in warning and "1,000" in warning


def test_empty_input_gives_empty_frame_with_columns(tmp_path):
    frame, report = load_corpus([str(tmp_path / "missing.txt")], return_report=True)
    assert len(frame) == 0
    assert list(frame.columns) == list(ITEM_FIELDS)
    assert report.n_loaded == 0 and len(report.skipped) == 1


def test_report_to_dict_is_json_and_complete():
    report = LoadReport()
    report.records["x"] = 3
    report.loaded["x"] = 1
    report.duplicates.append("x:2: dup")
    report.skipped.append(Skipped("x:3", "why; do this", id="i3"))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["records_read"] == {"x": 3} and data["total_loaded"] == 1
    assert data["skipped"] == [{"where": "x:3", "reason": "why; do this", "id": "i3"}]
    assert set(data["repairs"]) >= {"undecodable_byte_runs", "mojibake_fixed", "replacement_chars_removed"}


def test_item_to_json_and_write_jsonl(tmp_path, read_jsonl):
    from datetime import date

    item = Item(id="a", title="T", text="Body «x»", source=None, date=date(2019, 5, 25), origin="f:1", extra={"k": 1})
    assert item_to_json(item) == {"id": "a", "title": "T", "text": "Body «x»", "source": None,
                                  "date": "2019-05-25", "origin": "f:1"}
    out = tmp_path / "deep" / "items.jsonl"
    assert write_jsonl([item, item], out) == 2
    assert "«x»" in out.read_text(encoding="utf-8")  # UTF-8, not \\u escapes
    assert read_jsonl(out) == [item_to_json(item)] * 2


def test_trailing_footer_is_removed_and_reported(tmp_path):
    body = "Rebels and government forces agreed to a truce in the north on Sunday, officials said. " * 3
    footer = "Follow us on Twitter. Subscribe to our newsletter. Copyright © 2018 Newsdesk. All rights reserved."
    path = tmp_path / "news.csv"
    pd.DataFrame({"id": ["a", "b"], "title": ["Truce", "Aid"], "text": [body + footer, body.replace("truce", "deal")]}).to_csv(
        path, index=False
    )
    frame, report = load_corpus([str(path)], return_report=True)
    texts = dict(zip(frame["id"], frame["text"]))
    assert texts["a"] == body.strip()
    assert not texts["b"].endswith("Newsdesk.")
    [entry] = report.boilerplate
    assert entry.split(": trailing footer")[0].endswith("news.csv:2")
    assert "Follow us on Twitter" in entry
    assert "boilerplate lines removed: 1" in report.format()
