"""The eighth reading: agreement, the third reader's packet, and the labels (rule: candidate 1 of v3.31).

    python docs/experiments/eighth_reading_2026-12-01/apply.py agreement READ_DIR ROUND
    python docs/experiments/eighth_reading_2026-12-01/apply.py third READ_DIR ROUND   # READ_DIR/eighth_c<ROUND>/items.jsonl
    python docs/experiments/eighth_reading_2026-12-01/apply.py apply READ_DIR ROUND   # rewrites labels/ (ids and indices)

ROUND is 1 (one round only). READ_DIR holds ``eighth/items.jsonl`` (the
packet), ``eighth_keys.csv`` (key -> id, sentence) and each reader's
``eighth_<a|b|c>/readings.csv``; it quotes FA-KES and stays
out of the repository. ``apply`` writes ``readings_diplomacy_round<ROUND>.csv``
here (key, id, sentence, first, second, third, final: no text) and prints
what changes (``apply.out``).
"""

import json
import sys
from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score

from newstag.config import LABELS_DIR, TAGS
from newstag.corpus.sentences import SPLITTER_VERSION
from newstag.tagging.labels import read_lockbox

here = Path(__file__).resolve().parent
step, read_dir, round_ = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
suffix = "" if round_ == "1" else round_
keys = pd.read_csv(read_dir / "eighth_keys.csv", dtype={"sentence": int}).set_index("key")


def reading(letter: str) -> pd.Series:
    frame = pd.read_csv(read_dir / f"eighth_{letter}{suffix}" / "readings.csv")
    assert frame["key"].is_unique and set(frame["role"]) <= {"carries", "passing"}, letter
    return frame.set_index("key")["role"]


a, b = reading("a"), reading("b")
assert set(a.index) == set(b.index) == set(keys.index), "a reading misses keys"
a, b = a.loc[keys.index], b.loc[keys.index]
split = keys.index[a != b]
if step == "agreement":
    print(f"{len(keys)} sentences; carries: first {int((a == 'carries').sum())}, second {int((b == 'carries').sum())}; "
          f"agree on {int((a == b).sum())}; sentence kappa {cohen_kappa_score(a, b):.3f}")
    print(f"split on {len(split)}: {', '.join(split)}")
elif step == "third":
    packet = [json.loads(line) for line in (read_dir / "eighth" / "items.jsonl").open(encoding="utf-8")]
    out = read_dir / f"eighth_c{suffix}"
    out.mkdir(exist_ok=True)
    with (out / "items.jsonl").open("w", encoding="utf-8") as handle:
        for record in packet:
            if record["key"] in set(split):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(split)} sentences -> {out / 'items.jsonl'}")
elif step == "apply":
    c = reading("c") if len(split) else pd.Series(dtype=str)
    assert set(c.index) == set(split), "the third reading must cover exactly the split sentences"
    final = a.where(a == b, c.reindex(a.index))
    record = keys.assign(first=a, second=b, third=c.reindex(keys.index).fillna(""), final=final)
    record.reset_index().to_csv(here / f"readings_diplomacy_round{round_}.csv", index=False, lineterminator="\n")
    lockbox = read_lockbox()
    assert not set(keys["id"]) & lockbox
    ev_path, tag_path = LABELS_DIR / "evidence_fakes.csv", LABELS_DIR / "tags_fakes.csv"
    ev = pd.read_csv(ev_path, dtype=str, keep_default_na=False)
    moved = {"carries": 0, "passing": 0, "added carries": 0, "added passing": 0, "unchanged": 0}
    for key, row in keys.iterrows():
        at = (ev["id"] == row["id"]) & (ev["tag"] == "diplomacy") & (ev["sentence"] == str(row["sentence"]))
        assert at.sum() <= 1
        if at.any():
            if ev.loc[at, "role"].item() == final[key]:
                moved["unchanged"] += 1
            else:
                ev.loc[at, "role"] = final[key]
                moved[final[key]] += 1
        else:
            ev.loc[len(ev)] = [row["id"], "diplomacy", str(row["sentence"]), final[key], str(SPLITTER_VERSION)]
            moved["added " + final[key]] += 1
    ev.to_csv(ev_path, index=False, lineterminator="\n")
    carrying = set(ev.loc[(ev["tag"] == "diplomacy") & (ev["role"] == "carries"), "id"])
    tags = pd.read_csv(tag_path, dtype=str, keep_default_na=False)
    gained, lost = [], []
    for i, row in tags.iterrows():
        if row["id"] not in set(keys["id"]):
            continue
        old = [t for t in row["tags"].split(";") if t]
        has = row["id"] in carrying
        if has == ("diplomacy" in old):
            continue
        new = [t for t in TAGS if (t in old and t != "diplomacy") or (t == "diplomacy" and has)]
        (gained if has else lost).append(row["id"])
        note = f"eighth reading (brokered deals); was: {';'.join(old) or 'none'}"
        tags.loc[i, "tags"] = ";".join(new)
        tags.loc[i, "note"] = f"{row['note']}; {note}" if row["note"] else note
    tags.to_csv(tag_path, index=False, lineterminator="\n")
    print(f"third reader settled {len(split)}; final: carries {int((final == 'carries').sum())} of {len(final)}")
    print(f"sentence roles: {moved}")
    print(f"items that gain diplomacy: {len(gained)}; lose it: {len(lost)}")
