"""v3.20 candidate 3, its set-AK half of the gain (labels/snippets/README.md, "Candidate 3 of v3.20").

The candidate (v3.19's design with the ``ceasefire_background`` cue, run
with ``PYTHONPATH`` at branch ``v320-background-cue``'s source) fitted on
v3.19's training material less the lockbox with model seeds 42, 2026 and
7777, scored on set AK. Base, fixed in the rule: v3.19's three fits of
``i_ak.out`` (11.0 must-not cases given ceasefire, 60.0 must cases found).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python docs/experiments/tagger_v3_20_2026-11-30/bg_ak.py
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import MODEL_SEEDS, fitted_designs  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.lexicon import CUES  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

assert "ceasefire_background" in CUES, "run with PYTHONPATH at branch v320-background-cue's src"
BASE_FALSE, BASE_FOUND = 11.0, 60.0
base = labelled_training_data()
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
assert base["id"].str.startswith("wAH-").sum() == 300 and not base["id"].str.match(r"w(I|AI|AJ|AK)-").any()
snippets = read_snippets()
ak = snippets[snippets["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(ak) == 180 and (ak["set"] == "aside").all()
must = ak["tags"].map(lambda tags: "ceasefire" in tags).to_numpy()
unlabelled = ak[["title", "text"]].assign(evidence=[{}] * len(ak))
c = TAGS.index("ceasefire")
false, found = [], []
for seed, model in zip(MODEL_SEEDS, fitted_designs({"candidate": base})["candidate"]):
    decided = model.predict(unlabelled)[:, c] == 1
    false.append(int((decided & ~must).sum()))
    found.append(int((decided & must).sum()))
    print(f"v3.20 candidate 3, model seed {seed}: must-not cases given ceasefire {false[-1]}/{int((~must).sum())}, "
          f"must cases found {found[-1]}/{int(must.sum())}; failing: "
          + ", ".join(ak["id"][(decided != must)]), flush=True)
new_false, new_found = float(np.mean(false)), float(np.mean(found))
print(f"means: {new_false:.2f} false (v3.19 {BASE_FALSE}), {new_found:.2f} found (v3.19 {BASE_FOUND})")
conditions = {
    "set AK: must-not cases given ceasefire down by at least a third": new_false <= BASE_FALSE * 2 / 3,
    "set AK: must cases found down by no more than one": new_found >= BASE_FOUND - 1,
}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("set-AK half of the gain met" if all(conditions.values()) else "set-AK half of the gain not met")
