"""Figures of the topic hierarchy: the dendrogram, topics over time, topics by outlet.

Same conventions as :mod:`newstag.report.plots`: data (or a fitted topic
model) in, ``ax=None``, the Figure out, nothing through pyplot. Themes (the
coarse level of the hierarchy) are lettered A, B, C... so they are never
confused with topic numbers; rows of the heatmaps follow the dendrogram, so
the topics of one theme sit together.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.transforms import offset_copy

from newstag.report.style import (
    LABEL_SIZE,
    TICK_SIZE,
    TITLE_SIZE,
    figure_and_ax,
    item_outlets,
    root_figure,
    topic_colors,
)

__all__ = ["theme_letter", "topic_order", "plot_topic_hierarchy", "plot_topic_time", "plot_topic_sources"]

_GREY = "#9a9a9a"


def theme_letter(theme: int) -> str:
    """A, B, ..., Z, AA, AB, ...: theme names that cannot be mistaken for topic numbers."""
    letters = ""
    theme = int(theme) + 1
    while theme:
        theme, rest = divmod(theme - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _tree_at(model, n_topics):
    """The dendrogram of ``model.linkage_`` cut to the level with ``n_topics`` topics (no drawing)."""
    from scipy.cluster.hierarchy import dendrogram

    return dendrogram(model.linkage_, truncate_mode="lastp", p=n_topics, no_plot=True, orientation="left")


def _node_topics(model, n_topics):
    """Scipy node id -> the set of topics (at level ``n_topics``) below it."""
    k = model.n_fine_topics_
    level = model.levels_[n_topics]
    below = {i: {int(level[i])} for i in range(k)}
    for step, (left, right, _h, _c) in enumerate(model.linkage_):
        below[k + step] = below[int(left)] | below[int(right)]
    return below


def topic_order(model, n_topics=None) -> list[int]:
    """Topics of a level in dendrogram order (top to bottom), so that neighbours are similar."""
    m = model.n_topics_ if n_topics is None else int(n_topics)
    if m < 2 or model.n_fine_topics_ < 2:
        return list(range(m))
    below = _node_topics(model, m)
    leaves = _tree_at(model, m)["leaves"]
    return [next(iter(below[leaf])) for leaf in leaves][::-1]


def plot_topic_hierarchy(model, *, n_topics=None, ax=None) -> Figure:
    """Labelled dendrogram of a fitted topic model's topics, coloured by theme.

    Leaves are the topics of the level with ``n_topics`` (default: the
    model's) topics, named by number, label and size; branches below a theme
    take its colour; the dashed line is where the themes are cut.
    """
    from scipy.cluster.hierarchy import dendrogram

    m = model.n_topics_ if n_topics is None else int(n_topics)
    t = min(model.n_themes_, m)
    labels = model.topic_labels(m)
    sizes = model.level_sizes(m)
    themes = model.parents(m, t)
    fig, ax = figure_and_ax(ax, (11, 1.6 + 0.34 * max(m, 2)))
    colors = topic_colors(t)
    if m < 2:
        ax.text(0.5, 0.5, f"a single topic: {labels[0]}", ha="center", va="center", transform=ax.transAxes)
        ax.set_xlabel("Ward distance between topic centres", fontsize=LABEL_SIZE)
        ax.set_title("Topic hierarchy", fontsize=TITLE_SIZE)
        return fig
    below = _node_topics(model, m)

    def theme_of(node):
        found = {int(themes[topic]) for topic in below[node]}
        return found.pop() if len(found) == 1 else None

    def leaf_label(node):
        topic = next(iter(below[node]))
        return textwrap.shorten(f"{topic} · {labels[topic]} ({sizes[topic]})", width=60, placeholder="…")

    def link_color(node):
        theme = theme_of(node)
        return _GREY if theme is None else colors[theme]

    tree = dendrogram(model.linkage_, truncate_mode="lastp", p=m, orientation="left", ax=ax,
                      leaf_label_func=leaf_label, link_color_func=link_color, show_contracted=False,
                      leaf_font_size=TICK_SIZE + 1)
    for tick, leaf in zip(ax.get_yticklabels(), tree["leaves"]):
        theme = theme_of(leaf)
        tick.set_color(colors[theme] if theme is not None else "black")
    heights = model.linkage_[:, 2]
    k = model.n_fine_topics_
    if 1 < t < m:
        cut = (heights[k - t - 1] + heights[k - t]) / 2
        ax.axvline(cut, color="#555555", linestyle="--", linewidth=1)
        ax.text(cut, 0.01, f"cut into {t} themes ", transform=ax.get_xaxis_transform(), fontsize=TICK_SIZE,
                rotation=90, ha="right", va="bottom", color="#555555")
    theme_labels = model.topic_labels(t)
    theme_sizes = model.level_sizes(t)
    handles = [Patch(color=colors[i], label=textwrap.shorten(f"{theme_letter(i)} · {theme_labels[i]} ({theme_sizes[i]})",
                                                             width=56, placeholder="…")) for i in range(t)]
    # Below the x axis label: placed in points, so it clears the label at any figure height.
    below = offset_copy(ax.transAxes, fig=root_figure(ax), y=-40, units="points")
    ax.legend(handles=handles, title="Themes", loc="upper left", bbox_to_anchor=(0.0, 0.0), bbox_transform=below,
              ncol=min(2, t), fontsize=TICK_SIZE + 1, title_fontsize=TICK_SIZE + 1, frameon=False, handlelength=1.2,
              alignment="left")
    ax.set_xlabel("Ward distance between topic centres in the LSA space (further left: less alike)",
                  fontsize=LABEL_SIZE)
    ax.set_ylabel("Topic · label (items)", fontsize=LABEL_SIZE)
    ax.set_title(f"Topic hierarchy: {m} topics in {t} themes (themes lettered, topics numbered)",
                 fontsize=TITLE_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


def _share_heatmap(ax, values, rows, columns, *, annotate_at, colorbar_label, groups=None):
    if values.size == 0:
        ax.text(0.5, 0.5, "nothing to show: no column has enough items", ha="center", va="center",
                transform=ax.transAxes, fontsize=LABEL_SIZE)
        ax.set_xticks([])
        ax.set_yticks([])
        return
    vmax = max(10.0, float(np.nanmax(values)) if values.size else 10.0)
    image = ax.imshow(values, cmap="YlOrRd", vmin=0, vmax=vmax, aspect="auto", interpolation="nearest")
    ax.set_yticks(range(len(rows)), rows, fontsize=TICK_SIZE)
    ax.set_xticks(range(len(columns)), columns, fontsize=TICK_SIZE, rotation=90)
    cmap = image.get_cmap()
    for i, j in zip(*np.nonzero(values >= annotate_at)):
        rgba = cmap(values[i, j] / vmax)
        light = 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2] > 0.55
        ax.text(j, i, f"{values[i, j]:.0f}", ha="center", va="center", fontsize=TICK_SIZE - 1,
                color="black" if light else "white")
    if groups is not None:
        for i in np.flatnonzero(np.asarray(groups[1:]) != np.asarray(groups[:-1])):
            ax.axhline(i + 0.5, color="#444444", linewidth=1.2)
    colorbar = root_figure(ax).colorbar(image, ax=ax, shrink=0.8, pad=0.01)
    colorbar.set_label(colorbar_label, fontsize=TICK_SIZE + 1)
    colorbar.ax.tick_params(labelsize=TICK_SIZE)


def _rows(topics, names, order, groups):
    found = sorted(int(t) for t in np.unique(topics))
    order = [t for t in (order if order is not None else found) if t in set(found)]
    names = names or {}
    row_groups = [groups[t] for t in order] if groups is not None else None
    return order, [names.get(t, f"topic {t}") for t in order], row_groups


def _shares(topics, groups_of_items, kept, order) -> np.ndarray:
    """Percent of each kept group's items (columns) in each topic (rows, in ``order``)."""
    table = pd.crosstab(pd.Series(topics), np.asarray(groups_of_items)).reindex(index=order, columns=kept.index,
                                                                              fill_value=0)
    return (table / kept.to_numpy()).to_numpy(dtype=float) * 100 if len(kept) else np.zeros((len(order), 0))


def plot_topic_time(corpus, topics, names=None, *, order=None, groups=None, min_items: int = 5, ax=None) -> Figure:
    """Share of each month's items in each topic (a heatmap: topics down, months across).

    ``names`` maps topic -> row label; ``order`` lists the topics top to
    bottom (e.g. :func:`topic_order`); ``groups`` maps topic -> its theme,
    and a line separates the themes' rows. Months with fewer than ``min_items``
    dated items are left out (their shares would be noise) and counted in
    the title; months with no item are not drawn.
    """
    topics = np.asarray(topics)
    dates = pd.to_datetime(corpus["date"], errors="coerce", utc=True) if "date" in corpus else pd.Series(pd.NaT, index=range(len(topics)))
    months = pd.Series(dates.dt.tz_localize(None).dt.to_period("M").to_numpy(), dtype="period[M]")
    dated = months.notna().to_numpy()
    counts = months[dated].value_counts().sort_index()
    kept = counts[counts >= min_items]
    order, rows, row_groups = _rows(topics, names, order, groups)
    values = _shares(topics[dated], months[dated].to_numpy(), kept, order)
    fig, ax = figure_and_ax(ax, (4.5 + 0.36 * max(len(kept), 4), 1.8 + 0.32 * max(len(order), 2)))
    columns = [f"{period.strftime('%b %Y')} ({n})" for period, n in kept.items()]
    _share_heatmap(ax, values, rows, columns, annotate_at=20, colorbar_label="% of the month's items in the topic",
                   groups=row_groups)
    dropped = counts[counts < min_items]
    note = (f"; {len(dropped)} months with fewer than {min_items} items left out ({int(dropped.sum())} items)"
            if len(dropped) else "")
    undated = int((~dated).sum())
    note += f"; {undated} undated items" if undated else ""
    ax.set_xlabel("Month of publication (items that month)", fontsize=LABEL_SIZE)
    ax.set_ylabel("Topic · label (items)", fontsize=LABEL_SIZE)
    ax.set_title("Topics over time: share of each month's items (cells of 20% and more numbered)\n"
                 f"{int(kept.sum())} items in {len(kept)} months{note}", fontsize=TITLE_SIZE - 1)
    return fig


def plot_topic_sources(corpus, topics, names=None, *, order=None, groups=None, min_items: int = 5, ax=None) -> Figure:
    """Share of each outlet's items in each topic (topics down, outlets across, largest outlet first).

    ``names``, ``order`` and ``groups`` as :func:`plot_topic_time`. Outlets with fewer than ``min_items`` items are left out and counted in the title.
    """
    topics = np.asarray(topics)
    outlets = item_outlets(corpus)
    counts = outlets.value_counts()
    counts = counts.loc[sorted(counts.index, key=lambda o: (-counts[o], o))]
    kept = counts[counts >= min_items]
    order, rows, row_groups = _rows(topics, names, order, groups)
    values = _shares(topics, outlets.to_numpy(), kept, order)
    fig, ax = figure_and_ax(ax, (4.5 + 0.5 * max(len(kept), 4), 1.8 + 0.32 * max(len(order), 2)))
    columns = [f"{outlet} ({n})" for outlet, n in kept.items()]
    _share_heatmap(ax, values, rows, columns, annotate_at=10, colorbar_label="% of the outlet's items in the topic",
                   groups=row_groups)
    dropped = counts[counts < min_items]
    note = f"; {len(dropped)} outlets with fewer than {min_items} items left out" if len(dropped) else ""
    ax.set_xlabel("Outlet (items)", fontsize=LABEL_SIZE)
    ax.set_ylabel("Topic · label (items)", fontsize=LABEL_SIZE)
    ax.set_title(f"Topics by outlet: share of each outlet's items (cells of 10% and more numbered){note}",
                 fontsize=TITLE_SIZE - 1)
    return fig
