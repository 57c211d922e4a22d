"""Static figures (matplotlib) of the corpus, its topics and its tags.

Every function takes data or fitted objects plus ``ax=None`` (``axes=None``
for multi-panel figures) and returns the :class:`~matplotlib.figure.Figure`.
Without an axis a new ``Figure`` is built directly, not through ``pyplot``:
nothing is registered with pyplot, nothing is shown or closed, and it works
under any backend (Agg included). Save with ``fig.savefig(path)``.

Colours: topics use ``tab20`` reordered so that the first ten topics get
the ten strong hues (:func:`topic_colors`); tags have fixed colours
(:data:`TAG_COLORS`); shares use the sequential ``YlOrRd`` map.
"""

from __future__ import annotations

import textwrap

import matplotlib
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.figure import Figure

from newstag.report.style import (
    LABEL_SIZE,
    NO_TAG_COLOR,
    TICK_SIZE,
    TITLE_SIZE,
    figure_and_ax,
    item_outlets,
    item_years,
    point_size,
    root_figure,
    style_axes,
    style_map,
    tag_color,
    tag_frame,
    topic_colors,
    topic_names,
)
from newstag.topics.maps import map_description

__all__ = [
    "plot_corpus_overview",
    "plot_topic_map",
    "plot_tag_map",
    "plot_topic_terms",
    "plot_topic_tag_heatmap",
    "plot_tag_prevalence",
]


# ------------------------------------------------------------------ corpus
def plot_corpus_overview(corpus, axes=None) -> Figure:
    """Items per outlet (left) and per year (right)."""
    if axes is None:
        fig = Figure(figsize=(12, 5.2), layout="constrained")
        axes = fig.subplots(1, 2, width_ratios=[1.1, 1])
    else:
        fig = root_figure(axes[0])
    ax_src, ax_year = axes[0], axes[1]

    counts = item_outlets(corpus).value_counts()
    counts = counts.iloc[np.lexsort((counts.index.to_numpy(), -counts.to_numpy()))][::-1]
    bars = ax_src.barh(counts.index, counts.to_numpy(), color="#4c72b0")
    ax_src.bar_label(bars, padding=2, fontsize=TICK_SIZE - 1)
    ax_src.set_title("Items per outlet", fontsize=TITLE_SIZE)
    ax_src.set_xlabel("Number of items", fontsize=LABEL_SIZE)
    ax_src.set_ylabel("Outlet", fontsize=LABEL_SIZE)
    ax_src.margins(x=0.1)
    style_axes(ax_src, grid_axis="x")

    years = item_years(corpus)
    per_year = years.dropna().astype(int).value_counts().sort_index()
    labels = [str(y) for y in per_year.index]
    values = list(per_year.to_numpy())
    colors = ["#4c72b0"] * len(values)
    n_missing = int(years.isna().sum())
    if n_missing:
        labels.append("no date")
        values.append(n_missing)
        colors.append("#a0a0a0")
    bars = ax_year.bar(labels, values, color=colors)
    ax_year.bar_label(bars, padding=2, fontsize=TICK_SIZE - 1)
    ax_year.set_title("Items per year of publication", fontsize=TITLE_SIZE)
    ax_year.set_xlabel("Year", fontsize=LABEL_SIZE)
    ax_year.set_ylabel("Number of items", fontsize=LABEL_SIZE)
    ax_year.margins(y=0.1)
    style_axes(ax_year)
    fig.suptitle(
        f"Corpus: {len(corpus)} items from {len(counts)} outlets", fontsize=TITLE_SIZE + 1, fontweight="bold"
    )
    return fig


# ------------------------------------------------------------------ topics
def plot_topic_map(coords, topics, labels=None, ax=None, *, method: str = "UMAP") -> Figure:
    """Documents on the 2-D map, coloured by topic, with a numbered legend; ``method`` drew the map."""
    coords = np.asarray(coords)
    topics = np.asarray(topics)
    fig, ax = figure_and_ax(ax, (11, 7.5))
    found = sorted(int(t) for t in np.unique(topics))
    sizes = {t: int((topics == t).sum()) for t in found}
    names = topic_names(labels, found, sizes=sizes)
    colors = topic_colors(max(found) + 1 if found else 1)
    size = point_size(len(coords))
    for topic in found:
        mask = topics == topic
        ax.scatter(coords[mask, 0], coords[mask, 1], s=size, color=colors[topic], alpha=0.8, linewidths=0, label=names[topic])
    for topic in found:
        mask = topics == topic
        x, y = np.median(coords[mask], axis=0)
        ax.text(
            x, y, str(topic), fontsize=11, fontweight="bold", ha="center", va="center", color="black",
            path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],
        )
    style_map(ax, method)
    title = "Topic map: each point is one item, coloured by topic"
    if method != "UMAP":
        title += f"\nposition: {map_description(method)}"
    ax.set_title(title, fontsize=TITLE_SIZE)
    ax.legend(
        title="Topic · top terms (items)", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=TICK_SIZE,
        title_fontsize=TICK_SIZE + 1, markerscale=max(1.0, 40 / size) ** 0.5, frameon=False,
    )
    return fig


