"""v3.29's candidates, the holdout rule: the fits of ``rule_fits.py`` scored on set BC (candidates 11 to 13: set BE, on the sixth reading's labels), and the verdict.

The candidate ships when its mean macro-F1 over the five fits (model seeds
42, 2026, 7777, 1, 7) is at least the base's (candidates 1, 5 and 7 to 10: no allowance;
candidate 2: less 0.003; candidates 3, 4, 6 and 11 to 13: less 0.002) and ``make benchmark`` then keeps the speed
targets. v2 and the keyword rules, fitted on the candidate's items,
are printed beside them and decide nothing.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_29_2026-11-30/rule_score.py --candidate 1
"""

import argparse
import importlib.util
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import RULE_SEEDS, SIXTH_READING_DESIGNS, _set_items, material, sixth_reading_labels  # noqa: E402

from newstag.tagging.labels import tags_to_matrix  # noqa: E402

spec = importlib.util.spec_from_file_location("v327_candidates", here.parent / "tagger_v3_27_2026-11-30" / "candidates.py")
v327 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v327)

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"], required=True)
candidate = parser.parse_args().candidate
if candidate in SIXTH_READING_DESIGNS:
    sixth_reading_labels()
letter = "BE" if candidate in SIXTH_READING_DESIGNS else "BC"
allowed = {"1": 0.0, "2": 0.003, "3": 0.002, "4": 0.002, "5": 0.0, "6": 0.002, "7": 0.0, "8": 0.0, "9": 0.0,
           "10": 0.0, "11": 0.002, "12": 0.002, "13": 0.002}[candidate]
labels = {candidate: f"tagger v3.30 (candidate {candidate})", "0": "tagger v3.29"}
holdout = _set_items(letter, "unopened")
Y = tags_to_matrix(holdout["tags"])
means = {}
for design, label in labels.items():
    decisions = {}
    for seed in RULE_SEEDS:
        run = np.load(here / f"rule_fits_{letter}" / f"design{design}_seed{seed}.npz")
        assert (run["ids"] == holdout["id"].to_numpy(dtype=str)).all()
        decisions[seed] = run["decisions"]
    means[label] = v327.five_fit_means(label, decisions, Y, name=f"set {letter}")
v327.print_baselines(material(candidate).drop(columns=["weight", "operating_weight"]), holdout, name=f"set {letter}")
(new_label, new), (old_label, old) = means.items()
ships = new >= old - allowed - 1e-9
print(f"rule: {new:.4f} against {old:.4f} (difference {new - old:+.4f}; allowed {allowed}): "
      f"{new_label if ships else old_label} {'ships' if ships else 'stays'} (unless newstag tag misses the speed target)")
