"""v3.21 candidate 2, its gain: nine-run means of C=6 and C=12 against v3.20 (C=3); picks the candidate.

    PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/c_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_20_2026-11-30" / "al_cv.jsonl",
                                "v3.19 with the background cue and set AL"))
runs = {c: nine_run_means(read_rows(here / "c_cv.jsonl", f"v3.20 with C={c}")) for c in ("6", "12")}


def both(means):
    return (means["corpus"]["macro"] + means["war_snippets"]["macro"]) / 2


for c, means in runs.items():
    print(f"C={c}: mean of corpus and war-snippet macro {both(means):.4f} (C=3: {both(base):.4f})")
chosen = max(runs, key=lambda c: both(runs[c]))
new = runs[chosen]
print(f"candidate: C={chosen}")
gain_report(base, new, {
    "mean of corpus and war-snippet macro-F1 up by at least 0.003": both(new) >= both(base) + 0.003,
    "corpus macro-F1 down by no more than 0.002": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.002,
    "war-snippet macro-F1 down by no more than 0.002":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.002,
}, labels=("v3.20 (C=3)", f"C={chosen}"),
    verdicts=("gain met: set AM is scored once", "gain not met: C stays 3, set AM unopened"))
