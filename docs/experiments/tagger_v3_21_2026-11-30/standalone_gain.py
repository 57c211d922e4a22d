"""v3.21 candidate 4, the CV half of its gain: nine-run means of variants a and b against v3.20; picks the candidate.

Only variants that met the set-AK half (``candidate_ak_4a.out``,
``candidate_ak_4b.out``) can be the candidate.

    PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/standalone_gain.py
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


def both(means):
    return (means["corpus"]["macro"] + means["war_snippets"]["macro"]) / 2


met = {}
for variant in ("a", "b"):
    ak_met = set_ak_met(f"4{variant}")
    new = nine_run_means(read_rows(here / "standalone_cv.jsonl", DESIGNS[f"4{variant}"][0]))
    print(f"variant {variant}: set-AK half {'met' if ak_met else 'not met'}; "
          f"mean of corpus and war-snippet macro {both(new):.4f} (v3.20: {both(base):.4f})")
    cv_met = gain_report(base, new, {
        "corpus macro-F1 down by no more than 0.003": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.003,
        "war-snippet macro-F1 down by no more than 0.003":
            new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.003,
    }, labels=("v3.20", f"variant {variant}"), verdicts=("CV half met", "CV half not met"))
    if ak_met and cv_met:
        met[variant] = both(new)
if met:
    print(f"candidate: variant {max(met, key=met.get)}; set AM is scored once")
else:
    print("no variant met the gain: set AM stays unopened, v3.20 stays")
