"""Candidate 1 of v3.39 (the item aggregate without the mean of the two best sentences), parts (a) to (d).

Registered in ``labels/snippets/README.md`` ("Candidate 1 of v3.39") before this was run. Design 1 is
``SentenceTagger(item_top_two=False)``, v3.38 ``item_top_two=True`` (its defaults otherwise). Design 1's models
fitted on every non-lockbox item are kept in ``$MODEL_DIR`` (default ``/tmp/models_v339c1``); v3.38's five are this
session's (``$V338_DIR``, default ``/tmp/models_v338c1``, ``design_1_<seed>.joblib``, from
``../tagger_v3_38_2026-12-03/rule_c1.py``), checked equal to a fresh seed-42 fit first. (The names "v336"/"V336"
below are v3.38's, kept from the script this one was copied from.)

- ``--part a``: invariance probe (a neutral sentence after each text of the opened wire holdout items) with
  design 1's seed-42 model, v3.38's count beside it (no label read).
- ``--part b``: cross-validation, make train's folds of the non-lockbox items, fold seeds 42, 1, 7, pooled.
- ``--part c``: set BU (unopened until this part), five model seeds per design, mean macro F1.
- ``--part d``: the lockbox, seed-42 fits, paired bootstrap differences.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_39_2026-12-03/rule_c1.py --part a
"""

import argparse
import os
import re
from pathlib import Path

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.tagging.evaluate import _folds, paired_f1_differences, run_in_parallel
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import LONG_REPORT_SETS, LONG_TRAINING_SETS, read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

SEEDS = (42, 2026, 7777, 1, 7)
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_v339c1"))
V336 = Path(os.environ.get("V338_DIR", "/tmp/models_v338c1"))
V336_FILE = "design_1_{}.joblib"
NEUTRAL = " The report could not be independently verified."
DESIGN = 1
CV_V336 = {"corpus": 0.8627, "written long reports": 0.9153, "wire": 0.9040}  # ../tagger_v3_38_2026-12-03/rule_c1_b.out


def training():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    lockbox = read_lockbox()
    return frame[~frame["id"].isin(lockbox)].reset_index(drop=True), frame[frame["id"].isin(lockbox)].reset_index(drop=True)


def fit(old, seed, X, Y):
    """v3.38 (``old``) or design 1."""
    return SentenceTagger(random_state=seed, item_top_two=old).fit(X, Y)


def design_1(seeds, X, Y):
    """Design 1's models of ``seeds``, fitted once and kept in MODELS."""
    MODELS.mkdir(exist_ok=True)
    missing = [s for s in seeds if not (MODELS / f"design_{DESIGN}_{s}.joblib").exists()]
    for seed, model in zip(missing, run_in_parallel([(fit, (False, s, X, Y)) for s in missing], 2)):
        joblib.dump(model, MODELS / f"design_{DESIGN}_{seed}.joblib")
    return {s: joblib.load(MODELS / f"design_{DESIGN}_{s}.joblib") for s in seeds}


def wire_holdout():
    holdout = read_snippets("holdout")
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    return holdout[~sets.isin(LONG_REPORT_SETS)].fillna({"title": "", "text": ""}).reset_index(drop=True)


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return 2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)


def part_a(X, Y):
    model = design_1([42], X, Y)[42]
    old = joblib.load(V336 / V336_FILE.format(42))
    wire = wire_holdout()
    items = list(zip(wire["title"], wire["text"]))
    for name, m in (("v3.38", old), ("design 1", model)):
        base = m.predict(items).astype(bool)
        P = m.predict([(title, (text + NEUTRAL).strip()) for title, text in items]).astype(bool)
        moved = (P != base).any(1)
        print(f"{name}: a neutral sentence after the text: {moved.sum()} of {len(items)} items change (" + " ".join(
            f"{t} +{(P & ~base)[:, k].sum()}/-{(~P & base)[:, k].sum()}" for k, t in enumerate(TAGS)) + ")", flush=True)
        if name == "v3.38":
            old_count = int(moved.sum())
    changed = int(moved.sum())
    print(f"part (a): design 1's items whose tag set changes: {changed} (at most {old_count / 5:.1f} asked): "
          f"{'met' if changed <= old_count / 5 else 'NOT met'}")


def cv_fold(X_fit, Y_fit, X_test):
    return fit(False, 42, X_fit, Y_fit).predict(X_test)


