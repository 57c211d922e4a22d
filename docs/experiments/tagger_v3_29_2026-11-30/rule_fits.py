"""v3.29's candidates, the holdout rule's fits: one design, one model seed, set BC (candidates 11 to 13: BE; candidate 14, design 11: BF) scored once.

The base (``--design 0``) and the candidate each fit on their material
(``candidates.material``); the decisions on set BC go to
``rule_fits_<set>/design<D>_seed<S>.npz`` and ``rule_score.py`` scores them.
Runs only when ``gain_<C>.out`` records the candidate's gain as met.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_29_2026-11-30/rule_fits.py --candidate 1 --design 1 --seed 42
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import PARAMS, RULE_SEEDS, SIXTH_READING_DESIGNS, _set_items, design_lexicon, material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"], required=True)
parser.add_argument("--design", choices=["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"], required=True)
parser.add_argument("--seed", type=int, choices=RULE_SEEDS, required=True)
args = parser.parse_args()
# Candidate 14 is design 11 adopted for the spec's sake (labels/snippets/README.md): it has no gain of its own.
# Each design reads its own labels (material() overlays the sixth reading for design 11 only).
assert args.design in ("0", "11" if args.candidate == "14" else args.candidate)
letter = {"14": "BF"}.get(args.candidate, "BE" if args.candidate in SIXTH_READING_DESIGNS else "BC")
if args.candidate != "14":
    assert (here / f"gain_{args.candidate}.out").read_text().splitlines()[-1].startswith("gain met"), \
        f"set {letter} stays unopened"
design_lexicon(args.design)
holdout = _set_items(letter, "unopened")
assert len(holdout) == 250
model = fit(lambda: SentenceTagger(random_state=args.seed, **PARAMS.get(args.design, {})), material(args.design))
decisions = model.predict(holdout[["title", "text"]].assign(evidence=[{}] * len(holdout))).astype(np.int8)
out = here / f"rule_fits_{letter}"
out.mkdir(exist_ok=True)
np.savez_compressed(out / f"design{args.design}_seed{args.seed}.npz", ids=holdout["id"].to_numpy(dtype=str),
                    decisions=decisions, thresholds=model.thresholds_)
print(f"design {args.design}, model seed {args.seed}: thresholds " + ", ".join(f"{t:.2f}" for t in model.thresholds_),
      flush=True)
