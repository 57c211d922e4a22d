"""Candidate 1 of v3.19's cross-validation gain (labels/snippets/README.md): nine-run means against v3.17.

v3.17's nine rows are the "v3.16 with set AD" rows of
``../tagger_v3_17_2026-11-29/ad_cv.jsonl`` (``ah_cv.py 42 42 --base``
reproduces its row; run before set AH existed).

    PYTHONPATH=src python docs/experiments/tagger_v3_19_2026-11-30/ah_gain.py
"""

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_15_2026-11-29"))
from nine_runs import nine_run_means, read_rows  # noqa: E402

base = nine_run_means(read_rows(here.parent / "tagger_v3_17_2026-11-29" / "ad_cv.jsonl", "v3.16 with set AD"))
new = nine_run_means(read_rows(here / "ah_cv.jsonl", "v3.17 with set AH"))
assert base["runs"] == 9 and new["runs"] == 9, (base["runs"], new["runs"])
for key in ("corpus", "war_snippets"):
    print(f"{key}: v3.17 {base[key]} | with set AH {new[key]}")
for key in base:
    if key.startswith(("war_snippets_", "sets_K_V_")):
        print(f"{key}: {base[key]} -> {new[key]}")


def air_and_humanitarian(means):
    return (means["corpus"]["airstrike"] + means["corpus"]["humanitarian"]) / 2


print(f"corpus mean of airstrike and humanitarian F1: {air_and_humanitarian(base):.4f} -> "
      f"{air_and_humanitarian(new):.4f}")
conditions = {
    "corpus mean of airstrike and humanitarian F1 up by at least 0.008":
        air_and_humanitarian(new) >= air_and_humanitarian(base) + 0.008,
    "war-snippet airstrike F1 down by no more than 0.005":
        new["war_snippets"]["airstrike"] >= base["war_snippets"]["airstrike"] - 0.005,
    "war-snippet humanitarian F1 down by no more than 0.005":
        new["war_snippets"]["humanitarian"] >= base["war_snippets"]["humanitarian"] - 0.005,
    "corpus macro-F1 down by no more than 0.005": new["corpus"]["macro"] >= base["corpus"]["macro"] - 0.005,
    "war-snippet macro-F1 down by no more than 0.005": new["war_snippets"]["macro"]
    >= base["war_snippets"]["macro"] - 0.005,
}
for name, met in conditions.items():
    print(f"{'met' if met else 'NOT met'}: {name}")
print("gain met: set AG is scored once" if all(conditions.values()) else "gain not met: set AH stays aside")
