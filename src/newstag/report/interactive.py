"""The offline HTML map: one self-contained page, plotly.js embedded, no CDN."""

from __future__ import annotations

import html
import os
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd

from newstag.report.style import NO_TAG_COLOR, tag_color, topic_colors, topic_names
from newstag.report.topic_plots import theme_letter
from newstag.topics.maps import map_description

__all__ = ["interactive_map", "top_evidence", "HTML_DIV_ID"]

HTML_DIV_ID = "newstag-topic-map"


def _escape(value) -> str:
    """Escape ``&``, ``<``, ``>`` for plotly's HTML-like labels.

    Quotes are left alone: plotly.js turns ``&amp;``/``&lt;``/``&gt;`` and
    numeric entities back into characters, but would show ``&quot;`` as is.
    """
    return html.escape(str(value), quote=False)


def _hover_text(value, width=70) -> str:
    text = " ".join(str(value).split())
    return "<br>".join(_escape(line) for line in textwrap.wrap(text, width)) or "(no title)"


def _date_text(value) -> str:
    date = pd.to_datetime(value, errors="coerce")
    return "unknown" if pd.isna(date) else date.strftime("%Y-%m-%d")


def top_evidence(evidence) -> list[str]:
    """Each item's best evidence sentence over its predicted tags, ``"tag: sentence"`` ("" if none).

    ``evidence`` is the ``evidence`` column of :func:`newstag.tagging.predict.tag_frame`.
    """
    out = []
    for per_tag in evidence:
        best = max(((tag, s) for tag, sentences in (per_tag or {}).items() for s in sentences
                    if isinstance(s, dict)), key=lambda pair: pair[1].get("score", 0.0), default=None)
        out.append(f"{best[0]}: {best[1]['text']}" if best else "")
    return out


def _evidence_text(value) -> str:
    if not value:
        return ""
    return "<br><i>evidence</i> " + _hover_text(textwrap.shorten(str(value), width=220, placeholder="…"))


