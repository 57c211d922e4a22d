"""The decision rule of v3.20's candidate 1 (labels/snippets/README.md, "Candidate 1 of v3.20"): set-AI scores, run once.

v3.20 is v3.19 fitted with set AJ's 300 items (truces and talks told
apart) as well; v3.19 is the same design without them. Both fit on
v3.19's training material less the lockbox
(``../tagger_v3_19_2026-11-30/holdout_rule.py``). Set AI has been scored
by nothing before; this runs only if candidate 1 of v3.20 met its
cross-validation gain (``aj_gain.py``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_20_2026-11-30/v3_20_rule_aj.py
"""

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import holdout_rule  # noqa: E402

from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

snippets = read_snippets()
base = labelled_training_data()
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
set_aj = snippets[snippets["id"].str.startswith("wAJ-")]
assert len(set_aj) == 300 and (set_aj["set"] == "aside").all()
with_aj = pd.concat([base, set_aj.drop(columns=["set", "conflict"])], ignore_index=True)
for prefix, n in (("wX-", 350), ("wZ-", 300), ("wAB-", 300), ("wAD-", 300), ("wAH-", 300)):
    assert base["id"].str.startswith(prefix).sum() == n, prefix
assert not base["id"].str.match(r"w([ISTRUWY]|AA|AC|AE|AF|AG|AI|AJ)-").any()
assert len(with_aj) == len(base) + 300
set_ai = snippets[snippets["id"].str.startswith("wAI-")].reset_index(drop=True)
assert len(set_ai) == 250 and (set_ai["set"] == "unopened").all()
print(f"set AI: {len(set_ai)} items")
holdout_rule(set_ai, {"tagger v3.20 (with set AJ)": with_aj, "tagger v3.19 (without)": base}, name="set AI")
