"""v3.21 candidate 3, the set-AK half of its gain (labels/snippets/README.md, "Candidate 3 of v3.21").

Both designs (``ao_frames.py``) fitted with model seeds 42, 2026 and 7777,
scored on set AK's ceasefire. The rule's base is v3.20's 6.67 must-not
cases given ceasefire (``../tagger_v3_20_2026-11-30/al_ak.out``); v3.20 is
refitted here too, as a check that it is reproduced.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python docs/experiments/tagger_v3_21_2026-11-30/ao_ak.py
"""

import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from ao_frames import designs  # noqa: E402
from holdout_rule import MODEL_SEEDS, fitted_designs  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

BASE_FALSE, BASE_FOUND = 6.67, 60.0
snippets = read_snippets()
ak = snippets[snippets["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(ak) == 180 and (ak["set"] == "aside").all()
must = ak["tags"].map(lambda tags: "ceasefire" in tags).to_numpy()
unlabelled = ak[["title", "text"]].assign(evidence=[{}] * len(ak))
c = TAGS.index("ceasefire")
means = {}
for label, fits in fitted_designs(designs()).items():
    false, found = [], []
    for seed, model in zip(MODEL_SEEDS, fits):
        decided = model.predict(unlabelled)[:, c] == 1
        false.append(int((decided & ~must).sum()))
        found.append(int((decided & must).sum()))
        print(f"{label}, model seed {seed}: must-not cases given ceasefire {false[-1]}/{int((~must).sum())}, "
              f"must cases found {found[-1]}/{int(must.sum())}; failing: " + ", ".join(ak["id"][decided != must]),
              flush=True)
    means[label] = (float(np.mean(false)), float(np.mean(found)))
    print(f"{label}: means {means[label][0]:.2f} false, {means[label][1]:.2f} found", flush=True)
new_false, new_found = means["tagger v3.21 (fifth reading, set AO)"]
conditions = {
    f"set AK: must-not cases given ceasefire down by at least 1.0 from {BASE_FALSE}": new_false <= BASE_FALSE - 1.0,
    "set AK: must cases found 59 or more": new_found >= 59,
}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("set-AK half of the gain met" if all(conditions.values()) else "set-AK half of the gain not met")
