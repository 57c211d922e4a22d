"""Every plot function returns a titled Figure with labelled axes, and draws into a given ax."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from _synthetic import make_corpus, make_tags
from matplotlib.figure import Figure

from newstag.report import plots, style, topic_plots
from newstag.topics import TopicModel


@pytest.fixture(scope="module")
def data():
    corpus = make_corpus()
    tags = make_tags(corpus)
    model = TopicModel(n_runs=40).fit(corpus)
    coords = np.random.default_rng(0).normal(size=(len(corpus), 2))
    return {
        "corpus": corpus,
        "tags": tags,
        "model": model,
        "coords": coords,
        "describe": model.describe(corpus, tags=tags),
    }


def _titled(fig: Figure) -> bool:
    suptitle = fig._suptitle.get_text() if fig._suptitle is not None else ""
    return bool(suptitle) or any(ax.get_title() or ax.get_title(loc="left") for ax in fig.axes)


def _labelled(ax) -> bool:
    return bool(ax.get_xlabel()) and bool(ax.get_ylabel())


def _check(fig, *, data_axes=None):
    assert isinstance(fig, Figure)
    assert _titled(fig)
    axes = data_axes if data_axes is not None else [ax for ax in fig.axes if ax.get_label() != "<colorbar>"]
    assert axes
    for ax in axes:
        assert ax.get_title() or ax.get_title(loc="left")
        assert ax.get_xlabel(), ax
    assert any(_labelled(ax) for ax in axes)
    fig.canvas.draw()  # renders without error


def test_corpus_overview(data):
    fig = plots.plot_corpus_overview(data["corpus"])
    _check(fig)
    assert all(_labelled(ax) for ax in fig.axes)
    given = Figure()
    axes = given.subplots(1, 2)
    assert plots.plot_corpus_overview(data["corpus"], axes=axes) is given
    assert axes[0].get_title() == "Items per outlet"


def test_topic_map(data):
    model = data["model"]
    fig = plots.plot_topic_map(data["coords"], model.labels_, model.topic_labels_)
    _check(fig)
    legend = fig.axes[0].get_legend()
    texts = [t.get_text() for t in legend.get_texts()]
    assert len(texts) == model.n_topics_
    assert texts[0].startswith("0 · " + model.topic_labels_[0].split(",")[0])
    given = Figure()
    ax = given.add_subplot()
    assert plots.plot_topic_map(data["coords"], model.labels_, data["describe"], ax=ax) is given
    assert plots.plot_topic_map(data["coords"], model.labels_) is not None  # labels optional


def test_tag_map(data):
    fig = plots.plot_tag_map(data["coords"], data["tags"])
    _check(fig)
    assert len(fig.axes) == 4
    assert all(_labelled(ax) for ax in fig.axes)
    assert fig.axes[0].get_title().startswith("ceasefire: ")
    given = Figure()
    axes = given.subplots(2, 2)
    assert plots.plot_tag_map(data["coords"], data["tags"], axes=axes) is given


def test_topic_terms(data):
    frame = data["describe"]
    fig = plots.plot_topic_terms(frame)
    _check(fig)
    assert len(fig.axes) == len(frame)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == frame["top_terms"][0][:8]
    given = Figure()
    axes = given.subplots(2, 2)
    assert plots.plot_topic_terms(frame, axes=axes) is given


def test_topic_tag_heatmap(data):
    fig = plots.plot_topic_tag_heatmap(data["describe"])
    ax = fig.axes[0]
    _check(fig, data_axes=[ax])
    assert _labelled(ax)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["ceasefire", "airstrike", "humanitarian", "diplomacy"]
    given = Figure()
    assert plots.plot_topic_tag_heatmap(data["describe"], ax=given.add_subplot()) is given
    with pytest.raises(ValueError, match="share_"):
        plots.plot_topic_tag_heatmap(data["model"].describe(data["corpus"]))


@pytest.mark.parametrize("by", ["year", "source"])
def test_tag_prevalence(data, by):
    fig = plots.plot_tag_prevalence(data["corpus"], data["tags"], by=by)
    ax = fig.axes[0]
    _check(fig)
    assert _labelled(ax)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(data["tags"].columns)
    given = Figure()
    assert plots.plot_tag_prevalence(data["corpus"], data["tags"], by=by, ax=given.add_subplot()) is given


def test_tag_prevalence_rejects_unknown_grouping(data):
    with pytest.raises(ValueError, match="by"):
        plots.plot_tag_prevalence(data["corpus"], data["tags"], by="month")


def test_plots_do_not_touch_pyplot(data):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    plots.plot_topic_map(data["coords"], data["model"].labels_)
    assert plt.get_fignums() == before


def test_topic_colors_are_distinct():
    colors = style.topic_colors(40)
    assert len(set(colors)) == 40
    assert style.topic_colors(3) == colors[:3]


def test_topic_hierarchy(data):
    model = data["model"]
    fig = topic_plots.plot_topic_hierarchy(model)
    ax = fig.axes[0]
    _check(fig, data_axes=[ax])
    assert _labelled(ax)
    leaves = [t.get_text() for t in ax.get_yticklabels()]
    assert len(leaves) == model.n_topics_
    assert {text.split(" · ")[0] for text in leaves} == {str(t) for t in range(model.n_topics_)}
    assert f"0 · {model.topic_labels_[0]}" in " ".join(leaves)
    themes = [t.get_text() for t in ax.get_legend().get_texts()]
    assert [text[0] for text in themes] == ["A", "B"]
    # leaves follow the dendrogram: topics of one theme sit together
    order = topic_plots.topic_order(model)
    parents = model.parents()[order]
    assert (np.diff(parents) != 0).sum() == model.n_themes_ - 1
    three = topic_plots.plot_topic_hierarchy(model, n_topics=3)
    assert len(three.axes[0].get_yticklabels()) == 3
    given = Figure()
    assert topic_plots.plot_topic_hierarchy(model, ax=given.add_subplot()) is given


@pytest.mark.parametrize("kind", ["time", "sources"])
def test_topic_time_and_sources(data, kind):
    model, corpus = data["model"], data["corpus"]
    plot = topic_plots.plot_topic_time if kind == "time" else topic_plots.plot_topic_sources
    names = {t: f"topic {t}: {label}" for t, label in model.topic_labels_.items()}
    order = topic_plots.topic_order(model)
    fig = plot(corpus, model.labels_, names, order=order, groups=dict(enumerate(model.parents())))
    ax = fig.axes[0]
    _check(fig, data_axes=[ax])
    assert _labelled(ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == [names[t] for t in order]
    image = ax.images[0].get_array()
    # every column is a month (or outlet) and its topic shares add up to 100%
    np.testing.assert_allclose(np.asarray(image).sum(axis=0), 100.0)
    given = Figure()
    assert plot(corpus, model.labels_, ax=given.add_subplot()) is given


def test_topic_time_leaves_out_thin_months(data):
    corpus = data["corpus"].copy()
    corpus.loc[:2, "date"] = pd.NaT
    fig = topic_plots.plot_topic_time(corpus, data["model"].labels_, min_items=3)
    title = fig.axes[0].get_title()
    assert "3 undated items" in title
    months = pd.to_datetime(corpus["date"]).dt.to_period("M").value_counts()
    assert len(fig.axes[0].get_xticklabels()) == int((months >= 3).sum())


def test_theme_letters():
    assert [topic_plots.theme_letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
