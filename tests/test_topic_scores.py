"""NPMI coherence, topic diversity and ARI on shared items, on hand-made inputs with known answers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from newstag.topics.scores import (
    npmi_coherence,
    reference_matrix,
    shared_items_ari,
    topic_diversity,
)

DOCS = [
    "tank shell tank",
    "tank shell",
    "aid convoy",
    "aid convoy shell",
]


def _npmi(p_i, p_j, p_ij):
    return math.log(p_ij / (p_i * p_j)) / -math.log(p_ij)


def test_npmi_uses_document_co_occurrence():
    # tank: docs 0, 1; shell: 0, 1, 3; aid: 2, 3; convoy: 2, 3
    result = npmi_coherence([["tank", "shell"], ["aid", "convoy"], ["tank", "aid"]], DOCS)
    expected = [_npmi(2 / 4, 3 / 4, 2 / 4), 1.0, -1.0]  # aid and convoy always together; tank and aid never
    np.testing.assert_allclose(result["per_topic"], expected)
    assert result["npmi"] == pytest.approx(np.mean(expected))
    assert result["n_topics_scored"] == 3


def test_npmi_averages_all_pairs_of_the_top_words_and_skips_unknown_words():
    three = npmi_coherence([["tank", "shell", "convoy", "unknownword"]], DOCS, top_n=4)
    pairs = [_npmi(2 / 4, 3 / 4, 2 / 4), -1.0, _npmi(3 / 4, 2 / 4, 1 / 4)]  # tank-shell, tank-convoy, shell-convoy
    assert three["npmi"] == pytest.approx(np.mean(pairs))
    assert math.isnan(npmi_coherence([["tank"], ["nothing", "known"]], DOCS)["npmi"])
    # only the first top_n words count
    assert npmi_coherence([["aid", "convoy", "tank"]], DOCS, top_n=2)["npmi"] == pytest.approx(1.0)


def test_one_reference_matrix_scores_several_models_alike():
    reference = reference_matrix(DOCS)
    words = [["tank", "shell"], ["aid", "convoy"]]
    assert npmi_coherence(words, reference) == npmi_coherence(words, DOCS)


def test_topic_diversity():
    assert topic_diversity([["a", "b"], ["c", "d"]]) == 1.0
    assert topic_diversity([["a", "b"], ["a", "c"]]) == 0.75
    assert topic_diversity([["a", "b", "x"], ["a", "c", "x"]], top_n=2) == 0.75
    assert math.isnan(topic_diversity([]))


def test_ari_on_shared_items_matches_sklearn_on_the_aligned_labels():
    ids_a, labels_a = ["a", "b", "c", "d", "e"], [0, 0, 1, 1, 2]
    ids_b, labels_b = ["x", "e", "d", "c", "b", "a"], [5, 3, 1, 1, 0, 0]
    value, shared = shared_items_ari(ids_a, labels_a, ids_b, labels_b)
    assert shared == 5
    assert value == pytest.approx(adjusted_rand_score([0, 0, 1, 1, 2], [0, 0, 1, 1, 3]))
    assert math.isnan(shared_items_ari(["a"], [0], ["b"], [0])[0])
