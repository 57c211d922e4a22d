"""UMAP coordinates and the offline HTML map."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest
from _synthetic import make_corpus, make_tags

from newstag.report.interactive import interactive_map
from newstag.topics import TopicModel
from newstag.topics.maps import UmapWorker, umap_embedding


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(scope="module")
def model(corpus):
    return TopicModel(n_runs=20).fit(corpus)


@pytest.fixture(scope="module")
def coords(model):
    """One UMAP run shared by the module (the first pays numba's ~20 s JIT)."""
    return umap_embedding(model.embedding_, random_state=7)


def test_importing_maps_does_not_import_umap():
    code = "import sys, newstag.topics.maps, newstag.report.figures, newstag.report.interactive; print('umap' in sys.modules, 'numba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.slow
def test_umap_embedding_shape(coords, corpus):
    assert coords.shape == (len(corpus), 2)
    assert np.isfinite(coords).all()


@pytest.mark.slow
def test_umap_is_deterministic_for_a_fixed_seed(coords, model):
    np.testing.assert_array_equal(umap_embedding(model.embedding_, random_state=7), coords)
    np.testing.assert_array_equal(umap_embedding(model, random_state=7), coords)


@pytest.mark.slow
def test_umap_worker_draws_the_same_map_in_another_process(coords, model):
    with UmapWorker() as embed:
        assert embed._process is not None and embed._process.is_alive()
        worker_coords = embed(model.embedding_, random_state=7)
    np.testing.assert_array_equal(worker_coords, coords)
    assert embed._process is None  # stopped on leaving the block


def test_umap_worker_falls_back_to_this_process_when_the_worker_dies(coords, model):
    with UmapWorker() as embed:
        embed._process.kill()
        embed._process.join()
        with pytest.warns(UserWarning, match="drawing the map in this process"):
            fallback_coords = embed(model.embedding_, random_state=7)
    np.testing.assert_array_equal(fallback_coords, coords)


def test_umap_accepts_a_corpus(corpus):
    out = umap_embedding(corpus, random_state=3, n_neighbors=200)  # n_neighbors capped at n - 1
    assert out.shape == (len(corpus), 2)


@pytest.mark.slow
def test_umap_keeps_planted_groups_apart(coords, corpus):
    groups = corpus["group"].to_numpy()
    centres = {g: coords[groups == g].mean(axis=0) for g in set(groups)}
    nearest = np.array([min(centres, key=lambda g: np.linalg.norm(p - centres[g])) for p in coords])
    assert (nearest == groups).mean() > 0.95


@pytest.fixture(scope="module")
def html(tmp_path_factory, corpus, model):
    coords = np.random.default_rng(0).normal(size=(len(corpus), 2))  # no UMAP needed for the HTML
    path = tmp_path_factory.mktemp("map") / "sub" / "map.html"
    written = interactive_map(coords, corpus, model.labels_, make_tags(corpus), path, topic_labels=model.topic_labels_)
    assert written == path
    return path.read_text(encoding="utf-8")


def test_html_is_self_contained(html):
    sources = re.findall(r"<script[^>]*\bsrc\s*=\s*[\"']?([^\"' >]+)", html, flags=re.I)
    assert sources == []
    assert not re.search(r"<script[^>]*src=[\"']?https?://", html, flags=re.I)
    assert "https://cdn" not in " ".join(sources)
    assert len(html) > 1_000_000  # the plotly.js bundle is inlined
    assert "plotly.js" in html.lower() and "Plotly.newPlot" in html


def test_html_hover_and_tag_buttons(html, corpus, model):
    title = corpus["title"][0]
    assert title in html
    for field in ("outlet:", "date:", "topic:", "tags:"):
        assert field in html
    assert corpus["date"][0].strftime("%Y-%m-%d") in html
    assert model.topic_labels_[0] in html
    for tag in ("ceasefire", "airstrike", "humanitarian", "diplomacy"):
        assert f"colour by {tag}" in html
    assert "colour by topic" in html


def test_html_without_tags(tmp_path, corpus, model):
    coords = np.zeros((len(corpus), 2))
    path = interactive_map(coords, corpus, model, None, tmp_path / "map.html")
    text = path.read_text(encoding="utf-8")
    assert "colour by ceasefire" not in text
    assert "not tagged" in text
    # a fitted model brings its themes: the hover names each item's theme, a button colours by it
    assert "colour by theme" in text and "theme:" in text
    assert model.topic_labels(model.n_themes_)[0] in text
    plain = interactive_map(coords, corpus, model.labels_, None, tmp_path / "plain.html").read_text(encoding="utf-8")
    assert "colour by" not in plain and "theme:" not in plain


def test_html_escapes_titles(tmp_path, corpus, model):
    corpus = corpus.copy()
    corpus.loc[0, "title"] = "<script>alert(1)</script> & more"
    path = interactive_map(np.zeros((len(corpus), 2)), corpus, model, None, tmp_path / "map.html")
    text = path.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in text


def test_interactive_map_checks_lengths(tmp_path, corpus, model):
    with pytest.raises(ValueError, match="same length"):
        interactive_map(np.zeros((3, 2)), corpus, model.labels_, None, tmp_path / "map.html")
