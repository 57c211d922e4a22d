"""v3.20 candidate 4, its cross-validation half of the gain: nine-run means against v3.19.

The set-AK half is ``al_ak.py`` (``al_ak.out``).

    PYTHONPATH=src python docs/experiments/tagger_v3_20_2026-11-30/al_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_19_2026-11-30" / "ah_cv.jsonl", "v3.17 with set AH"))
new = nine_run_means(read_rows(here / "al_cv.jsonl", "v3.19 with the background cue and set AL"))
gain_report(base, new, {
    "war-snippet ceasefire F1 down by no more than 0.005":
        new["war_snippets"]["ceasefire"] >= base["war_snippets"]["ceasefire"] - 0.005,
    "corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
    "war-snippet macro-F1 down by no more than 0.005":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.005,
}, labels=("v3.19", "with the cue and set AL"),
    verdicts=("CV half of the gain met", "CV half of the gain not met: set AL stays aside"))
