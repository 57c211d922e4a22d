"""Boundary precision / recall / F1 and speed of every candidate on the hand-checked sample.

    CANDS=/tmp/sbd_cand  # pysbd, blingfire, nltk (+ regex, click) installed with pip --target
    PYTHONPATH=src:$CANDS:docs/experiments/sentence_splitter_2026-11-29 \
        python docs/experiments/sentence_splitter_2026-11-29/evaluate.py [--errors NAME]

Groups: the 60-item FA-KES sample the rules were tuned on, the 20-item
held-out FA-KES sample drawn afterwards, the seed documents, the synthetic
items, all of them, and the 80 FA-KES items together. A boundary is the offset where a sentence other than the first starts; a
predicted boundary counts only at exactly the gold offset. Speed: each
candidate splits every text of a bucket, best of 5 rounds, one process;
reported as ms per item and s per 1,000 items.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time

from candidates import CANDIDATES, boundaries
from data import GOLD_DIR, load_items


def load_gold(items):
    gold, heldout = {}, set()
    lines = [(False, line) for line in (GOLD_DIR / "gold_corpus.tsv").read_text(encoding="utf-8").splitlines()]
    lines += [(True, line) for line in (GOLD_DIR / "gold_heldout.tsv").read_text(encoding="utf-8").splitlines()]
    for held, line in lines:
        if line.startswith("#") or not line.strip():
            continue
        item_id, sha, length, offsets = (line.split("\t") + [""])[:4]
        text = items[item_id]["text"]
        if len(text) != int(length) or hashlib.sha256(text.encode()).hexdigest()[:16] != sha:
            raise SystemExit(f"{item_id}: text differs from the one the gold was made on")
        gold[item_id] = {int(x) for x in offsets.split()}
        if held:
            heldout.add(item_id)
    for line in (GOLD_DIR / "synthetic.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["id"]] = set(record["boundaries"])
    return gold, heldout


def score(fn, ids, items, gold):
    tp = fp = fn_ = 0
    for item_id in ids:
        predicted = boundaries(fn(items[item_id]["text"]))
        tp += len(predicted & gold[item_id])
        fp += len(predicted - gold[item_id])
        fn_ += len(gold[item_id] - predicted)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn_) if tp + fn_ else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn_


def timing(fn, texts, rounds=5):
    for text in texts[:5]:
        fn(text)  # warm up: imports, compiled patterns
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - t0)
    return best / len(texts) * 1000  # ms per item


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", help="print the boundary errors of this candidate (offsets only)")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    items = load_items()
    gold, heldout = load_gold(items)
    groups = {
        "fakes (60)": sorted(i for i in gold if i.startswith("fakes:") and i not in heldout),
        "fakes held-out (20)": sorted(heldout),
        "seeds (14)": sorted(i for i in gold if i.startswith("seed:")),
        "synthetic": sorted(i for i in gold if i.startswith("syn:")),
    }
    groups["all"] = sorted(gold)
    groups["fakes (80)"] = sorted(i for i in gold if i.startswith("fakes:"))
    print("gold boundaries:", {g: sum(len(gold[i]) for i in ids) for g, ids in groups.items()})
    print(f"{'candidate':16s} " + " ".join(f"{g:>21s}" for g in groups))
    print(f"{'':16s} " + " ".join(f"{'P     R     F1':>21s}" for _ in groups))
    for name, fn in CANDIDATES.items():
        cells = []
        for ids in groups.values():
            p, r, f, *_ = score(fn, ids, items, gold)
            cells.append(f"{p:.3f} {r:.3f} {f:.3f}")
        print(f"{name:16s} " + " ".join(f"{c:>21s}" for c in cells))
    if args.errors:
        fn = CANDIDATES[args.errors]
        for item_id in groups["all"]:
            predicted = boundaries(fn(items[item_id]["text"]))
            extra, missed = sorted(predicted - gold[item_id]), sorted(gold[item_id] - predicted)
            if extra or missed:
                print(f"{item_id}\tfalse={extra}\tmissed={missed}")
    if args.no_timing:
        return
    texts = [items[i]["text"] for i in groups["all"]]
    short = [t for t in texts if len(t) <= 500]
    article = [t for t in texts if 2000 <= len(t) <= 3000]
    titles = [items[i]["title"] for i in groups["all"] if items[i]["title"]]
    print(f"\ntiming (best of 5, ms per item): sample={len(texts)} items (mean {sum(map(len, texts)) / len(texts):.0f} chars), "
          f"short<=500 chars={len(short)}, articles 2-3 KB={len(article)}, titles={len(titles)}")
    print(f"{'candidate':16s} {'sample':>9s} {'short':>9s} {'2-3 KB':>9s} {'titles':>9s} {'s/1000 sample items':>20s}")
    for name, fn in CANDIDATES.items():
        ms = [timing(fn, bucket) for bucket in (texts, short, article, titles)]
        print(f"{name:16s} " + " ".join(f"{m:9.4f}" for m in ms) + f" {ms[0]:20.3f}")


if __name__ == "__main__":
    main()
