"""Write every topic/tag figure and table for a corpus into one folder.

:func:`make_figures` fits a :class:`~newstag.topics.TopicModel`, lays the
items out with UMAP, and writes:

========================== ==============================================
``corpus_overview``        items per outlet and per year (PNG + SVG)
``topic_hierarchy``        labelled dendrogram of the topics, coloured by theme (PNG + SVG)
``topic_time``             topic shares per month (PNG)
``topic_sources``          topic shares per outlet (PNG)
``topic_map``              UMAP map coloured by topic (PNG)
``topic_terms``            most distinctive terms per topic (PNG + SVG)
``tag_map``                one small map per tag (PNG; needs tags)
``topic_tag_heatmap``      tag shares per topic (PNG + SVG; needs tags)
``tag_prevalence_year``    tag shares per year (PNG; needs tags)
``tag_prevalence_source``  tag shares per outlet (PNG + SVG; needs tags)
``topic_map.html``         interactive offline map (plotly.js inlined), topic or theme colours
``topics.csv``             one row per topic (``TopicModel.describe``)
``topic_levels.csv``       every level of the hierarchy: topic, parent, size, label
``topics.md``              a readable report: the rule behind the number of
                           topics and its figures, stability, coherence and
                           diversity, agreement with FA-KES labels, the topics
``map_coordinates.csv``    id, x, y, topic, theme of every item
========================== ==============================================

Runs are reproducible: the same input and ``random_state`` give
byte-identical CSVs and PNGs (PNG/SVG files carry no timestamp or software
version; SVG ids use a fixed hash salt).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from tqdm import tqdm

from newstag.config import TAGS
from newstag.report import plots
from newstag.report.interactive import interactive_map, top_evidence
from newstag.report.topic_plots import (
    plot_topic_hierarchy,
    plot_topic_sources,
    plot_topic_time,
    theme_letter,
    topic_order,
)
from newstag.report.topic_report import topic_levels_table, topics_markdown
from newstag.topics import TopicModel, external_agreement
from newstag.topics.maps import map_embedding

__all__ = ["make_figures", "save_figure", "topic_agreements", "REFERENCE_COLUMNS"]

#: FA-KES columns the topics are compared with, when present.
REFERENCE_COLUMNS = ("cause_of_death", "actor")

_PNG_META = {"Software": None}
_SVG_META = {"Date": None, "Creator": None}
_DPI = 150


def _align_tags(corpus: pd.DataFrame, tags) -> pd.DataFrame | None:
    if tags is None:
        return None
    tags = pd.DataFrame(tags)
    if tags.index.equals(corpus.index):
        aligned = tags
    elif corpus.index.isin(tags.index).all() and tags.index.is_unique:
        aligned = tags.loc[corpus.index]
    elif len(tags) == len(corpus):
        aligned = tags
    else:
        raise ValueError(f"tags ({len(tags)} rows) cannot be aligned with the corpus ({len(corpus)} rows)")
    columns = [t for t in TAGS if t in aligned.columns] or list(aligned.columns)
    return aligned[columns].reset_index(drop=True).fillna(False).astype(bool)


def save_figure(fig, output_dir: Path, name: str, *, svg: bool, written: dict) -> None:
    """Write ``name``.png (and .svg) byte-identically across runs; record the paths in ``written``."""
    png = output_dir / f"{name}.png"
    fig.savefig(png, dpi=_DPI, metadata=_PNG_META, facecolor="white")
    written[png.name] = png
    if svg:
        path = output_dir / f"{name}.svg"
        with matplotlib.rc_context({"svg.hashsalt": "newstag"}):
            fig.savefig(path, metadata=_SVG_META, facecolor="white")
        written[path.name] = path


def _cell(value) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def _topics_csv(describe: pd.DataFrame) -> pd.DataFrame:
    table = describe.copy()
    table["top_terms"] = table["top_terms"].map("; ".join)
    table["term_scores"] = table["term_scores"].map(lambda xs: "; ".join(f"{x:.5f}" for x in xs))
    table["headlines"] = table["headlines"].map(lambda xs: " | ".join(_cell(x) for x in xs))
    return table


def topic_agreements(corpus: pd.DataFrame, labels) -> list[tuple[str, dict]]:
    """V-measure, NMI, homogeneity and completeness of topic ``labels`` against
    each FA-KES reference column present (and without its 'unknown' rows)."""
    rows = []
    for column in REFERENCE_COLUMNS:
        if column not in corpus or corpus[column].isna().all():
            continue
        rows.append((column, external_agreement(labels, corpus[column])))
        values = corpus[column].astype("string").str.strip().str.lower()
        if (values == "unknown").any():
            rows.append((f"{column} without 'unknown'", external_agreement(labels, corpus[column], ignore=("unknown",))))
    return rows


def make_figures(
    corpus: pd.DataFrame,
    tags,
    output_dir,
    *,
    n_topics="auto",
    random_state: int = 42,
    progress: bool = True,
    k_range="auto",
    embed=None,
) -> dict[str, Path]:
    """Fit topics and a UMAP map on ``corpus`` and write every figure and table.

    Parameters
    ----------
    corpus : DataFrame with title, text, source, date (FA-KES columns
        ``cause_of_death``/``actor`` are used for agreement scores if present).
    tags : DataFrame of boolean columns (ceasefire, airstrike, humanitarian,
        diplomacy) aligned with the corpus rows, or None to skip tag figures.
    output_dir : folder to write into (created if needed).
    n_topics, k_range, random_state : passed to :class:`TopicModel`
        (``n_topics`` picks a level of the hierarchy); ``random_state`` seeds UMAP too.
    progress : show a tqdm bar over the stages (on stderr).
    embed : callable, optional
        Draws the UMAP coordinates, called like :func:`~newstag.topics.maps.umap_embedding`
        (e.g. a warm :class:`~newstag.topics.maps.UmapWorker`); default ``umap_embedding``.
        Not called for fewer than ``MIN_UMAP_ITEMS`` items, whose map is a PCA
        (:func:`~newstag.topics.maps.map_embedding`), named so on the figures.

    Returns
    -------
    dict mapping each written file name to its path.
    """
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    corpus = corpus.reset_index(drop=True)
    tag_frame = _align_tags(corpus, tags)
    tags_note = None
    if tag_frame is None:
        tags_note = "none given: tag map, tag heatmap and tag prevalence figures skipped"
        if progress:
            print(f"make_figures: no tags given, skipping the tag figures ({output_dir})", file=sys.stderr)

    written: dict[str, Path] = {}
    stages = ["topics", "describe", "umap", "figures", "html", "tables"]
    with tqdm(total=len(stages), desc="figures", unit="stage", disable=not progress, file=sys.stderr) as bar:

        def stage(name):
            bar.set_postfix_str(name)

        stage("fitting topics")
        model = TopicModel(n_topics=n_topics, k_range=k_range, random_state=random_state).fit(corpus)
        bar.update()

        stage("describing topics")
        describe = model.describe(corpus, tags=tag_frame)
        themes = model.parents()
        theme_labels = model.topic_labels(model.n_themes_)
        names = {int(row["topic"]): f"{theme_letter(themes[row['topic']])} | {row['topic']} · {row['label']} ({row['size']})"
                 for _, row in describe.iterrows()}
        names = {t: textwrap.shorten(name, width=52, placeholder="…") for t, name in names.items()}
        order = topic_order(model)
        bar.update()

        stage("map")
        coords, map_method = map_embedding(model.embedding_, random_state=random_state, embed=embed)
        coords = np.round(coords, 6)
        bar.update()

        stage("static figures")
        save_figure(plots.plot_corpus_overview(corpus), output_dir, "corpus_overview", svg=True, written=written)
        save_figure(plot_topic_hierarchy(model), output_dir, "topic_hierarchy", svg=True, written=written)
        theme_of = dict(enumerate(themes))
        save_figure(plot_topic_time(corpus, model.labels_, names, order=order, groups=theme_of), output_dir,
                    "topic_time", svg=False, written=written)
        save_figure(plot_topic_sources(corpus, model.labels_, names, order=order, groups=theme_of), output_dir,
                    "topic_sources", svg=False, written=written)
        save_figure(plots.plot_topic_map(coords, model.labels_, model.topic_labels_, method=map_method), output_dir,
                    "topic_map", svg=False, written=written)
        save_figure(plots.plot_topic_terms(describe), output_dir, "topic_terms", svg=True, written=written)
        if tag_frame is not None:
            save_figure(plots.plot_tag_map(coords, tag_frame, method=map_method), output_dir, "tag_map", svg=False, written=written)
            save_figure(plots.plot_topic_tag_heatmap(describe), output_dir, "topic_tag_heatmap", svg=True, written=written)
            save_figure(plots.plot_tag_prevalence(corpus, tag_frame, by="year"), output_dir, "tag_prevalence_year", svg=False, written=written)
            save_figure(plots.plot_tag_prevalence(corpus, tag_frame, by="source"), output_dir, "tag_prevalence_source", svg=True, written=written)
        bar.update()

        stage("interactive map")
        evidence = None
        if isinstance(tags, pd.DataFrame) and "evidence" in tags and tags.index.equals(corpus.index):
            evidence = top_evidence(tags["evidence"])
        written["topic_map.html"] = interactive_map(
            coords, corpus, model.labels_, tag_frame, output_dir / "topic_map.html", topic_labels=model.topic_labels_,
            themes=themes[model.labels_], theme_labels=theme_labels, evidence=evidence, method=map_method)
        bar.update()

        stage("tables")
        path = output_dir / "topics.csv"
        _topics_csv(describe).to_csv(path, index=False, float_format="%.6f", lineterminator="\n")
        written[path.name] = path
        path = output_dir / "topic_levels.csv"
        topic_levels_table(model).to_csv(path, index=False, lineterminator="\n")
        written[path.name] = path
        ids = corpus["id"] if "id" in corpus else pd.Series(range(len(corpus)))
        path = output_dir / "map_coordinates.csv"
        pd.DataFrame({"id": ids, "x": coords[:, 0], "y": coords[:, 1], "topic": model.labels_,
                      "theme": [theme_letter(t) for t in themes[model.labels_]]}).to_csv(
            path, index=False, float_format="%.6f", lineterminator="\n"
        )
        written[path.name] = path
        path = output_dir / "topics.md"
        path.write_text(topics_markdown(model, corpus, describe, topic_agreements(corpus, model.labels_), tags_note),
                        encoding="utf-8")
        written[path.name] = path
        bar.update()
    return written
