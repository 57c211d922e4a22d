"""The look shared by every figure: colours, font sizes, axis styles and small helpers.

Colours: topics use ``tab20`` reordered so that the first ten topics get
the ten strong hues (:func:`topic_colors`); tags have fixed colours
(:data:`TAG_COLORS`); shares use the sequential ``YlOrRd`` map.
"""

from __future__ import annotations

import textwrap
from typing import Mapping, Sequence

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

__all__ = [
    "TAG_COLORS", "NO_TAG_COLOR", "TITLE_SIZE", "LABEL_SIZE", "TICK_SIZE", "topic_colors", "tag_color", "topic_names",
    "figure_and_ax", "root_figure", "style_axes", "style_map", "tag_frame", "item_outlets", "item_years", "point_size",
]

TAG_COLORS = {
    "ceasefire": "#2ca02c",
    "airstrike": "#d62728",
    "humanitarian": "#ff7f0e",
    "diplomacy": "#9467bd",
}
_OTHER_TAG_COLORS = ["#1f77b4", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
NO_TAG_COLOR = "#d0d0d0"

TITLE_SIZE = 13
LABEL_SIZE = 11
TICK_SIZE = 9


def topic_colors(n: int) -> list[str]:
    """``n`` hex colours: tab20's strong hues first, then its light ones, then
    tab20b's (distinct up to 40, repeating after)."""
    tab20, tab20b = matplotlib.colormaps["tab20"], matplotlib.colormaps["tab20b"]
    palette = [tab20(i) for i in list(range(0, 20, 2)) + list(range(1, 20, 2))]
    palette += [tab20b(i) for i in list(range(0, 20, 4)) + list(range(2, 20, 4)) + list(range(1, 20, 4)) + list(range(3, 20, 4))]
    return [to_hex(palette[i % len(palette)]) for i in range(n)]


def tag_color(tag: str, position: int = 0) -> str:
    return TAG_COLORS.get(tag, _OTHER_TAG_COLORS[position % len(_OTHER_TAG_COLORS)])


def topic_names(labels, topics: Sequence[int] | None = None, *, sizes=None, width: int = 38) -> dict[int, str]:
    """``{topic: "3 · term, term, term"}`` from a dict, a sequence, a describe frame or None."""
    if isinstance(labels, pd.DataFrame):
        labels = dict(zip(labels["topic"], labels["label"]))
    elif labels is not None and not isinstance(labels, Mapping):
        labels = dict(enumerate(labels))
    topics = sorted(labels) if topics is None and labels else list(topics or [])
    names = {}
    for topic in topics:
        label = (labels or {}).get(topic)
        text = f"{topic} · {label}" if label else f"topic {topic}"
        text = textwrap.shorten(text, width=width, placeholder="…")
        if sizes is not None:
            text += f" ({sizes[topic]})"
        names[int(topic)] = text
    return names


def figure_and_ax(ax, figsize):
    if ax is None:
        fig = Figure(figsize=figsize, layout="constrained")
        return fig, fig.add_subplot()
    return root_figure(ax), ax


def root_figure(ax):
    """The top-level Figure of an Axes (also when it sits in a SubFigure)."""
    return ax.get_figure(root=True)


def style_axes(ax, *, grid_axis="y"):
    ax.tick_params(labelsize=TICK_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if grid_axis:
        ax.grid(axis=grid_axis, color="#e6e6e6", linewidth=0.8)
        ax.set_axisbelow(True)


def style_map(ax, method: str = "UMAP"):
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel(f"{method} 1", fontsize=LABEL_SIZE - 1)
    ax.set_ylabel(f"{method} 2", fontsize=LABEL_SIZE - 1)
    ax.set_aspect("equal", adjustable="datalim")
    for spine in ax.spines.values():
        spine.set_color("#bbbbbb")


def tag_frame(tags, n: int | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(tags).reset_index(drop=True)
    if n is not None and len(frame) != n:
        raise ValueError(f"tags has {len(frame)} rows, expected {n}")
    return frame.fillna(False).astype(bool)


def item_outlets(corpus) -> pd.Series:
    source = corpus["source"] if "source" in corpus else pd.Series([None] * len(corpus))
    source = source.astype("string").str.strip().str.lower()
    return source.fillna("(unknown)").replace("", "(unknown)").reset_index(drop=True)


def item_years(corpus) -> pd.Series:
    dates = pd.to_datetime(corpus["date"], errors="coerce") if "date" in corpus else pd.Series(pd.NaT, index=range(len(corpus)))
    return dates.dt.year.reset_index(drop=True)


def point_size(n: int) -> float:
    return float(np.clip(8000 / max(n, 1), 8, 40))
