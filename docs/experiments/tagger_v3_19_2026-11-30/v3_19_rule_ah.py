"""The decision rule of v3.19's candidate 1 (labels/snippets/README.md, "Candidate 1 of v3.19"): set-AG scores, run once.

v3.19 is v3.17 fitted with set AH's 300 items (attacks and their toll) as
well; v3.17 is the same design without them. Both fit on v3.17's training
material less the lockbox (:func:`holdout_rule.holdout_rule`). Set AG has
been scored by nothing before; this runs only if candidate 1 of v3.19 met
its cross-validation gain (``ah_gain.py``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_19_2026-11-30/v3_19_rule_ah.py
"""

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout_rule import holdout_rule  # noqa: E402

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
set_ag = snippets[snippets["id"].str.startswith("wAG-")].reset_index(drop=True)
assert len(set_ag) == 250 and (set_ag["set"] == "unopened").all()
print(f"set AG: {len(set_ag)} items")
holdout_rule(set_ag, {"tagger v3.19 (with set AH)": with_ah, "tagger v3.17 (without)": base})
