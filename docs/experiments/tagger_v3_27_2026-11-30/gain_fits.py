"""v3.27's candidates, the fits of their gains: one design, one model seed.

Fits design 1, 2 or 4 (the lexicon of branch ``v327-peace-accords``, ``v327-old-diplomacy`` or
``v327-arranged-stops``), 3 (branch ``v327-headline-free``) 5 and 6 (branch ``v327-war-thresholds``) or 7 (branch ``v327-conflict-folds``) on v3.22's
material less the lockbox and saves, to ``gain_fits/design<D>_seed<S>.npz``,
its thresholds and its decisions on the 3,000 items of the twelve holdout
sets opened before set AR and on set AK (the layout of
``../tagger_v3_24_2026-11-30/gain_fits.py``). v3.27's own fits are v3.26
candidate 1's (``candidates.BASE_FITS``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<worktree>/src python \
        docs/experiments/tagger_v3_27_2026-11-30/gain_fits.py --design 1 --seed 121
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import BRANCH_OPTION, DESIGNS, GAIN_SEEDS, shipped_material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
parser.add_argument("--seed", type=int, choices=GAIN_SEEDS, required=True)
args = parser.parse_args()
snippets = read_snippets()
# Sets AR to AX are left out: the twelve sets opened before set AR measure the gains.
opened = snippets[(snippets["set"] == "holdout") & ~snippets["id"].str.match(r"w(AR|AS|AT|AU|AW|AX)-")]
opened = opened.reset_index(drop=True)
ak = snippets[snippets["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(opened) == 3000 and len(ak) == 180 and (ak["set"] == "aside").all()
if args.design == "1":
    from newstag.tagging.lexicon import CUES

    assert any(e.startswith("{stopped|ceased|suspended|halted} by") for e in CUES["ceasefire_strong"]), "run on branch v327-peace-accords"
if args.design == "2":
    from newstag.tagging.lexicon import CUES

    assert "league of nations" in CUES["diplomacy_strong"], "run on branch v327-old-diplomacy"
if args.design == "4":
    from newstag.tagging.lexicon import CUES

    assert "{ceased|stopped|ceasing|stopping} firing" in CUES["ceasefire_weak"], "run on branch v327-arranged-stops"
if args.design in ("5", "6"):
    from newstag.tagging.train import ITEM_COLUMNS

    assert "outside_war" in ITEM_COLUMNS and shipped_material()["outside_war"].sum() > 1500, "run on branch v327-war-thresholds"
if args.design == "7":
    from newstag.tagging.train import ITEM_COLUMNS

    assert "conflict" in ITEM_COLUMNS and shipped_material()["conflict"].notna().sum() > 5000, "run on branch v327-conflict-folds"
if args.design in BRANCH_OPTION:  # design 0 runs on any candidate's branch, at its default
    option = BRANCH_OPTION[args.design]
    assert option in SentenceTagger().get_params(), f"run on the branch with the option {option}"
material = shipped_material()
if args.design == "11":  # set BA (aside) added
    import pandas as pd
    from more_wars import sets

    material = pd.concat([material, sets(("BA",)).drop(columns=["set", "conflict"]).assign(
        source="wire snippets (labels/snippets)", note="").reindex(columns=material.columns)], ignore_index=True)
model = fit(lambda: SentenceTagger(random_state=args.seed, **DESIGNS[args.design][1]), material)
out = here / "gain_fits"
out.mkdir(exist_ok=True)


def decide(items):
    return model.predict(items[["title", "text"]].assign(evidence=[{}] * len(items))).astype(np.int8)


np.savez_compressed(out / f"design{args.design}_seed{args.seed}.npz", thresholds=model.thresholds_,
                    opened_ids=opened["id"].to_numpy(dtype=str), opened=decide(opened),
                    ak_ids=ak["id"].to_numpy(dtype=str), ak=decide(ak))
print(f"design {args.design}, model seed {args.seed}: thresholds " + ", ".join(f"{t:.2f}" for t in model.thresholds_))
