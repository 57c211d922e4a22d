"""Exploration (decides nothing): what input shapes that leave the labels as they are cost in F1.

v3.38's seed-42 fit on the non-lockbox items (``$MODEL_DIR/design_1_42.joblib``, from ``rule_c1.py``), scored on
the 17 opened wire holdout sets as written and after each change: a neutral sentence or an agency credit line
after the text, the headline moved into the text as its first line (no title), the text hard-wrapped at 70
characters. None of these changes what an item reports, so its labels stand. No lockbox item is read; set BU
(unopened) is not read.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_38_2026-12-03/explore_input_shape_f1.py
"""

import os
import textwrap
from pathlib import Path

import joblib
import numpy as np

from newstag.config import TAGS
from newstag.corpus.sentences import item_sentences
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets

MODEL = Path(os.environ.get("MODEL_DIR", "/tmp/models_v338c1")) / "design_1_42.joblib"
CHANGES = {
    "as written": lambda title, text: (title, text),
    "a neutral sentence after the text": lambda title, text: (
        title, (text + " The report could not be independently verified.").strip()),
    "a credit line after the text": lambda title, text: (
        title, (text + " (Reporting by Tom Perry; Editing by Alison Williams)").strip()),
    "the headline as the text's first line": lambda title, text: ("", f"{title}\n\n{text}".strip()),
    "the text hard-wrapped at 70 characters": lambda title, text: (title, "\n".join(textwrap.wrap(text, 70))),
}


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    return 2 * (Y & P).sum(0) / np.maximum(Y.sum(0) + P.sum(0), 1)


def main():
    model = joblib.load(MODEL)
    holdout = read_snippets("holdout").fillna({"title": "", "text": ""})
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    wire = holdout[~sets.isin(LONG_REPORT_SETS)]
    Y = tags_to_matrix(wire["tags"])
    items = list(zip(wire["title"], wire["text"]))
    n = np.array([len(item_sentences(title, text)) for title, text in items])
    base = model.predict(items).astype(bool)
    for name, change in CHANGES.items():
        P = model.predict([change(title, text) for title, text in items]).astype(bool)
        f = f1s(Y, P)
        moved = (P != base).any(1)
        by_count = ", ".join(f"{k} sentences {moved[n == k].sum()}/{(n == k).sum()}" for k in sorted(set(n)))
        print(f"{name}: macro {f.mean():.4f} (" + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f))
              + f"); items moved {moved.sum()} of {len(items)} ({by_count}); tags gained "
              + " ".join(f"{t} {(P & ~base)[:, k].sum()}" for k, t in enumerate(TAGS)) + ", lost "
              + " ".join(f"{t} {(~P & base)[:, k].sum()}" for k, t in enumerate(TAGS)), flush=True)


if __name__ == "__main__":
    main()
