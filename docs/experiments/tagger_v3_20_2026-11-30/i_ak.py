"""v3.20 candidate 2, its set-AK half of the gain (labels/snippets/README.md, "Candidate 2 of v3.20").

Both designs (v3.19, and v3.19 with set I's 100 ceasefire look-alikes)
fit on v3.19's training material less the lockbox with model seeds 42,
2026 and 7777, then score set AK (a ceasefire measure, aside, never
trained on): how many of its 120 cases that must not get ceasefire get it,
and how many of its 60 that must get it do. Means over the seeds.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_20_2026-11-30/i_ak.py
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import MODEL_SEEDS, fitted_designs  # noqa: E402
from nine_runs import set_i_lookalikes  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

base = labelled_training_data()
assert base["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
base = base[~base["id"].isin(read_lockbox())].reset_index(drop=True)
assert base["id"].str.startswith("wAH-").sum() == 300 and not base["id"].str.match(r"w(I|AI|AJ|AK)-").any()
with_i = pd.concat([base, set_i_lookalikes().drop(columns=["set", "conflict"])], ignore_index=True)
snippets = read_snippets()
ak = snippets[snippets["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(ak) == 180 and (ak["set"] == "aside").all()
must = ak["tags"].map(lambda tags: "ceasefire" in tags).to_numpy()
unlabelled = ak[["title", "text"]].assign(evidence=[{}] * len(ak))
c = TAGS.index("ceasefire")
designs = {"v3.20 candidate 2 (with set I's look-alikes)": with_i, "v3.19 (without)": base}
means = {}
for label, models in fitted_designs(designs).items():
    false, found = [], []
    for seed, model in zip(MODEL_SEEDS, models):
        decided = model.predict(unlabelled)[:, c] == 1
        false.append(int((decided & ~must).sum()))
        found.append(int((decided & must).sum()))
        print(f"{label}, model seed {seed}: must-not cases given ceasefire {false[-1]}/{int((~must).sum())}, "
              f"must cases found {found[-1]}/{int(must.sum())}", flush=True)
    means[label] = (float(np.mean(false)), float(np.mean(found)))
    print(f"{label}: means {means[label][0]:.2f} false, {means[label][1]:.2f} found", flush=True)
(new_false, new_found), (old_false, old_found) = means.values()
conditions = {
    "set AK: must-not cases given ceasefire down by at least a third": new_false <= old_false * 2 / 3,
    "set AK: must cases found down by no more than one": new_found >= old_found - 1,
}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("set-AK half of the gain met" if all(conditions.values()) else "set-AK half of the gain not met")
