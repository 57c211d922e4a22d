"""v3.27's candidates 6, 7, 9, 10 and 11: a gain, all three parts (labels/snippets/README.md).

Candidate 11 (set BA alone): its five gain fits (``gain_fits/design11_seed*.npz``),
the twelve opened holdouts at least 0.8995, set AK at most 2.4 must-not cases.

Candidates 9 (the twelve holdouts opened before set AR as training
material) and 10 (the six opened first and set BA): parts (a) and (b)
from ``more_wars.py``'s fits (sets AR-AX for 9, AE-AX for 10), at most
74.2 untagged items of sets K and V given a tag.

Candidate 7 (inner folds grouped by conflict): its five gain fits
(``gain_fits/design7_seed*.npz``), sets K and V untagged given a tag at
most 74.2. Candidate 6 (thresholds chosen on war reporting, ceasefire's
apart; at most 84.2). Each
tag's threshold is chosen apart from the others' on the same fit, so its
five gain fits are composed seed by seed: ceasefire's decisions from
v3.27's saved fits (``candidates.BASE_FITS``), the other tags' from
candidate 5's (``gain_fits/design5_seed*.npz``); the refit of seed 121
(``gain_fits/design6_seed121.npz``) must equal the composition exactly.
Then the twelve opened holdouts, set AK, v3.27's nine-run rows
(``candidates.BASE_ROWS``) against the candidate's
(``candidate_6_cv.jsonl``); prints each condition and the verdict.

    PYTHONPATH=src python docs/experiments/tagger_v3_27_2026-11-30/gain.py --candidate 6
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import BASE_DESIGN, BASE_FITS, BASE_ROWS, DESIGNS, GAIN_SEEDS, RULE_HOLDOUT  # noqa: E402
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.evaluate import scores_table  # noqa: E402
from newstag.tagging.labels import tags_to_matrix  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["6", "7", "9", "10", "11"], required=True)
candidate = parser.parse_args().candidate
name = f"candidate {candidate}"
c = TAGS.index("ceasefire")


def composed(seed):
    base = np.load(BASE_FITS / f"design{BASE_DESIGN}_seed{seed}.npz")
    war = np.load(here / "gain_fits" / f"design5_seed{seed}.npz")
    run = {key: war[key].copy() for key in war.files}
    for key in ("thresholds", "opened", "ak"):
        run[key][..., c] = base[key][..., c]
    return run


MORE_WARS = ("9", "10")  # scored by more_wars.py
if candidate in MORE_WARS:
    from more_wars import part

    found_parts = part(candidate)
if candidate == "6":
    refit = np.load(here / "gain_fits" / f"design{candidate}_seed121.npz")
    check = composed(121)
    assert all(np.array_equal(refit[key], check[key]) for key in refit.files), "the refit differs from the composition"
    print("seed 121: the refit equals the composition (thresholds, opened holdouts, set AK)")
    candidate_fits = [composed(seed) for seed in GAIN_SEEDS]
elif candidate in ("7", "11"):
    candidate_fits = [np.load(here / "gain_fits" / f"design{candidate}_seed{seed}.npz") for seed in GAIN_SEEDS]
#: candidate -> the most items of sets K and V without a tag that may be given one (mean of nine runs)
UNTAGGED_CAP = {"6": 84.2, "7": 74.2, "9": 74.2, "10": 74.2, "11": 74.2}
snippets = read_snippets().set_index("id")
# Candidates 9 and 10 train on opened holdouts: their (a) and (b) are more_wars.py's, above.
FITS = {} if candidate in MORE_WARS else {
    "v3.27": [np.load(BASE_FITS / f"design{BASE_DESIGN}_seed{seed}.npz") for seed in GAIN_SEEDS], name: candidate_fits}
summary = {}
for label, runs in FITS.items():
    ids = runs[0]["opened_ids"]
    assert len(ids) == 3000 and all((run["opened_ids"] == ids).all() for run in runs)
    Y = tags_to_matrix(snippets.loc[ids, "tags"])
    tables = [scores_table(Y, run["opened"], n_resamples=1) for run in runs]
    macro = [t.loc["macro", "f1"] for t in tables]
    print(f"{label}: twelve opened holdouts (3,000 items), per model seed {GAIN_SEEDS}:")
    for seed, run, table in zip(GAIN_SEEDS, runs, tables):
        print(f"  {seed}: thresholds " + ", ".join(f"{t:.2f}" for t in run["thresholds"]) + "; "
              + ", ".join(f"{row} P {table.loc[row, 'precision']:.3f} R {table.loc[row, 'recall']:.3f} "
                          f"F1 {table.loc[row, 'f1']:.3f}" for row in (*TAGS, "macro")))
    mean_f1 = {row: float(np.mean([t.loc[row, "f1"] for t in tables])) for row in (*TAGS, "macro")}
    print("  mean F1 over five fits: " + ", ".join(f"{row} {v:.6f}" for row, v in mean_f1.items())
          + f"; macro range {min(macro):.4f}-{max(macro):.4f}")
    must = np.array([("ceasefire" in snippets.loc[i, "tags"]) for i in runs[0]["ak_ids"]])
    false = [int(((run["ak"][:, c] == 1) & ~must).sum()) for run in runs]
    found = [int(((run["ak"][:, c] == 1) & must).sum()) for run in runs]
    print(f"  set AK: must-not cases given ceasefire {false} (mean {np.mean(false):.2f}), "
          f"must cases found {found} of {int(must.sum())} (mean {np.mean(found):.2f})")
    summary[label] = {"macro": mean_f1["macro"], "false": float(np.mean(false)), "found": float(np.mean(found))}

base_cv = nine_run_means(read_rows(*BASE_ROWS))
new_cv = nine_run_means(read_rows(here / f"candidate_{candidate}_cv.jsonl", DESIGNS[candidate][0]))
assert len(read_rows(here / f"candidate_{candidate}_cv.jsonl", DESIGNS[candidate][0])) == 9, "nine runs"
new = found_parts if candidate in MORE_WARS else summary[name]
least = found_parts["base"] + 0.002 if candidate in MORE_WARS else {"11": 0.8995}.get(candidate, 0.9025)
most_false = {"11": 2.4}.get(candidate, 3.6)
untagged = "sets_K_V_untagged_given_a_tag"
conditions = {
    f"{dict(zip(MORE_WARS, ('sets AR-AX', 'sets AE-AX'))).get(candidate, 'twelve opened holdouts')}: "
    f"mean macro-F1 over five fits at least "
    f"{least:.6f}": new["macro"] >= least - 1e-9,
    f"set AK: must-not cases given ceasefire at most {most_false} on the mean": new["false"] <= most_false + 1e-9,
    "set AK: must cases found 59 or more on the mean": new["found"] >= 59,
    "corpus macro-F1 down by no more than 0.002": new_cv["corpus"]["macro"] >= base_cv["corpus"]["macro"] - 0.002,
    "war-snippet macro-F1 down by no more than 0.002":
        new_cv["war_snippets"]["macro"] >= base_cv["war_snippets"]["macro"] - 0.002,
    f"untagged items of sets K and V given a tag at most {UNTAGGED_CAP[candidate]} on the mean":
        new_cv[untagged] <= UNTAGGED_CAP[candidate] + 1e-9,
}
met = gain_report(base_cv, new_cv, conditions, labels=("v3.27", name),
                  verdicts=("every condition met", "a condition not met"))
holdout = f"set {RULE_HOLDOUT[candidate]}"
print(f"gain met: {holdout} is scored once" if met else f"gain not met: {holdout} stays unopened, v3.27 stays")
