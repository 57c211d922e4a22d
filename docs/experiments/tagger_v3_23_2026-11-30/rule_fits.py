"""Candidate 5 of v3.23, its holdout rule's fits: one design, one model seed, set AS scored once.

Candidate 5 changes the lexicon, not an option, so each design fits in its
own process: v3.23 (``--design 3``) with ``PYTHONPATH`` at ``main``'s src,
candidate 5 (``--design 5``) at branch ``v323-stopfighting``'s. Both fit on
v3.22's material less the lockbox; the decisions on set AS go to
``rule_fits/design<D>_seed<S>.npz`` and ``rule_score.py`` scores them. Runs
only when ``steady_gain_5.out`` records the gain as met.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<src> python \
        docs/experiments/tagger_v3_23_2026-11-30/rule_fits.py --design 5 --seed 42
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, shipped_material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

RULE_SEEDS = (42, 2026, 7777, 1, 7)
parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=["3", "5"], required=True)
parser.add_argument("--seed", type=int, choices=RULE_SEEDS, required=True)
args = parser.parse_args()
assert (here / "steady_gain_5.out").read_text().splitlines()[-1].startswith("gain met"), "set AS stays unopened"
snippets = read_snippets()
holdout = snippets[snippets["id"].str.startswith("wAS-")].reset_index(drop=True)
assert len(holdout) == 250 and (holdout["set"] == "unopened").all()
model = fit(lambda: SentenceTagger(random_state=args.seed, **DESIGNS[args.design][1]), shipped_material())
decisions = model.predict(holdout[["title", "text"]].assign(evidence=[{}] * len(holdout))).astype(np.int8)
out = here / "rule_fits"
out.mkdir(exist_ok=True)
np.savez_compressed(out / f"design{args.design}_seed{args.seed}.npz", ids=holdout["id"].to_numpy(dtype=str),
                    decisions=decisions)
print(f"design {args.design}, model seed {args.seed}: set AS decided")
