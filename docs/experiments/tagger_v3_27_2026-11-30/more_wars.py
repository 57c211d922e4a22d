"""v3.27's candidates 8 and 9: opened holdouts as training material.

``more_wars.py fit --design {0,8,9} --seed S`` fits v3.27 (design 0:
v3.22's material less the lockbox), candidate 8 (the same plus the six
holdouts opened first: R, U, W, Y, AA, AC) or candidate 9 (plus the
twelve opened before set AR) or candidate 10 (the six and set BA) with model seed S and saves, to
``more_wars_fits/``, its thresholds and its decisions on the twelve sets
opened after the six (AE, AG, AI, AM, AP, AQ, AR, AS, AT, AU, AW, AX)
and on set AK. ``more_wars.py part --design {8,9}`` scores the saved
fits: gain parts (a) and (b), on those twelve sets (8, 10) or on the six
opened last (AR, AS, AT, AU, AW, AX; 9).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_27_2026-11-30/more_wars.py fit --design 8 --seed 121
"""

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import GAIN_SEEDS, shipped_material  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

SIX = ("R", "U", "W", "Y", "AA", "AC")
LATER = ("AE", "AG", "AI", "AM", "AP", "AQ", "AR", "AS", "AT", "AU", "AW", "AX")
#: candidate 9's material: the twelve holdouts opened before set AR; its measure: the six after
TWELVE = SIX + LATER[:6]
LAST_SIX = LATER[6:]
#: design -> the sets it adds to v3.22's material less the lockbox
ADDED = {"0": (), "8": SIX, "9": TWELVE, "10": SIX + ("BA",), "11": ("BA",)}
FITS = here / "more_wars_fits"


def sets(letters) -> pd.DataFrame:
    snippets = read_snippets()
    parts = [snippets[snippets["id"].str.startswith(f"w{letter}-")] for letter in letters]
    # opened holdouts (250 items each), or set BA (200 items, aside, candidate 10)
    assert all((len(p), p["set"].unique().tolist()) in ((250, ["holdout"]), (200, ["aside"])) for p in parts)
    return pd.concat(parts, ignore_index=True)


def material(design: str) -> pd.DataFrame:
    frame = shipped_material()
    assert not frame["id"].str.match(r"w(R|U|W|Y|AA|AC|AE|AG|AI|AM|AP|AQ|AR|AS|AT|AU|AW|AX|AY|AZ|AK)-").any()
    if design == "0":
        return frame
    added = sets(ADDED[design]).drop(columns=["set", "conflict"]).assign(source="wire snippets (labels/snippets)",
                                                                          note="")
    return pd.concat([frame, added.reindex(columns=frame.columns)], ignore_index=True)


def fit_one(design: str, seed: int) -> None:
    from holdout_rule import fit

    from newstag.tagging.sentence_model import SentenceTagger

    later = sets(LATER)  # candidate 9 trains on the first six of them: they are decided, not scored, for it
    ak = read_snippets()
    ak = ak[ak["id"].str.startswith("wAK-")].reset_index(drop=True)
    assert len(later) == 3000 and len(ak) == 180
    model = fit(lambda: SentenceTagger(random_state=seed), material(design))

    def decide(items):
        return model.predict(items[["title", "text"]].assign(evidence=[{}] * len(items))).astype(np.int8)

    FITS.mkdir(exist_ok=True)
    np.savez_compressed(FITS / f"design{design}_seed{seed}.npz", thresholds=model.thresholds_,
                        later_ids=later["id"].to_numpy(dtype=str), later=decide(later),
                        ak_ids=ak["id"].to_numpy(dtype=str), ak=decide(ak))
    print(f"design {design}, model seed {seed}: thresholds " + ", ".join(f"{t:.2f}" for t in model.thresholds_),
          flush=True)


def part(candidate: str) -> None:
    from newstag.tagging.evaluate import scores_table
    from newstag.tagging.labels import tags_to_matrix

    snippets = read_snippets().set_index("id")
    measure = LAST_SIX if candidate == "9" else LATER
    summary = {}
    for design, label in (("0", "v3.27"), (candidate, f"candidate {candidate}")):
        runs = [np.load(FITS / f"design{design}_seed{seed}.npz") for seed in GAIN_SEEDS]
        all_ids = runs[0]["later_ids"]
        assert all((r["later_ids"] == all_ids).all() for r in runs)
        kept = np.array([i.split("-")[0][1:] in measure for i in all_ids])
        ids = all_ids[kept]
        Y = tags_to_matrix(snippets.loc[ids, "tags"])
        tables = [scores_table(Y, r["later"][kept], n_resamples=1) for r in runs]
        mean_f1 = {row: float(np.mean([t.loc[row, "f1"] for t in tables])) for row in (*TAGS, "macro")}
        print(f"{label}: sets {', '.join(measure)} ({len(ids):,} items), mean of five fits: "
              + ", ".join(f"{row} {v:.6f}" for row, v in mean_f1.items())
              + "; per fit " + ", ".join(f"{t.loc['macro', 'f1']:.4f}" for t in tables))
        print("  thresholds per fit: " + "; ".join(", ".join(f"{t:.2f}" for t in r["thresholds"]) for r in runs))
        per_set = {}
        for letter in measure:
            rows = np.array([i.startswith(f"w{letter}-") for i in ids])
            per_set[letter] = float(np.mean([scores_table(Y[rows], r["later"][kept][rows],
                                                          n_resamples=1).loc["macro", "f1"] for r in runs]))
        print("  per set: " + ", ".join(f"{k} {v:.3f}" for k, v in per_set.items()))
        must = np.array(["ceasefire" in snippets.loc[i, "tags"] for i in runs[0]["ak_ids"]])
        false = [int(((r["ak"][:, 0] == 1) & ~must).sum()) for r in runs]
        found = [int(((r["ak"][:, 0] == 1) & must).sum()) for r in runs]
        print(f"  set AK: must-not given ceasefire {false} (mean {np.mean(false):.2f}), found {found} "
              f"(mean {np.mean(found):.2f})")
        summary[design] = (mean_f1["macro"], np.mean(false), np.mean(found))
    (base, _, _), (new, false, found) = summary["0"], summary[candidate]
    a = new >= base + 0.002 - 1e-9
    b = false <= 3.6 + 1e-9 and found >= 59
    print(f"(a) {new:.6f} against {base:.6f} + 0.002: {'met' if a else 'NOT met'}; "
          f"(b) set AK {false:.1f} must-not, {found:.1f} found: {'met' if b else 'NOT met'}")
    return {"base": base, "macro": new, "false": false, "found": found}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["fit", "part"])
    parser.add_argument("--design", choices=["0", "8", "9", "10"])
    parser.add_argument("--seed", type=int, choices=GAIN_SEEDS)
    args = parser.parse_args()
    fit_one(args.design, args.seed) if args.what == "fit" else part(args.design)
