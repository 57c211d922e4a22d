"""The fourth reading: agreement of the two blind readers, third-reader packets, and the new labels.

    PYTHONPATH=src python docs/experiments/background_rereading_2026-11-29/apply.py READ_DIR agreement
    PYTHONPATH=src python docs/experiments/background_rereading_2026-11-29/apply.py READ_DIR third
    PYTHONPATH=src python docs/experiments/background_rereading_2026-11-29/apply.py READ_DIR apply

READ_DIR (kept outside the repository: the packets quote FA-KES text) holds
``key_<c>.json`` (packet pair -> "item id|tag"), ``packet_<c>.jsonl`` and
the readers' answers ``out_<c>_a.jsonl``, ``out_<c>_b.jsonl`` and, for the
sentences they split on, ``out_third.jsonl``. "apply" rewrites the roles in
``labels/evidence_*.csv`` (passing -> carries where the majority says so) and
adds the tag to the item in ``labels/tags_*.csv`` with a note; it prints the
counts this folder's README reports. Only ids, tags and sentence indices are
written to the repository.
"""

import json
import sys
from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score

from newstag.config import LABELS_DIR, TAGS
from newstag.tagging.labels import read_lockbox

read_dir, step = Path(sys.argv[1]), sys.argv[2]
PACKETS = sorted(int(p.stem.split("_")[1]) for p in read_dir.glob("key_*.json"))


def load(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    return {(r["pair"], int(r["sentence"])): r["role"] for r in rows}


def questions():
    out = {}
    for c in PACKETS:
        key = json.load(open(read_dir / f"key_{c}.json"))
        for line in open(read_dir / f"packet_{c}.jsonl"):
            p = json.loads(line)
            for k in p["candidates"]:
                out[(p["pair"], k)] = key[p["pair"]]
    return out


Q = questions()
A, B = {}, {}
for c in PACKETS:
    A.update(load(read_dir / f"out_{c}_a.jsonl"))
    B.update(load(read_dir / f"out_{c}_b.jsonl"))
for name, answers in (("a", A), ("b", B)):
    missing, extra = set(Q) - set(answers), set(answers) - set(Q)
    bad = {v for v in answers.values()} - {"carries", "passing"}
    assert not missing and not extra and not bad, (name, len(missing), len(extra), bad)
split = sorted(q for q in Q if A[q] != B[q])

if step == "agreement":
    print(f"questions {len(Q)}; readers agree on {len(Q) - len(split)}; split {len(split)}")
    for t in TAGS:
        qs = [q for q in Q if Q[q].endswith("|" + t)]
        a = [A[q] for q in qs]; b = [B[q] for q in qs]
        print(t, len(qs), "carries a/b", a.count("carries"), b.count("carries"), "kappa", round(cohen_kappa_score(a, b), 3))
    print("all kappa", round(cohen_kappa_score([A[q] for q in Q], [B[q] for q in Q]), 3))
elif step == "third":
    packets = {json.loads(line)["pair"]: json.loads(line) for c in PACKETS for line in open(read_dir / f"packet_{c}.jsonl")}
    with open(read_dir / "packet_third.jsonl", "w") as f:
        for pair in sorted({p for p, _ in split}):
            item = dict(packets[pair]); item["candidates"] = sorted(k for p, k in split if p == pair)
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(split)} sentences in {len({p for p, _ in split})} pairs -> packet_third.jsonl")
elif step == "apply":
    third = load(read_dir / "out_third.jsonl")
    assert set(third) == set(split), (len(set(split) - set(third)), len(set(third) - set(split)))
    final = {q: (A[q] if A[q] == B[q] else third[q]) for q in Q}
    lockbox = read_lockbox()
    carries = {}
    for (pair, k), role in final.items():
        item, tag = Q[(pair, k)].split("|")
        assert item not in lockbox
        if role == "carries":
            carries.setdefault((item, tag), []).append(k)
    changed_items = {}
    for name in ("fakes", "seeds"):
        ev_path, tag_path = LABELS_DIR / f"evidence_{name}.csv", LABELS_DIR / f"tags_{name}.csv"
        ev = pd.read_csv(ev_path, dtype=str, keep_default_na=False)
        for (item, tag), ks in carries.items():
            rows = (ev["id"] == item) & (ev["tag"] == tag) & ev["sentence"].isin([str(k) for k in ks])
            assert (ev.loc[rows, "role"] == "passing").all()
            ev.loc[rows, "role"] = "carries"
            if rows.any():
                changed_items.setdefault(item, set()).add(tag)
        ev.to_csv(ev_path, index=False, lineterminator="\n")
        tags = pd.read_csv(tag_path, dtype=str, keep_default_na=False)
        for i, row in tags.iterrows():
            if row["id"] in changed_items:
                old = [t for t in row["tags"].split(";") if t]
                new = [t for t in TAGS if t in old or t in changed_items[row["id"]]]
                note = f"fourth reading (background ruling); was: {';'.join(old) or 'none'}"
                tags.loc[i, "tags"] = ";".join(new)
                tags.loc[i, "note"] = f"{row['note']}; {note}" if row["note"] else note
        tags.to_csv(tag_path, index=False, lineterminator="\n")
    per_tag = {t: sum(1 for (i, tt) in carries if tt == t) for t in TAGS}
    print(f"third reader settled {len(split)}; carries {sum(r == 'carries' for r in final.values())} of {len(final)} sentences")
    print("item tags added per tag:", per_tag, "items changed:", len(changed_items))
