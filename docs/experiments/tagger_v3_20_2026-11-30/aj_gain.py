"""Candidate 1 of v3.20's cross-validation gain (labels/snippets/README.md): nine-run means against v3.19.

v3.19's nine rows are the "v3.17 with set AH" rows of
``../tagger_v3_19_2026-11-30/ah_cv.jsonl`` (``aj_cv.py 42 42 --base``
reproduces its row; run before set AJ existed).

    PYTHONPATH=src python docs/experiments/tagger_v3_20_2026-11-30/aj_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import gain_report, nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_19_2026-11-30" / "ah_cv.jsonl", "v3.17 with set AH"))
new = nine_run_means(read_rows(here / "aj_cv.jsonl", "v3.19 with set AJ"))


def false_ceasefire_and_diplomacy(means):
    return (means["war_snippets_without_ceasefire_given_ceasefire"]
            + means["war_snippets_without_diplomacy_given_diplomacy"])


print(f"war snippets, false ceasefire plus false diplomacy: {false_ceasefire_and_diplomacy(base):.1f} -> "
      f"{false_ceasefire_and_diplomacy(new):.1f}")
gain_report(base, new, {
    "war false ceasefire plus false diplomacy down by a tenth":
        false_ceasefire_and_diplomacy(new) <= 0.9 * false_ceasefire_and_diplomacy(base),
    "war-snippet ceasefire F1 down by no more than 0.005":
        new["war_snippets"]["ceasefire"] >= base["war_snippets"]["ceasefire"] - 0.005,
    "war-snippet diplomacy F1 down by no more than 0.005":
        new["war_snippets"]["diplomacy"] >= base["war_snippets"]["diplomacy"] - 0.005,
    "corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
    "war-snippet macro-F1 down by no more than 0.005":
        new["war_snippets"]["macro"] >= base["war_snippets"]["macro"] - 0.005,
}, labels=("v3.19", "with set AJ"), verdicts=("gain met: set AI is scored once", "gain not met: set AJ stays aside"))
