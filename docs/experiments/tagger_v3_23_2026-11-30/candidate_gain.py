"""v3.23's candidates, a design's gain: the set-AK half (``candidate_ak_<design>.out``) and its nine-run means.

Run with ``PYTHONPATH`` at the ``src`` of a worktree of ``main`` with the design's patch applied
(``calibrate_on.patch`` for design 1, ``article_names.patch`` for design 2).

    PYTHONPATH=src python docs/experiments/tagger_v3_23_2026-11-30/candidate_gain.py --design 1
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
untagged = "sets_K_V_untagged_given_a_tag"
conditions = {
    "1": {"corpus macro-F1 up by at least 0.003": new["corpus"]["macro"] >= base["corpus"]["macro"] + 0.003,
          "war-snippet macro-F1 down by no more than 0.001":
              new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.001,
          "untagged items of sets K and V given a tag up by no more than 10": new[untagged] <= base[untagged] + 10},
    "2": {"corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
          "war-snippet macro-F1 down by no more than 0.003":
              new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.003},
}[design]
cv_met = gain_report(base, new, conditions, labels=("v3.22", f"candidate {design}"),
                     verdicts=("CV half met", "CV half not met"))
print("gain met: set AR is scored once" if ak_met and cv_met else "gain not met: set AR stays unopened, v3.22 stays")
