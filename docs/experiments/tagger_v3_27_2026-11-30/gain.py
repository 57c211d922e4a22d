"""v3.27's candidates: a gain, all three parts (labels/snippets/README.md).

Candidate 1 (fighting that stops by arrangement). Reads v3.27's five saved fits
(``candidates.BASE_FITS``, v3.26's candidate 1, model seeds 121, 232, 343, 454, 565), the candidate's five
(``gain_fits/design<C>_seed*.npz``, the same seeds), v3.27's nine-run rows
(``candidates.BASE_ROWS``) and the candidate's (``candidate_<C>_cv.jsonl``);
prints each condition and the verdict. The twelve opened holdout sets are
scored with their labels here (they motivate and measure the gain; set AY
judges).

    PYTHONPATH=src python docs/experiments/tagger_v3_27_2026-11-30/gain.py --candidate 1
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
parser.add_argument("--candidate", choices=["1", "2", "3"], required=True)
candidate = parser.parse_args().candidate
name = f"candidate {candidate}"
# candidate -> the least gain on the opened holdouts, and the most the war snippets' CV may fall
BOUNDS = {"1": (0.002, 0.002)}
gain, war_allowance = BOUNDS[candidate]
snippets = read_snippets().set_index("id")
FITS = {"v3.27": [np.load(BASE_FITS / f"design{BASE_DESIGN}_seed{seed}.npz") for seed in GAIN_SEEDS],
        name: [np.load(here / "gain_fits" / f"design{candidate}_seed{seed}.npz") for seed in GAIN_SEEDS]}
ids = FITS["v3.27"][0]["opened_ids"]
assert len(ids) == 3000 and all((run["opened_ids"] == ids).all() for runs in FITS.values() for run in runs)
Y = tags_to_matrix(snippets.loc[ids, "tags"])
c = TAGS.index("ceasefire")
summary = {}
for label, runs in FITS.items():
    tables = [scores_table(Y, run["opened"], n_resamples=1) for run in runs]
    macro = [t.loc["macro", "f1"] for t in tables]
    print(f"{label}: twelve opened holdouts (3,000 items), per model seed {GAIN_SEEDS}:")
    for seed, run, table in zip(GAIN_SEEDS, runs, tables):
        print(f"  {seed}: thresholds " + ", ".join(f"{t:.2f}" for t in run["thresholds"]) + "; "
              + ", ".join(f"{row} P {table.loc[row, 'precision']:.3f} R {table.loc[row, 'recall']:.3f} "
                          f"F1 {table.loc[row, 'f1']:.3f}" for row in (*TAGS, "macro")))
    mean_f1 = {row: float(np.mean([t.loc[row, "f1"] for t in tables])) for row in (*TAGS, "macro")}
    print("  mean F1 over five fits: " + ", ".join(f"{row} {v:.4f}" for row, v in mean_f1.items())
          + f"; macro range {min(macro):.4f}-{max(macro):.4f}")
    must = np.array([("ceasefire" in snippets.loc[i, "tags"]) for i in runs[0]["ak_ids"]])
    false = [int(((run["ak"][:, c] == 1) & ~must).sum()) for run in runs]
    found = [int(((run["ak"][:, c] == 1) & must).sum()) for run in runs]
    print(f"  set AK: must-not cases given ceasefire {false} (mean {np.mean(false):.2f}), "
          f"must cases found {found} of {int(must.sum())} (mean {np.mean(found):.2f})")
    summary[label] = {"macro": mean_f1["macro"], "false": float(np.mean(false)), "found": float(np.mean(found))}

base_cv = nine_run_means(read_rows(*BASE_ROWS))
new_cv = nine_run_means(read_rows(here / f"candidate_{candidate}_cv.jsonl", DESIGNS[candidate][0]))
base, new = summary["v3.27"], summary[name]
untagged = "sets_K_V_untagged_given_a_tag"
conditions = {
    f"twelve opened holdouts: mean macro-F1 over five fits up by at least {gain}":
        new["macro"] >= base["macro"] + gain - 1e-9,
    "set AK: must-not cases given ceasefire at most 3.8 on the mean": new["false"] <= 3.8 + 1e-9,
    "set AK: must cases found 59 or more on the mean": new["found"] >= 59,
    "corpus macro-F1 down by no more than 0.002": new_cv["corpus"]["macro"] >= base_cv["corpus"]["macro"] - 0.002,
    f"war-snippet macro-F1 down by no more than {war_allowance}":
        new_cv["war_snippets"]["macro"] >= base_cv["war_snippets"]["macro"] - war_allowance,
    "untagged items of sets K and V given a tag up by no more than 4": new_cv[untagged] <= base_cv[untagged] + 4 + 1e-9,
}
met = gain_report(base_cv, new_cv, conditions, labels=("v3.27", name),
                  verdicts=("every condition met", "a condition not met"))
holdout = f"set {RULE_HOLDOUT[candidate]}"
print(f"gain met: {holdout} is scored once" if met else f"gain not met: {holdout} stays unopened, v3.27 stays")
