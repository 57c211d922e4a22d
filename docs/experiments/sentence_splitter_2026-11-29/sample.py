"""Choose the hand-checked FA-KES sample: 60 non-sealed items, fixed seed.

Sealed ids are removed before anything else is looked at. Writes the ids
(nothing from the text) to ``sample_ids.txt`` and ``heldout_ids.txt``.

    PYTHONPATH=src python docs/experiments/sentence_splitter_2026-11-29/sample.py
"""

from __future__ import annotations

import random
from pathlib import Path

from newstag import load_corpus

FAKES = "/work/shared/data/fakes.csv"
SEALED = "/work/shared/data/fakes_sealed_ids.txt"
SEED = 20261129
N = 60
# A second, held-out sample, drawn after the rules had been tuned on the first.
HELDOUT_SEED = 20261130
HELDOUT_N = 20

sealed = {"fakes:" + line.strip() for line in open(SEALED, encoding="utf-8") if line.strip()}
corpus = load_corpus(fakes=FAKES)
open_ids = sorted(i for i in corpus["id"] if i.startswith("fakes:") and i not in sealed)
chosen = sorted(random.Random(SEED).sample(open_ids, N))
Path(__file__).with_name("sample_ids.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
rest = sorted(set(open_ids) - set(chosen))
heldout = sorted(random.Random(HELDOUT_SEED).sample(rest, HELDOUT_N))
Path(__file__).with_name("heldout_ids.txt").write_text("\n".join(heldout) + "\n", encoding="utf-8")
print(len(open_ids), "open FA-KES items;", len(chosen), "chosen;", len(heldout), "held out")
