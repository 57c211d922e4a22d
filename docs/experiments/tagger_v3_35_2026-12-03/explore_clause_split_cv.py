"""Exploration in cross-validation (decides nothing; no holdout, no lockbox item): does v3.33 find more of the
tags carried by one phrase if each body sentence is also read in its clauses?

A crude probe, not a design: the same fold models (make train's folds of the non-lockbox items, fold seed 42,
model seed 42) predict each test item twice, as given and with its body's sentences cut at clause boundaries
(``; `` and ``, `` and before `` while ``/`` but ``/`` as ``/`` after ``), where both sides keep five words or
more, the cut written as a full stop and the clause's first letter as a capital, so that the splitter reads each
clause as a sentence. The item is tagged
when either reading tags it. Prints F1, predicted and true counts per tag for the corpus, the written long
reports and the wire items.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_35_2026-12-03/explore_clause_split_cv.py
"""

import os
import re

import numpy as np

from newstag.config import TAGS
from newstag.corpus.sentences import item_sentences
from newstag.tagging.evaluate import _folds, run_in_parallel
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import LONG_TRAINING_SETS
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

BOUNDARY = re.compile(r"(?:;|,)\s+|\s+(?=(?:while|but|as|after)\s)")


def clauses(sentence: str) -> str:
    parts, start = [], 0
    for match in BOUNDARY.finditer(sentence):
        left, right = sentence[start:match.start()], sentence[match.end():]
        if len(left.split()) >= 5 and len(right.split()) >= 5:
            parts.append(left)
            start = match.end()
    parts.append(sentence[start:])
    if len(parts) == 1:
        return sentence
    # The splitter starts a sentence at a capital after a full stop.
    parts = [parts[0]] + [p[:1].upper() + p[1:] for p in parts[1:]]
    return " ".join([p.rstrip(".,;") + "." for p in parts[:-1]] + parts[-1:])


def split_text(title, text):
    body = [s.text for s in item_sentences(title or "", text or "") if s.field == "text"]
    return " ".join(clauses(s) for s in body) if body else text


def fold(X_fit, Y_fit, X_test):
    model = SentenceTagger(random_state=42).fit(X_fit, Y_fit)
    cut = X_test.assign(text=[split_text(t, x) for t, x in zip(X_test["title"], X_test["text"])])
    return model.predict(X_test), model.predict(cut)


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    sets = design["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"]).astype(bool)
    folds = _folds(Y.astype(int), 5, 42)
    results = run_in_parallel([(fold, (X.iloc[train], Y[train].astype(int), X.iloc[test])) for train, test in folds], 2)
    given, cut = np.zeros(Y.shape, bool), np.zeros(Y.shape, bool)
    for (_, test), (a, b) in zip(folds, results):
        given[test], cut[test] = a.astype(bool), b.astype(bool)
    groups = {"corpus": design["id"].str.startswith("fakes:").to_numpy(),
              "written long reports": sets.isin(LONG_TRAINING_SETS).to_numpy(),
              "wire": (sets.notna() & ~sets.isin(LONG_TRAINING_SETS)).to_numpy()}
    for name, P in (("as given", given), ("either reading", given | cut)):
        for group, rows in groups.items():
            f = [2 * (Y[rows, k] & P[rows, k]).sum() / max(Y[rows, k].sum() + P[rows, k].sum(), 1) for k in range(4)]
            print(f"{name:15s} {group:21s} macro {np.mean(f):.4f}: " + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f))
                  + "; predicted/true " + " ".join(f"{int(P[rows, k].sum())}/{int(Y[rows, k].sum())}" for k in range(4)),
                  flush=True)


if __name__ == "__main__":
    main()
