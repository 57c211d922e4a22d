"""Exploration (decides nothing; reads opened holdouts only, never the lockbox or sets BS and BT): where
v3.33 misses airstrike on short wire items, by the decade the item reports. v3.33 is fitted once (model
seed 42) on every non-lockbox labelled item, as make train fits its lockbox design, and scores the 16
opened wire holdout sets (AR to BN). Prints airstrike's recall and precision by decade (from the year in
each item's conflict field) and the words of the missed items that the training items' airstrike
sentences never use.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_34_2026-12-03/explore_air_misses.py
"""
import re
from collections import Counter

import numpy as np

from newstag.config import TAGS
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.tagging.train import labelled_training_data, train_tagger

frame = labelled_training_data()
lockbox = read_lockbox()
train = frame[~frame["id"].isin(lockbox)].reset_index(drop=True)
model = train_tagger(train, random_state=42)
holdout = read_snippets("holdout")
wire = holdout[~holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False).isin(LONG_REPORT_SETS)].reset_index(drop=True)
k = TAGS.index("airstrike")
truth = tags_to_matrix(wire["tags"])[:, k].astype(bool)
P = model.predict_proba(wire[["title", "text"]])[:, k]
hit = P >= model.thresholds_[k]
year = wire["conflict"].str.extract(r"(1[89]\d\d|20\d\d)", expand=False).astype(float)
decade = (year // 10 * 10).fillna(-1).astype(int)
print(f"wire holdout items {len(wire)}; airstrike true {truth.sum()}, predicted {hit.sum()}, "
      f"missed {(truth & ~hit).sum()}, false {(~truth & hit).sum()}")
print("decade  true  missed  false  recall  precision")
for d in sorted(decade.unique()):
    rows = (decade == d).to_numpy()
    t, m, f = (truth & rows).sum(), (truth & ~hit & rows).sum(), (~truth & hit & rows).sum()
    if t or f:
        print(f"{'?' if d < 0 else d:>6}  {t:4d}  {m:6d}  {f:5d}  {(t - m) / max(t, 1):6.2f}  {(t - m) / max(t - m + f, 1):9.2f}")
words = lambda text: set(re.findall(r"[a-z]+", text.lower()))  # noqa: E731
seen = Counter(w for t, tags in zip(train["title"].fillna("") + " " + train["text"].fillna(""), train["tags"])
               if "airstrike" in str(tags) for w in words(t))
missed = Counter(w for i in np.flatnonzero(truth & ~hit)
                 for w in words(wire.at[i, "title"] + " " + wire.at[i, "text"]))
print("\nwords in 3+ missed items that no training item with airstrike has:")
print(", ".join(f"{w} ({n})" for w, n in missed.most_common() if n >= 3 and seen[w] == 0))
print("\nmissed (score, id, headline | text):")
for i in np.flatnonzero(truth & ~hit):
    print(f"  {P[i]:.2f} {wire.at[i, 'id']}: {wire.at[i, 'title'][:80]!r} | {wire.at[i, 'text'][:140]!r}")
