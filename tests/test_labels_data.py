"""Data tests for the hand-labelled set in ``labels/``.

Only ids are read here: no FA-KES text is copied, and sealed ids are used
only to check that no label names one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from newstag import config
from newstag.config import TAGS
from newstag.corpus.loading import load_corpus
from newstag.tagging.evaluate import agreement
from newstag.tagging.labels import LABEL_FILES, labelled_frame, read_labels, split_tags

LABELS = config.LABELS_DIR


def raw_label_file(name: str) -> pd.DataFrame:
    return pd.read_csv(LABELS / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def labels() -> pd.DataFrame:
    return read_labels()


@pytest.fixture(scope="module")
def sealed_ids() -> set[str]:
    """Sealed ids as ``fakes:<unit_id>``, read beside $NEWSTAG_FAKES_CSV; skip when absent."""
    value = os.environ.get(config.FAKES_ENV_VAR)
    if not value:
        pytest.skip(f"sealed ids not available: set {config.FAKES_ENV_VAR}")
    path = Path(value).with_name("fakes_sealed_ids.txt")
    if not path.is_file():
        pytest.skip(f"sealed ids not available: no {path}")
    ids = {f"fakes:{line.strip()}" for line in path.read_text().split() if line.strip()}
    assert ids, f"{path} is empty"
    return ids


# --- the label files themselves -------------------------------------------------


@pytest.mark.parametrize("name", LABEL_FILES)
def test_label_file_has_expected_columns(name):
    assert list(raw_label_file(name).columns) == ["id", "tags", "note"]


@pytest.mark.parametrize("name", LABEL_FILES)
def test_only_allowed_tags(name):
    frame = raw_label_file(name)
    for row, value in enumerate(frame["tags"], start=2):
        tags = split_tags(value)
        assert set(tags) <= set(TAGS), f"{name}:{row}: {tags}"
        assert len(tags) == len(set(tags)), f"{name}:{row}: tag repeated in {value!r}"


def test_no_duplicate_ids_across_files(labels):
    duplicated = labels.loc[labels["id"].duplicated(keep=False), "id"].tolist()
    assert duplicated == []


def test_ids_have_known_prefixes(labels):
    assert labels["id"].str.match(r"^(seed:|fakes:\d+$)").all()
    assert (labels.loc[labels["file"] == "tags_seeds.csv", "id"].str.startswith("seed:")).all()
    assert (labels.loc[labels["file"] == "tags_fakes.csv", "id"].str.startswith("fakes:")).all()


def test_every_tag_has_positives(labels):
    for tag in TAGS:
        assert sum(tag in tags for tags in labels["tags"]) >= 10, tag


def test_no_sealed_id_is_labelled(labels, sealed_ids):
    assert set(labels["id"]) & sealed_ids == set()


def test_agreement_ids_are_not_sealed(sealed_ids):
    assert set(raw_label_file("agreement.csv")["id"]) & sealed_ids == set()


# --- labels against the corpus -------------------------------------------------


@pytest.fixture(scope="module")
def seed_corpus() -> pd.DataFrame:
    return load_corpus([str(config.SEEDS_DIR)])


def test_every_seed_item_is_labelled(labels, seed_corpus):
    assert len(seed_corpus) == 14
    assert set(seed_corpus["id"]) - set(labels["id"]) == set()


def test_every_seed_label_names_a_seed_item(labels, seed_corpus):
    seed_labels = set(labels.loc[labels["id"].str.startswith("seed:"), "id"])
    assert seed_labels - set(seed_corpus["id"]) == set()


def test_every_fakes_label_names_a_corpus_item(labels, fakes_path, sealed_ids):
    corpus = load_corpus(fakes=fakes_path)
    ids = set(corpus["id"]) - sealed_ids  # sealed rows are dropped unread
    fakes_labels = set(labels.loc[labels["id"].str.startswith("fakes:"), "id"])
    assert fakes_labels, "no FA-KES labels"
    assert fakes_labels - ids == set()


def test_agreement_ids_are_labelled_ids(labels):
    frame = raw_label_file("agreement.csv")
    assert list(frame.columns) == ["id", "first_reading", "second_reading"]
    assert not frame["id"].duplicated().any()
    assert set(frame["id"]) <= set(labels["id"])
    for column in ("first_reading", "second_reading"):
        for value in frame[column]:
            assert set(split_tags(value)) <= set(TAGS), value


# --- read_labels and labelled_frame refuse bad input --------------------------------


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_read_labels_reads_a_good_file(tmp_path):
    write(tmp_path / "tags_seeds.csv", "id,tags,note\nseed:a,ceasefire;diplomacy,\nseed:b,,none\n")
    frame = read_labels(tmp_path)
    assert frame["id"].tolist() == ["seed:a", "seed:b"]
    assert frame["tags"].tolist() == [["ceasefire", "diplomacy"], []]
    assert frame["file"].tolist() == ["tags_seeds.csv"] * 2


def test_read_labels_unknown_tag_names_file_and_row(tmp_path):
    write(tmp_path / "tags_seeds.csv", "id,tags,note\nseed:a,airstrike,\nseed:b,airstrike;shelling,\n")
    with pytest.raises(ValueError, match=r"tags_seeds\.csv:3") as error:
        read_labels(tmp_path)
    assert "shelling" in str(error.value)


def test_read_labels_duplicate_id_names_file_and_row(tmp_path):
    write(tmp_path / "tags_seeds.csv", "id,tags,note\nseed:a,airstrike,\nseed:b,,\nseed:a,diplomacy,\n")
    with pytest.raises(ValueError, match=r"tags_seeds\.csv:2") as error:
        read_labels(tmp_path)
    assert "seed:a" in str(error.value)


def test_read_labels_duplicate_across_files(tmp_path):
    write(tmp_path / "tags_seeds.csv", "id,tags,note\nseed:a,airstrike,\n")
    write(tmp_path / "tags_fakes.csv", "id,tags,note\nfakes:1,,\nseed:a,,\n")
    with pytest.raises(ValueError, match=r"tags_(seeds|fakes)\.csv:\d+: id seed:a"):
        read_labels(tmp_path)


def test_labelled_frame_refuses_sealed_id():
    corpus = pd.DataFrame({"id": ["fakes:1", "fakes:2"], "title": ["", ""], "text": ["a", "b"]})
    labels = pd.DataFrame({"id": ["fakes:1", "fakes:2"], "tags": [[], ["airstrike"]], "note": ["", ""]})
    with pytest.raises(ValueError, match="sealed"):
        labelled_frame(corpus, labels, sealed={"fakes:2"})
    joined = labelled_frame(corpus, labels, sealed={"fakes:3"})
    assert joined["id"].tolist() == ["fakes:1", "fakes:2"]
    assert joined["tags"].tolist() == [[], ["airstrike"]]


# --- agreement ceiling -----------------------------------------------------------


def test_agreement_kappa():
    table = agreement()
    assert list(table.index) == list(TAGS)
    assert (table["n_items"] == 120).all()
    for tag, row in table.iterrows():
        assert -1.0 <= row.kappa <= 1.0, tag
        assert row.kappa >= 0.7, f"{tag}: kappa {row.kappa:.3f}"
        assert 0.0 <= row.raw_agreement <= 1.0
