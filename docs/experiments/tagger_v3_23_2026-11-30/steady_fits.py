"""Candidates 3 and 4 of v3.23, the fits of their stability and set-AK halves: one design, one model seed.

Fits v3.22 (``--design 0``), candidate 3 (``--design 3``, v3.23),
candidate 4 (``--design 4``) or candidate 5 (``--design 5``, with
``PYTHONPATH`` at branch ``v323-stopfighting``'s src) on v3.22's material
less the lockbox with one model seed (candidate 3's gain: 101, 202, 303,
404, 505; candidate 4's: 111, 222, 333, 444, 555; candidate 5's: 121, 232,
343, 454, 565) and saves, to ``steady_fits/design<D>_seed<S>.npz``,
its thresholds and its decisions on the 3,000 items of the twelve opened
holdout sets (read without their labels; only agreement between fits is
measured there) and on set AK. ``steady_gain.py`` reads them.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_23_2026-11-30/steady_fits.py --design 3 --seed 101
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

FRESH_SEEDS = (101, 202, 303, 404, 505, 111, 222, 333, 444, 555, 121, 232, 343, 454, 565)

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=["0", "3", "4", "5"], required=True)
parser.add_argument("--seed", type=int, choices=FRESH_SEEDS, required=True)
args = parser.parse_args()
snippets = read_snippets()
# The twelve holdout sets opened before candidate 3's rule (set AR, opened by it, is left out).
opened = snippets[(snippets["set"] == "holdout") & ~snippets["id"].str.startswith("wAR-")].reset_index(drop=True)
ak = snippets[snippets["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(opened) == 3000 and len(ak) == 180 and (ak["set"] == "aside").all()
model = fit(lambda: SentenceTagger(random_state=args.seed, **DESIGNS[args.design][1]), shipped_material())
out = here / "steady_fits"
out.mkdir(exist_ok=True)


def decide(items):
    return model.predict(items[["title", "text"]].assign(evidence=[{}] * len(items))).astype(np.int8)


np.savez_compressed(out / f"design{args.design}_seed{args.seed}.npz", thresholds=model.thresholds_,
                    opened_ids=opened["id"].to_numpy(dtype=str), opened=decide(opened),
                    ak_ids=ak["id"].to_numpy(dtype=str), ak=decide(ak))
print(f"design {args.design}, model seed {args.seed}: thresholds " + ", ".join(f"{t:.2f}" for t in model.thresholds_))
