"""v3.28's candidates 1 to 5: their gains, all three parts (labels/snippets/README.md).

(a) the mean macro-F1 of five fits (``fits/design<D>_seed*.npz``) against
v3.28's refits (design 0) on sets AR-AX (candidates 1, 3, 4 and 5, which
train on the twelve before them; at least v3.28's plus 0.002) or on the twelve sets R
to AQ (candidate 2; at least v3.28's less 0.001); (b) set AK: must-not
cases given ceasefire at most v3.28's mean plus 0.4 (candidates 1, 3, 4 and 5) or less
0.4 (candidate 2), must cases found 59 or more; (c) the nine CV runs
(``candidate_<D>_cv.jsonl``) against v3.28's rows (``candidates.BASE_ROWS``):
corpus and war snippets down by no more than 0.002, sets K and V
untagged given a tag at most 77.1.

    PYTHONPATH=src python docs/experiments/tagger_v3_28_2026-11-30/gain.py --candidate 1
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import BASE_ROWS, DESIGNS, FITS, GAIN_SEEDS, LAST_SIX, TWELVE  # noqa: E402
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.evaluate import scores_table  # noqa: E402
from newstag.tagging.labels import tags_to_matrix  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["1", "2", "3", "4", "5"], required=True)
candidate = parser.parse_args().candidate
measure = TWELVE if candidate == "2" else LAST_SIX
snippets = read_snippets().set_index("id")
c = TAGS.index("ceasefire")
summary = {}
for design, label in (("0", "v3.28"), (candidate, f"candidate {candidate}")):
    runs = [np.load(FITS / f"design{design}_seed{seed}.npz") for seed in GAIN_SEEDS]
    all_ids = runs[0]["opened_ids"]
    assert len(all_ids) == 4500 and all((r["opened_ids"] == all_ids).all() for r in runs)
    kept = np.array([i.split("-")[0][1:] in measure for i in all_ids])
    ids = all_ids[kept]
    Y = tags_to_matrix(snippets.loc[ids, "tags"])
    tables = [scores_table(Y, r["opened"][kept], n_resamples=1) for r in runs]
    mean_f1 = {row: float(np.mean([t.loc[row, "f1"] for t in tables])) for row in (*TAGS, "macro")}
    print(f"{label}: sets {', '.join(measure)} ({len(ids):,} items), mean of five fits: "
          + ", ".join(f"{row} {v:.6f}" for row, v in mean_f1.items())
          + "; per fit " + ", ".join(f"{t.loc['macro', 'f1']:.4f}" for t in tables))
    for seed, r, t in zip(GAIN_SEEDS, runs, tables):
        print(f"  {seed}: thresholds " + ", ".join(f"{x:.2f}" for x in r["thresholds"]) + "; "
              + ", ".join(f"{row} P {t.loc[row, 'precision']:.3f} R {t.loc[row, 'recall']:.3f}" for row in TAGS))
    per_set = {}
    for letter in measure:
        rows = np.array([i.startswith(f"w{letter}-") for i in ids])
        per_set[letter] = float(np.mean([scores_table(Y[rows], r["opened"][kept][rows], n_resamples=1).loc["macro", "f1"]
                                         for r in runs]))
    print("  per set: " + ", ".join(f"{k} {v:.3f}" for k, v in per_set.items()))
    must = np.array(["ceasefire" in snippets.loc[i, "tags"] for i in runs[0]["ak_ids"]])
    false = [int(((r["ak"][:, c] == 1) & ~must).sum()) for r in runs]
    found = [int(((r["ak"][:, c] == 1) & must).sum()) for r in runs]
    print(f"  set AK: must-not cases given ceasefire {false} (mean {np.mean(false):.2f}), must cases found {found} "
          f"of {int(must.sum())} (mean {np.mean(found):.2f})")
    summary[design] = {"macro": mean_f1["macro"], "false": float(np.mean(false)), "found": float(np.mean(found))}

base, new = summary["0"], summary[candidate]
least = base["macro"] + (-0.001 if candidate == "2" else 0.002)
most_false = base["false"] + (-0.4 if candidate == "2" else 0.4)
base_cv = nine_run_means(read_rows(*BASE_ROWS))
rows = read_rows(here / f"candidate_{candidate}_cv.jsonl", DESIGNS[candidate])
assert len(rows) == 9, f"nine runs, {len(rows)} found"
new_cv = nine_run_means(rows)
untagged = "sets_K_V_untagged_given_a_tag"
conditions = {
    f"sets {measure[0]}-{measure[-1]}: mean macro-F1 over five fits at least {least:.6f}": new["macro"] >= least - 1e-9,
    f"set AK: must-not cases given ceasefire at most {most_false:.1f} on the mean": new["false"] <= most_false + 1e-9,
    "set AK: must cases found 59 or more on the mean": new["found"] >= 59,
    "corpus macro-F1 down by no more than 0.002": new_cv["corpus"]["macro"] >= base_cv["corpus"]["macro"] - 0.002,
    "war-snippet macro-F1 down by no more than 0.002":
        new_cv["war_snippets"]["macro"] >= base_cv["war_snippets"]["macro"] - 0.002,
    "untagged items of sets K and V given a tag at most 77.1 on the mean": new_cv[untagged] <= 77.1 + 1e-9,
}
met = gain_report(base_cv, new_cv, conditions, labels=("v3.28", f"candidate {candidate}"),
                  verdicts=("every condition met", "a condition not met"))
print("gain met: the first unopened of sets AZ and BC is scored once" if met else "gain not met: nothing is opened")
