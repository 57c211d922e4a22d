"""Candidate 1 of v3.17's cross-validation gain (labels/snippets/README.md): nine-run means against v3.16.

v3.16's nine rows are the "v3.15 with set AB" rows of
``../tagger_v3_16_2026-11-29/ab_cv.jsonl`` (``ad_cv.py 42 42 --base``
reproduced its row exactly before set AD existed).

    PYTHONPATH=src python docs/experiments/tagger_v3_17_2026-11-29/ad_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_16_2026-11-29" / "ab_cv.jsonl", "v3.15 with set AB"))
new = nine_run_means(read_rows(here / "ad_cv.jsonl", "v3.16 with set AD"))
assert base["runs"] == 9 and new["runs"] == 9, (base["runs"], new["runs"])
for key in ("corpus", "war_snippets"):
    print(f"{key}: v3.16 {base[key]} | with set AD {new[key]}")
for key in base:
    if key.startswith(("war_snippets_", "sets_K_V_")):
        print(f"{key}: {base[key]} -> {new[key]}")
conditions = {
    "K and V false airstrike down by a fifth": new["sets_K_V_without_airstrike_given_airstrike"]
    <= 0.8 * base["sets_K_V_without_airstrike_given_airstrike"],
    "war-snippet airstrike F1 down by no more than 0.005": new["war_snippets"]["airstrike"]
    >= base["war_snippets"]["airstrike"] - 0.005,
    "corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
    "war-snippet macro-F1 down by no more than 0.005": new["war_snippets"]["macro"]
    >= base["war_snippets"]["macro"] - 0.005,
}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("gain met: set AC is scored once" if all(conditions.values()) else "gain not met: set AD stays aside")