def part_b(design):
    sets = design["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"]).astype(bool)
    groups = {"corpus": design["id"].str.startswith("fakes:").to_numpy(),
              "written long reports": sets.isin(LONG_TRAINING_SETS).to_numpy(),
              "wire": (sets.notna() & ~sets.isin(LONG_TRAINING_SETS)).to_numpy()}
    pooled = []
    for seed in (42, 1, 7):
        folds = _folds(Y.astype(int), 5, seed)
        P = np.zeros(Y.shape, bool)
        for (_, test), p in zip(folds, run_in_parallel(
                [(cv_fold, (X.iloc[train], Y[train].astype(int), X.iloc[test])) for train, test in folds], 2)):
            P[test] = p.astype(bool)
        pooled.append(P)
        print(f"fold seed {seed}: " + "; ".join(f"{g} {f1s(Y[r], P[r]).mean():.4f}" for g, r in groups.items()), flush=True)
    ok = True
    for group, rows in groups.items():
        f = f1s(np.vstack([Y[rows]] * 3), np.vstack([P[rows] for P in pooled]))
        ok &= f.mean() >= CV_V336[group] - 0.003
        print(f"pooled {group}: design 1 {f.mean():.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f))
              + f"), v3.38 {CV_V336[group]:.4f}, difference {f.mean() - CV_V336[group]:+.4f}")
    print(f"part (b): every group at least v3.38's - 0.003: {'met' if ok else 'NOT met'}")


def v336_models(X, Y):
    models = {s: joblib.load(V336 / V336_FILE.format(s)) for s in SEEDS}
    fresh = fit(True, 42, X, Y)
    same = (list(fresh.vectorizer_.get_feature_names_out()) == list(models[42].vectorizer_.get_feature_names_out())
            and all(np.array_equal(getattr(fresh, a), getattr(models[42], a))
                    for a in ("sentence_coef_", "long_sentence_coef_", "item_coef_", "calibration_", "thresholds_")))
    print(f"v3.38's stored seed-42 model equals a fresh fit: {same}", flush=True)
    if not same:
        raise SystemExit("refit v3.38's five models first")
    return models


def set_bu():
    unopened = read_snippets("unopened")
    bu = unopened[unopened["id"].str.startswith("wBU-")].fillna({"title": "", "text": ""}).reset_index(drop=True)
    if len(bu) != 250:
        raise SystemExit(f"set BU has {len(bu)} items, 250 expected")
    return bu


def part_c(X, Y):
    bu = set_bu()
    items = bu[["title", "text"]]
    Y_bu = tags_to_matrix(bu["tags"])
    candidates, v338 = design_1(SEEDS, X, Y), v336_models(X, Y)
    scores = {"v3.38": [], "design 1": []}
    for seed in SEEDS:
        for name, model in (("v3.38", v338[seed]), ("design 1", candidates[seed])):
            f = f1s(Y_bu, model.predict(items))
            scores[name].append([*f, f.mean()])
            print(f"set BU, {name}, seed {seed}: macro {f.mean():.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f))
                  + ")", flush=True)
    means = {n: np.mean(v, axis=0) for n, v in scores.items()}
    for n, m in means.items():
        print(f"set BU, {n}, mean of 5: macro {m[-1]:.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, m[:-1])) + ")")
    gain = means["design 1"][-1] - means["v3.38"][-1]
    print(f"part (c): design 1 - v3.38 {gain:+.4f} (at least +0.003 asked): {'met' if gain >= 0.003 else 'NOT met'}")


def part_d(X, Y, lockbox):
    items = lockbox[["title", "text"]]
    Y_lock = tags_to_matrix(lockbox["tags"])
    P_new = design_1([42], X, Y)[42].predict(items)
    P_old = joblib.load(V336 / V336_FILE.format(42)).predict(items)
    for name, P in (("v3.38", P_old), ("design 1", P_new)):
        f = f1s(Y_lock, P)
        print(f"lockbox {name}: macro {f.mean():.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + ")")
    diff = paired_f1_differences(Y_lock, P_new, P_old)
    print("design 1 - v3.38, paired 95% intervals: " + "; ".join(
        f"{t} {r['difference']:+.3f} ({r['low']:+.3f} to {r['high']:+.3f})" for t, r in diff.iterrows()))
    below = [t for t, r in diff.iterrows() if r["high"] < 0]
    print(f"part (d): told apart below v3.38: {below or 'nothing'}: {'met' if not below else 'NOT met'}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("a", "b", "c", "d"), required=True)
    part = parser.parse_args().part
    design, lockbox = training()
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
    if part == "a":
        part_a(X, Y)
    elif part == "b":
        part_b(design)
    elif part == "c":
        part_c(X, Y)
    else:
        part_d(X, Y, lockbox)


if __name__ == "__main__":
    main()
