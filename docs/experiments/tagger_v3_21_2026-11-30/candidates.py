"""v3.21's candidates 4 to 8: their designs, and the set-AK half of their gains (rules in labels/snippets/README.md).

Each candidate is v3.20 with one ``SentenceTagger`` option, kept on branch
``v321-candidates``; run the scripts with ``PYTHONPATH`` at that branch's
``src``. ``candidate_cv.py`` makes one nine-run row, ``candidate_ak.py``
scores set AK (the ``*_gain.py`` scripts read both).
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import MODEL_SEEDS, fit  # noqa: E402

from newstag.config import TAGS  # noqa: E402

#: design -> (label of its nine-run rows, its SentenceTagger options)
DESIGNS = {
    "4a": ("v3.20 with standalone cues a", {"standalone_cues": ("ceasefire",)}),
    "4b": ("v3.20 with standalone cues b", {"standalone_cues": tuple(TAGS)}),
    "5": ("v3.20 with context positives at 0.3", {"context_positive_weight": 0.3}),
    "6": ("v3.20 with item context", {"item_context": True}),
    "7": ("v3.20 with item context kept by cut items", {"item_context": True, "cut_items_keep_context": True}),
    "8": ("v3.20 with ceasefire context kept by cut items",
          {"item_context": ("ceasefire",), "cut_items_keep_context": True}),
}
#: v3.20's must-not cases of set AK given ceasefire, mean of three fits (../tagger_v3_20_2026-11-30/al_ak.out)
BASE_FALSE = 6.67


def set_ak_half(design: str) -> bool:
    """Fit ``design`` on v3.20's material less the lockbox (model seeds 42, 2026, 7777), score set AK, print the verdict."""
    from newstag.tagging.labels import read_lockbox
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import read_snippets
    from newstag.tagging.train import labelled_training_data

    params = DESIGNS[design][1]
    frame = labelled_training_data()
    assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    assert frame["id"].str.startswith("wAL-").sum() == 200 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AN|AO|AP)-").any()
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
        print(f"candidate {design}, model seed {seed}: must-not cases given ceasefire {false[-1]}/{int((~must).sum())}, "
              f"must cases found {found[-1]}/{int(must.sum())}; failing: " + ", ".join(ak["id"][decided != must]),
              flush=True)
    new_false, new_found = float(np.mean(false)), float(np.mean(found))
    print(f"means: {new_false:.2f} false (v3.20 {BASE_FALSE}), {new_found:.2f} found")
    conditions = {"set AK: must-not cases given ceasefire at most 5.67 on the mean": new_false <= BASE_FALSE - 1.0,
                  "set AK: must cases found 59 or more on the mean": new_found >= 59}
    for name, met in conditions.items():
        print(f"{'met' if met else 'NOT met'}: {name}")
    met = all(conditions.values())
    print("set-AK half of the gain met" if met else "set-AK half of the gain not met")
    return met


def set_ak_met(design: str) -> bool:
    """Whether ``candidate_ak_<design>.out`` records the set-AK half as met."""
    out = Path(__file__).resolve().parent / f"candidate_ak_{design}.out"
    return out.read_text().rstrip().endswith("set-AK half of the gain met")
