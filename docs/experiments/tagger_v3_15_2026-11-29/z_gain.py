"""Candidate 3 of v3.15's cross-validation gain (labels/snippets/README.md): nine-run means against v3.14.

    PYTHONPATH=src python docs/experiments/tagger_v3_15_2026-11-29/z_gain.py
"""

from pathlib import Path

from nine_runs import BASE_ROWS, nine_run_means, read_rows

base = nine_run_means(read_rows(BASE_ROWS, "v3.14"))
new = nine_run_means(read_rows(Path(__file__).with_name("z_cv.jsonl"), "v3.14 with set Z"))
assert base["runs"] == 9 and new["runs"] == 9, (base["runs"], new["runs"])
for key in ("corpus", "war_snippets"):
    print(f"{key}: v3.14 {base[key]} | with set Z {new[key]}")
for key in ("war_snippets_without_ceasefire_given_ceasefire", "war_snippets_ceasefire_found",
            "sets_K_V_without_ceasefire_given_ceasefire", "sets_K_V_ceasefire_found", "sets_K_V_untagged_given_a_tag"):
    print(f"{key}: {base[key]} -> {new[key]}")
conditions = {
    "K and V false ceasefire down by a fifth": new["sets_K_V_without_ceasefire_given_ceasefire"]
    <= 0.8 * base["sets_K_V_without_ceasefire_given_ceasefire"],
    "war-snippet ceasefire F1 down by no more than 0.005": new["war_snippets"]["ceasefire"]
    >= base["war_snippets"]["ceasefire"] - 0.005,
    "corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
    "war-snippet macro-F1 down by no more than 0.005": new["war_snippets"]["macro"]
    >= base["war_snippets"]["macro"] - 0.005,
}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("gain met: set Y is scored once" if all(conditions.values()) else "gain not met: set Z stays aside")
