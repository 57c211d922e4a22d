"""TopicModel on a synthetic corpus with four planted topics (no FA-KES needed)."""

from __future__ import annotations

import numpy as np
import pytest
from _synthetic import VOCABULARIES, make_corpus, make_tags
from sklearn.metrics import adjusted_rand_score

from newstag.topics import TopicModel, ctfidf, external_agreement
from newstag.topics.scores import adjusted_rand


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(scope="module")
def model(corpus):
    return TopicModel().fit(corpus)


def test_default_level_recovers_the_planted_groups(model, corpus):
    assert model.n_topics_ == 4
    assert model.n_fine_topics_ == 4
    assert model.k_range_ == (2, 9)  # sqrt(100) / 6 .. 0.9 sqrt(100)
    assert model.stability_ari_ == pytest.approx(1.0)
    assert adjusted_rand_score(corpus["group"], model.labels_) == pytest.approx(1.0)
    assert len(model.unplaced_) == 0


def test_levels_nest_from_one_topic_to_the_finest(model):
    assert sorted(model.levels_) == list(range(1, model.n_fine_topics_ + 1))
    for m in range(1, model.n_fine_topics_):
        finer, coarser = model.at(m + 1), model.at(m)
        # every topic of the finer level sits inside one topic of the coarser level
        for topic in range(m + 1):
            assert len(np.unique(coarser[finer == topic])) == 1
        np.testing.assert_array_equal(model.parents(m + 1, m)[finer], coarser)
        assert len(np.unique(coarser)) == m
    assert (model.at(1) == 0).all()
    assert model.linkage_.shape == (model.n_fine_topics_ - 1, 4)


def test_themes_are_a_coarser_level(model):
    assert model.n_themes_ == 2  # ceil(sqrt(4))
    themes = model.parents()
    assert themes.shape == (model.n_topics_,) and set(themes) == {0, 1}
    np.testing.assert_array_equal(themes[model.labels_], model.at(model.n_themes_))
    with pytest.raises(ValueError, match="fewer topics"):
        model.parents(2, 4)


def test_an_int_n_topics_picks_a_level_of_the_same_hierarchy(corpus, model):
    three = TopicModel(n_topics=3).fit(corpus)
    assert three.n_topics_ == 3
    np.testing.assert_array_equal(three.labels_, model.at(3))
    np.testing.assert_array_equal(three.fine_labels_, model.fine_labels_)


def test_more_topics_than_the_consensus_splits_the_planted_groups(corpus):
    model = TopicModel(n_topics=6).fit(corpus)
    assert model.n_topics_ == 6 and model.n_fine_topics_ >= 6
    # finer topics still never mix two planted groups
    for topic in range(6):
        assert corpus["group"][model.labels_ == topic].nunique() == 1


def test_topics_are_numbered_by_size_at_every_level(model):
    for m in model.levels_:
        sizes = np.bincount(model.at(m))
        assert list(sizes) == sorted(sizes, reverse=True)
        np.testing.assert_array_equal(model.level_sizes(m), sizes)


def test_same_random_state_gives_identical_topics(corpus, model):
    again = TopicModel().fit(corpus)
    np.testing.assert_array_equal(again.labels_, model.labels_)
    np.testing.assert_array_equal(again.linkage_, model.linkage_)
    np.testing.assert_array_equal(again.embedding_, model.embedding_)
    assert again.topic_labels_ == model.topic_labels_


def test_predict_at_any_level(corpus, model):
    np.testing.assert_array_equal(model.predict(corpus), model.labels_)
    np.testing.assert_array_equal(model.predict(corpus, n_topics=2), model.at(2))
    np.testing.assert_array_equal(TopicModel().fit_predict(corpus), model.labels_)
    with pytest.raises(ValueError, match="no level with 9 topics"):
        model.predict(corpus, n_topics=9)


def test_a_sample_clusters_large_corpora_and_the_rest_joins_the_nearest_topic(corpus, model):
    sampled = TopicModel(max_consensus_items=60).fit(corpus)
    assert len(sampled.consensus_index_) == 60 and sampled.k_range_ == (2, 6)
    assert adjusted_rand_score(corpus["group"], sampled.labels_) == pytest.approx(1.0)


def test_accepts_a_list_of_texts(corpus):
    texts = (corpus["title"] + ". " + corpus["text"]).tolist()
    model = TopicModel(n_runs=20).fit(texts)
    assert model.n_topics_ == 4
    assert model.predict(texts[:5]).shape == (5,)


def test_ctfidf_top_terms_contain_the_planted_vocabulary(model, corpus):
    frame = model.describe(corpus)
    for _, row in frame.iterrows():
        members = corpus["group"][model.labels_ == row["topic"]]
        group = members.mode()[0]
        assert set(row["top_terms"][:10]) <= set(VOCABULARIES[group]), (group, row["top_terms"])
        assert row["label"] == ", ".join(row["top_terms"][:3])
    # boilerplate filler ("said", "according", "told") never describes a topic
    assert not {t for terms in frame["top_terms"] for t in terms} & {"said", "according", "told", "report"}


