"""The sixth reading's selection and reader packets (rule: labels/snippets/README.md, candidate 11 of v3.29).

Selects every wire snippet (all sets) with a sentence that matches ARMS and
not CESSATION, writes the ids to ``selected.csv`` and, with ``--packets
DIR``, the readers' items (id, conflict, title, sentences; no label) split
into ``--parts`` parts of consecutive ids.

    PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/selection.py --packets /work/scratch/sixth
"""

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd

from newstag.tagging.cues import cue_hits
from newstag.tagging.sentence_model import sentence_table
from newstag.tagging.snippets import read_snippets

here = Path(__file__).resolve().parent
ARMS = ("amnesty", "amnesties", "pardon*", "{lay|lays|laid|laying} down {their |its |his |her }?{arms|weapons}",
        "{hand*|turn*} {in|over} {their |its |his |her }?{weapons|arms|rifles|guns|firearms}",
        "{give|gave|giving|gives} up {their |its |his |her }?{weapons|arms}", "surrender*", "disarm*", "defect*",
        "{turn*} themselves in", "safe passage")
CESSATION = ("ceasefires?", "cease-? ?fires?", "truces?", "cessation of hostilities", "de-?escalation",
             "regime of silence", "armistice", "stop* {the }?fighting", "reconciliation {deal|agreement|process|accord}s?",
             "peace {deal|accord|agreement|pact|talks|treaty|process}s?", "hostilities")


def selected_items() -> pd.DataFrame:
    """The selected snippets (read_snippets' columns) and, per item, its sentences."""
    items = read_snippets()
    sentences, owner = sentence_table(items[["title", "text"]])
    hits = cue_hits([s.text for s in sentences], cues={"arms": ARMS, "cessation": CESSATION})
    matched = (hits[:, 0] > 0) & (hits[:, 1] == 0)
    chosen = np.zeros(len(items), dtype=bool)
    np.logical_or.at(chosen, owner, matched)
    per_item = [[s.text for s, o in zip(sentences, owner) if o == i] for i in np.flatnonzero(chosen)]
    return items[chosen].assign(sentences=per_item).reset_index(drop=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--packets", type=Path)
    parser.add_argument("--parts", type=int, default=3)
    args = parser.parse_args()
    chosen = selected_items()
    chosen[["id", "set"]].to_csv(here / "selected.csv", index=False)
    print(f"{len(chosen)} items selected: " + ", ".join(f"{k} {v}" for k, v in chosen["set"].value_counts().items()))
    if args.packets:
        for part, rows in enumerate(np.array_split(np.arange(len(chosen)), args.parts)):
            lines = [json.dumps({"id": r.id, "conflict": r.conflict, "title": r.title, "sentences": r.sentences},
                                ensure_ascii=False) for r in chosen.iloc[rows].itertuples()]
            for reader in ("1", "2"):
                folder = args.packets / f"{'ABCDEFGH'[part]}{reader}"
                folder.mkdir(parents=True, exist_ok=True)
                (folder / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"part {'ABCDEFGH'[part]}: {len(rows)} items")
