"""Candidates 3 and 4 of v3.23, the holdout rule (labels/snippets/README.md): an unopened set, scored once, five fits each.

Candidate 3 against v3.22 on set AR; candidate 4 against v3.23 (candidate
3) on set AS. Both designs fit on v3.22's material less the lockbox with
model seeds 42, 2026, 7777, 1 and 7 (two at a time); the candidate ships
when its mean macro-F1 on the set is at least the base's less 0.003 (and
``make benchmark`` then keeps the speed target). The range of macro-F1 over the five fits is
printed for both and decides nothing; v2 and the keyword rules are printed
beside them, fitted on the same items.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_23_2026-11-30/steady_rule.py --candidate 3 > steady_rule.out
"""

import argparse
import sys
from pathlib import Path

from joblib import Parallel, delayed

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, five_fit_means, print_baselines, shipped_material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.labels import tags_to_matrix  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

RULE_SEEDS = (42, 2026, 7777, 1, 7)
parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["3", "4"], required=True)
candidate = parser.parse_args().candidate
# candidate -> (gain output, set letter, the candidate's label, the base's label and options)
RULES = {"3": ("steady_gain.out", "AR", "tagger v3.23 (a steadier operating point)", "tagger v3.22",
               {"threshold_draws": 1, "threshold_window": 0.0}),
         "4": ("steady_gain_4.out", "AS", "tagger v3.24 (short items by expectation)", "tagger v3.23", DESIGNS["3"][1])}
gain_file, letter, candidate_label, base_label, base_params = RULES[candidate]
gain = (here / gain_file).read_text().splitlines()
assert gain[-1].startswith("gain met"), f"candidate {candidate}'s gain is not met: set {letter} stays unopened"
snippets = read_snippets()
holdout = snippets[snippets["id"].str.startswith(f"w{letter}-")].reset_index(drop=True)
assert len(holdout) == 250 and (holdout["set"] == "unopened").all()
frame = shipped_material()
designs = {candidate_label: DESIGNS[candidate][1], base_label: base_params}
unlabelled = holdout[["title", "text"]].assign(evidence=[{}] * len(holdout))


def decisions(params, seed):
    return fit(lambda: SentenceTagger(random_state=seed, **params), frame).predict(unlabelled)


jobs = [(label, seed) for label in designs for seed in RULE_SEEDS]
predicted = dict(zip(jobs, Parallel(n_jobs=2)(delayed(decisions)(designs[label], seed) for label, seed in jobs)))
Y = tags_to_matrix(holdout["tags"])
means = {label: five_fit_means(label, {seed: predicted[label, seed] for seed in RULE_SEEDS}, Y, name=f"set {letter}")
         for label in designs}
print_baselines(frame, holdout, name=f"set {letter}")
(candidate, new), (shipped, old) = means.items()
ships = new >= old - 0.003
print(f"rule: {new:.4f} against {old:.4f} (difference {new - old:+.4f}; -0.003 allowed): "
      f"{candidate if ships else shipped} {'ships' if ships else 'stays'} "
      "(unless newstag tag misses the speed target)")