def test_describe_frame(model, corpus):
    tags = make_tags(corpus)
    frame = model.describe(corpus, tags=tags, n_terms=6, n_headlines=3)
    assert list(frame["topic"]) == list(range(model.n_topics_))
    assert frame["size"].sum() == len(corpus)
    assert all(len(terms) == 6 for terms in frame["top_terms"])
    assert all(len(h) == 3 for h in frame["headlines"])
    assert all(h in set(corpus["title"]) for hs in frame["headlines"] for h in hs)
    np.testing.assert_array_equal(frame["theme"], model.parents())
    for tag in tags.columns:
        expected = [tags[tag][model.labels_ == t].mean() for t in frame["topic"]]
        np.testing.assert_allclose(frame[f"share_{tag}"], expected)
    assert "share_ceasefire" not in model.describe(corpus).columns


def test_headlines_are_closest_to_the_centroid(model, corpus):
    frame = model.describe(corpus, n_headlines=1)
    for topic, headlines in zip(frame["topic"], frame["headlines"]):
        members = np.flatnonzero(model.labels_ == topic)
        best = members[np.argmax(model.embedding_[members] @ model.level_centers()[topic])]
        assert headlines == [corpus["title"][best]]


def test_ctfidf_formula():
    counts = np.array([[2, 0, 1], [1, 0, 1], [0, 3, 1]])
    labels = np.array([0, 0, 1])
    scores = ctfidf(counts, labels, 2)
    per_class = np.array([[3, 0, 2], [0, 3, 1]], dtype=float)
    tf = per_class / per_class.sum(axis=1, keepdims=True)
    idf = np.log(1 + per_class.sum() / 2 / per_class.sum(axis=0))
    np.testing.assert_allclose(scores, tf * idf)


def test_external_agreement_on_planted_labels(model, corpus):
    scores = external_agreement(model.labels_, corpus["group"])
    assert scores["v_measure"] > 0.8
    assert set(scores) >= {"v_measure", "nmi", "homogeneity", "completeness"}
    assert scores["n"] == len(corpus)


def test_external_agreement_ignores_missing_reference(model, corpus):
    reference = corpus["group"].astype(object).copy()
    reference[:10] = None
    reference[10:15] = ""
    reference[15:20] = "unknown"
    scores = external_agreement(model.labels_, reference)
    assert scores["n"] == len(corpus) - 15
    assert scores["v_measure"] > 0.8
    assert external_agreement(model.labels_, reference, ignore=("unknown",))["n"] == len(corpus) - 20


def test_fast_ari_matches_sklearn():
    rng = np.random.default_rng(0)
    for _ in range(50):
        a, b = rng.integers(0, 5, 40), rng.integers(0, 3, 40)
        assert adjusted_rand(a, b) == pytest.approx(adjusted_rand_score(a, b))


def test_mixed_items_get_a_topic_too():
    corpus = make_corpus(n_noise=12)
    model = TopicModel().fit(corpus)
    assert len(model.labels_) == len(corpus)
    assert (model.labels_ >= 0).all() and (model.labels_ < model.n_topics_).all()
    assert set(model.unplaced_) <= set(range(len(corpus)))
    planted = corpus["group"].notna().to_numpy()
    assert adjusted_rand_score(corpus["group"][planted], model.labels_[planted]) == pytest.approx(1.0)
    assert model.describe(corpus)["size"].sum() == len(corpus)


@pytest.mark.parametrize(
    "options, message",
    [({"n_topics": 0}, "n_topics"), ({"n_topics": "many"}, "n_topics"), ({"threshold": 1.5}, "threshold"),
     ({"k_range": (1, 4)}, "k_range"), ({"n_runs": 1}, "n_runs")],
)
def test_invalid_parameters(corpus, options, message):
    with pytest.raises(ValueError, match=message):
        TopicModel(**options).fit(corpus)
    with pytest.raises(ValueError, match="at least 3"):
        TopicModel().fit(["one text", "two texts"])


def test_copies_of_a_text_share_a_topic_even_when_more_topics_are_asked_for():
    base = ["Warplanes bombed the town overnight, killing five civilians.",
            "A ceasefire took effect in the city on Friday after talks.",
            "The convoy delivered food and medicine to the besieged district.",
            "Diplomats met in Geneva to discuss a political transition."]
    texts = [base[i % 4] for i in range(16)]
    with pytest.warns(UserWarning, match="asked for 6 topics but the items split into at most 4"):
        model = TopicModel(n_topics=6).fit(texts)
    assert model.n_topics_ == 4
    np.testing.assert_array_equal(model.labels_, np.tile(model.labels_[:4], 4))
    assert len(set(model.labels_[:4])) == 4
