"""The decision rule of v3.21's candidate 1 (labels/snippets/README.md, "Candidate 1 of v3.21"): set AM, run once.

Both designs share v3.20's code and lexicon, so one process fits both on
v3.20's material less the lockbox (the candidate with set AN added) with
model seeds 42, 2026 and 7777 and scores set AM, unopened until now. The
candidate ships unless its mean macro-F1 there is below v3.20's by more
than 0.005 (or `make benchmark` misses the speed target). Runs only if
the candidate met its gain (``an_gain.txt``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/v3_21_rule_an.py
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
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert frame["id"].str.startswith("wAL-").sum() == 200 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AM|AN)-").any()
set_an = snippets[snippets["id"].str.startswith("wAN-")]
assert len(set_an) == 200 and (set_an["set"] == "aside").all()
with_an = pd.concat([frame, set_an.drop(columns=["set", "conflict"])], ignore_index=True)
set_am = snippets[snippets["id"].str.startswith("wAM-")].reset_index(drop=True)
assert len(set_am) == 250 and (set_am["set"] == "unopened").all()
holdout_rule(set_am, {"tagger v3.21 (set AN)": with_an, "tagger v3.20": frame}, name="set AM")
