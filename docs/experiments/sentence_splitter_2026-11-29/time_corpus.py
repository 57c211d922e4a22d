"""Time split_sentences and item_sentences over every non-sealed corpus item (FA-KES + seeds).

    PYTHONPATH=src python docs/experiments/sentence_splitter_2026-11-29/time_corpus.py

Best of 5 rounds over all items, one process; sealed ids are dropped first.
"""

from __future__ import annotations

import time

from data import FAKES, SEALED

from newstag import load_corpus
from newstag.corpus.sentences import item_sentences, split_sentences

sealed = {"fakes:" + line.strip() for line in SEALED.read_text(encoding="utf-8").splitlines() if line.strip()}
corpus = load_corpus(fakes=FAKES)
corpus = corpus[~corpus["id"].isin(sealed)]
titles, texts = corpus["title"].tolist(), corpus["text"].tolist()


def best(fn, rounds=5):
    out = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t0)
    return out


n = len(texts)
chars = sum(map(len, texts))
t_split = best(lambda: [split_sentences(t) for t in texts])
t_items = best(lambda: [item_sentences(a, b) for a, b in zip(titles, texts, strict=True)])
longest = max(texts, key=len)
t_long = best(lambda: split_sentences(longest), rounds=50)
sentences = sum(len(split_sentences(t)) for t in texts)
print(f"{n} items, mean {chars / n:.0f} chars, {sentences / n:.1f} sentences per text")
print(f"split_sentences: {t_split / n * 1000:.4f} ms/item, {t_split / n * 1000:.3f} s per 1,000 items")
print(f"item_sentences (title + text, Sentence objects): {t_items / n * 1000:.4f} ms/item")
print(f"longest item ({len(longest)} chars): {t_long * 1000:.3f} ms")
