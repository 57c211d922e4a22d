"""v3.27's candidates, the holdout rule's fits: one design, one model seed, a holdout scored once.

v3.27 (``--design 0``, with ``PYTHONPATH`` at main's src: the candidate's
branch changes the default) and the candidate (``--design <C>``, at its
branch's src) each fit in their own process, on v3.22's material less the
lockbox (candidates 9 and 11: plus the sets they add, ``more_wars.material``); the decisions on the candidate's holdout (set AY) go to
``rule_fits_AY/design<D>_seed<S>.npz``, and
``rule_score.py`` scores them. Runs only when ``gain_<C>.out`` records the
candidate's gain as met.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<src> python \
        docs/experiments/tagger_v3_27_2026-11-30/rule_fits.py --candidate 6 --design 6 --seed 42
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, RULE_HOLDOUT, RULE_SEEDS, shipped_material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["6", "7", "9", "11"], required=True)
parser.add_argument("--design", choices=["0", "6", "7", "9", "11"], required=True)
parser.add_argument("--seed", type=int, choices=RULE_SEEDS, required=True)
args = parser.parse_args()
assert args.design in ("0", args.candidate)
assert (here / f"gain_{args.candidate}.out").read_text().splitlines()[-1].startswith("gain met"), "the holdout stays unopened"
snippets = read_snippets()
letter = RULE_HOLDOUT[args.candidate]
holdout = snippets[snippets["id"].str.startswith(f"w{letter}-")].reset_index(drop=True)
assert len(holdout) == 250 and (holdout["set"] == "unopened").all()
from newstag.tagging.train import ITEM_COLUMNS  # noqa: E402

on_main = ITEM_COLUMNS == ["title", "text", "evidence"]  # v3.27's: neither candidate's plumbing
# Candidates 9 and 11 are main's code on more material (more_wars.py): both designs run on main's src.
assert on_main == (args.design in ("0", "9", "11")), "design 0 (v3.27) runs on main's src, a candidate on its branch's"
if args.candidate in ("9", "11"):
    from more_wars import material

    frame = material(args.design)
else:
    frame = shipped_material()
model = fit(lambda: SentenceTagger(random_state=args.seed, **DESIGNS[args.design][1]), frame)
decisions = model.predict(holdout[["title", "text"]].assign(evidence=[{}] * len(holdout))).astype(np.int8)
out = here / f"rule_fits_{letter}"
out.mkdir(exist_ok=True)
np.savez_compressed(out / f"design{args.design}_seed{args.seed}.npz", ids=holdout["id"].to_numpy(dtype=str),
                    decisions=decisions)
print(f"design {args.design}, model seed {args.seed}: set {letter} decided")
