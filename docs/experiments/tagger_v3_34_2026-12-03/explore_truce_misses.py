"""Exploration (decides nothing; reads opened holdouts only, never the lockbox or sets BS and BT): where
v3.33 misses ceasefire on short wire items. v3.33 is fitted once (model seed 42) on every non-lockbox
labelled item, as make train fits its lockbox design, and scores the 16 opened wire holdout sets (AR to BN).
Prints ceasefire's misses and false tags, and how often a missed item says "brokered", "mediat-", a span
of days ("60-day") or "proposed".

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_34_2026-12-03/explore_truce_misses.py
"""
import re

import numpy as np

from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data, train_tagger
from newstag.config import TAGS

frame = labelled_training_data()
lockbox = read_lockbox()
model = train_tagger(frame[~frame["id"].isin(lockbox)].reset_index(drop=True), random_state=42)
holdout = read_snippets("holdout")
sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
wire = holdout[~sets.isin(LONG_REPORT_SETS)].reset_index(drop=True)
Y = tags_to_matrix(wire["tags"])
P = model.predict_proba(wire[["title", "text"]])
k = TAGS.index("ceasefire")
hit = P[:, k] >= model.thresholds_[k]
truth = Y[:, k].astype(bool)
print(f"wire holdout items {len(wire)}; ceasefire true {truth.sum()}, predicted {hit.sum()}, "
      f"missed {(truth & ~hit).sum()}, false {(~truth & hit).sum()}")
cues = {"brokered": r"\bbroker", "mediat-": r"\bmediat", "N-day / N-hour": r"\b\d+[- ](?:day|hour|week)",
        "proposed/proposal": r"\bpropos", "truce": r"\btruce", "ceasefire": r"cease[- ]?fire", "armistice": r"armistice"}
text = (wire["title"].fillna("") + " " + wire["text"].fillna("")).str.lower()
for name, pattern in cues.items():
    has = text.str.contains(pattern, regex=True).to_numpy()
    tp, fn = (truth & hit & has).sum(), (truth & ~hit & has).sum()
    print(f"  {name:18s} true ceasefire items with it: {tp + fn:3d}, missed {fn:3d} ({fn / max(tp + fn, 1):.0%})")
print("\nmissed (score, id, headline | text):")
for i in np.flatnonzero(truth & ~hit):
    print(f"  {P[i, k]:.2f} {wire.at[i, 'id']}: {wire.at[i, 'title'][:80]!r} | {wire.at[i, 'text'][:140]!r}")