def plot_tag_map(coords, tags, axes=None, *, method: str = "UMAP") -> Figure:
    """One small map per tag: tagged items in colour over the others in grey; ``method`` drew the map."""
    coords = np.asarray(coords)
    frame = tag_frame(tags, len(coords))
    names = list(frame.columns)
    if axes is None:
        ncols = 2 if len(names) > 1 else 1
        nrows = int(np.ceil(len(names) / ncols))
        fig = Figure(figsize=(5.2 * ncols, 4.6 * nrows), layout="constrained")
        axes = np.atleast_1d(fig.subplots(nrows, ncols)).ravel()
        for extra in axes[len(names):]:
            extra.remove()
    else:
        axes = np.atleast_1d(np.asarray(axes, dtype=object)).ravel()
        fig = root_figure(axes[0])
        if len(axes) < len(names):
            raise ValueError(f"need {len(names)} axes, got {len(axes)}")
    size = point_size(len(coords)) * 0.7
    for position, (ax, tag) in enumerate(zip(axes, names)):
        on = frame[tag].to_numpy()
        ax.scatter(coords[~on, 0], coords[~on, 1], s=size, color=NO_TAG_COLOR, linewidths=0, label="other items")
        ax.scatter(coords[on, 0], coords[on, 1], s=size * 1.3, color=tag_color(tag, position), linewidths=0, alpha=0.9, label=f"tagged {tag}")
        ax.set_title(f"{tag}: {int(on.sum())} items ({on.mean():.0%})", fontsize=TITLE_SIZE - 1)
        style_map(ax, method)
        ax.legend(loc="lower right", fontsize=TICK_SIZE - 1, markerscale=1.5, framealpha=0.85)
    suptitle = "Where each tag falls on the topic map"
    if method != "UMAP":
        suptitle += f" ({map_description(method)})"
    fig.suptitle(suptitle, fontsize=TITLE_SIZE + 1, fontweight="bold")
    return fig


def _lists(value):
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return list(value)


def plot_topic_terms(describe_frame, n_terms: int = 8, ncols: int = 4, axes=None) -> Figure:
    """Grid of bar charts: the most distinctive terms of every topic (c-TF-IDF x exclusivity)."""
    frame = pd.DataFrame(describe_frame).reset_index(drop=True)
    n = len(frame)
    colors = topic_colors(int(frame["topic"].max()) + 1 if n else 1)
    if axes is None:
        ncols = max(1, min(ncols, n))
        nrows = int(np.ceil(n / ncols))
        fig = Figure(figsize=(3.4 * ncols, 0.32 * n_terms * nrows + 1.1 * nrows + 0.6), layout="constrained")
        axes = np.atleast_1d(fig.subplots(nrows, ncols)).ravel()
        for extra in axes[n:]:
            extra.remove()
    else:
        axes = np.atleast_1d(np.asarray(axes, dtype=object)).ravel()
        fig = root_figure(axes[0])
        if len(axes) < n:
            raise ValueError(f"need {n} axes, got {len(axes)}")
    for ax, (_, row) in zip(axes, frame.iterrows()):
        terms = _lists(row["top_terms"])[:n_terms]
        scores = [float(s) for s in _lists(row["term_scores"])][: len(terms)] if "term_scores" in row else list(range(len(terms), 0, -1))
        y = np.arange(len(terms))[::-1]
        ax.barh(y, scores, color=colors[int(row["topic"])], height=0.7)
        ax.set_yticks(y, terms, fontsize=TICK_SIZE)
        title = f"Topic {int(row['topic'])} ({int(row['size'])} items)"
        if "label" in row and isinstance(row["label"], str):
            title += "\n" + textwrap.shorten(row["label"], width=34, placeholder="…")
        ax.set_title(title, fontsize=LABEL_SIZE - 1, loc="left")
        ax.set_xlabel("c-TF-IDF x exclusivity", fontsize=TICK_SIZE)
        spec = ax.get_subplotspec()
        if spec is None or spec.is_first_col():
            ax.set_ylabel("Term", fontsize=TICK_SIZE)
        ax.tick_params(axis="x", labelsize=TICK_SIZE - 1)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(3))
        style_axes(ax, grid_axis="x")
    fig.suptitle("Most distinctive terms per topic (class-based TF-IDF x exclusivity)", fontsize=TITLE_SIZE + 1,
                 fontweight="bold")
    return fig


