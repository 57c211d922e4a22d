"""Candidates 1 and 2 of v3.35, parts (a), (b) and (w): set BV, set BW and the opened wire holdouts.

The candidate is built from candidate 2 of v3.34's ten models in ``$MODEL_DIR`` (``../tagger_v3_34_2026-12-03/
rule_bs_bt.py`` and ``rule_c2.py``: v3.33 and design 2, model seeds 42, 2026, 7777, 1, 7, each fitted on every
non-lockbox item): for each seed, v3.33's model with the item-stage rows of ceasefire and humanitarian taken
from design 2's model of the same seed. Both designs share the sentence stage (checked). ``--part a`` scores set
BV (150 long articles, unopened until then), ``--part b`` set BW (candidate 2: candidate 1 re-tested, 150 long
articles whose second matters are told in one sentence, unopened until then; design 2 of v3.34 is scored beside
for information), ``--part w`` the 17 opened wire holdout sets (AR to BS). Each part is run only after the one
before is written down in ``labels/snippets/README.md``.

    NEWSTAG_FAKES_CSV=... MODEL_DIR=/tmp/models_v334 PYTHONPATH=src python .../rule_c1.py --part a
"""

import argparse
import copy
import os
from pathlib import Path

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.tagging.evaluate import paired_f1_differences
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets

SEEDS = (42, 2026, 7777, 1, 7)
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_v334"))
MOVED = ("ceasefire", "humanitarian")
ITEM_STAGE = ("item_coef_", "item_intercept_", "calibration_", "thresholds_")
SENTENCE_STAGE = ("sentence_intercept_", "sentence_coef_", "long_sentence_coef_")
MARGINS = {"a": 0.005, "b": 0.010, "w": -0.003}


def candidate(seed):
    """v3.33's model of ``seed``, and the candidate built from it and design 2's."""
    v333 = joblib.load(MODELS / f"v333_{seed}.joblib")
    design2 = joblib.load(MODELS / f"design_2_{seed}.joblib")
    assert v333.vectorizer_.vocabulary_ == design2.vectorizer_.vocabulary_
    for name in SENTENCE_STAGE:
        assert np.array_equal(getattr(v333, name), getattr(design2, name)), name
    model = copy.deepcopy(v333)
    rows = [TAGS.index(t) for t in MOVED]
    for name in ITEM_STAGE:
        values = getattr(model, name).copy()
        values[rows] = getattr(design2, name)[rows]
        setattr(model, name, values)
    return v333, model, design2


def items_of(part):
    if part in ("a", "b"):
        unopened = read_snippets("unopened")
        items = unopened[unopened["id"].str.startswith("wBV-" if part == "a" else "wBW-")].reset_index(drop=True)
        assert len(items) == 150
        return items
    holdout = read_snippets("holdout")
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    items = holdout[~sets.isin(LONG_REPORT_SETS)].reset_index(drop=True)
    assert len(items) == 4250 and items["id"].str.startswith("wBS-").sum() == 250
    return items


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return 2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("a", "b", "w"), required=True)
    part = parser.parse_args().part
    items = items_of(part)
    X = items[["title", "text"]].assign(evidence=[{}] * len(items))
    Y = tags_to_matrix(items["tags"])
    scores = {"v3.33": [], "candidate 1": []}
    for seed in SEEDS:
        v333, model, design2 = candidate(seed)
        P = {"v3.33": v333.predict(X), "candidate 1": model.predict(X)}
        if part == "b":
            P["design 2 of v3.34 (information only)"] = design2.predict(X)
            scores.setdefault("design 2 of v3.34 (information only)", [])
        kept = [TAGS.index(t) for t in TAGS if t not in MOVED]
        assert np.array_equal(P["v3.33"][:, kept], P["candidate 1"][:, kept]), "airstrike or diplomacy moved"
        for name, p in P.items():
            f = f1s(Y, p)
            scores[name].append([*f, f.mean()])
            print(f"{name}, seed {seed}: macro {f.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))}); "
                  f"predicted/true {' '.join(f'{q}/{y}' for q, y in zip(p.sum(0), Y.sum(0)))}", flush=True)
        if seed == 42:
            diff = paired_f1_differences(Y, P["candidate 1"], P["v3.33"])
            print("seed 42, candidate 1 - v3.33, paired 95% intervals: " + "; ".join(
                f"{t} {row['difference']:+.3f} ({row['low']:+.3f} to {row['high']:+.3f})" for t, row in diff.iterrows()))
    means = {name: np.mean(values, axis=0) for name, values in scores.items()}
    for name, m in means.items():
        print(f"{name}, mean of {len(SEEDS)}: macro {m[-1]:.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, m[:-1])) + ")")
    gain = means["candidate 1"][-1] - means["v3.33"][-1]
    ok = gain >= MARGINS[part]
    if part in ("a", "b"):
        lower = [t for t in MOVED if means["candidate 1"][TAGS.index(t)] < means["v3.33"][TAGS.index(t)]]
        ok = ok and not lower
        print(f"ceasefire or humanitarian lower than v3.33's: {lower or 'neither'}")
    print(f"part ({part}): candidate 1 - v3.33 {gain:+.4f} (at least {MARGINS[part]:+.3f} asked): {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
