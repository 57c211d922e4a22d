"""v3.27's candidates, the holdout rule: the fits of ``rule_fits.py`` scored on the candidate's holdout, and the verdict.

The candidate ships when its mean macro-F1 over the five fits (model seeds
42, 2026, 7777, 1, 7) is at least v3.27's (no allowance; and ``make
benchmark`` then keeps the speed targets). The range over the five fits is
printed and decides nothing; v2 and the keyword rules, fitted on the same
items, are printed beside them.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_27_2026-11-30/rule_score.py --candidate 6
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import RULE_HOLDOUT, RULE_SEEDS, five_fit_means, print_baselines, shipped_material  # noqa: E402

from newstag.tagging.labels import tags_to_matrix  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["6", "7", "9", "11"], required=True)
candidate = parser.parse_args().candidate
DESIGN_LABELS = {candidate: f"tagger v3.28 (candidate {candidate})", "0": "tagger v3.27"}
snippets = read_snippets()
letter = RULE_HOLDOUT[candidate]
holdout = snippets[snippets["id"].str.startswith(f"w{letter}-")].reset_index(drop=True)
fits = here / f"rule_fits_{letter}"
Y = tags_to_matrix(holdout["tags"])
means = {}
for design, label in DESIGN_LABELS.items():
    decisions = {}
    for seed in RULE_SEEDS:
        run = np.load(fits / f"design{design}_seed{seed}.npz")
        assert (run["ids"] == holdout["id"].to_numpy(dtype=str)).all()
        decisions[seed] = run["decisions"]
    means[label] = five_fit_means(label, decisions, Y, name=f"set {letter}")
if candidate in ("9", "11"):  # v2 and the keyword rules on the candidate's items
    from more_wars import material

    print_baselines(material(candidate), holdout, name=f"set {letter}")
else:
    print_baselines(shipped_material(), holdout, name=f"set {letter}")
(candidate, new), (shipped, old) = means.items()
ships = new >= old
print(f"rule: {new:.4f} against {old:.4f} (difference {new - old:+.4f}; no allowance): "
      f"{candidate if ships else shipped} {'ships' if ships else 'stays'} "
      "(unless newstag tag misses the speed target)")
