"""The parts of topics v2 on small hand-made inputs: consensus, hierarchy, terms, labels, stop words."""

from __future__ import annotations

import numpy as np
import pytest

from newstag.topics.consensus import (
    coassociation,
    consensus_labels,
    default_k_range,
    default_min_size,
    ensemble_runs,
    level_maps,
    order_by_size,
    topic_linkage,
)
from newstag.topics.describe import (
    distinctive_scores,
    find_phrases,
    phrase_label,
    rank_terms,
)
from newstag.topics.stopwords import (
    NEWS_STOP_WORDS,
    TOPIC_STOP_WORDS,
    is_description_term,
)


def test_default_k_range_and_min_size_follow_the_corpus_size():
    assert default_k_range(14) == (2, 3)
    assert default_k_range(801) == (5, 25)
    assert default_k_range(2000) == (8, 30)  # capped at MAX_K
    assert default_k_range(3) == (2, 2)
    assert (default_min_size(14), default_min_size(801), default_min_size(2000)) == (2, 9, 20)


def test_coassociation_counts_shared_clusters():
    runs = np.array([[0, 0, 1, 1], [0, 1, 1, 2], [2, 2, 2, 0]])
    expected = np.array([
        [3, 2, 1, 0],
        [2, 3, 2, 0],
        [1, 2, 3, 1],
        [0, 0, 1, 3],
    ]) / 3
    np.testing.assert_allclose(coassociation(runs), expected, rtol=1e-6)


def _blocks(sizes, inside=0.9, outside=0.1):
    groups = np.repeat(np.arange(len(sizes)), sizes)
    coassoc = np.where(groups[:, None] == groups[None, :], inside, outside).astype(np.float32)
    np.fill_diagonal(coassoc, 1.0)
    return groups, coassoc


def test_consensus_keeps_what_most_runs_grouped_and_settles_small_groups():
    groups, coassoc = _blocks([6, 5, 4])
    np.testing.assert_array_equal(consensus_labels(coassoc, threshold=0.5, min_size=2), groups)
    # an item grouped with the second block in 45% of the runs: alone at the cut, then settled there
    stray = np.full((16, 16), 0.1, dtype=np.float32)
    stray[:15, :15] = coassoc
    stray[15, 6:11] = stray[6:11, 15] = 0.45
    stray[15, 15] = 1.0
    labels, unplaced = consensus_labels(stray, threshold=0.5, min_size=2, with_unplaced=True)
    assert labels[15] == labels[6] and list(np.flatnonzero(unplaced)) == [15]
    # n_wanted cuts finer than the threshold would
    assert consensus_labels(coassoc, min_size=2, n_wanted=3).max() == 2


def test_seeded_runs_are_reproducible_and_draw_k_from_the_range():
    rng = np.random.default_rng(0)
    points = np.vstack([rng.normal(c, 0.05, size=(20, 3)) for c in np.eye(3)])
    first = ensemble_runs(points, k_range=(2, 4), n_runs=12, random_state=7)
    np.testing.assert_array_equal(first, ensemble_runs(points, k_range=(2, 4), n_runs=12, random_state=7))
    assert first.shape == (12, 60)
    assert set(first.max(axis=1) + 1) <= {2, 3, 4}
    labels = consensus_labels(coassociation(first), min_size=3)
    assert len(np.unique(labels)) == 3


def test_levels_nest_and_are_numbered_by_size():
    centres = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9], [0.5, 0.5]])
    tree = topic_linkage(centres)
    assert tree.shape == (4, 4) and (np.diff(tree[:, 2]) >= 0).all()
    maps = level_maps(tree, [5, 1, 3, 2, 4])
    assert sorted(maps) == [1, 2, 3, 4, 5]
    np.testing.assert_array_equal(maps[5], [0, 4, 2, 3, 1])  # by size: 5, 4, 3, 2, 1 items
    for m in range(1, 5):
        # two fine topics together at level m+1 stay together at level m
        finer, coarser = maps[m + 1], maps[m]
        for topic in range(m + 1):
            assert len(set(coarser[finer == topic])) == 1
    assert set(maps[1]) == {0}
    # the two nearest pairs merge first
    assert maps[3][0] == maps[3][1] and maps[3][2] == maps[3][3]


def test_order_by_size_breaks_ties_by_first_member():
    mapping = order_by_size(np.array([2, 0, 0, 2, 1, -1]))
    np.testing.assert_array_equal(mapping, [1, 2, 0])


def test_exclusivity_halves_a_term_shared_with_a_rival():
    per_topic = np.array([[10.0, 5.0, 0.0], [0.0, 5.0, 10.0]])
    scores = distinctive_scores(per_topic)
    from newstag.topics.describe import ctfidf_rows

    plain = ctfidf_rows(per_topic)
    np.testing.assert_allclose(scores[:, [0, 2]].sum(axis=0), plain[:, [0, 2]].sum(axis=0))  # exclusive terms keep it
    np.testing.assert_allclose(scores[:, 1], plain[:, 1] / 2)  # a shared term keeps half


def test_rank_terms_skips_disallowed_terms_and_plurals():
    names = np.array(["rebel", "rebels", "said", "siege", "town"])
    scores = np.array([5.0, 4.0, 9.0, 3.0, 0.0])
    allowed = np.array([is_description_term(n) for n in names])
    assert [t for t, _ in rank_terms(scores, names, allowed, n_terms=5)] == ["rebel", "siege"]


def test_phrases_join_in_reading_order():
    docs = ["Clashes in Deir ez Zor today.", "Deir ez Zor again, and barrel bombs.", "deir ez zor; barrel bombs fell",
            "Barrel bombs hit the town."]
    phrases = find_phrases(docs, ["deir", "ez", "zor", "barrel", "bombs", "clashes"])
    assert phrases == {"barrel": ["bombs"], "deir": ["ez"], "ez": ["zor"]}  # "zor barrel" once: not a phrase
    assert phrase_label(["ez", "zor", "bombs", "deir", "clashes", "barrel"], phrases) == "deir ez zor, barrel bombs, clashes"
    assert phrase_label(["clashes", "town"], phrases) == "clashes, town"
    assert phrase_label([], phrases) == ""


def test_news_stop_words():
    for word in ("said", "according", "al", "reuters", "sputnik", "wednesday", "jan", "observatory", "led"):
        assert word in NEWS_STOP_WORDS and not is_description_term(word)
    assert "the" in TOPIC_STOP_WORDS
    assert not is_description_term("2016")
    for word in ("ceasefire", "airstrike", "aleppo", "chemical"):
        assert is_description_term(word)


@pytest.mark.parametrize("n", [3, 14, 801])
def test_default_k_range_is_valid_for_kmeans(n):
    lo, hi = default_k_range(n)
    assert 2 <= lo <= hi <= max(2, n - 1)
