"""Candidate for v3.9: cue hits inside background clauses as extra sentence features (5-fold CV).

The spec calls a passing mention "one clause in background". Each sentence
is cut into clauses (at , ; : brackets and dashes, and before the
subordinators below); a clause that opens with a background subordinator
(since, after, following, before, until, when, once, which, where, who, or
"N months/years/weeks after") is background. Candidate features, per tag: the
strong cue's hits in background clauses (at most 3, over 3), and whether all
of the sentence's strong hits are in background clauses. Prototype: the
features are patched into SentenceTagger and SentenceBatch in this process
only.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_9_2026-11-29/clause_cv.py {base|clause} SEED
"""

import json
import re
import sys

import numpy as np
import pandas as pd

from newstag.config import TAGS
from newstag.tagging import sentence_batch, sentence_model
from newstag.tagging.cues import CUES, cue_hits
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import labelled_training_data

SUBORDINATORS = r"since|after|following|before|until|when|once|which|where|who|whose"
_CUT = re.compile(rf"[,;:()\[\]]|\s[-–—]\s|(?=\b(?:{SUBORDINATORS})\b)", re.IGNORECASE)
_BACKGROUND = re.compile(rf"^\s*(?:(?:\w+\s+){{0,2}}(?:months?|years?|weeks?|days?)\s+after\b|(?:{SUBORDINATORS})\b)",
                         re.IGNORECASE)
STRONG = [list(CUES).index(f"{t}_strong") for t in TAGS]


def clause_features(texts):
    clauses, owner, background = [], [], []
    for row, text in enumerate(texts):
        for part in _CUT.split(text):
            if part and part.strip():
                clauses.append(part)
                owner.append(row)
                background.append(bool(_BACKGROUND.match(part)))
    out = np.zeros((len(texts), 2 * len(TAGS)))
    if not clauses:
        return out
    hits = cue_hits(clauses)[:, STRONG]
    owner, background = np.asarray(owner), np.asarray(background)
    in_background = np.zeros((len(texts), len(TAGS)))
    total = np.zeros((len(texts), len(TAGS)))
    np.add.at(in_background, owner[background], hits[background])
    np.add.at(total, owner, hits)
    out[:, : len(TAGS)] = np.minimum(in_background, 3.0) / 3.0
    out[:, len(TAGS):] = (total > 0) & (in_background == total)
    return out


if sys.argv[1] == "clause":
    base_dense = SentenceTagger._dense_features
    SentenceTagger._dense_features = staticmethod(
        lambda sentences: np.hstack([base_dense(sentences), clause_features([s.text for s in sentences])]))
    base_batch = sentence_batch.SentenceBatch.cue_and_position_features

    def patched(self, *, cue_tokens=None):
        return np.hstack([base_batch(self, cue_tokens=cue_tokens), clause_features(self.texts)])

    sentence_batch.SentenceBatch.cue_and_position_features = patched
assert sentence_model.SentenceTagger is SentenceTagger

seed = int(sys.argv[2])
snippets = read_snippets()
frame = pd.concat([labelled_training_data(),
                   snippets[snippets["id"].str.startswith("wJ-")].drop(columns=["set", "conflict"])], ignore_index=True)
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_snippet = design["id"].str.match(r"w[A-Z]-").to_numpy()
X, Y = design[["title", "text", "evidence"]], tags_to_matrix(design["tags"])
predictions, _ = cross_validated_predictions(SentenceTagger, X, Y, n_splits=5, random_state=seed)
out = {"candidate": sys.argv[1], "seed": seed, "n_design": len(design)}
for group, rows in (("corpus", ~is_snippet), ("snippets", is_snippet)):
    table = scores_table(Y[rows], predictions[rows])
    out[group] = {tag: round(float(table.loc[tag, "f1"]), 3) for tag in (*TAGS, "macro")}
set_i = snippets[snippets["id"].str.startswith("wI-")]
P, Yi = SentenceTagger(random_state=seed).fit(X, Y).predict(set_i[["title", "text"]]), tags_to_matrix(set_i["tags"])
k = TAGS.index("ceasefire")
out["set_I"] = {"ceasefire_f1": round(float(scores_table(Yi, P).loc["ceasefire", "f1"]), 3),
                "ceasefire_false_positives": int(((P[:, k] == 1) & (Yi[:, k] == 0)).sum())}
print(json.dumps(out))
