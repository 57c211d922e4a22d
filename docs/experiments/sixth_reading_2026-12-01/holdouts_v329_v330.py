"""A record, after v3.30 shipped: v3.30 against v3.29 (both as shipped) on ceasefire, on the opened holdouts AR-BF.

Each model as shipped (v3.29's ``models/tagger.skops`` from commit a96e9e4,
v3.30's from the working tree; neither trained on a holdout), scored on
the labels of today (the sixth reading's), by the sixth reading's
selection classes: a sentence with an amnesty, surrender or arms term and
a cessation term, or one with no cessation term. Decides nothing.

    PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/holdouts_v329_v330.py > docs/experiments/sixth_reading_2026-12-01/holdouts_v329_v330.out
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
sys.path.insert(0, str(Path(__file__).resolve().parent))
from selection import ARMS, CESSATION
from newstag.tagging.cues import cue_hits
from newstag.tagging.sentence_model import sentence_table
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import load_model
from newstag.tagging.labels import tags_to_matrix

items = read_snippets("holdout").reset_index(drop=True)
sentences, owner = sentence_table(items[["title", "text"]])
hits = cue_hits([s.text for s in sentences], cues={"arms": ARMS, "cessation": CESSATION})
both = np.zeros(len(items), bool); arms_only = np.zeros(len(items), bool)
np.logical_or.at(both, owner, (hits[:, 0] > 0) & (hits[:, 1] > 0))
np.logical_or.at(arms_only, owner, (hits[:, 0] > 0) & (hits[:, 1] == 0))
y = tags_to_matrix(items["tags"])[:, 0].astype(bool)
X = items[["title", "text"]]
root = Path(__file__).resolve().parents[3]
with tempfile.TemporaryDirectory() as tmp:
    v329 = Path(tmp) / "tagger.skops"
    v329.write_bytes(subprocess.run(["git", "show", "a96e9e4:models/tagger.skops"], cwd=root, check=True,
                                    capture_output=True).stdout)
    preds = {name: load_model(path).predict(X)[:, 0].astype(bool) for name, path in
             (("v3.29", v329), ("v3.30", root / "models" / "tagger.skops"))}
for label, mask in (("ARMS and CESSATION in one sentence", both), ("ARMS, no CESSATION in that sentence", arms_only & ~both),
                    ("all holdout items", np.ones(len(items), bool))):
    print(f"{label}: {mask.sum()} items, {int((y & mask).sum())} with ceasefire")
    for name, p in preds.items():
        tp = int((p & y & mask).sum()); fn = int((~p & y & mask).sum()); fp = int((p & ~y & mask).sum())
        print(f"  {name}: found {tp}, missed {fn}, false {fp}")
