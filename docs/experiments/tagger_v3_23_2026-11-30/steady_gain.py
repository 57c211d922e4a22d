"""Candidates 3 and 4 of v3.23: a gain, all three halves (labels/snippets/README.md).

Candidate 3 (a steadier operating point): reads the ten fits of
``steady_fits.py`` (v3.22 and candidate 3, model seeds 101, 202, 303, 404,
505) and the nine-run CV rows (``candidate_3_cv.jsonl`` against v3.22's
``candidates.BASE_ROWS``). Candidate 4 (short items by expectation): the
fits of v3.23 (design 3) and candidate 4 with seeds 111, 222, 333, 444,
555, and ``candidate_4_cv.jsonl`` against candidate 3's nine rows.
Candidate 5 (a cue for agreements to stop fighting): the same with seeds
121, 232, 343, 454, 565 and ``candidate_5_cv.jsonl``; no stability
condition, sets K and V instead. Prints
each condition and the verdict.

    PYTHONPATH=src python docs/experiments/tagger_v3_23_2026-11-30/steady_gain.py --candidate 3
"""

import argparse
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

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["3", "4", "5"], default="3")
candidate = parser.parse_args().candidate
# candidate -> (its base design, the base's name, the fresh model seeds, the stability bound, the base's nine rows)
GAINS = {"3": ("0", "v3.22", (101, 202, 303, 404, 505), 0.85, BASE_ROWS),
         "4": ("3", "v3.23", (111, 222, 333, 444, 555), 0.6, (here / "candidate_3_cv.jsonl", DESIGNS["3"][0])),
         # Candidate 5 has no stability condition; sets K and V instead (below).
         "5": ("3", "v3.23", (121, 232, 343, 454, 565), None, (here / "candidate_3_cv.jsonl", DESIGNS["3"][0]))}
base_design, base_name, FRESH_SEEDS, bound, base_rows = GAINS[candidate]
NAMES = {base_design: base_name, candidate: f"candidate {candidate}"}

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

base_cv = nine_run_means(read_rows(*base_rows))
new_cv = nine_run_means(read_rows(here / f"candidate_{candidate}_cv.jsonl", DESIGNS[candidate][0]))
base, new = summary[base_design], summary[candidate]
untagged = "sets_K_V_untagged_given_a_tag"
conditions = {} if bound is None else {
    f"stability: decisions that differ between fits at most {bound} times {base_name}'s":
        new["differ"] <= bound * base["differ"]}
if candidate == "5":
    conditions["untagged items of sets K and V given a tag up by no more than 2"] = (
        new_cv[untagged] <= base_cv[untagged] + 2 + 1e-9)
conditions |= {
    f"set AK: must-not cases given ceasefire at most {base_name}'s mean plus 0.4":
        new["false"] <= base["false"] + 0.4 + 1e-9,
    "set AK: must cases found 59 or more on the mean": new["found"] >= 59,
    "corpus macro-F1 down by no more than 0.002": new_cv["corpus"]["macro"] >= base_cv["corpus"]["macro"] - 0.002,
    "war-snippet macro-F1 down by no more than 0.002":
        new_cv["war_snippets"]["macro"] >= base_cv["war_snippets"]["macro"] - 0.002,
}
met = gain_report(base_cv, new_cv, conditions, labels=(base_name, f"candidate {candidate}"),
                  verdicts=("every condition met", "a condition not met"))
holdout = {"3": "set AR", "4": "set AS", "5": "set AS"}[candidate]
print(f"gain met: {holdout} is scored once" if met
      else f"gain not met: {holdout} stays unopened, {base_name} stays")
