"""Turn the sentence-level readings into labels/evidence_*.csv and labels/tags_*.csv.

The readers worked on items split by a provisional splitter (its spans, ids
and offsets only, are in provisional_spans.json beside this file). Each
marked piece is mapped to the sentences of the versioned splitter
(newstag.corpus.sentences) that overlap it in the same field; "carries"
wins over "passing" for the same sentence and tag. An item's tags are the
tags one of its sentences carries.

Run from the project root:
    python docs/experiments/evidence_2026-11-29/convert.py READING.jsonl [READING.jsonl ...]
    python docs/experiments/evidence_2026-11-29/convert.py --second SECOND_READING.jsonl
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from newstag import load_corpus
from newstag.config import LABELS_DIR, TAGS
from newstag.corpus.sentences import SPLITTER_VERSION, item_sentences

HERE = Path(__file__).resolve().parent


def map_reading(reading: dict, spans: list, sentences: list) -> dict:
    """``{tag: {role: sorted final indices}}`` for one item."""
    out = {}
    for role in ("carries", "passing"):
        for tag in TAGS:
            for n in reading.get(role, {}).get(tag, []):
                field, start, end = spans[n]
                hits = [s.index for s in sentences if s.field == field and s.start < end and start < s.end]
                out.setdefault(tag, {}).setdefault(role, set()).update(hits)
    for marks in out.values():
        marks["passing"] = marks.get("passing", set()) - marks.get("carries", set())
    return {t: {r: sorted(v) for r, v in m.items() if v} for t, m in out.items() if any(m.values())}


def second_reading(path):
    """Write labels/evidence_second_reading.csv from an independent reading (tags files untouched)."""
    spans = json.loads((HERE / "provisional_spans.json").read_text())
    corpus = load_corpus().set_index("id")
    with open(LABELS_DIR / "evidence_second_reading.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "tag", "sentence", "role", "splitter_version"])
        ids = []
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            reading = json.loads(line)
            item = corpus.loc[reading["id"]]
            ids.append(reading["id"])
            marks = map_reading(reading, spans[reading["id"]],
                                item_sentences(str(item["title"] or ""), str(item["text"] or "")))
            for tag in TAGS:
                for role in ("carries", "passing"):
                    for index in marks.get(tag, {}).get(role, []):
                        writer.writerow([reading["id"], tag, index, role, SPLITTER_VERSION])
    (LABELS_DIR / "evidence_second_reading_ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")


def main(paths):
    readings = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                readings[record["id"]] = record
    spans = json.loads((HERE / "provisional_spans.json").read_text())
    corpus = load_corpus().set_index("id")
    rows = {"fakes": [], "seeds": []}
    tags = {}
    for item_id, reading in sorted(readings.items()):
        item = corpus.loc[item_id]
        sentences = item_sentences(str(item["title"] or ""), str(item["text"] or ""))
        marks = map_reading(reading, spans[item_id], sentences)
        kind = "fakes" if item_id.startswith("fakes:") else "seeds"
        for tag in TAGS:
            for role in ("carries", "passing"):
                for index in marks.get(tag, {}).get(role, []):
                    rows[kind].append([item_id, tag, index, role, SPLITTER_VERSION])
        tags[item_id] = [t for t in TAGS if marks.get(t, {}).get("carries")]
    for kind, kind_rows in rows.items():
        with open(LABELS_DIR / f"evidence_{kind}.csv", "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["id", "tag", "sentence", "role", "splitter_version"])
            writer.writerows(kind_rows)
    for kind in ("fakes", "seeds"):
        path = LABELS_DIR / f"tags_{kind}.csv"
        with open(path, encoding="utf-8") as f:
            old = list(csv.DictReader(f))
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["id", "tags", "note"])
            for row in old:
                new = tags.get(row["id"])
                if new is None:
                    writer.writerow([row["id"], row["tags"], row["note"]])
                    continue
                note = row["note"]
                previous = row["tags"]
                if ";".join(new) != previous:
                    note = (note + "; " if note else "") + f"sentence reading; was: {previous or 'none'}"
                writer.writerow([row["id"], ";".join(new), note])
    print(f"{len(readings)} items; evidence rows: " + ", ".join(f"{k} {len(v)}" for k, v in rows.items()))


if __name__ == "__main__":
    if sys.argv[1] == "--second":
        second_reading(sys.argv[2])
    else:
        main(sys.argv[1:])
