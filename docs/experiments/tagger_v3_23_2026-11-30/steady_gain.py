"""Candidate 3 of v3.23 (a steadier operating point): its gain, all three halves (labels/snippets/README.md).

Reads the ten fits of ``steady_fits.py`` (v3.22 and candidate 3, model
seeds 101, 202, 303, 404, 505) and the nine-run CV rows
(``candidate_3_cv.jsonl`` against v3.22's ``candidates.BASE_ROWS``), and
prints each condition and the verdict.

    PYTHONPATH=src python docs/experiments/tagger_v3_23_2026-11-30/steady_gain.py
"""

import itertools
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import BASE_ROWS, DESIGNS  # noqa: E402
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

FRESH_SEEDS = (101, 202, 303, 404, 505)
NAMES = {"0": "v3.22", "3": "candidate 3"}

snippets = read_snippets().set_index("id")
fits = {design: [np.load(here / "steady_fits" / f"design{design}_seed{seed}.npz") for seed in FRESH_SEEDS]
        for design in NAMES}
c = TAGS.index("ceasefire")
summary = {}
for design, name in NAMES.items():
    runs = fits[design]
    assert all((run["opened_ids"] == runs[0]["opened_ids"]).all() for run in runs)
    print(f"{name}: thresholds per model seed (" + ", ".join(TAGS) + ")")
    for seed, run in zip(FRESH_SEEDS, runs):
        print(f"  {seed}: " + ", ".join(f"{t:.2f}" for t in run["thresholds"]))
    spread = np.ptp([run["thresholds"] for run in runs], axis=0)
    print("  spread: " + ", ".join(f"{tag} {s:.2f}" for tag, s in zip(TAGS, spread)))
    pairs = [(a["opened"] != b["opened"]) for a, b in itertools.combinations(runs, 2)]
    per_tag = np.mean([pair.sum(axis=0) for pair in pairs], axis=0)
    differ = float(np.mean([pair.sum() for pair in pairs]))
    print(f"  item-tag decisions that differ between two fits, 3,000 opened holdout items, mean of ten pairs: "
          f"{differ:.1f} (" + ", ".join(f"{tag} {n:.1f}" for tag, n in zip(TAGS, per_tag)) + ")")
    must = np.array([("ceasefire" in snippets.loc[i, "tags"]) for i in runs[0]["ak_ids"]])
    false = [int(((run["ak"][:, c] == 1) & ~must).sum()) for run in runs]
    found = [int(((run["ak"][:, c] == 1) & must).sum()) for run in runs]
    print(f"  set AK: must-not cases given ceasefire {false} (mean {np.mean(false):.2f}), "
          f"must cases found {found} of {int(must.sum())} (mean {np.mean(found):.2f})")
    summary[design] = {"differ": differ, "false": float(np.mean(false)), "found": float(np.mean(found))}

base_cv = nine_run_means(read_rows(*BASE_ROWS))
new_cv = nine_run_means(read_rows(here / "candidate_3_cv.jsonl", DESIGNS["3"][0]))
base, new = summary["0"], summary["3"]
conditions = {
    "stability: decisions that differ between fits at most 0.85 times v3.22's": new["differ"] <= 0.85 * base["differ"],
    "set AK: must-not cases given ceasefire at most v3.22's mean plus 0.4": new["false"] <= base["false"] + 0.4 + 1e-9,
    "set AK: must cases found 59 or more on the mean": new["found"] >= 59,
    "corpus macro-F1 down by no more than 0.002": new_cv["corpus"]["macro"] >= base_cv["corpus"]["macro"] - 0.002,
    "war-snippet macro-F1 down by no more than 0.002":
        new_cv["war_snippets"]["macro"] >= base_cv["war_snippets"]["macro"] - 0.002,
}
met = gain_report(base_cv, new_cv, conditions, labels=("v3.22", "candidate 3"),
                  verdicts=("every condition met", "a condition not met"))
print("gain met: set AR is scored once" if met else "gain not met: set AR stays unopened, v3.22 stays")
