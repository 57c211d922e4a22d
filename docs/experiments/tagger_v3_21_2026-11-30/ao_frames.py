"""The two designs' training material for v3.21 candidate 3's set-AK gain and set-AM rule.

Run with ``PYTHONPATH`` at branch ``v321-evacuation``'s source. The
candidate: that branch's labelled material (the fifth reading) less the
lockbox, plus set AO. v3.20: the same, but with the labels of ``main``
(``MAIN_LABELS``, v3.20's own) and without set AO.
"""

import os
from pathlib import Path

import pandas as pd

from newstag.corpus.loading import load_corpus
from newstag.tagging.labels import evidence_by_item, load_sealed_ids, read_evidence, read_labels, read_lockbox
from newstag.tagging.snippets import read_snippets, with_dev_snippets

MAIN_LABELS = Path(os.environ.get("NEWSTAG_MAIN_LABELS", "/work/main/labels"))


def _material(labels_dir) -> pd.DataFrame:
    corpus = load_corpus()
    labels, sealed = read_labels(labels_dir), load_sealed_ids()
    assert not set(labels["id"]) & sealed
    frame = corpus.merge(labels[["id", "tags", "note"]], on="id", how="inner")
    frame = frame[~frame["id"].isin(sealed)].reset_index(drop=True)
    frame["evidence"] = evidence_by_item(read_evidence(labels_dir), frame["id"])
    frame = with_dev_snippets(frame)
    assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
    frame = frame[~frame["id"].isin(read_lockbox(labels_dir))].reset_index(drop=True)
    assert frame["id"].str.startswith("wAL-").sum() == 200 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AM|AN|AO)-").any()
    return frame


def designs() -> dict:
    """``{"tagger v3.21 (fifth reading, set AO)": frame, "tagger v3.20": frame}``."""
    from newstag.config import LABELS_DIR

    assert Path(LABELS_DIR).resolve() != MAIN_LABELS.resolve(), "run with PYTHONPATH at the v321-evacuation worktree"
    set_ao = read_snippets()
    set_ao = set_ao[set_ao["id"].str.startswith("wAO-")]
    assert len(set_ao) == 150 and (set_ao["set"] == "aside").all()
    candidate = pd.concat([_material(LABELS_DIR), set_ao.drop(columns=["set", "conflict"])], ignore_index=True)
    return {"tagger v3.21 (fifth reading, set AO)": candidate, "tagger v3.20": _material(MAIN_LABELS)}
