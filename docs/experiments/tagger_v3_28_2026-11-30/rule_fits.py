"""v3.28's candidates, the holdout rule's fits: one design, one model seed, set AZ scored once.

v3.28 (``--design 0``, ``PYTHONPATH`` at main's src) and the candidate
(``--design <C>``, at its branch's src) each fit in their own process on
their material (``candidates.material``); the decisions on set AZ go to
``rule_fits_AZ/design<D>_seed<S>.npz`` and ``rule_score.py`` scores them.
Runs only when ``gain_<C>.out`` records the candidate's gain as met.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<src> python \
        docs/experiments/tagger_v3_28_2026-11-30/rule_fits.py --candidate 4 --design 4 --seed 42
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, RULE_SEEDS, WEIGHTED, material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import ITEM_COLUMNS  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=sorted(DESIGNS), required=True)
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
parser.add_argument("--seed", type=int, choices=RULE_SEEDS, required=True)
args = parser.parse_args()
assert args.design in ("0", args.candidate)
assert (here / f"gain_{args.candidate}.out").read_text().splitlines()[-1].startswith("gain met"), "set AZ stays unopened"
if args.design in WEIGHTED:
    assert "weight" in ITEM_COLUMNS, "run on branch v328-item-weights"
snippets = read_snippets()
holdout = snippets[snippets["id"].str.startswith("wAZ-")].reset_index(drop=True)
assert len(holdout) == 250 and (holdout["set"] == "unopened").all()
model = fit(lambda: SentenceTagger(random_state=args.seed), material(args.design))
decisions = model.predict(holdout[["title", "text"]].assign(evidence=[{}] * len(holdout))).astype(np.int8)
out = here / "rule_fits_AZ"
out.mkdir(exist_ok=True)
np.savez_compressed(out / f"design{args.design}_seed{args.seed}.npz", ids=holdout["id"].to_numpy(dtype=str),
                    decisions=decisions, thresholds=model.thresholds_)
print(f"design {args.design}, model seed {args.seed}: thresholds " + ", ".join(f"{t:.2f}" for t in model.thresholds_),
      flush=True)
