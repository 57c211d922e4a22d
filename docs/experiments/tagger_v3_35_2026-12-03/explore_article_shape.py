"""Exploration (decides nothing; reads labels and sentence counts only, no model, no lockbox item, no unopened
set): how the FA-KES training articles carry their tags, against the written long reports, so that the brief
of a next long-report set can ask for articles shaped like the real ones.

For each group: sentences per item (headline included), tag shares, and per (item, tag) with the tag: how many
sentences carry it, whether the headline does, where the first carrying sentence is, and how many sentences
touch it in passing; for items without the tag, how often some sentence touches it in passing.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_35_2026-12-03/explore_article_shape.py
"""

import os

import numpy as np

from newstag.config import TAGS
from newstag.corpus.sentences import item_sentences
from newstag.tagging.labels import read_lockbox
from newstag.tagging.train import labelled_training_data

WRITTEN_LONG = ("BI", "BK", "BM", "BO", "BP", "BQ", "BR", "BT")


def describe(name, rows):
    n_sent = np.array([len(item_sentences(t or "", x or "")) for t, x in zip(rows["title"], rows["text"])])
    print(f"\n== {name}: {len(rows)} items; sentences per item (headline included) "
          f"quartiles {np.percentile(n_sent, [25, 50, 75]).round(1).tolist()}, mean {n_sent.mean():.1f}")
    n_tags = rows["tags"].map(len)
    print(f"   none {np.mean(n_tags == 0):.2f}; one tag {np.mean(n_tags == 1):.2f}; two or more {np.mean(n_tags >= 2):.2f}")
    for tag in TAGS:
        has = rows["tags"].map(lambda t: tag in t).to_numpy()
        carries, first, headline, passing, passing_without = [], [], [], [], []
        for ev, h, n in zip(rows["evidence"], has, n_sent):
            e = (ev or {}).get(tag, {})
            c, p = sorted(e.get("carries", [])), e.get("passing", [])
            if h and c:
                carries.append(len(c))
                first.append(c[0])
                headline.append(0 in c)
                passing.append(len(p))
            elif not h:
                passing_without.append(len(p) > 0)
        carries, first = np.array(carries), np.array(first)
        print(f"   {tag:12s} share {has.mean():.2f}; carried by 1 sentence {np.mean(carries == 1):.2f}, 2 {np.mean(carries == 2):.2f}, "
              f"3+ {np.mean(carries >= 3):.2f}; headline carries {np.mean(headline):.2f}; "
              f"first carrier at 0 {np.mean(first == 0):.2f}, 1-3 {np.mean((first >= 1) & (first <= 3)):.2f}, "
              f"4+ {np.mean(first >= 4):.2f}; passing marks beside {np.mean(passing):.2f}; "
              f"items without the tag touching it in passing {np.mean(passing_without):.2f}")


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())]
    corpus = frame[frame["id"].str.startswith("fakes:")]
    sets = frame["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    describe("FA-KES training articles (non-lockbox)", corpus)
    describe("written long reports " + ", ".join(WRITTEN_LONG), frame[sets.isin(WRITTEN_LONG).to_numpy()])


if __name__ == "__main__":
    main()
