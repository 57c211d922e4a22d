"""v3.29's candidates 1 to 13: their gains (labels/snippets/README.md).

(a) mean macro-F1 of five fits (``fits/design<D>_seed*.npz``) on the
eight opened holdouts AR-AZ against the base's (design 0): at least the
base's less 0.001 (candidates 1, 5 and 7 to 10), 0.003 (candidate 2) or 0.002 (candidates 3, 4 and 6); (b) set AK:
must-not cases given ceasefire at most the base's mean less 0.4
(candidates 1 and 5), plus 0.4 (candidates 2 to 4 and 6) or
the base's mean (candidates 7 to 10), found 59 or more; (c) nine CV
runs (``cv_<D>.jsonl``) against the base's (``cv_0.jsonl``): candidates 1, 5 and 7 to 10
corpus and war snippets down by no more than 0.002; candidate 2 corpus
up by 0.003 or more, war snippets down by no more than 0.003; candidates 3, 4 and 6 as
candidate 2 with war snippets down by no more than 0.002; all: sets
K and V untagged given a tag at most the base's plus 4. Candidates 11
to 13 (the sixth reading) are scored, with the base, on the sixth reading's
labels: (a) at least the base's; (b) must-not at most the base's mean,
found at least the base's mean less 1; (c) corpus down by no more than
0.002, war snippets (each design's own labels) by no more than 0.003;
candidates 12 and 13's nine runs are in the base's folds (``cv_<C>_base_folds.jsonl``).
Without nine runs, (a) and (b) are reported alone.

    PYTHONPATH=src python docs/experiments/tagger_v3_29_2026-11-30/gain.py --candidate 1
"""

import argparse
import sys
from pathlib import Path

import numpy as np

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, FITS, GAIN_SEEDS, OPENED, SIXTH_READING_DESIGNS, sixth_reading_labels  # noqa: E402
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.evaluate import scores_table  # noqa: E402
from newstag.tagging.labels import tags_to_matrix  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"], required=True)
candidate = parser.parse_args().candidate
if candidate in SIXTH_READING_DESIGNS:
    sixth_reading_labels()
snippets = read_snippets().set_index("id")
c = TAGS.index("ceasefire")
summary = {}
for design, label in (("0", "v3.29"), (candidate, f"candidate {candidate}")):
    runs = [np.load(FITS / f"design{design}_seed{seed}.npz") for seed in GAIN_SEEDS]
    ids = runs[0]["opened_ids"]
    assert len(ids) == 2000 and all((r["opened_ids"] == ids).all() for r in runs)
    Y = tags_to_matrix(snippets.loc[ids, "tags"])
    tables = [scores_table(Y, r["opened"], n_resamples=1) for r in runs]
    mean_f1 = {row: float(np.mean([t.loc[row, "f1"] for t in tables])) for row in (*TAGS, "macro")}
    print(f"{label}: sets {', '.join(OPENED)} ({len(ids):,} items), mean of five fits: "
          + ", ".join(f"{row} {v:.6f}" for row, v in mean_f1.items())
          + "; per fit " + ", ".join(f"{t.loc['macro', 'f1']:.4f}" for t in tables))
    for seed, r, t in zip(GAIN_SEEDS, runs, tables):
        print(f"  {seed}: thresholds " + ", ".join(f"{x:.2f}" for x in r["thresholds"]) + "; "
              + ", ".join(f"{row} P {t.loc[row, 'precision']:.3f} R {t.loc[row, 'recall']:.3f}" for row in TAGS))
    per_set = {}
    for letter in OPENED:
        rows = np.array([i.startswith(f"w{letter}-") for i in ids])
        per_set[letter] = float(np.mean([scores_table(Y[rows], r["opened"][rows], n_resamples=1).loc["macro", "f1"]
                                         for r in runs]))
    print("  per set: " + ", ".join(f"{k} {v:.3f}" for k, v in per_set.items()))
    must = np.array(["ceasefire" in snippets.loc[i, "tags"] for i in runs[0]["ak_ids"]])
    false = [int(((r["ak"][:, c] == 1) & ~must).sum()) for r in runs]
    found = [int(((r["ak"][:, c] == 1) & must).sum()) for r in runs]
    print(f"  set AK: must-not cases given ceasefire {false} (mean {np.mean(false):.2f}), must cases found {found} "
          f"of {int(must.sum())} (mean {np.mean(found):.2f})")
    summary[design] = {"macro": mean_f1["macro"], "false": float(np.mean(false)), "found": float(np.mean(found))}

