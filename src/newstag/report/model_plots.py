"""Static figures (matplotlib) of the tagger's evaluation: precision-recall and learning curve.

Like :mod:`newstag.report.plots`: ``ax=None`` builds a new Figure (not
through pyplot), and the Figure is returned, never shown.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from newstag.report.style import (
    LABEL_SIZE,
    TICK_SIZE,
    TITLE_SIZE,
    figure_and_ax,
    style_axes,
    tag_color,
)

__all__ = ["plot_precision_recall", "plot_learning_curve"]


def plot_precision_recall(labels, probabilities, thresholds=None, ax=None) -> Figure:
    """Cross-validated precision-recall curve of each tag, with its operating point.

    ``labels`` and ``probabilities`` are (n_items, 4) arrays or DataFrames with
    one column per tag, from held-out folds.
    """
    from sklearn.metrics import average_precision_score, precision_recall_curve

    from newstag.config import TAGS

    fig, ax = figure_and_ax(ax, (7.5, 6))
    labels = np.asarray(labels)
    probabilities = np.asarray(probabilities)
    for k, tag in enumerate(TAGS):
        precision, recall, cut = precision_recall_curve(labels[:, k], probabilities[:, k])
        ap = average_precision_score(labels[:, k], probabilities[:, k])
        ax.plot(recall, precision, color=tag_color(tag), linewidth=2, label=f"{tag} (average precision {ap:.2f})")
        if thresholds is not None:
            chosen = probabilities[:, k] >= thresholds[k]
            tp = np.sum(chosen & (labels[:, k] == 1))
            if chosen.sum():
                ax.plot(tp / max(1, labels[:, k].sum()), tp / chosen.sum(), "o", color=tag_color(tag), markersize=8,
                        markeredgecolor="black")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.set_xlabel("Recall (share of labelled items found)", fontsize=LABEL_SIZE)
    ax.set_ylabel("Precision (share of tagged items that are right)", fontsize=LABEL_SIZE)
    title = "Tagger: cross-validated precision-recall per tag"
    if thresholds is not None:
        title += "\n(dots: the shipped thresholds)"
    ax.set_title(title, fontsize=TITLE_SIZE)
    ax.legend(loc="lower left", fontsize=TICK_SIZE, frameon=False)
    style_axes(ax, grid_axis="both")
    return fig


def plot_learning_curve(curve, ax=None) -> Figure:
    """Held-out F1 per tag and macro-F1 against the number of training items."""
    from newstag.config import TAGS

    fig, ax = figure_and_ax(ax, (7.5, 5))
    curve = pd.DataFrame(curve)
    for tag in TAGS:
        ax.plot(curve["n_train"], curve[f"f1_{tag}"], marker="o", color=tag_color(tag), label=tag)
    ax.plot(curve["n_train"], curve["macro_f1"], marker="s", color="black", linewidth=2.5, label="macro-F1")
    ax.set_ylim(0, 1)
    ax.set_xlabel("Labelled items used for training", fontsize=LABEL_SIZE)
    ax.set_ylabel("F1 on held-out folds", fontsize=LABEL_SIZE)
    ax.set_title("Tagger learning curve: does more labelling help?", fontsize=TITLE_SIZE)
    ax.legend(loc="lower right", fontsize=TICK_SIZE, frameon=False, ncol=2)
    style_axes(ax, grid_axis="y")
    return fig
