"""Exploration in cross-validation (decides nothing; training items only, no holdout, no lockbox item; no label
is changed): how the FA-KES training articles' single-sentence tags that v3.33 misses are told, against those it
finds, by a blind reading.

``--build`` writes the 142 tags carried by one body sentence (fold seed 42's out-of-fold decisions,
``/tmp/item_stage_v3.33_42.npz``), shuffled (seed 42), to ``/tmp/kinds/items.jsonl`` as row, tag, headline and
sentence only: the reader sees neither the model's decision nor the item's id. The key stays in
``/tmp/kinds_key.json``. FA-KES text stays in ``/tmp``. The reader (a subagent) classifies each sentence as
"fresh" (reports a new development, its main subject), "background" (its main subject, recalled as context) or
"phrase" (one phrase of a sentence about something else) into ``/tmp/kinds/reading.jsonl``. ``--score`` prints
the kinds among found and missed tags.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python .../explore_miss_kinds.py --build | --score
"""

import argparse
import json
import os
from collections import Counter
from pathlib import Path

import numpy as np

from newstag.config import TAGS
from newstag.corpus.sentences import item_sentences
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.train import labelled_training_data

FOLDER, KEY = Path("/tmp/kinds"), Path("/tmp/kinds_key.json")


def build():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    saved = np.load("/tmp/item_stage_v3.33_42.npz")
    P, Y = saved["proba"] >= saved["shared"], tags_to_matrix(design["tags"]).astype(bool)
    rows = []
    for i in np.flatnonzero(design["id"].str.startswith("fakes:").to_numpy()):
        sentences = item_sentences(design["title"][i] or "", design["text"][i] or "")
        for k, tag in enumerate(TAGS):
            carries = (design["evidence"][i] or {}).get(tag, {}).get("carries", [])
            if Y[i, k] and len(carries) == 1 and 0 < carries[0] < len(sentences):
                rows.append({"tag": tag, "headline": sentences[0].text if sentences[0].field == "title" else "",
                             "sentence": sentences[carries[0]].text, "found": bool(P[i, k]), "id": design["id"][i]})
    order = np.random.default_rng(42).permutation(len(rows))
    FOLDER.mkdir(exist_ok=True)
    (FOLDER / "items.jsonl").write_text("".join(json.dumps({"row": n, **{f: rows[j][f] for f in ("tag", "headline", "sentence")}},
                                                           ensure_ascii=False) + "\n" for n, j in enumerate(order)))
    KEY.write_text(json.dumps([{"row": n, "found": rows[j]["found"], "tag": rows[j]["tag"], "id": rows[j]["id"]}
                               for n, j in enumerate(order)]))
    print(len(rows), "rows;", sum(r["found"] for r in rows), "found")


def score():
    key = {k["row"]: k for k in json.loads(KEY.read_text())}
    kinds = {r["row"]: r["kind"] for r in map(json.loads, (FOLDER / "reading.jsonl").read_text().splitlines()) if r}
    assert set(kinds) == set(key)
    for found in (True, False):
        rows = [r for r in key if key[r]["found"] == found]
        counts = Counter(kinds[r] for r in rows)
        print(f"{'found' if found else 'missed'} ({len(rows)}): " + ", ".join(f"{k} {counts[k]}" for k in ("fresh", "background", "phrase")))
        for tag in TAGS:
            c = Counter(kinds[r] for r in rows if key[r]["tag"] == tag)
            print(f"    {tag:12s} " + ", ".join(f"{k} {c[k]}" for k in ("fresh", "background", "phrase")))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    build() if args.build else score()
