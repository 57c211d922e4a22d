"""TopicModel on a synthetic corpus with four planted topics (no FA-KES needed)."""

from __future__ import annotations

import numpy as np
import pandas as pd
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
    return TopicModel(k_range=(2, 8)).fit(corpus)


def test_auto_k_recovers_the_planted_groups(model, corpus):
    assert model.n_topics_ == 4
    assert list(model.k_scores_["k"]) == list(range(2, 9))
    assert set(model.k_scores_.columns) >= {"k", "silhouette", "stability_ari"}
    assert model.k_scores_.loc[model.k_scores_["chosen"], "k"].tolist() == [4]
    assert model.stability_ari_ == pytest.approx(1.0)
    assert adjusted_rand_score(corpus["group"], model.labels_) == pytest.approx(1.0)


def test_chosen_k_stays_within_k_range(corpus):
    model = TopicModel(k_range=(5, 7), n_stability_runs=3).fit(corpus)
    assert 5 <= model.n_topics_ <= 7
    assert model.k_scores_["k"].between(5, 7).all()


def test_fixed_n_topics(corpus):
    model = TopicModel(n_topics=3).fit(corpus)
    assert model.n_topics_ == 3
    assert len(model.k_scores_) == 1


def test_topics_are_numbered_by_size(corpus):
    model = TopicModel(n_topics=6).fit(corpus)
    sizes = np.bincount(model.labels_)
    assert list(sizes) == sorted(sizes, reverse=True)


def test_same_random_state_gives_identical_labels(corpus, model):
    again = TopicModel(k_range=(2, 8)).fit(corpus)
    np.testing.assert_array_equal(again.labels_, model.labels_)
    pd.testing.assert_frame_equal(again.k_scores_, model.k_scores_)
    np.testing.assert_array_equal(again.embedding_, model.embedding_)


def test_predict_and_fit_predict_agree_with_labels(corpus, model):
    np.testing.assert_array_equal(model.predict(corpus), model.labels_)
    np.testing.assert_array_equal(TopicModel(k_range=(2, 8)).fit_predict(corpus), model.labels_)


def test_accepts_a_list_of_texts(corpus):
    texts = (corpus["title"] + ". " + corpus["text"]).tolist()
    model = TopicModel(k_range=(2, 6), n_stability_runs=3).fit(texts)
    assert model.n_topics_ == 4
    assert model.predict(texts[:5]).shape == (5,)


def test_ctfidf_top_terms_contain_the_planted_vocabulary(model, corpus):
    frame = model.describe(corpus)
    for _, row in frame.iterrows():
        members = corpus["group"][model.labels_ == row["topic"]]
        group = members.mode()[0]
        assert set(row["top_terms"][:5]) <= set(VOCABULARIES[group]), (group, row["top_terms"])
        assert row["label"] == ", ".join(row["top_terms"][:3])


def test_describe_frame(model, corpus):
    tags = make_tags(corpus)
    frame = model.describe(corpus, tags=tags, n_terms=6, n_headlines=3)
    assert list(frame["topic"]) == list(range(model.n_topics_))
    assert frame["size"].sum() == len(corpus)
    assert all(len(terms) == 6 for terms in frame["top_terms"])
    assert all(len(h) == 3 for h in frame["headlines"])
    assert all(h in set(corpus["title"]) for hs in frame["headlines"] for h in hs)
    for tag in tags.columns:
        expected = [tags[tag][model.labels_ == t].mean() for t in frame["topic"]]
        np.testing.assert_allclose(frame[f"share_{tag}"], expected)
    assert "share_ceasefire" not in model.describe(corpus).columns


def test_headlines_are_closest_to_the_centroid(model, corpus):
    frame = model.describe(corpus, n_headlines=1)
    for topic, headlines in zip(frame["topic"], frame["headlines"]):
        members = np.flatnonzero(model.labels_ == topic)
        best = members[np.argmax(model.embedding_[members] @ model.cluster_centers_[topic])]
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


def test_hdbscan_never_drops_noise():
    corpus = make_corpus(n_noise=12)
    model = TopicModel(method="hdbscan").fit(corpus)
    assert len(model.labels_) == len(corpus)
    assert (model.labels_ >= 0).all() and (model.labels_ < model.n_topics_).all()
    assert len(model.noise_assigned_) > 0
    assert set(model.noise_assigned_) <= set(range(len(corpus)))
    # the mixed-vocabulary items are the ones HDBSCAN could not place
    assert corpus["group"].isna()[model.noise_assigned_].mean() > 0.5
    # noise points go to the nearest centroid
    noise = model.noise_assigned_
    nearest = np.argmax(model.embedding_[noise] @ model.cluster_centers_.T, axis=1)
    assert (nearest == model.labels_[noise]).mean() > 0.8
    frame = model.describe(corpus)
    assert frame["size"].sum() == len(corpus)
    assert 0 <= model.stability_ari_ <= 1
    assert external_agreement(model.labels_, corpus["group"])["v_measure"] > 0.8


def test_invalid_parameters(corpus):
    with pytest.raises(ValueError, match="method"):
        TopicModel(method="lda").fit(corpus)
    with pytest.raises(ValueError, match="n_topics"):
        TopicModel(n_topics=1).fit(corpus)
