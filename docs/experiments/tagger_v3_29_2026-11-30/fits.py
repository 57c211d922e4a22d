"""v3.29's candidates, the fits of their gains: one design, one model seed.

Fits a design of ``candidates.DESIGNS`` on its material less the lockbox
and saves, to ``fits/design<D>_seed<S>.npz``, its thresholds and its
decisions on the eight opened holdouts (sets AR to AZ, 2,000 items) and
on set AK. Design ``check`` decides instead on the items v3.28's fits
decided on (sets R to AX and AK) and is compared with candidate 5 of
v3.28's saved fit of the same seed.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_29_2026-11-30/fits.py --design 1 --seed 121
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import design_lexicon, DESIGNS, FITS, PARAMS, GAIN_SEEDS, RULE_SEEDS, V328_FITS, material, opened_holdouts, set_ak  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
parser.add_argument("--seed", type=int, choices=GAIN_SEEDS, required=True)
args = parser.parse_args()
design_lexicon(args.design)
model = fit(lambda: SentenceTagger(random_state=args.seed, **PARAMS.get(args.design, {})), material(args.design))
assert args.seed not in RULE_SEEDS


def decide(items):
    return model.predict(items[["title", "text"]].assign(evidence=[{}] * len(items))).astype(np.int8)


thresholds = ", ".join(f"{t:.2f}" for t in model.thresholds_)
if args.design == "check":
    saved = np.load(V328_FITS / f"design5_seed{args.seed}.npz")
    snippets = read_snippets().set_index("id")
    same_thresholds = np.array_equal(saved["thresholds"], model.thresholds_)
    same_opened = np.array_equal(saved["opened"], decide(snippets.loc[saved["opened_ids"]].reset_index()))
    same_ak = np.array_equal(saved["ak"], decide(snippets.loc[saved["ak_ids"]].reset_index()))
    print(f"check, seed {args.seed}: thresholds {thresholds}; equal to v3.28 candidate 5's saved fit: "
          f"thresholds {same_thresholds}, decisions on sets R-AX {same_opened}, on set AK {same_ak}", flush=True)
    sys.exit(0 if same_thresholds and same_opened and same_ak else 1)
opened, ak = opened_holdouts(), set_ak()
assert len(opened) == 2000 and len(ak) == 180
FITS.mkdir(exist_ok=True)
np.savez_compressed(FITS / f"design{args.design}_seed{args.seed}.npz", thresholds=model.thresholds_,
                    opened_ids=opened["id"].to_numpy(dtype=str), opened=decide(opened),
                    ak_ids=ak["id"].to_numpy(dtype=str), ak=decide(ak))
print(f"design {args.design}, model seed {args.seed}: thresholds {thresholds}", flush=True)
