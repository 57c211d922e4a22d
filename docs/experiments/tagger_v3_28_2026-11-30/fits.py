"""v3.28's candidates, the fits of their gains: one design, one model seed.

Fits design 0 (v3.28, from ``main``), 1, 3, 4 or 5 (branch ``v328-item-weights``)
or 2 (set BB) and saves, to ``fits/design<D>_seed<S>.npz``, its thresholds
and its decisions on the 4,500 items of the eighteen opened holdout sets
(R to AX; designs 1, 3, 4 and 5 train on the first twelve) and on set AK.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python \
        docs/experiments/tagger_v3_28_2026-11-30/fits.py --design 1 --seed 121
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, FITS, GAIN_SEEDS, LAST_SIX, TWELVE, material, sets  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import ITEM_COLUMNS  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
parser.add_argument("--seed", type=int, choices=GAIN_SEEDS, required=True)
args = parser.parse_args()
if args.design in ("1", "3", "4", "5"):
    assert "weight" in ITEM_COLUMNS, "run on branch v328-item-weights"
if args.design == "5":
    assert "operating_weight" in ITEM_COLUMNS, "run on branch v328-item-weights (operating weights)"
opened = sets(TWELVE + LAST_SIX)
snippets = read_snippets()
ak = snippets[snippets["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(opened) == 4500 and (opened["set"] == "holdout").all() and len(ak) == 180
model = fit(lambda: SentenceTagger(random_state=args.seed), material(args.design))


def decide(items):
    return model.predict(items[["title", "text"]].assign(evidence=[{}] * len(items))).astype(np.int8)


FITS.mkdir(exist_ok=True)
np.savez_compressed(FITS / f"design{args.design}_seed{args.seed}.npz", thresholds=model.thresholds_,
                    opened_ids=opened["id"].to_numpy(dtype=str), opened=decide(opened),
                    ak_ids=ak["id"].to_numpy(dtype=str), ak=decide(ak))
print(f"design {args.design}, model seed {args.seed}: thresholds " + ", ".join(f"{t:.2f}" for t in model.thresholds_),
      flush=True)
