"""v3.21 candidate 3, the CV half of its gain: nine-run means of the candidate against v3.20.

    PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/ao_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_20_2026-11-30" / "al_cv.jsonl",
                                "v3.19 with the background cue and set AL"))
new = nine_run_means(read_rows(here / "ao_cv.jsonl", "v3.20 with the fifth reading and set AO"))
gain_report(base, new, {
    "war-snippet macro-F1 down by no more than 0.003":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.003,
    "war-snippet ceasefire F1 down by no more than 0.003":
        new["war_snippets"]["ceasefire"] >= base["war_snippets"]["ceasefire"] - 0.003,
    "corpus macro-F1 (each on its own labels) down by no more than 0.005":
        new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
}, labels=("v3.20", "v3.21 candidate 3"),
    verdicts=("CV half of the gain met", "CV half of the gain not met: set AM unopened, v3.20 stays"))
