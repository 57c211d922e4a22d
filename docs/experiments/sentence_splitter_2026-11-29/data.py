"""The evaluation items: the FA-KES sample, the seed documents, the synthetic wire items.

Sealed FA-KES ids are dropped before anything else is read.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from newstag import load_corpus

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold"
FAKES = os.environ.get("NEWSTAG_FAKES_CSV", "/work/shared/data/fakes.csv")
SEALED = Path(FAKES).with_name("fakes_sealed_ids.txt")


def load_items() -> dict[str, dict]:
    """id -> {"title", "text"} for the FA-KES sample, the seeds and the synthetic items."""
    sealed = {"fakes:" + line.strip() for line in SEALED.read_text(encoding="utf-8").splitlines() if line.strip()}
    sample = set((HERE / "sample_ids.txt").read_text(encoding="utf-8").split())
    sample |= set((HERE / "heldout_ids.txt").read_text(encoding="utf-8").split())
    corpus = load_corpus(fakes=FAKES)
    corpus = corpus[~corpus["id"].isin(sealed)]
    keep = corpus["id"].isin(sample) | corpus["id"].str.startswith("seed:")
    items = {row.id: {"title": row.title, "text": row.text} for row in corpus[keep].itertuples()}
    synthetic = GOLD_DIR / "synthetic.jsonl"
    if synthetic.exists():
        for line in synthetic.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                items[record["id"]] = {"title": record["title"], "text": record["text"]}
    return items
