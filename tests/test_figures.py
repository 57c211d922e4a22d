"""make_figures end to end on a synthetic corpus: every file, offline HTML, reproducible bytes.

One module-scoped pair of runs is shared by all tests (UMAP's numba JIT costs
~20 s per process).
"""

from __future__ import annotations

import re

import matplotlib.image
import pandas as pd
import pytest
from _synthetic import make_corpus, make_tags

from newstag.report.figures import make_figures

pytestmark = pytest.mark.slow

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

ALWAYS = {
    "corpus_overview.png", "corpus_overview.svg", "topic_hierarchy.png", "topic_hierarchy.svg", "topic_time.png",
    "topic_sources.png", "topic_map.png", "topic_terms.png", "topic_terms.svg", "topic_map.html", "topics.csv",
    "topics.md", "topic_levels.csv", "map_coordinates.csv",
}
WITH_TAGS = {
    "tag_map.png", "topic_tag_heatmap.png", "topic_tag_heatmap.svg",
    "tag_prevalence_year.png", "tag_prevalence_source.png", "tag_prevalence_source.svg",
}


@pytest.fixture(scope="module")
def corpus():
    corpus = make_corpus(n_per_group=20)
    corpus["cause_of_death"] = corpus["group"]  # stands in for a FA-KES label column
    corpus.loc[:4, "cause_of_death"] = None
    return corpus


@pytest.fixture(scope="module")
def runs(tmp_path_factory, corpus):
    tags = make_tags(corpus)
    first = make_figures(corpus, tags, tmp_path_factory.mktemp("run1"), progress=False)
    second = make_figures(corpus, tags, tmp_path_factory.mktemp("run2"), progress=False)
    return first, second


@pytest.fixture(scope="module")
def untagged(tmp_path_factory, corpus):
    return make_figures(corpus, None, tmp_path_factory.mktemp("untagged"), progress=False)


def test_every_expected_file_is_written(runs):
    written = runs[0]
    assert set(written) == ALWAYS | WITH_TAGS
    for name, path in written.items():
        assert path.name == name
        assert path.is_file() and path.stat().st_size > 0


def test_pngs_are_valid_images(runs):
    for name, path in runs[0].items():
        if name.endswith(".png"):
            assert path.read_bytes()[:8] == PNG_SIGNATURE, name
            image = matplotlib.image.imread(path)
            assert image.ndim == 3 and image.shape[0] > 300 and image.shape[1] > 300, name


def test_svgs_are_svg(runs):
    for name, path in runs[0].items():
        if name.endswith(".svg"):
            text = path.read_text(encoding="utf-8")
            assert "<svg" in text and "<dc:date>" not in text, name


def test_html_is_offline(runs):
    html = runs[0]["topic_map.html"].read_text(encoding="utf-8")
    sources = re.findall(r"<script[^>]*\bsrc\s*=\s*[\"']?([^\"' >]+)", html, flags=re.I)
    assert not any("cdn.plot.ly" in s or s.startswith("https://cdn") for s in sources)
    assert sources == []
    assert len(html) > 1_000_000 and "Plotly.newPlot" in html


def test_runs_are_byte_identical(runs):
    first, second = runs
    names = [n for n in first if n.endswith((".png", ".svg", ".csv")) or n in ("topics.md", "topic_map.html")]
    assert {"topics.csv", "map_coordinates.csv", "topic_map.png", "topic_hierarchy.png", "topic_time.png"} <= set(names)
    for name in names:
        assert first[name].read_bytes() == second[name].read_bytes(), name


def test_tables(runs, corpus):
    topics = pd.read_csv(runs[0]["topics.csv"])
    assert len(topics) == 4 and topics["size"].sum() == len(corpus)
    assert {"topic", "size", "label", "top_terms", "headlines", "theme", "share_ceasefire", "share_diplomacy"} <= set(topics.columns)
    coords = pd.read_csv(runs[0]["map_coordinates.csv"])
    assert list(coords.columns) == ["id", "x", "y", "topic", "theme"]
    assert coords["id"].tolist() == corpus["id"].tolist()
    assert set(coords["theme"]) == {"A", "B"}
    levels = pd.read_csv(runs[0]["topic_levels.csv"])
    assert list(levels.columns) == ["level", "topic", "parent", "theme", "size", "label"]
    assert sorted(levels["level"].unique()) == [1, 2, 3, 4]
    assert (levels.groupby("level")["size"].sum() == len(corpus)).all()
    md = runs[0]["topics.md"].read_text(encoding="utf-8")
    assert "How the number of topics is chosen" in md and "| cause_of_death | 75 |" in md
    assert "| topics (the consensus level) | 4 |" in md and "first and of the second half of the runs (ARI) | 1.000 |" in md
    assert "NPMI" in md and "## Themes" in md
    assert "V-measure" in md and "| 4 |" in md


def test_without_tags_the_tag_figures_are_skipped(untagged, runs):
    assert set(untagged) == ALWAYS
    md = untagged["topics.md"].read_text(encoding="utf-8")
    assert "skipped" in md
    # topics and the map do not depend on the tags
    assert untagged["topics.csv"].read_bytes() != b""
    assert untagged["map_coordinates.csv"].read_bytes() == runs[0]["map_coordinates.csv"].read_bytes()


def test_progress_goes_to_stderr(tmp_path, corpus, capsys):
    make_figures(corpus.iloc[:40], None, tmp_path, progress=True, n_topics=3)
    err = capsys.readouterr().err
    assert "no tags given" in err
    assert "6/6" in err
