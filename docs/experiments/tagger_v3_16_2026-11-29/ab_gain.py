"""Candidate 1 of v3.16's cross-validation gain (labels/snippets/README.md): nine-run means against v3.15.

    PYTHONPATH=src python docs/experiments/tagger_v3_16_2026-11-29/ab_gain.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import nine_run_means, read_rows  # noqa: E402

rows = Path(__file__).with_name("ab_cv.jsonl")
base = nine_run_means(read_rows(rows, "v3.15"))
new = nine_run_means(read_rows(rows, "v3.15 with set AB"))
assert base["runs"] == 9 and new["runs"] == 9, (base["runs"], new["runs"])
for key in ("corpus", "war_snippets"):
    print(f"{key}: v3.15 {base[key]} | with set AB {new[key]}")
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
print("gain met: set AA is scored once" if all(conditions.values()) else "gain not met: set AB stays aside")
