"""v3.21 candidate 6, the set-AK half of its gain (labels/snippets/README.md, "Candidate 6 of v3.21").

v3.20 with ``item_context=True``, fitted on v3.20's material less
the lockbox with model seeds 42, 2026 and 7777, scored on set AK's
ceasefire. Base: v3.20's 6.67 must-not cases given ceasefire
(``../tagger_v3_20_2026-11-30/al_ak.out``, reproduced in ``ao_ak.out``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/item_context_ak.py
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import MODEL_SEEDS, fit  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert frame["id"].str.startswith("wAL-").sum() == 200 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AM|AN|AO|AP)-").any()
ak = read_snippets()
ak = ak[ak["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(ak) == 180 and (ak["set"] == "aside").all()
must = ak["tags"].map(lambda tags: "ceasefire" in tags).to_numpy()
unlabelled = ak[["title", "text"]].assign(evidence=[{}] * len(ak))
c = TAGS.index("ceasefire")
false, found = [], []
for seed in MODEL_SEEDS:
    model = fit(lambda: SentenceTagger(random_state=seed, item_context=True), frame)
    decided = model.predict(unlabelled)[:, c] == 1
    false.append(int((decided & ~must).sum()))
    found.append(int((decided & must).sum()))
    print(f"model seed {seed}: must-not cases given ceasefire {false[-1]}/{int((~must).sum())}, "
          f"must cases found {found[-1]}/{int(must.sum())}; failing: " + ", ".join(ak["id"][decided != must]), flush=True)
new_false, new_found = float(np.mean(false)), float(np.mean(found))
print(f"means: {new_false:.2f} false (v3.20 6.67), {new_found:.2f} found")
conditions = {"set AK: must-not cases given ceasefire at most 5.67 on the mean": new_false <= 5.67,
              "set AK: must cases found 59 or more on the mean": new_found >= 59}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("set-AK half of the gain met" if all(conditions.values()) else "set-AK half of the gain not met")
