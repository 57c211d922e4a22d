"""After v3.37 shipped (decides nothing; no label changed): why is humanitarian lower on the wire holdouts?

Compares, for the five fits of each design on the non-lockbox items (``rule_c3.py``'s ``/tmp/models_v337c`` and
``/tmp/models_v336``), the fitted thresholds, and for the seed-42 fits the humanitarian probabilities on the opened
wire holdout items, with and without a dateline, and v3.36's on the texts with their datelines cut off.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_37_2026-12-03/explore_humanitarian_threshold.py
"""
import joblib
import numpy as np

from newstag.config import TAGS
from newstag.corpus.datelines import dateline_end
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets

H = TAGS.index("humanitarian")
for seed in (42, 2026, 7777, 1, 7):
    old = joblib.load(f"/tmp/models_v336/design_2_{seed}.joblib").thresholds_
    new = joblib.load(f"/tmp/models_v337c/design_1_{seed}.joblib").thresholds_
    print(f"seed {seed}: thresholds v3.36 {old.round(2).tolist()}, v3.37 {new.round(2).tolist()} ({', '.join(TAGS)})")

holdout = read_snippets("holdout")
sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
wire = holdout[~sets.isin(LONG_REPORT_SETS)].fillna({"title": "", "text": ""}).reset_index(drop=True)
Y = tags_to_matrix(wire["tags"]).astype(bool)
old, new = joblib.load("/tmp/models_v336/design_2_42.joblib"), joblib.load("/tmp/models_v337c/design_1_42.joblib")
p_old, p_new = old.predict_proba(wire[["title", "text"]])[:, H], new.predict_proba(wire[["title", "text"]])[:, H]
cut = wire.assign(text=[t[dateline_end(t):] for t in wire["text"]])
p_cut = old.predict_proba(cut[["title", "text"]])[:, H]
has = np.array([dateline_end(t) > 0 for t in wire["text"]])
for name, rows in (("with a dateline", has), ("without", ~has)):
    print(f"seed 42, {rows.sum()} wire items {name}: mean humanitarian probability v3.36 {p_old[rows].mean():.4f}"
          + (f" (its datelines cut off {p_cut[rows].mean():.4f})" if name != "without" else "")
          + f", v3.37 {p_new[rows].mean():.4f}; share tagged v3.36 {(p_old[rows] >= old.thresholds_[H]).mean():.3f}, "
          f"v3.37 {(p_new[rows] >= new.thresholds_[H]).mean():.3f}, labelled {Y[rows, H].mean():.3f}")
