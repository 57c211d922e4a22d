"""v3.20 candidate 2, its cross-validation half of the gain: nine-run means against v3.19.

    PYTHONPATH=src python docs/experiments/tagger_v3_20_2026-11-30/i_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_19_2026-11-30" / "ah_cv.jsonl", "v3.17 with set AH"))
new = nine_run_means(read_rows(here / "i_cv.jsonl", "v3.19 with set I's look-alikes"))
gain_report(base, new, {
    "war-snippet ceasefire F1 down by no more than 0.005":
        new["war_snippets"]["ceasefire"] >= base["war_snippets"]["ceasefire"] - 0.005,
    "corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
    "war-snippet macro-F1 down by no more than 0.005":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.005,
}, labels=("v3.19", "with set I's look-alikes"),
    verdicts=("CV half of the gain met", "CV half of the gain not met: set I stays aside"))
