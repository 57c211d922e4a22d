"""Diagnostic (decides nothing): how far the per-tag thresholds move between refits.

Fits v3.22's design on its material less the lockbox with model seeds 42,
2026, 7777, 1 and 7, and v3.21's material (less set AO) with seed 42, and
prints each fit's per-tag thresholds and the F1 each set AQ item score
would get at the other fits' thresholds. Set AQ is a holdout since v3.22's
rule opened it; nothing here feeds a design.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_22_2026-11-30/threshold_jitter.py
"""

import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import shipped_material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.labels import read_lockbox, tags_to_matrix  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402

frame = labelled_training_data()
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
holdout = read_snippets("holdout")
aq = holdout[holdout["id"].str.startswith("wAQ-")].reset_index(drop=True)
Y = tags_to_matrix(aq["tags"])
unlabelled = aq[["title", "text"]].assign(evidence=[{}] * len(aq))
fits = {f"v3.22 seed {seed}": fit(lambda: SentenceTagger(random_state=seed), frame) for seed in (42, 2026, 7777, 1, 7)}
fits["v3.21 seed 42"] = fit(lambda: SentenceTagger(random_state=42), shipped_material())
print("thresholds (" + ", ".join(TAGS) + "):")
for name, model in fits.items():
    print(f"  {name}: " + ", ".join(f"{t:.3f}" for t in model.thresholds_))
spread = np.ptp([m.thresholds_ for n, m in fits.items() if n.startswith("v3.22")], axis=0)
print("v3.22 spread over five seeds: " + ", ".join(f"{tag} {s:.3f}" for tag, s in zip(TAGS, spread)))
print("set AQ F1 of each fit's scores at its own thresholds and at the five seeds' median thresholds:")
median = np.median([m.thresholds_ for n, m in fits.items() if n.startswith("v3.22")], axis=0)
for name, model in fits.items():
    proba = model.predict_proba(unlabelled)
    own = [f1_score(Y[:, k], proba[:, k] >= model.thresholds_[k]) for k in range(len(TAGS))]
    med = [f1_score(Y[:, k], proba[:, k] >= median[k]) for k in range(len(TAGS))]
    print(f"  {name}: own " + " / ".join(f"{v:.3f}" for v in own) + f" (macro {np.mean(own):.4f}); "
          "median " + " / ".join(f"{v:.3f}" for v in med) + f" (macro {np.mean(med):.4f})")
