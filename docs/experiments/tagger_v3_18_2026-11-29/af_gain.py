"""Candidate 1 of v3.18's cross-validation gain (labels/snippets/README.md): nine-run means against v3.17.

v3.17's nine rows are the "v3.16 with set AD" rows of
``../tagger_v3_17_2026-11-29/ad_cv.jsonl`` (``af_cv.py 42 42 --base``
reproduced its row exactly before set AF existed).

    PYTHONPATH=src python docs/experiments/tagger_v3_18_2026-11-29/af_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_17_2026-11-29" / "ad_cv.jsonl", "v3.16 with set AD"))
new = nine_run_means(read_rows(here / "af_cv.jsonl", "v3.17 with set AF"))
assert base["runs"] == 9 and new["runs"] == 9, (base["runs"], new["runs"])
for key in ("corpus", "war_snippets"):
    print(f"{key}: v3.17 {base[key]} | with set AF {new[key]}")
for key in base:
    if key.startswith(("war_snippets_", "sets_K_V_")):
        print(f"{key}: {base[key]} -> {new[key]}")
conditions = {
    "K and V false diplomacy down by a fifth": new["sets_K_V_without_diplomacy_given_diplomacy"]
    <= 0.8 * base["sets_K_V_without_diplomacy_given_diplomacy"],
    "war-snippet diplomacy F1 down by no more than 0.005": new["war_snippets"]["diplomacy"]
    >= base["war_snippets"]["diplomacy"] - 0.005,
    "corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
    "war-snippet macro-F1 down by no more than 0.005": new["war_snippets"]["macro"]
    >= base["war_snippets"]["macro"] - 0.005,
}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("gain met: set AE is scored once" if all(conditions.values()) else "gain not met: set AF stays aside")
