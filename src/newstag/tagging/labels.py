"""The hand-labelled set: read, check, and join to the corpus.

Labels live in ``labels/*.csv`` as ``id, tags, note``; FA-KES items are
named by ``fakes:<unit_id>`` only. Sealed FA-KES ids are refused here, so no
training or tuning step can see them.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from newstag.config import LABELS_DIR, PROJECT_ROOT, SEALED_IDS_ENV_VAR, TAGS

__all__ = [
    "LABEL_FILES",
    "read_labels",
    "split_tags",
    "tags_to_matrix",
    "load_sealed_ids",
    "labelled_frame",
    "EVIDENCE_FILES",
    "EVIDENCE_ROLES",
    "read_evidence",
    "evidence_by_item",
    "read_lockbox",
]

LABEL_FILES = ("tags_seeds.csv", "tags_fakes.csv")
EVIDENCE_FILES = ("evidence_seeds.csv", "evidence_fakes.csv")
#: ``carries``: the sentence reports the tag's matter; ``passing``: it
#: touches it only in passing or background (see docs/annotation.md).
EVIDENCE_ROLES = ("carries", "passing")
LOCKBOX_FILE = "lockbox_ids.txt"


def split_tags(value) -> list[str]:
    """``"ceasefire;diplomacy"`` -> ``["ceasefire", "diplomacy"]``; empty -> []."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [tag.strip() for tag in str(value).split(";") if tag.strip()]


def tags_to_matrix(tag_lists) -> np.ndarray:
    """Binary indicator matrix (n_items, 4) in the order of ``TAGS``."""
    return np.array([[tag in tags for tag in TAGS] for tags in tag_lists], dtype=np.int8).reshape(-1, len(TAGS))


def read_labels(labels_dir: str | os.PathLike = LABELS_DIR, files=LABEL_FILES) -> pd.DataFrame:
    """All label rows: ``id``, ``tags`` (list), ``note``, ``file``.

    Raises ValueError naming the file and row for an unknown tag or a
    duplicate id.
    """
    frames = []
    for name in files:
        path = Path(labels_dir) / name
        if not path.exists():
            continue
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame["file"] = name
        frame["row"] = np.arange(2, len(frame) + 2)
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["id", "tags", "note", "file"])
    labels = pd.concat(frames, ignore_index=True)
    labels["tags"] = labels["tags"].map(split_tags)
    for _, row in labels.iterrows():
        unknown = set(row["tags"]) - set(TAGS)
        if unknown:
            raise ValueError(f"{row['file']}:{row['row']}: unknown tag(s) {sorted(unknown)}; allowed: {', '.join(TAGS)}")
    duplicated = labels["id"].duplicated(keep=False)
    if duplicated.any():
        first = labels[duplicated].iloc[0]
        raise ValueError(f"{first['file']}:{first['row']}: id {first['id']} is labelled more than once")
    return labels.drop(columns=["row"])


def read_evidence(labels_dir: str | os.PathLike = LABELS_DIR, files=EVIDENCE_FILES) -> pd.DataFrame:
    """Sentence-level evidence rows: ``id, tag, sentence, role, splitter_version`` (plus ``file``).

    Raises ValueError naming the file and row for an unknown tag or role, or
    a negative sentence index.
    """
    frames = []
    for name in files:
        path = Path(labels_dir) / name
        if path.exists():
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            frame["file"], frame["row"] = name, np.arange(2, len(frame) + 2)
            frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["id", "tag", "sentence", "role", "splitter_version", "file"])
    evidence = pd.concat(frames, ignore_index=True)
    for column, allowed in (("tag", TAGS), ("role", EVIDENCE_ROLES)):
        wrong = evidence[~evidence[column].isin(allowed)]
        if len(wrong):
            first = wrong.iloc[0]
            raise ValueError(f"{first['file']}:{first['row']}: unknown {column} {first[column]!r}; allowed: {', '.join(allowed)}")
    index = pd.to_numeric(evidence["sentence"], errors="coerce")
    if index.isna().any() or (index < 0).any():
        first = evidence[index.isna() | (index < 0)].iloc[0]
        raise ValueError(f"{first['file']}:{first['row']}: sentence must be a whole number >= 0, not {first['sentence']!r}")
    evidence["sentence"] = index.astype(int)
    return evidence.drop(columns=["row"])


def evidence_by_item(evidence: pd.DataFrame, ids) -> list[dict]:
    """Per id, ``{tag: {"carries": [index, ...], "passing": [...]}}`` (empty dict when none)."""
    grouped: dict = {}
    for row in evidence.itertuples(index=False):
        grouped.setdefault(row.id, {}).setdefault(row.tag, {}).setdefault(row.role, []).append(int(row.sentence))
    return [grouped.get(i, {}) for i in ids]


def read_lockbox(labels_dir: str | os.PathLike = LABELS_DIR) -> set[str]:
    """The lockbox ids (``labels/lockbox_ids.txt``): held out of training (the model card says how it was used)."""
    path = Path(labels_dir) / LOCKBOX_FILE
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def load_sealed_ids(path: str | os.PathLike | None = None) -> set[str]:
    """Sealed FA-KES ids as ``fakes:<unit_id>``; empty set if the list is absent.

    Looked up at ``$NEWSTAG_SEALED_IDS``, else ``../shared/data/fakes_sealed_ids.txt``
    beside the project, else next to the FA-KES csv.
    """
    candidates = [path, os.environ.get(SEALED_IDS_ENV_VAR), PROJECT_ROOT.parent / "shared" / "data" / "fakes_sealed_ids.txt"]
    fakes_csv = os.environ.get("NEWSTAG_FAKES_CSV")
    if fakes_csv:
        candidates.append(Path(fakes_csv).with_name("fakes_sealed_ids.txt"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return {f"fakes:{line.strip()}" for line in Path(candidate).read_text().split() if line.strip()}
    return set()


def labelled_frame(corpus: pd.DataFrame, labels: pd.DataFrame | None = None, *, sealed: set[str] | None = None) -> pd.DataFrame:
    """Corpus rows that have labels, with a ``tags`` column, sealed ids refused.

    Raises ValueError if a label names a sealed id: those must never be
    trained or tuned on.
    """
    labels = read_labels() if labels is None else labels
    sealed = load_sealed_ids() if sealed is None else sealed
    leaked = sorted(set(labels["id"]) & sealed)
    if leaked:
        raise ValueError(f"labels name {len(leaked)} sealed id(s), e.g. {leaked[0]}; remove them: sealed items are never trained on")
    merged = corpus.merge(labels[["id", "tags", "note"]], on="id", how="inner")
    merged = merged[~merged["id"].isin(sealed)].reset_index(drop=True)
    merged["evidence"] = evidence_by_item(read_evidence(), merged["id"])
    return merged
