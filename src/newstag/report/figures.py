"""Write every topic/tag figure and table for a corpus into one folder.

:func:`make_figures` fits a :class:`~newstag.topics.TopicModel`, lays the
items out with UMAP, and writes:

========================== ==============================================
``corpus_overview``        items per outlet and per year (PNG + SVG)
``k_choice``               stability and silhouette per k (PNG)
``topic_map``              UMAP map coloured by topic (PNG)
``topic_terms``            top c-TF-IDF terms per topic (PNG + SVG)
``tag_map``                one small map per tag (PNG; needs tags)
``topic_tag_heatmap``      tag shares per topic (PNG + SVG; needs tags)
``tag_prevalence_year``    tag shares per year (PNG; needs tags)
``tag_prevalence_source``  tag shares per outlet (PNG + SVG; needs tags)
``topic_map.html``         interactive offline map (plotly.js inlined)
``topics.csv``             one row per topic (``TopicModel.describe``)
``topics.md``              the same as a readable report, with k choice,
                           stability and agreement with FA-KES labels
``k_scores.csv``           scores of every k tried
``map_coordinates.csv``    id, x, y, topic of every item
========================== ==============================================

Runs are reproducible: the same input and ``random_state`` give
byte-identical CSVs and PNGs (PNG/SVG files carry no timestamp or software
version; SVG ids use a fixed hash salt).
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from tqdm import tqdm

from newstag.config import TAGS
from newstag.report import plots
from newstag.report.interactive import interactive_map, top_evidence
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


def _markdown(model: TopicModel, describe: pd.DataFrame, agreements, tags_note: str | None, n_items: int) -> str:
    lines = ["# Topics", ""]
    choice = "chosen from the data" if model.n_topics == "auto" and model.method == "kmeans" else "set"
    lines += [
        f"- Items: {n_items}",
        f"- Method: TF-IDF -> LSA ({model.svd_.n_components} dimensions) -> {model.method}",
        f"- Topics: {model.n_topics_} ({choice}; k range {tuple(model.k_range)}, rule: maximise stability ARI + silhouette)"
        if model.method == "kmeans"
        else f"- Topics: {model.n_topics_} (HDBSCAN; {len(model.noise_assigned_)} noise items given their nearest topic)",
        f"- Stability (mean adjusted Rand index across {model.n_stability_runs} seeded runs): {model.stability_ari_:.3f}",
        f"- Silhouette (cosine, LSA space): {model.silhouette_:.3f}",
        f"- random_state: {model.random_state}",
    ]
    if tags_note:
        lines.append(f"- Tags: {tags_note}")
    lines += ["", "## Number of topics", "", "| k | silhouette | stability ARI | score | chosen |", "|---:|---:|---:|---:|:---:|"]
    for _, row in model.k_scores_.iterrows():
        score = row.get("score", float("nan"))
        lines.append(
            f"| {int(row['k'])} | {row['silhouette']:.3f} | {row['stability_ari']:.3f} | {score:.3f} | {'yes' if row['chosen'] else ''} |"
        )
    if agreements:
        lines += [
            "",
            "## Agreement with FA-KES labels",
            "",
            "Rows with no label are left out. V-measure is the harmonic mean of homogeneity (each topic "
            "holds one class) and completeness (each class sits in one topic); with the arithmetic mean "
            "NMI equals V-measure.",
            "",
            "| reference | items | classes | V-measure | NMI | homogeneity | completeness |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, scores in agreements:
            lines.append(
                f"| {name} | {scores['n']} | {scores['n_classes']} | {scores['v_measure']:.3f} | {scores['nmi']:.3f} "
                f"| {scores['homogeneity']:.3f} | {scores['completeness']:.3f} |"
            )
    share_cols = [c for c in describe.columns if str(c).startswith("share_")]
    header = "| topic | items | label | top terms | representative headlines |"
    align = "|---:|---:|---|---|---|"
    if share_cols:
        header += " " + " | ".join(c[len("share_"):] for c in share_cols) + " |"
        align += "---:|" * len(share_cols)
    lines += ["", "## Topics", "", header, align]
    for _, row in describe.iterrows():
        cells = [
            str(row["topic"]),
            str(row["size"]),
            _cell(row["label"]),
            _cell(", ".join(row["top_terms"])),
            "<br>".join(_cell(h) for h in row["headlines"]),
        ]
        cells += [f"{row[c]:.0%}" for c in share_cols]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def make_figures(
    corpus: pd.DataFrame,
    tags,
    output_dir,
    *,
    n_topics="auto",
    random_state: int = 42,
    progress: bool = True,
    k_range=(4, 16),
    method: str = "kmeans",
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
    n_topics, k_range, method, random_state : passed to :class:`TopicModel`;
        ``random_state`` seeds UMAP too.
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
        model = TopicModel(n_topics=n_topics, k_range=k_range, method=method, random_state=random_state).fit(corpus)
        bar.update()

        stage("describing topics")
        describe = model.describe(corpus, tags=tag_frame)
        bar.update()

        stage("map")
        coords, map_method = map_embedding(model.embedding_, random_state=random_state, embed=embed)
        coords = np.round(coords, 6)
        bar.update()

        stage("static figures")
        save_figure(plots.plot_corpus_overview(corpus), output_dir, "corpus_overview", svg=True, written=written)
        save_figure(plots.plot_k_choice(model.k_scores_, model.n_topics_), output_dir, "k_choice", svg=False, written=written)
        save_figure(plots.plot_topic_map(coords, model.labels_, model.topic_labels_, method=map_method), output_dir, "topic_map", svg=False, written=written)
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
        written["topic_map.html"] = interactive_map(coords, corpus, model.labels_, tag_frame, output_dir / "topic_map.html",
                                                    topic_labels=model.topic_labels_, evidence=evidence,
                                                    method=map_method)
        bar.update()

        stage("tables")
        path = output_dir / "topics.csv"
        _topics_csv(describe).to_csv(path, index=False, float_format="%.6f", lineterminator="\n")
        written[path.name] = path
        path = output_dir / "k_scores.csv"
        model.k_scores_.to_csv(path, index=False, float_format="%.6f", lineterminator="\n")
        written[path.name] = path
        ids = corpus["id"] if "id" in corpus else pd.Series(range(len(corpus)))
        path = output_dir / "map_coordinates.csv"
        pd.DataFrame({"id": ids, "x": coords[:, 0], "y": coords[:, 1], "topic": model.labels_}).to_csv(
            path, index=False, float_format="%.6f", lineterminator="\n"
        )
        written[path.name] = path
        path = output_dir / "topics.md"
        path.write_text(_markdown(model, describe, topic_agreements(corpus, model.labels_), tags_note, len(corpus)), encoding="utf-8")
        written[path.name] = path
        bar.update()
    return written
