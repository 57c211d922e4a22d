"""The fifth reading (evacuation and surrender deals, ceasefire): agreement, third-reader packet, new labels.

    PYTHONPATH=src python docs/experiments/evacuation_rereading_2026-11-30/apply.py READ_DIR agreement
    PYTHONPATH=src python docs/experiments/evacuation_rereading_2026-11-30/apply.py READ_DIR third
    PYTHONPATH=src python docs/experiments/evacuation_rereading_2026-11-30/apply.py READ_DIR apply

READ_DIR (outside the repository: the packets quote FA-KES text) holds
``key_0.json`` (packet pair -> "item id|ceasefire"), ``packet_0.jsonl`` and
the answers ``out_0_a.jsonl``, ``out_0_b.jsonl`` and, for the sentences the
two readers split on, ``out_third.jsonl``. "apply" sets each read
sentence's ceasefire role in ``labels/evidence_*.csv`` to the majority's
answer (a sentence read ``passing`` with no mark gets a passing mark), sets
the item's ceasefire tag in ``labels/tags_*.csv`` to whether any of its
sentences still carries it, notes every changed item, and prints the
counts this folder's README reports. Only ids, tags and sentence indices
reach the repository. The rule: ``labels/snippets/README.md``, "Candidate 3
of v3.21".
"""

import collections
import json
import sys
from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score

from newstag.config import LABELS_DIR, TAGS
from newstag.corpus.sentences import SPLITTER_VERSION
from newstag.tagging.labels import read_lockbox

TAG = "ceasefire"
NOTE = "fifth reading (evacuation deals); was: {}"
read_dir, step = Path(sys.argv[1]), sys.argv[2]


def answers(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    return {(r["pair"], int(r["sentence"])): r["role"] for r in rows}


key = json.load(open(read_dir / "key_0.json"))
packets = {p["pair"]: p for p in map(json.loads, open(read_dir / "packet_0.jsonl"))}
questions = {(pair, k): key[pair].split("|")[0] for pair, p in packets.items() for k in p["candidates"]}
a, b = answers(read_dir / "out_0_a.jsonl"), answers(read_dir / "out_0_b.jsonl")
for name, given in (("a", a), ("b", b)):
    assert set(given) == set(questions), (name, len(set(questions) - set(given)), len(set(given) - set(questions)))
    assert set(given.values()) <= {"carries", "passing"}, (name, set(given.values()))
split = sorted(q for q in questions if a[q] != b[q])

if step == "agreement":
    print(f"sentences {len(questions)} in {len(packets)} items; readers agree on {len(questions) - len(split)}, "
          f"split on {len(split)}; carries a/b {list(a.values()).count('carries')}/{list(b.values()).count('carries')}; "
          f"Cohen's kappa {cohen_kappa_score([a[q] for q in sorted(questions)], [b[q] for q in sorted(questions)]):.3f}")
elif step == "third":
    with open(read_dir / "packet_third.jsonl", "w") as f:
        for pair in sorted({pair for pair, _ in split}):
            f.write(json.dumps(dict(packets[pair], candidates=sorted(k for p, k in split if p == pair)),
                               ensure_ascii=False) + "\n")
    print(f"{len(split)} sentences in {len({p for p, _ in split})} items -> packet_third.jsonl")
elif step == "apply":
    third = answers(read_dir / "out_third.jsonl") if split else {}
    assert set(third) == set(split), (len(set(split) - set(third)), len(set(third) - set(split)))
    final = {q: (a[q] if a[q] == b[q] else third[q]) for q in questions}
    lockbox = read_lockbox()
    assert not set(questions.values()) & lockbox, "a lockbox item was read"
    moves = collections.Counter()
    for name in ("fakes", "seeds"):
        ev_path, tag_path = LABELS_DIR / f"evidence_{name}.csv", LABELS_DIR / f"tags_{name}.csv"
        ev = pd.read_csv(ev_path, dtype=str, keep_default_na=False)
        tags = pd.read_csv(tag_path, dtype=str, keep_default_na=False)
        mine = {(item, k): role for (pair, k), role in final.items() for item in [questions[(pair, k)]]
                if item in set(tags["id"])}
        for (item, k), role in mine.items():
            rows = (ev["id"] == item) & (ev["tag"] == TAG) & (ev["sentence"] == str(k))
            before = ev.loc[rows, "role"].iloc[0] if rows.any() else "none"
            moves[before, role] += 1
            if rows.any():
                ev.loc[rows, "role"] = role
            else:
                ev.loc[len(ev)] = {"id": item, "tag": TAG, "sentence": str(k), "role": role,
                                   "splitter_version": str(SPLITTER_VERSION)}
        ev.to_csv(ev_path, index=False, lineterminator="\n")
        carried = set(ev.loc[(ev["tag"] == TAG) & (ev["role"] == "carries"), "id"])
        for i, row in tags.iterrows():
            if row["id"] not in {item for item, _ in mine}:
                continue
            old = [t for t in row["tags"].split(";") if t]
            new = [t for t in TAGS if (t in old and t != TAG) or (t == TAG and row["id"] in carried)]
            if new != old:
                note = NOTE.format(";".join(old) or "none")
                tags.loc[i, "tags"] = ";".join(new)
                tags.loc[i, "note"] = f"{row['note']}; {note}" if row["note"] else note
                moves["item", f"{TAG} {'added' if TAG in new else 'removed'}"] += 1
        tags.to_csv(tag_path, index=False, lineterminator="\n")
    print(f"third reader settled {len(split)}; carries {list(final.values()).count('carries')} of {len(final)}")
    for (before, after), n in sorted(moves.items()):
        print(f"{before} -> {after}: {n}")
