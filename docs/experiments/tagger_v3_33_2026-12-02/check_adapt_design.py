"""Check that ``adapt_design.LengthAdaptedTagger`` (seed 42) reproduces ``explore_adapt_points.py``'s
"adapted, with the long reports, point per length" (wire mean 0.8895, set BQ 0.9252): opened sets only."""
import os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from adapt_design import LengthAdaptedTagger
from explore_wire import f1s, training_frame
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.tagging.train import ITEM_COLUMNS

frame = training_frame((1.0, 1.0))
model = LengthAdaptedTagger(random_state=42).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
h = read_snippets("holdout"); sets = h["id"].str.extract(r"^w([A-Z]+)-", expand=False).to_numpy()
Y = tags_to_matrix(h["tags"]).astype(bool); P = model.predict(h.reindex(columns=ITEM_COLUMNS)).astype(bool)
wire = [s for s in dict.fromkeys(sets) if s not in LONG_REPORT_SETS]
print(f"wire mean {np.mean([f1s(Y[sets == s], P[sets == s]).mean() for s in wire]):.4f}, "
      f"BQ {f1s(Y[sets == 'BQ'], P[sets == 'BQ']).mean():.4f}, thresholds by length {model.thresholds_by_length_.tolist()}")
