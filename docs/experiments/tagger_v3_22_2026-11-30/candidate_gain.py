"""v3.22's candidates, a design's gain: the set-AK half (``candidate_ak_<design>.out``) and its nine-run means.

    PYTHONPATH=src python docs/experiments/tagger_v3_22_2026-11-30/candidate_gain.py --design 1
"""

import argparse
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
sys.path.insert(0, str(here))
from candidates import BASE_ROWS, DESIGNS, set_ak_met  # noqa: E402
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(set(DESIGNS) - {"0"}), required=True)
design = parser.parse_args().design
base = nine_run_means(read_rows(*BASE_ROWS))
new = nine_run_means(read_rows(here / f"candidate_{design}_cv.jsonl", DESIGNS[design][0]))
ak_met = set_ak_met(design)
print(f"set-AK half: {'met' if ak_met else 'not met'} (candidate_ak_{design}.out)")
cv_met = gain_report(base, new, {
    "corpus macro-F1 down by no more than 0.003": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.003,
    "war-snippet macro-F1 down by no more than 0.003":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.003,
}, labels=("v3.21", f"candidate {design}"), verdicts=("CV half met", "CV half not met"))
print("gain met: set AQ is scored once" if ak_met and cv_met else "gain not met: set AQ stays unopened, v3.21 stays")
