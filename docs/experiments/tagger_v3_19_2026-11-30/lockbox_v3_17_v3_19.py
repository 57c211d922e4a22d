"""v3.19 against v3.17 on the lockbox, paired: both fitted on the non-lockbox training material (model seed 42).

Run after v3.19 shipped (the lockbox decides nothing): `make train` scores
the shipped design and the older designs of its card on the lockbox, but
not the model it replaces. This adds that comparison, with the paired 95%
bootstrap interval of each difference (items resampled together).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_19_2026-11-30/lockbox_v3_17_v3_19.py
"""

import numpy as np
from sklearn.metrics import f1_score

from newstag.config import TAGS
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
lockbox = read_lockbox()
train, test = frame[~frame["id"].isin(lockbox)], frame[frame["id"].isin(lockbox)].reset_index(drop=True)
assert train["id"].str.startswith("wAH-").sum() == 300
designs = {"v3.19": train, "v3.17 (without set AH)": train[~train["id"].str.startswith("wAH-")]}
Y = tags_to_matrix(test["tags"])
unlabelled = test[["title", "text"]].assign(evidence=[{}] * len(test))
predictions = {}
for label, items in designs.items():
    model = SentenceTagger(random_state=42).fit(items.reindex(columns=ITEM_COLUMNS), tags_to_matrix(items["tags"]))
    predictions[label] = model.predict(unlabelled)


def macro(Y_true, P):
    return np.mean([f1_score(Y_true[:, k], P[:, k], zero_division=0) for k in range(len(TAGS))])


new, old = predictions["v3.19"], predictions["v3.17 (without set AH)"]
rng = np.random.default_rng(42)
draws = [rng.integers(0, len(Y), len(Y)) for _ in range(2000)]
print(f"lockbox: {len(Y)} items; v3.19 trained on {len(designs['v3.19'])}, v3.17 on {len(designs['v3.17 (without set AH)'])}")
for k, tag in enumerate((*TAGS, "macro")):
    score = (lambda Yt, P: macro(Yt, P)) if tag == "macro" else (lambda Yt, P, k=k: f1_score(Yt[:, k], P[:, k], zero_division=0))
    a, b = score(Y, new), score(Y, old)
    diffs = [score(Y[i], new[i]) - score(Y[i], old[i]) for i in draws]
    low, high = np.percentile(diffs, [2.5, 97.5])
    print(f"{tag:13} v3.19 {a:.3f}  v3.17 {b:.3f}  difference {a - b:+.3f}  paired 95% interval {low:+.3f} to {high:+.3f}")
