"""Candidate 2 of v3.19 (labels/snippets/README.md): set AH re-tested on sets S and T, then set AG, run once.

Both designs (v3.17 with set AH, and v3.17) fit on v3.17's training
material less the lockbox with model seeds 42, 2026 and 7777. The gain is
read on sets S and T (long Syrian-war reports, aside, scored by no rule
since v3.11): airstrike F1 up by at least 0.010 and macro-F1 down by no
more than 0.005, means over the seeds. Only if it is met are the same fits
scored on set AG under its rule (:func:`holdout_rule.holdout_rule`).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_19_2026-11-30/v3_19_rule_ah2.py
"""

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout_rule import fitted_designs, holdout_rule, mean_scores  # noqa: E402

from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

snippets = read_snippets()
base = labelled_training_data()
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
set_ah = snippets[snippets["id"].str.startswith("wAH-")]
assert len(set_ah) == 300 and (set_ah["set"] == "aside").all()
with_ah = pd.concat([base, set_ah.drop(columns=["set", "conflict"])], ignore_index=True)
for prefix, n in (("wX-", 350), ("wZ-", 300), ("wAB-", 300), ("wAD-", 300)):
    assert base["id"].str.startswith(prefix).sum() == n, prefix
assert not base["id"].str.match(r"w([ISTRUWY]|AA|AC|AE|AF|AG|AH)-").any()
assert len(with_ah) == len(base) + 300
long_reports = snippets[snippets["id"].str.match(r"w[ST]-")].reset_index(drop=True)
assert len(long_reports) == 300 and (long_reports["set"] == "aside").all()

designs = {"tagger v3.19 (with set AH)": with_ah, "tagger v3.17 (without)": base}
models = fitted_designs(designs)
means = mean_scores(models, long_reports, name="sets S and T")
new, old = means["tagger v3.19 (with set AH)"], means["tagger v3.17 (without)"]
conditions = {
    "sets S and T airstrike F1 up by at least 0.010": new["airstrike"] >= old["airstrike"] + 0.010,
    "sets S and T macro-F1 down by no more than 0.005": new["macro"] >= old["macro"] - 0.005,
}
print(f"sets S and T: airstrike {old['airstrike']:.4f} -> {new['airstrike']:.4f} ({new['airstrike'] - old['airstrike']:+.4f}), "
      f"macro {old['macro']:.4f} -> {new['macro']:.4f} ({new['macro'] - old['macro']:+.4f})")
for condition, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {condition}", flush=True)
if not all(conditions.values()):
    print("gain not met: set AH stays aside, set AG stays unopened")
    sys.exit(0)
set_ag = snippets[snippets["id"].str.startswith("wAG-")].reset_index(drop=True)
assert len(set_ag) == 250 and (set_ag["set"] == "unopened").all()
print(f"gain met: set AG ({len(set_ag)} items) is scored once")
holdout_rule(set_ag, designs, models=models, name="set AG")
