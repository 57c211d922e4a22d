"""v3.22's candidates: their designs, material and the set-AK half of their gains (rules in labels/snippets/README.md).

A design is ``(label of its nine-run rows, snippet sets added as training
material, SentenceTagger options)`` on top of v3.21. ``candidate_cv.py``
makes one nine-run row, ``candidate_ak.py`` scores set AK,
``candidate_gain.py`` reads both, ``candidate_rule.py`` scores set AQ once.
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import MODEL_SEEDS, fit  # noqa: E402

from newstag.config import TAGS  # noqa: E402

#: design -> (label of its nine-run rows, snippet sets added for training, SentenceTagger options)
DESIGNS = {
    "0": ("v3.21 (base check)", (), {}),  # must reproduce BASE_ROWS' row of the same seeds
    "1": ("v3.21 with set AO", ("AO",), {}),
}
#: v3.21's must-not cases of set AK given ceasefire, mean of three fits (../tagger_v3_21_2026-11-30/candidate_ak_8.out)
BASE_FALSE = 5.33
#: v3.21's nine rows (the same model as candidate 8 of v3.21)
BASE_ROWS = (here.parent / "tagger_v3_21_2026-11-30" / "candidate_8_cv.jsonl",
             "v3.20 with ceasefire context kept by cut items")


def added_sets(letters) -> pd.DataFrame:
    """The snippet sets ``letters`` (all aside), as training material."""
    from newstag.tagging.snippets import read_snippets

    snippets = read_snippets()
    parts = []
    for letter in letters:
        part = snippets[snippets["id"].str.startswith(f"w{letter}-")]
        # aside when its candidate ran (set AO is training material since v3.22 shipped)
        assert len(part) > 0 and part["set"].isin(["aside", "dev"]).all(), f"set {letter} must be aside"
        parts.append(part.drop(columns=["set", "conflict"]))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def shipped_material() -> pd.DataFrame:
    """v3.21's training material less the lockbox (set AO, training material since v3.22, left out)."""
    from newstag.tagging.labels import read_lockbox
    from newstag.tagging.train import labelled_training_data

    frame = labelled_training_data()
    assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
    frame = frame[~frame["id"].isin(read_lockbox()) & ~frame["id"].str.startswith("wAO-")].reset_index(drop=True)
    assert frame["id"].str.startswith("wAL-").sum() == 200
    assert not frame["id"].str.match(r"w(I|AI|AJ|AK|AM|AN|AO|AP|AQ|AR)-").any()
    return frame


def candidate_material(design: str) -> pd.DataFrame:
    """``design``'s training material less the lockbox: v3.21's plus its added sets."""
    letters = DESIGNS[design][1]
    frame = shipped_material()
    return pd.concat([frame, added_sets(letters)], ignore_index=True) if letters else frame


def score_set_ak(design: str, params: dict, frame: pd.DataFrame, *, base: str, base_false: float, allowed: float,
                 show_thresholds: bool = False) -> bool:
    """Fit ``SentenceTagger(**params)`` on ``frame`` (model seeds 42, 2026, 7777), score set AK, print the verdict.

    The set-AK half of a gain (v3.22's and v3.23's candidates): must-not cases
    given ceasefire at most ``allowed`` on the mean, must cases found 59 or more.
    """
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import read_snippets

    ak = read_snippets()
    ak = ak[ak["id"].str.startswith("wAK-")].reset_index(drop=True)
    assert len(ak) == 180 and (ak["set"] == "aside").all()
    must = ak["tags"].map(lambda tags: "ceasefire" in tags).to_numpy()
    unlabelled = ak[["title", "text"]].assign(evidence=[{}] * len(ak))
    c = TAGS.index("ceasefire")
    false, found = [], []
    for seed in MODEL_SEEDS:
        model = fit(lambda: SentenceTagger(random_state=seed, **params), frame)
        decided = model.predict(unlabelled)[:, c] == 1
        false.append(int((decided & ~must).sum()))
        found.append(int((decided & must).sum()))
        thresholds = ("; thresholds " + ", ".join(f"{t:.2f}" for t in model.thresholds_)) if show_thresholds else ""
        print(f"candidate {design}, model seed {seed}: must-not cases given ceasefire {false[-1]}/{int((~must).sum())}, "
              f"must cases found {found[-1]}/{int(must.sum())}{thresholds}; failing: "
              + ", ".join(ak["id"][decided != must]), flush=True)
    new_false, new_found = float(np.mean(false)), float(np.mean(found))
    print(f"means: {new_false:.2f} false ({base} {base_false}), {new_found:.2f} found")
    conditions = {f"set AK: must-not cases given ceasefire at most {allowed} on the mean": new_false <= allowed + 1e-9,
                  "set AK: must cases found 59 or more on the mean": new_found >= 59}
    for name, met in conditions.items():
        print(f"{'met' if met else 'NOT met'}: {name}")
    met = all(conditions.values())
    print("set-AK half of the gain met" if met else "set-AK half of the gain not met")
    return met


def set_ak_half(design: str) -> bool:
    """Fit ``design`` (model seeds 42, 2026, 7777), score set AK, print the verdict."""
    return score_set_ak(design, DESIGNS[design][2], candidate_material(design), base="v3.21", base_false=BASE_FALSE,
                        allowed=4.33)


def set_ak_met(design: str) -> bool:
    """Whether ``candidate_ak_<design>.out`` records the set-AK half as met."""
    return (here / f"candidate_ak_{design}.out").read_text().rstrip().endswith("set-AK half of the gain met")
