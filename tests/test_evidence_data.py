"""Data tests for the sentence-level evidence labels and the lockbox in ``labels/``.

Ids and sentence indices only: no FA-KES text is stored, and sealed ids are
read only to check that no evidence row, second reading or lockbox names one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from newstag import config
from newstag.config import TAGS
from newstag.corpus.sentences import SPLITTER_VERSION, item_sentences
from newstag.tagging.labels import EVIDENCE_ROLES, read_evidence, read_labels, read_lockbox

LABELS = config.LABELS_DIR
FILES = ("evidence_seeds.csv", "evidence_fakes.csv", "evidence_second_reading.csv")


@pytest.fixture(scope="module")
def evidence() -> pd.DataFrame:
    return read_evidence(files=FILES[:2])


@pytest.fixture(scope="module")
def second() -> pd.DataFrame:
    return read_evidence(files=FILES[2:])


@pytest.fixture(scope="module")
def sealed_ids() -> set[str]:
    value = os.environ.get(config.FAKES_ENV_VAR)
    path = Path(value).with_name("fakes_sealed_ids.txt") if value else None
    if path is None or not path.is_file():
        pytest.skip(f"sealed ids not available: set {config.FAKES_ENV_VAR}")
    return {f"fakes:{line.strip()}" for line in path.read_text().split() if line.strip()}


@pytest.mark.parametrize("name", FILES)
def test_files_hold_ids_and_indices_only(name):
    frame = pd.read_csv(LABELS / name, dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["id", "tag", "sentence", "role", "splitter_version"]
    assert frame["tag"].isin(TAGS).all()
    assert frame["role"].isin(EVIDENCE_ROLES).all()
    assert frame["sentence"].str.fullmatch(r"\d+").all()
    assert not frame.duplicated(["id", "tag", "sentence"]).any(), "a sentence has two roles for one tag"


@pytest.mark.parametrize("name", FILES)
def test_indices_are_for_the_current_splitter(name):
    frame = pd.read_csv(LABELS / name, dtype=str, keep_default_na=False)
    assert set(frame["splitter_version"]) == {SPLITTER_VERSION}, (
        f"{name} was made under splitter version(s) {sorted(set(frame['splitter_version']))}, the splitter is at "
        f"{SPLITTER_VERSION}: re-run docs/experiments/evidence_2026-11-29/convert.py")


def test_item_tags_are_the_tags_a_sentence_carries(evidence):
    labels = read_labels()
    carried = evidence[evidence["role"] == "carries"].groupby("id")["tag"].agg(set)
    for row in labels.itertuples(index=False):
        assert set(row.tags) == carried.get(row.id, set()), f"{row.id}: tags {row.tags} but evidence {carried.get(row.id)}"
    assert set(evidence["id"]) <= set(labels["id"]), "evidence for an item that has no label"


def test_second_reading_covers_at_least_150_labelled_items(second):
    ids = (LABELS / "evidence_second_reading_ids.txt").read_text().split()
    assert len(ids) == len(set(ids)) >= 150
    assert set(second["id"]) <= set(ids) <= set(read_labels()["id"])


def test_lockbox_is_a_quarter_of_the_labelled_fakes_items():
    lockbox = read_lockbox()
    fakes = set(read_labels()["id"].loc[lambda s: s.str.startswith("fakes:")])
    assert lockbox <= fakes
    assert abs(len(lockbox) / len(fakes) - 0.25) < 0.01


def test_no_sealed_id_anywhere(evidence, second, sealed_ids):
    ids = (LABELS / "evidence_second_reading_ids.txt").read_text().split()
    for name, found in (("evidence", set(evidence["id"])), ("second reading", set(second["id"]) | set(ids)),
                        ("lockbox", read_lockbox())):
        assert not found & sealed_ids, f"{name} names sealed ids"


@pytest.mark.slow
def test_indices_fall_inside_their_items(evidence, second, fakes_path):
    from newstag.corpus.loading import load_corpus

    corpus = load_corpus(fakes=fakes_path).set_index("id")
    rows = pd.concat([evidence, second])
    for item_id, group in rows.groupby("id"):
        item = corpus.loc[item_id]
        n = len(item_sentences(str(item["title"] or ""), str(item["text"] or "")))
        assert group["sentence"].max() < n, f"{item_id}: sentence {group['sentence'].max()} of {n}"
