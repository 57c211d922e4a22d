"""v3.29's candidates, the holdout rule: the fits of ``rule_fits.py`` scored on set BC (candidates 11 to 13: set BE, on the sixth reading's labels;
candidate 14, design 11: set BF, on the sixth reading's labels, its first reading's a record), and the verdict.

The candidate ships when its mean macro-F1 over the five fits (model seeds
42, 2026, 7777, 1, 7) is at least the base's (candidates 1, 5 and 7 to 10: no allowance;
candidate 2: less 0.003; candidates 3, 4, 6 and 11 to 14: less 0.002) and ``make benchmark`` then keeps the speed
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
parser.add_argument("--candidate", choices=["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"], required=True)
candidate = parser.parse_args().candidate
letter = {"14": "BF"}.get(candidate, "BE" if candidate in SIXTH_READING_DESIGNS else "BC")
design = "11" if candidate == "14" else candidate  # candidate 14 is design 11 (labels/snippets/README.md)
allowed = {"1": 0.0, "2": 0.003, "3": 0.002, "4": 0.002, "5": 0.0, "6": 0.002, "7": 0.0, "8": 0.0, "9": 0.0,
           "10": 0.0, "11": 0.002, "12": 0.002, "13": 0.002, "14": 0.002}[candidate]
labels = {design: f"tagger v3.30 (candidate {candidate})", "0": "tagger v3.29"}
first_reading = _set_items(letter, "unopened") if candidate == "14" else None
if design in SIXTH_READING_DESIGNS:
    sixth_reading_labels()
holdout = _set_items(letter, "unopened")


def decisions_of(design: str) -> dict:
    decisions = {}
    for seed in RULE_SEEDS:
        run = np.load(here / f"rule_fits_{letter}" / f"design{design}_seed{seed}.npz")
        assert (run["ids"] == holdout["id"].to_numpy(dtype=str)).all()
        decisions[seed] = run["decisions"]
    return decisions


if first_reading is not None:
    # A record that decides nothing: set BF on the labels its writers and first readers gave it.
    assert (first_reading["id"] == holdout["id"]).all()
    print(f"== a record: set {letter} on its first reading's labels (ceasefire "
          f"{int(tags_to_matrix(first_reading['tags'])[:, 0].sum())} items) ==")
    for d, label in labels.items():
        v327.five_fit_means(label, decisions_of(d), tags_to_matrix(first_reading["tags"]),
                            name=f"set {letter}, first reading")
    print(f"== the rule: set {letter} on the sixth reading's labels (ceasefire "
          f"{int(tags_to_matrix(holdout['tags'])[:, 0].sum())} items) ==")
Y = tags_to_matrix(holdout["tags"])
means = {label: v327.five_fit_means(label, decisions_of(d), Y, name=f"set {letter}") for d, label in labels.items()}
v327.print_baselines(material(design).drop(columns=["weight", "operating_weight"]), holdout, name=f"set {letter}")
(new_label, new), (old_label, old) = means.items()
ships = new >= old - allowed - 1e-9
print(f"rule: {new:.4f} against {old:.4f} (difference {new - old:+.4f}; allowed {allowed}): "
      f"{new_label if ships else old_label} {'ships' if ships else 'stays'} (unless newstag tag misses the speed target)")