def plot_topic_tag_heatmap(describe_frame, ax=None) -> Figure:
    """Share of each topic's items carrying each tag (``share_<tag>`` columns)."""
    frame = pd.DataFrame(describe_frame).reset_index(drop=True)
    share_cols = [c for c in frame.columns if str(c).startswith("share_")]
    if not share_cols:
        raise ValueError("describe frame has no share_<tag> columns: pass tags to TopicModel.describe")
    tags = [c[len("share_"):] for c in share_cols]
    values = frame[share_cols].to_numpy(dtype=float) * 100
    fig, ax = figure_and_ax(ax, (4.8 + 1.2 * len(tags), 1.4 + 0.42 * len(frame)))
    vmax = max(10.0, float(np.nanmax(values)) if values.size else 10.0)
    image = ax.imshow(values, cmap="YlOrRd", vmin=0, vmax=vmax, aspect="auto")
    names = topic_names(frame, list(frame["topic"]), sizes=dict(zip(frame["topic"], frame["size"])))
    ax.set_yticks(range(len(frame)), [names[int(t)] for t in frame["topic"]], fontsize=TICK_SIZE)
    ax.set_xticks(range(len(tags)), tags, fontsize=TICK_SIZE + 1)
    ax.xaxis.set_ticks_position("bottom")
    cmap = image.get_cmap()
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            value = values[i, j]
            rgba = cmap(value / vmax)
            light = 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2] > 0.55
            ax.text(j, i, f"{value:.0f}%", ha="center", va="center", fontsize=TICK_SIZE, color="black" if light else "white")
    ax.set_xlabel("Tag", fontsize=LABEL_SIZE)
    ax.set_ylabel("Topic · top terms (items)", fontsize=LABEL_SIZE)
    ax.set_title("How often each tag occurs within each topic", fontsize=TITLE_SIZE)
    colorbar = root_figure(ax).colorbar(image, ax=ax, shrink=0.9, pad=0.02)
    colorbar.set_label("% of the topic's items with the tag", fontsize=TICK_SIZE + 1)
    colorbar.ax.tick_params(labelsize=TICK_SIZE)
    return fig


def plot_tag_prevalence(corpus, tags, by: str = "year", ax=None, min_items: int = 5) -> Figure:
    """Share of items with each tag per year (lines) or per outlet (bars).

    Years or outlets with fewer than ``min_items`` items are left out (and
    named in the figure), since their shares would be noise.
    """
    if by not in ("year", "source"):
        raise ValueError(f"by must be 'year' or 'source', not {by!r}")
    frame = tag_frame(tags, len(corpus))
    group = item_years(corpus) if by == "year" else item_outlets(corpus)
    keep = group.notna().to_numpy()
    counts = group[keep].value_counts()
    small = counts[counts < min_items]
    groups = counts[counts >= min_items].index
    shares = frame[keep].groupby(group[keep].to_numpy()).mean().loc[groups] * 100
    counts = counts.loc[groups]
    note = ""
    if len(small):
        left_out = ", ".join(f"{int(g) if by == 'year' else g} ({n})" for g, n in small.sort_index().items())
        note = f"left out, fewer than {min_items} items: {left_out}"
    tags_ = list(frame.columns)
    if by == "year":
        fig, ax = figure_and_ax(ax, (9, 5))
        order = sorted(groups)
        shares, counts = shares.loc[order], counts.loc[order]
        x = np.arange(len(order))
        for position, tag in enumerate(tags_):
            ax.plot(x, shares[tag].to_numpy(), "o-", linewidth=2, markersize=6, color=tag_color(tag, position), label=tag)
        ax.set_xticks(x, [f"{int(y)}\n(n={counts[y]})" for y in order], fontsize=TICK_SIZE)
        ax.set_xlabel("Year of publication (number of items)", fontsize=LABEL_SIZE)
        ax.set_ylabel("% of the year's items with the tag", fontsize=LABEL_SIZE)
        ax.set_title("Tag prevalence by year", fontsize=TITLE_SIZE)
        ax.set_ylim(bottom=0)
        style_axes(ax)
    else:
        order = sorted(groups, key=lambda g: (-counts[g], g))[::-1]
        shares, counts = shares.loc[order], counts.loc[order]
        fig, ax = figure_and_ax(ax, (9, 1.6 + 0.1 * len(order) * max(1, len(tags_))))
        y = np.arange(len(order))
        height = 0.8 / max(len(tags_), 1)
        for position, tag in enumerate(tags_):
            offset = (len(tags_) - 1 - position - (len(tags_) - 1) / 2) * height
            ax.barh(y + offset, shares[tag].to_numpy(), height=height, color=tag_color(tag, position), label=tag)
        ax.set_yticks(y, [f"{g} (n={counts[g]})" for g in order], fontsize=TICK_SIZE)
        ax.set_xlabel("% of the outlet's items with the tag", fontsize=LABEL_SIZE)
        ax.set_ylabel("Outlet (number of items)", fontsize=LABEL_SIZE)
        ax.set_title("Tag prevalence by outlet", fontsize=TITLE_SIZE)
        ax.margins(y=0.01)
        style_axes(ax, grid_axis="x")
    ax.legend(
        title="Tag", fontsize=TICK_SIZE, title_fontsize=TICK_SIZE + 1, loc="upper left", bbox_to_anchor=(1.01, 1.0),
        frameon=False, borderaxespad=0.0,
    )
    if note:
        ax.annotate(
            "\n".join(textwrap.wrap(note, 30)), xy=(1.02, 0.0), xycoords="axes fraction", fontsize=TICK_SIZE - 1,
            color="#666666", va="bottom",
        )
    return fig
