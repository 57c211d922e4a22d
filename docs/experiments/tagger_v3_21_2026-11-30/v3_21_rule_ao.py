"""The decision rule of v3.21's candidate 3 (labels/snippets/README.md, "Candidate 3 of v3.21"): set AM, run once.

Both designs (``ao_frames.py``: v3.21 on the fifth reading's labels with
set AO; v3.20 on its own labels) are fitted with model seeds 42, 2026 and
7777 and score set AM, unopened until now. v3.21 ships unless its mean
macro-F1 there is below v3.20's by more than 0.005. Runs only if both
halves of the gain were met (``ao_ak.out``, ``ao_gain.txt``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python docs/experiments/tagger_v3_21_2026-11-30/v3_21_rule_ao.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from ao_frames import designs  # noqa: E402
from holdout_rule import holdout_rule  # noqa: E402

from newstag.tagging.snippets import read_snippets  # noqa: E402

snippets = read_snippets()
set_am = snippets[snippets["id"].str.startswith("wAM-")].reset_index(drop=True)
assert len(set_am) == 250 and (set_am["set"] == "unopened").all()
holdout_rule(set_am, designs(), name="set AM")
