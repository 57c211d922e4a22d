"""v3.23's candidates: their designs, material and the set-AK half of their gains (rules in labels/snippets/README.md).

Run with ``PYTHONPATH`` at the ``src`` of a worktree of ``main`` with the design's patch applied:
``calibrate_on.patch`` for design 1 (also branch ``v323-candidates``), ``article_names.patch`` for
design 2; design 0 (the base check) runs on ``main`` as it is, design 3 on ``main`` from the
commit that added its options to ``SentenceTagger``, design 4 on ``main`` with
``short_items_by.patch`` applied (its gain was not met).

A design is ``(label of its nine-run rows, SentenceTagger options)`` on top
of v3.22. ``candidate_cv.py`` makes one nine-run row, ``candidate_ak.py``
scores set AK, ``candidate_gain.py`` reads both, ``candidate_rule.py``
scores set AR once.
"""

from pathlib import Path

import pandas as pd

here = Path(__file__).resolve().parent


def _v322_candidates():
    """v3.22's ``candidates`` module (same file name as this one, so loaded by path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("v322_candidates",
                                                  here.parent / "tagger_v3_22_2026-11-30" / "candidates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score_set_ak = _v322_candidates().score_set_ak

#: design -> (label of its nine-run rows, SentenceTagger options)
DESIGNS = {
    "0": ("v3.22 (base check)", {}),  # must reproduce BASE_ROWS' row of the same seeds
    "1": ("v3.22 calibrated on ordinary items", {"calibrate_on": "marked"}),  # calibrate_on.patch
    "2": ("v3.22 with article names dropped", {"article_names": True}),  # article_names.patch
    "3": ("v3.22 with a steadier operating point", {"threshold_draws": 3, "threshold_window": 0.04}),  # v3.23
    "4": ("v3.23 with short items by expectation",
          {"threshold_draws": 3, "threshold_window": 0.04, "short_items_by": "expectation"}),
    # Candidate 5 changes the lexicon, not an option: run it with PYTHONPATH at branch v323-stopfighting's src.
    "5": ("v3.23 with a cue for agreements to stop fighting", {"threshold_draws": 3, "threshold_window": 0.04}),
}
#: v3.22's must-not cases of set AK given ceasefire, mean of three fits (../tagger_v3_22_2026-11-30/candidate_ak_1.out)
BASE_FALSE = 4.0
#: v3.22's nine rows (v3.22 candidate 1, the shipped design)
BASE_ROWS = (here.parent / "tagger_v3_22_2026-11-30" / "candidate_1_cv.jsonl", "v3.21 with set AO")


def shipped_material() -> pd.DataFrame:
    """v3.22's training material less the lockbox."""
    from newstag.tagging.labels import read_lockbox
    from newstag.tagging.train import labelled_training_data

    frame = labelled_training_data()
    assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    assert frame["id"].str.startswith("wAL-").sum() == 200 and frame["id"].str.startswith("wAO-").sum() == 150
    assert not frame["id"].str.match(r"w(I|AI|AJ|AK|AM|AN|AP|AQ|AR)-").any()
    return frame


def set_ak_half(design: str) -> bool:
    """Fit ``design`` (model seeds 42, 2026, 7777), score set AK, print the verdict (thresholds too)."""
    return score_set_ak(design, DESIGNS[design][1], shipped_material(), base="v3.22", base_false=BASE_FALSE,
                        allowed={"1": 6.0, "2": 5.0}[design], show_thresholds=True)


def set_ak_met(design: str) -> bool:
    """Whether ``candidate_ak_<design>.out`` records the set-AK half as met."""
    return (here / f"candidate_ak_{design}.out").read_text().rstrip().endswith("set-AK half of the gain met")


def five_fit_means(label: str, decisions: dict, Y, *, name: str) -> float:
    """Print each fit's scores table on a holdout and the mean F1 over the fits; return the mean macro-F1.

    ``decisions``: model seed -> that fit's decisions on the holdout. Shared
    by the rules of candidates 3 (``steady_rule.py``) and 5 (``rule_score.py``).
    """
    import numpy as np
    from holdout_rule import COLUMNS

    from newstag.tagging.evaluate import scores_table

    tables = []
    for seed, predicted in decisions.items():
        table = scores_table(Y, predicted)
        tables.append(table)
        print(f"{label}, model seed {seed}, {name}:")
        print(table[COLUMNS].round(3).to_string(), flush=True)
    f1 = {row: [t.loc[row, "f1"] for t in tables] for row in tables[0].index}
    print(f"{label}: mean F1 over five fits, {name}: "
          + ", ".join(f"{row} {np.mean(values):.4f}" for row, values in f1.items())
          + f"; macro-F1 range {min(f1['macro']):.4f}-{max(f1['macro']):.4f}", flush=True)
    return float(np.mean(f1["macro"]))


def print_baselines(frame: pd.DataFrame, holdout: pd.DataFrame, *, name: str) -> None:
    """Print v2's and the keyword rules' scores on a holdout, both fitted on ``frame``."""
    from holdout_rule import COLUMNS, fit, score

    from newstag.tagging.baseline import KeywordTagger
    from newstag.tagging.model import NewsTagger

    for label, make in (("tagger v2 (the same items)", NewsTagger), ("keyword rules", KeywordTagger)):
        print(f"{label}, {name}:")
        print(score(fit(make, frame), holdout)[COLUMNS].round(3).to_string(), flush=True)
