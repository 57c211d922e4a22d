"""The sixth reading: agreement, the third reader's packet, the new ceasefire rows and what they change.

Reads the two blind readings of each part (``<packets>/<part>1`` and
``<part>2``, ``reading.jsonl``: id, carries, passing) of the items in
``selected.csv``; prints item and sentence kappa; writes the items the two
split on (item-level ceasefire) to ``<packets>/third/items.jsonl``; with
``--third`` read, writes ``readings_ceasefire.csv`` (id, reading, tag,
sentence, role: the readings first, second and third) and prints how the
items' ceasefire changes, per set.

    PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/apply.py --packets /work/scratch/sixth [--third]
"""

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score

from newstag.tagging.snippets import read_snippets

here = Path(__file__).resolve().parent
READING_NAMES = {"1": "first", "2": "second"}


def read_reading(path: Path, sentences: dict) -> dict:
    """id -> {"carries": set, "passing": set}, checked: every id once, indices in range, roles apart."""
    out = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        item = row["id"]
        assert item in sentences and item not in out, (path, number, item)
        carries, passing = set(map(int, row.get("carries", []))), set(map(int, row.get("passing", [])))
        assert all(0 <= i < sentences[item] for i in carries | passing), (path, number, item)
        out[item] = {"carries": carries, "passing": passing - carries}
    return out


parser = argparse.ArgumentParser()
parser.add_argument("--packets", type=Path, required=True)
parser.add_argument("--third", action="store_true")
args = parser.parse_args()
selected = pd.read_csv(here / "selected.csv", dtype=str)
parts = sorted({p.name[:-1] for p in args.packets.iterdir() if p.is_dir() and p.name[-1] in "12" and len(p.name) == 2})
packet = {}
for part in parts:
    for line in (args.packets / f"{part}1" / "items.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        packet[row["id"]] = row
assert set(packet) == set(selected["id"]), "the packets are not the selection"
n_sentences = {i: len(r["sentences"]) for i, r in packet.items()}
readings = {"1": {}, "2": {}}
for part in parts:
    for reader in ("1", "2"):
        readings[reader].update(read_reading(args.packets / f"{part}{reader}" / "reading.jsonl", n_sentences))
ids = list(selected["id"])
assert all(set(r) == set(ids) for r in readings.values()), "a reading misses items"
item_1 = np.array([bool(readings["1"][i]["carries"]) for i in ids])
item_2 = np.array([bool(readings["2"][i]["carries"]) for i in ids])
sent_1 = np.concatenate([[k in readings["1"][i]["carries"] for k in range(n_sentences[i])] for i in ids])
sent_2 = np.concatenate([[k in readings["2"][i]["carries"] for k in range(n_sentences[i])] for i in ids])
print(f"{len(ids)} items, {len(sent_1)} sentences; ceasefire: reader 1 {item_1.sum()}, reader 2 {item_2.sum()} items")
print(f"item kappa {cohen_kappa_score(item_1, item_2):.3f} (agreement {np.mean(item_1 == item_2):.3f}); "
      f"sentence kappa {cohen_kappa_score(sent_1, sent_2):.3f}")
split = [i for i, a, b in zip(ids, item_1, item_2) if a != b]
print(f"{len(split)} items split")
third_dir = args.packets / "third"
if not args.third:
    third_dir.mkdir(exist_ok=True)
    (third_dir / "items.jsonl").write_text("".join(json.dumps(packet[i], ensure_ascii=False) + "\n" for i in split),
                                          encoding="utf-8")
    print(f"third reader's packet: {third_dir / 'items.jsonl'}")
    raise SystemExit(0)
third = read_reading(third_dir / "reading.jsonl", {i: n_sentences[i] for i in split})
assert set(third) == set(split), "the third reading misses split items"
rows = []
for name, reading in (("first", readings["1"]), ("second", readings["2"]), ("third", third)):
    for item, marks in reading.items():
        for role in ("carries", "passing"):
            rows += [(item, name, "ceasefire", k, role) for k in sorted(marks[role])]
new = pd.DataFrame(rows, columns=["id", "reading", "tag", "sentence", "role"]).sort_values(["id", "reading", "sentence"])
new.to_csv(here / "readings_ceasefire.csv", index=False)
votes = {i: int(item_1[n]) + int(item_2[n]) for n, i in enumerate(ids)}
new_cf = {i: votes[i] == 2 or (votes[i] == 1 and bool(third[i]["carries"])) for i in ids}
old = read_snippets().set_index("id").loc[ids]
old_cf = {i: "ceasefire" in old.loc[i, "tags"] for i in ids}
table = pd.DataFrame({"set": old["set"], "before": pd.Series(old_cf), "after": pd.Series(new_cf)})
print(f"third reader: ceasefire in {sum(bool(third[i]['carries']) for i in split)} of {len(split)} split items")
print("item ceasefire before -> after, per set:")
print(table.groupby(["set", "before", "after"]).size().to_string())
print(f"wrote {len(new)} rows to {here / 'readings_ceasefire.csv'}")
