"""Exploration (decides nothing; branch ``v339``): the item aggregate without the mean of the two best sentences.

v3.38's item aggregate reads the best sentence, the headline, the mean of the two best and the log count of
high-scoring sentences; a neutral body sentence under a headline-only item lowers the mean of the two best
(``explore_input_shape_f1.out``). Here that column is the best sentence again (an exploration hack:
``model.top_two = False`` before fitting, and on its scorer), so the aggregate reads best, headline and count only.
Fits on every non-lockbox item (seeds given), scored on the 17 opened wire sets (as written and with a neutral
sentence after the text) and the 5 opened long-report sets. No lockbox item is read; set BU is not read.

    NEWSTAG_FAKES_CSV=... SEEDS=42 PYTHONPATH=src python docs/experiments/tagger_v3_38_2026-12-03/explore_no_top_two.py
"""

import os
from pathlib import Path

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.tagging.evaluate import run_in_parallel
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

V338 = Path(os.environ.get("V338_DIR", "/tmp/models_v338c1"))
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_v339"))
SEEDS = [int(s) for s in os.environ.get("SEEDS", "42").split(",")]
NEUTRAL = " The report could not be independently verified."


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return 2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)


def fit(seed, X, Y):
    model = SentenceTagger(random_state=seed)
    model.top_two = False
    return model.fit(X, Y)


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
    MODELS.mkdir(exist_ok=True)
    missing = [s for s in SEEDS if not (MODELS / f"no_top_two_{s}.joblib").exists()]
    for seed, model in zip(missing, run_in_parallel([(fit, (s, X, Y)) for s in missing], 2)):
        joblib.dump(model, MODELS / f"no_top_two_{seed}.joblib")
    holdout = read_snippets("holdout").fillna({"title": "", "text": ""})
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    wire, long_reports = holdout[~sets.isin(LONG_REPORT_SETS)], holdout[sets.isin(LONG_REPORT_SETS)]
    groups = {"wire": (wire, False), "wire + a neutral sentence": (wire, True), "long reports": (long_reports, False)}
    means = {}
    for seed in SEEDS:
        new = joblib.load(MODELS / f"no_top_two_{seed}.joblib")
        new.scorer().top_two = False
        for name, model in (("v3.38", joblib.load(V338 / f"design_1_{seed}.joblib")), ("no top two", new)):
            line = [f"seed {seed}, {name}: thresholds " + " ".join(f"{t:.2f}" for t in model.thresholds_)]
            for group, (rows, neutral) in groups.items():
                items = [(a, (b + NEUTRAL).strip() if neutral else b) for a, b in zip(rows["title"], rows["text"])]
                f = f1s(tags_to_matrix(rows["tags"]), model.predict(items))
                means.setdefault((name, group), []).append(f)
                line.append(f"{group} {f.mean():.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + ")")
            print("; ".join(line), flush=True)
    for (name, group), rows in means.items():
        f = np.mean(rows, axis=0)
        print(f"mean of {len(rows)} seeds, {name}, {group}: {f.mean():.4f} ("
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + ")")


if __name__ == "__main__":
    main()
