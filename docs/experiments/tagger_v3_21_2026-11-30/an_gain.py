"""v3.21 candidate 1, its gain: nine-run means of v3.20 with set AN against v3.20.

    PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/an_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_20_2026-11-30" / "al_cv.jsonl",
                                "v3.19 with the background cue and set AL"))
new = nine_run_means(read_rows(here / "an_cv.jsonl", "v3.20 with set AN"))
gain_report(base, new, {
    "corpus diplomacy F1 up by at least 0.010": new["corpus"]["diplomacy"] >= base["corpus"]["diplomacy"] + 0.010,
    "corpus macro-F1 down by no more than 0.001": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.001,
    "war-snippet macro-F1 down by no more than 0.003":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.003,
}, labels=("v3.20", "with set AN"),
    verdicts=("gain met: set AM is scored once", "gain not met: set AN stays aside, set AM unopened"))
