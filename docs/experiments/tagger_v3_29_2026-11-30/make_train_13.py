"""Candidate 13's make train (v3.30, not committed): its lockbox and holdout figures, from its evaluation.

``make_train_13_evaluation.json`` is ``models/evaluation.json`` as that
``make train`` wrote it (the sixth reading adopted, ``C_by_tag`` 12 for
airstrike, humanitarian and diplomacy); "tagger v3.29" in it is v3.29's
design fitted on the same labels and items. Prints ``make_train_13.out``.

    python docs/experiments/tagger_v3_29_2026-11-30/make_train_13.py > docs/experiments/tagger_v3_29_2026-11-30/make_train_13.out
"""

import json
from pathlib import Path

TAGS = ("ceasefire", "airstrike", "humanitarian", "diplomacy", "macro")
DESIGNS = ("tagger v3.30", "tagger v3.29", "tagger v2", "keyword rules")
evaluation = json.loads((Path(__file__).resolve().parent / "make_train_13_evaluation.json").read_text())
lockbox = evaluation["lockbox"]


def row(tables: dict, name: str) -> str:
    return name + ": " + "; ".join(
        f"{design} " + " ".join(f"{tag[:3]} {tables[design][tag]['f1']:.3f}" for tag in TAGS) for design in DESIGNS)


print(row(lockbox["items"], "lockbox (137 items)"))
print("differences keys", list(lockbox["differences"])[:3])
print(json.dumps(lockbox["differences"]["lockbox"])[:1500])
for holdout, tables in lockbox["holdouts"].items():
    print(row(tables, holdout))
print("corpus CV one run (seed 42):", {k: round(v["f1"], 3) for k, v in evaluation["tagger"].items()})
print("dev snippets CV one run:", {k: round(v["f1"], 3) for k, v in evaluation["snippets_cv"]["tagger"].items()})
