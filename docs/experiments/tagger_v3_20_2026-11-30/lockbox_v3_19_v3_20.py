"""v3.20 against v3.19 on the lockbox, paired: both fitted on the non-lockbox training material (model seed 42).

Run after v3.20 shipped (the lockbox decides nothing), as for v3.19 against
v3.17. The two designs have different lexicons, so each is fitted in its
own process and writes its lockbox decisions; a third call pairs them,
with the paired 95% bootstrap interval of each difference (items
resampled together)::

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python .../lockbox_v3_19_v3_20.py fit v3.20
    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree at v3.19>/src python .../lockbox_v3_19_v3_20.py fit v3.19
    PYTHONPATH=src python .../lockbox_v3_19_v3_20.py pair
"""

import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

HERE = Path(__file__).resolve().parent
TAGS = ("ceasefire", "airstrike", "humanitarian", "diplomacy")


def decisions_path(design):
    return HERE / f"lockbox_{design.replace('.', '_')}.npz"


def fit(design):
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.lexicon import CUES
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    assert ("ceasefire_background" in CUES) == (design == "v3.20"), "PYTHONPATH does not hold this design's lexicon"
    frame = labelled_training_data()
    assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
    lockbox = read_lockbox()
    train, test = frame[~frame["id"].isin(lockbox)], frame[frame["id"].isin(lockbox)].reset_index(drop=True)
    if design == "v3.19":
        # v3.19's source has set AL aside; take v3.20's training items less AL from the same labels.
        assert not train["id"].str.startswith("wAL-").any()
    else:
        assert train["id"].str.startswith("wAL-").sum() == 200
    model = SentenceTagger(random_state=42).fit(train.reindex(columns=ITEM_COLUMNS), tags_to_matrix(train["tags"]))
    unlabelled = test[["title", "text"]].assign(evidence=[{}] * len(test))
    np.savez(decisions_path(design), ids=test["id"].to_numpy(), Y=tags_to_matrix(test["tags"]),
             P=model.predict(unlabelled), n_train=len(train))


def pair():
    new, old = np.load(decisions_path("v3.20"), allow_pickle=True), np.load(decisions_path("v3.19"), allow_pickle=True)
    assert (new["ids"] == old["ids"]).all() and (new["Y"] == old["Y"]).all()
    Y, a_pred, b_pred = new["Y"], new["P"], old["P"]

    def score(k, Yt, P):
        if k == len(TAGS):
            return np.mean([f1_score(Yt[:, j], P[:, j], zero_division=0) for j in range(len(TAGS))])
        return f1_score(Yt[:, k], P[:, k], zero_division=0)

    rng = np.random.default_rng(42)
    draws = [rng.integers(0, len(Y), len(Y)) for _ in range(2000)]
    print(f"lockbox: {len(Y)} items; v3.20 trained on {int(new['n_train'])}, v3.19 on {int(old['n_train'])}")
    for k, tag in enumerate((*TAGS, "macro")):
        a, b = score(k, Y, a_pred), score(k, Y, b_pred)
        diffs = [score(k, Y[i], a_pred[i]) - score(k, Y[i], b_pred[i]) for i in draws]
        low, high = np.percentile(diffs, [2.5, 97.5])
        print(f"{tag:13} v3.20 {a:.3f}  v3.19 {b:.3f}  difference {a - b:+.3f}  paired 95% interval {low:+.3f} to {high:+.3f}")


if __name__ == "__main__":
    fit(sys.argv[2]) if sys.argv[1] == "fit" else pair()