def interactive_map(coords, corpus, topics, tags, path, *, topic_labels=None, themes=None, theme_labels=None,
                    evidence=None, title="News topics map", method="UMAP") -> Path:
    """Write a self-contained offline HTML map (plotly.js embedded, no CDN).

    Parameters
    ----------
    coords : (n, 2) array, e.g. from :func:`newstag.topics.maps.umap_embedding`.
    corpus : DataFrame with title, source, date (rows aligned with coords).
    topics : array of topic numbers, or a fitted TopicModel (its ``labels_``
        and ``topic_labels_`` are used).
    tags : DataFrame of boolean tag columns aligned with the rows, or None.
    path : output ``.html`` file.
    topic_labels : dict topic -> label, or a ``TopicModel.describe`` frame.
    themes : array of each item's theme (the coarse level of the topic
        hierarchy), or None; a fitted TopicModel passed as ``topics`` gives its own.
    theme_labels : dict theme -> label (themes are shown as A, B, C...).
    evidence : sequence of str, optional
        Each item's top evidence sentence (see :func:`top_evidence`), shown
        in the hover; empty strings are left out.
    method : the method that drew ``coords`` ("UMAP", "PCA"), named on the axes and in the subtitle.

    Hovering a point shows its title, outlet, date, theme, topic, tags and top evidence sentence.
    Points are coloured by topic; buttons above the map recolour them by theme (the parent level)
    and by each tag.
    """
    import plotly.graph_objects as go  # noqa: PLC0415

    coords = np.asarray(coords, dtype=float)
    if hasattr(topics, "labels_"):
        topic_labels = topic_labels if topic_labels is not None else topics.topic_labels_
        if themes is None and hasattr(topics, "parents"):
            themes = topics.parents()[topics.labels_]
            theme_labels = topics.topic_labels(topics.n_themes_) if theme_labels is None else theme_labels
        topics = topics.labels_
    topics = np.asarray(topics).astype(int)
    n = len(coords)
    if len(corpus) != n or len(topics) != n:
        raise ValueError(f"coords ({n}), corpus ({len(corpus)}) and topics ({len(topics)}) must have the same length")
    corpus = corpus.reset_index(drop=True)
    found = sorted(int(t) for t in np.unique(topics))
    sizes = {t: int((topics == t).sum()) for t in found}
    names = topic_names(topic_labels, found, width=60)
    colors = topic_colors(max(found) + 1)

    tag_frame = None
    if tags is not None:
        tag_frame = pd.DataFrame(tags).reset_index(drop=True).fillna(False).astype(bool)
        if len(tag_frame) != n:
            raise ValueError(f"tags has {len(tag_frame)} rows, expected {n}")
        tag_text = tag_frame.apply(lambda row: ", ".join(c for c in tag_frame.columns if row[c]) or "none", axis=1)
    else:
        tag_text = pd.Series(["not tagged"] * n)

    titles = corpus["title"] if "title" in corpus else pd.Series([""] * n)
    texts = corpus["text"] if "text" in corpus else pd.Series([""] * n)
    headline = [
        (str(t).strip() if isinstance(t, str) and t.strip() else " ".join(str(x).split())[:100])
        for t, x in zip(titles.fillna(""), texts.fillna(""))
    ]
    sources = corpus["source"].fillna("unknown").astype(str) if "source" in corpus else pd.Series(["unknown"] * n)
    theme_names = {}
    if themes is not None:
        themes = np.asarray(themes).astype(int)
        if len(themes) != n:
            raise ValueError(f"themes has {len(themes)} values, expected {n}")
        theme_names = {t: f"{theme_letter(t)} · {(theme_labels or {}).get(t, '')}".rstrip(" ·") for t in np.unique(themes)}
    dates = corpus["date"] if "date" in corpus else pd.Series([None] * n)
    customdata = np.column_stack(
        [
            [_hover_text(h) for h in headline],
            [_escape(s) for s in sources],
            [_date_text(d) for d in dates],
            [_escape(names[t]) for t in topics],
            [_escape(t) for t in tag_text],
            [_evidence_text(e) for e in (evidence if evidence is not None else [""] * n)],
            [_escape(theme_names[t]) for t in themes] if themes is not None else [""] * n,
        ]
    )
    hover = (
        "<b>%{customdata[0]}</b><br>outlet: %{customdata[1]}<br>date: %{customdata[2]}"
        + ("<br>theme: %{customdata[6]}" if themes is not None else "")
        + "<br>topic: %{customdata[3]}<br>tags: %{customdata[4]}%{customdata[5]}<extra></extra>"
    )
    marker_size = float(np.clip(1500 / max(n, 1) ** 0.9, 5, 12))

    traces, groups = [], []
    for topic in found:
        mask = topics == topic
        traces.append(
            go.Scatter(
                x=coords[mask, 0], y=coords[mask, 1], mode="markers", name=f"{names[topic]} ({sizes[topic]})",
                marker={"size": marker_size, "color": colors[topic], "opacity": 0.85, "line": {"width": 0}},
                customdata=customdata[mask], hovertemplate=hover, legendgroup="topics",
            )
        )
        groups.append("topic")
    theme_colors = topic_colors(int(themes.max()) + 1) if themes is not None else []
    for theme in sorted(theme_names):
        mask = themes == theme
        traces.append(
            go.Scatter(
                x=coords[mask, 0], y=coords[mask, 1], mode="markers", name=f"{theme_names[theme]} ({int(mask.sum())})",
                marker={"size": marker_size, "color": theme_colors[theme], "opacity": 0.85, "line": {"width": 0}},
                customdata=customdata[mask], hovertemplate=hover, visible=False,
            )
        )
        groups.append("theme")
    tag_names = list(tag_frame.columns) if tag_frame is not None else []
    for position, tag in enumerate(tag_names):
        on = tag_frame[tag].to_numpy()
        for present, mask in ((False, ~on), (True, on)):
            traces.append(
                go.Scatter(
                    x=coords[mask, 0], y=coords[mask, 1], mode="markers",
                    name=f"{tag} ({int(mask.sum())})" if present else f"not {tag} ({int(mask.sum())})",
                    marker={
                        "size": marker_size * (1.15 if present else 1.0),
                        "color": tag_color(tag, position) if present else NO_TAG_COLOR,
                        "opacity": 0.9 if present else 0.6, "line": {"width": 0},
                    },
                    customdata=customdata[mask], hovertemplate=hover, visible=False,
                )
            )
            groups.append(tag)
    fig = go.Figure(traces)
    legend_titles = {"topic": "Topic · top terms (items)", "theme": "Theme · top terms (items)"}
    choices = ["topic"] + (["theme"] if theme_names else []) + tag_names
    if len(choices) > 1:
        buttons = [
            {
                "label": f"colour by {group}",
                "method": "update",
                "args": [
                    {"visible": [g == group for g in groups]},
                    {"legend.title.text": legend_titles.get(group, f"Tag: {group}")},
                ],
            }
            for group in choices
        ]
        fig.update_layout(
            updatemenus=[
                {
                    "type": "buttons", "direction": "right", "buttons": buttons, "showactive": True,
                    "x": 0.0, "xanchor": "left", "y": 1.08, "yanchor": "bottom", "pad": {"r": 4, "t": 2},
                }
            ]
        )
    fig.update_layout(
        title={"text": f"{_escape(title)}<br><sup>{n} items; hover a point for its headline. "
               f"Position: {_escape(map_description(method))} (nearby = similar wording).</sup>", "x": 0.01},
        template="plotly_white",
        legend={"title": {"text": "Topic · top terms (items)"}, "itemsizing": "constant", "font": {"size": 11}},
        xaxis={"title": f"{method} 1", "showticklabels": False, "zeroline": False},
        yaxis={"title": f"{method} 2", "showticklabels": False, "zeroline": False, "scaleanchor": "x"},
        height=760, margin={"t": 130, "l": 50, "r": 20, "b": 40},
        hoverlabel={"align": "left"},
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.write_html(
        os.fspath(path), include_plotlyjs=True, full_html=True, div_id=HTML_DIV_ID,
        config={"displaylogo": False, "responsive": True},
    )
    return path
