"""v3.21 candidate 5, the CV half of its gain: nine-run means against v3.20.

    PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/context_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, set_ak_met  # noqa: E402
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_20_2026-11-30" / "al_cv.jsonl",
                                "v3.19 with the background cue and set AL"))
new = nine_run_means(read_rows(here / "context_cv.jsonl", DESIGNS["5"][0]))
ak_met = set_ak_met("5")
print(f"set-AK half: {'met' if ak_met else 'not met'} (candidate_ak_5.out)")
cv_met = gain_report(base, new, {
    "corpus macro-F1 down by no more than 0.003": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.003,
    "war-snippet macro-F1 down by no more than 0.003":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.003,
}, labels=("v3.20", "candidate 5"), verdicts=("CV half met", "CV half not met"))
print("gain met: set AP is scored once" if ak_met and cv_met else "gain not met: set AP stays unopened, v3.20 stays")
