"""The eighth reading's selection and reader packets (rule: labels/snippets/README.md, candidate 1 of v3.31).

Selects every sentence of a non-lockbox labelled corpus item (FA-KES and
seed documents) with a brokering word and a deal word, whatever its
current diplomacy role; writes the (id,
sentence) pairs to ``selected.csv`` and, with ``--packets DIR``, the
readers' packet (headline, the sentence with its neighbours; no label)
to DIR, which must lie outside the repository: it quotes FA-KES text.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/eighth_reading_2026-12-01/selection.py \
        --packets /work/scratch/eighth
"""

import argparse
import json
import os
import re
from pathlib import Path

import pandas as pd

from newstag.corpus.sentences import item_sentences
from newstag.tagging.labels import load_sealed_ids, read_lockbox
from newstag.tagging.train import labelled_training_data

here = Path(__file__).resolve().parent
BROKERING = re.compile(r"\b(brokered|mediated|sponsored|co-sponsored|guaranteed|negotiated)\b", re.I)
DEAL = re.compile(r"\b(truce|ceasefire|cease-fire|cessation|deal|agreement|accord|de-escalation|plan)\b", re.I)


def selected_sentences(frame: pd.DataFrame, lockbox: set, sealed: set) -> list:
    """(id, sentence index, sentences) of every selected sentence, in corpus order."""
    out = []
    for row in frame.itertuples():
        if row.id.startswith("w") or row.id in lockbox or row.id in sealed:
            continue
        sentences = item_sentences(row.title if isinstance(row.title, str) else "", row.text)
        for i, sentence in enumerate(sentences):
            if BROKERING.search(sentence.text) and DEAL.search(sentence.text):
                out.append((row.id, i, sentences))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packets", type=Path)
    args = parser.parse_args()
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    chosen = selected_sentences(frame, read_lockbox(), load_sealed_ids())
    pd.DataFrame([(i, s) for i, s, _ in chosen], columns=["id", "sentence"]).to_csv(here / "selected.csv", index=False)
    print(f"{len(chosen)} sentences in {len({i for i, _, _ in chosen})} items")
    if args.packets is None:
        return
    assert here.parent.parent.parent not in args.packets.resolve().parents, "packets quote FA-KES: keep them out"
    args.packets.mkdir(parents=True, exist_ok=True)
    with (args.packets / "items.jsonl").open("w", encoding="utf-8") as handle:
        for n, (item, index, sentences) in enumerate(chosen, 1):
            has_title = bool(sentences) and sentences[0].field == "title"
            record = {
                "key": f"S{n:03d}",
                "headline": sentences[0].text if has_title else "",
                "before": [s.text for s in sentences[max(index - 2, 1 if has_title else 0):index]],
                "sentence": sentences[index].text,
                "after": [s.text for s in sentences[index + 1:index + 3]],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    (args.packets / "keys.csv").write_text(
        "key,id,sentence\n" + "".join(f"S{n:03d},{i},{s}\n" for n, (i, s, _) in enumerate(chosen, 1)), encoding="utf-8")


if __name__ == "__main__":
    main()
