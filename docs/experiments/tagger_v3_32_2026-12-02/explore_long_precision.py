"""Exploration (decides nothing): where v3.31 errs on long articles, by three measures that disagree in direction.

1. Sets BI and BK (long reports on the Syrian war, holdouts opened by
   candidates 2 and 5 of v3.32): the shipped model's false tags and misses
   per tag, and for diplomacy the best-scoring sentence of each error.
2. The lockbox, as `make train` scored it (`models/evaluation.json`, read
   there, not re-scored here): precision and recall per tag.
3. The corpus CV of v3.31 (candidate 3's `cv8_0_<seed>.npz` in
   ``$OOF_DIR``, out-of-fold): tags predicted over tags true per tag, and
   the threshold that would maximise corpus F1 (in-sample on those
   out-of-fold scores, an optimistic headroom).

    OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_32_2026-12-02/explore_long_precision.py
"""

import json
import os
from pathlib import Path

import numpy as np

from newstag.config import TAGS


def holdout_errors() -> None:
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.predict import load_tagger
    from newstag.tagging.snippets import read_snippets

    model = load_tagger()
    holdout = read_snippets("holdout")
    for prefix in ("wBI-", "wBK-"):
        items = holdout[holdout["id"].str.startswith(prefix)].reset_index(drop=True)
        pairs = list(zip(items["title"], items["text"]))
        Y = tags_to_matrix(items["tags"]).astype(bool)
        P = model.predict_proba(pairs)
        pred = P >= model.thresholds_
        print(f"set {prefix[1:3]}: " + "; ".join(
            f"{t} false {int((pred[:, k] & ~Y[:, k]).sum())} missed {int((~pred[:, k] & Y[:, k]).sum())} of {int(Y[:, k].sum())}"
            for k, t in enumerate(TAGS)))
        k = TAGS.index("diplomacy")
        proba, sentences, owner = model.sentence_proba(pairs)
        for i in np.flatnonzero(pred[:, k] != Y[:, k]):
            rows = np.flatnonzero(owner == i)
            best = rows[np.argmax(proba[rows, k])]
            print(f"  diplomacy {'false' if pred[i, k] else 'missed'} {items['id'][i]} p={P[i, k]:.2f}; best sentence "
                  f"{proba[best, k]:.2f}: {sentences[best].text[:140]}")


def lockbox() -> None:
    items = json.loads(Path("models/evaluation.json").read_text())["lockbox"]["items"]["tagger v3.31"]
    print("lockbox, v3.31 (from make train): " + "; ".join(
        f"{t} precision {items[t]['precision']:.3f} recall {items[t]['recall']:.3f}" for t in TAGS))


def corpus_cv() -> None:
    out = Path(os.environ.get("OOF_DIR", "/tmp"))
    grid = np.arange(0.10, 0.95, 0.02)
    for seed in (42, 1, 7):
        run = np.load(out / f"cv8_0_{seed}.npz")
        corpus = ~np.char.startswith(run["ids"], "w")
        Y, pred, proba = run["Y"][corpus].astype(bool), run["pred"][corpus].astype(bool), run["proba"][corpus]
        parts = []
        for k, t in enumerate(TAGS):
            f1 = [2 * (Y[:, k] & (proba[:, k] >= g)).sum() / max(Y[:, k].sum() + (proba[:, k] >= g).sum(), 1) for g in grid]
            now = 2 * (Y[:, k] & pred[:, k]).sum() / (Y[:, k].sum() + pred[:, k].sum())
            parts.append(f"{t} predicted/true {pred[:, k].sum() / Y[:, k].sum():.2f}, F1 {now:.3f} "
                         f"(best {max(f1):.3f} at {grid[int(np.argmax(f1))]:.2f})")
        print(f"corpus CV, fold seed {seed}: " + "; ".join(parts))


if __name__ == "__main__":
    holdout_errors()
    lockbox()
    corpus_cv()