base, new = summary["0"], summary[candidate]
least = base["macro"] - {"1": 0.001, "2": 0.003, "3": 0.002, "4": 0.002, "5": 0.001, "6": 0.002, "7": 0.001, "8": 0.001, "9": 0.001, "10": 0.001, "11": 0.0, "12": 0.0, "13": 0.0}[candidate]
most_false = base["false"] + {"1": -0.4, "5": -0.4, "7": 0.0, "8": 0.0, "9": 0.0, "10": 0.0, "11": 0.0, "12": 0.0, "13": 0.0}.get(candidate, 0.4)
fewest_found = base["found"] - 1 if candidate in SIXTH_READING_DESIGNS else 59
conditions = {
    f"sets AR-AZ: mean macro-F1 over five fits at least {least:.6f}": new["macro"] >= least - 1e-9,
    f"set AK: must-not cases given ceasefire at most {most_false:.1f} on the mean": new["false"] <= most_false + 1e-9,
    f"set AK: must cases found {fewest_found:g} or more on the mean": new["found"] >= fewest_found - 1e-9,
}
base_rows = read_rows(here / "cv_0.jsonl", DESIGNS["0"]) if (here / "cv_0.jsonl").exists() else []
# Candidates 12 and 13's CV runs in the base's folds (registered so, after candidate 11's record).
cv_name, cv_label = ((f"cv_{candidate}_base_folds.jsonl", DESIGNS[candidate] + " (the base's folds)") if candidate in ("12", "13")
                     else (f"cv_{candidate}.jsonl", DESIGNS[candidate]))
new_rows = read_rows(here / cv_name, cv_label) if (here / cv_name).exists() else []
if len(base_rows) < 9 or len(new_rows) < 9:
    for name, met in conditions.items():
        print(f"{'met' if met else 'NOT met'}: {name}")
    print(f"parts (a) and (b) {'met' if all(conditions.values()) else 'NOT met'}; nine CV runs: base "
          f"{len(base_rows)}, candidate {len(new_rows)}")
    sys.exit(0)
base_cv, new_cv = nine_run_means(base_rows), nine_run_means(new_rows)
untagged = "sets_K_V_untagged_given_a_tag"
if candidate in ("1", "5", "7", "8", "9", "10", "11", "12", "13"):
    war_drop = 0.003 if candidate in SIXTH_READING_DESIGNS else 0.002
    conditions["corpus macro-F1 down by no more than 0.002"] = \
        new_cv["corpus"]["macro"] >= base_cv["corpus"]["macro"] - 0.002 - 1e-9
    conditions[f"war-snippet macro-F1 down by no more than {war_drop}"] = \
        new_cv["war_snippets"]["macro"] >= base_cv["war_snippets"]["macro"] - war_drop - 1e-9
else:  # candidates 2 to 4 and 6
    conditions["corpus macro-F1 up by 0.003 or more"] = \
        new_cv["corpus"]["macro"] >= base_cv["corpus"]["macro"] + 0.003 - 1e-9
    war_drop = 0.003 if candidate == "2" else 0.002
    conditions[f"war-snippet macro-F1 down by no more than {war_drop}"] = \
        new_cv["war_snippets"]["macro"] >= base_cv["war_snippets"]["macro"] - war_drop - 1e-9
conditions[f"untagged items of sets K and V given a tag at most {base_cv[untagged] + 4:.1f} on the mean"] = \
    new_cv[untagged] <= base_cv[untagged] + 4 + 1e-9
met = gain_report(base_cv, new_cv, conditions, labels=("v3.29", f"candidate {candidate}"),
                  verdicts=("every condition met", "a condition not met"))
print(f"gain met: set {'BE' if candidate in SIXTH_READING_DESIGNS else 'BC'} is scored once" if met else "gain not met: nothing is opened")
