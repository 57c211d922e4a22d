"""Two-dimensional maps of the corpus: UMAP coordinates and an offline HTML map.

``umap`` (and its numba JIT, ~20 s on first use in a process) is imported
inside :func:`umap_embedding` only, so importing this module stays cheap;
:class:`UmapWorker` pays that cost in another process, alongside other work.
"""

from __future__ import annotations

import html
import os
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from .plots import NO_TAG_COLOR, tag_color, topic_colors, topic_names

__all__ = ["umap_embedding", "UmapWorker", "interactive_map"]

HTML_DIV_ID = "newstag-topic-map"


def _lsa(data, random_state):
    """Normalised LSA vectors from an array, a fitted TopicModel, or texts."""
    if hasattr(data, "embedding_"):
        return np.asarray(data.embedding_, dtype=np.float64)
    if isinstance(data, np.ndarray) and data.ndim == 2 and np.issubdtype(data.dtype, np.number):
        return np.asarray(data, dtype=np.float64)
    from .topics import lsa_features

    return lsa_features(data, random_state=random_state)[3]


def umap_embedding(data, *, random_state=42, n_neighbors=15, min_dist=0.1, metric="cosine") -> np.ndarray:
    """UMAP to two dimensions; returns an ``(n, 2)`` float array.

    ``data`` is the LSA matrix (e.g. ``TopicModel.embedding_``), a fitted
    :class:`~newstag.topics.TopicModel`, or a corpus (DataFrame with
    title/text, or a list of texts), which is turned into LSA vectors first.
    With a fixed ``random_state`` UMAP runs single-threaded and gives the
    same coordinates on every run on the same machine. ``n_neighbors`` is
    capped at ``n - 1`` for small inputs.
    """
    X = _lsa(data, random_state)
    n = X.shape[0]
    if n < 3:
        raise ValueError(f"UMAP needs at least 3 items, got {n}")
    import umap  # noqa: PLC0415  (slow import + numba JIT: only when a map is asked for)

    reducer = umap.UMAP(
        n_components=2,
        n_neighbors=max(2, min(int(n_neighbors), n - 1)),
        min_dist=min_dist,
        metric=metric,
        random_state=random_state,
        n_jobs=1,
        init="spectral" if n > 10 else "random",
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*n_jobs.*overridden.*")
        warnings.filterwarnings("ignore", message=".*[Gg]raph is not fully connected.*")
        coords = reducer.fit_transform(X)
    return np.asarray(coords, dtype=np.float64)


def _warm_up_umap() -> None:
    """Import umap and JIT-compile the code paths :func:`umap_embedding` uses."""
    umap_embedding(np.random.default_rng(0).random((40, 8)), random_state=0)


def _serve_umap(connection) -> None:
    """Worker loop of :class:`UmapWorker`: warm up, then draw maps on request."""
    _warm_up_umap()
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        if request is None:
            return
        data, kwargs = request
        try:
            connection.send(("ok", umap_embedding(data, **kwargs)))
        except Exception as error:  # noqa: BLE001  (reported to the caller, which redraws in-process)
            connection.send(("error", f"{type(error).__name__}: {error}"))


class UmapWorker:
    """:func:`umap_embedding` in a separate process that warms up while the caller works.

    UMAP's import and numba compilation cost a new process 10-20 s, far more
    than the map itself. Opened early, this worker pays that on another core
    while the caller loads, tags and fits topics; calling it then runs the
    map in the warm worker. The coordinates are those of
    :func:`umap_embedding` with the same arguments. If the worker cannot
    start or fails, the map is drawn in this process instead. Leaving the
    ``with`` block stops the worker at once.

    Examples
    --------
    >>> with UmapWorker() as embed:          # doctest: +SKIP
    ...     model = TopicModel().fit(corpus)  # meanwhile, umap warms up
    ...     coords = embed(model.embedding_, random_state=42)
    """

    def __init__(self):
        self._process = None
        self._connection = None
        self._idle = False

    def __enter__(self):
        from multiprocessing import get_context

        try:
            # spawn, not fork: forking a process that holds threads (BLAS, tqdm) can deadlock.
            context = get_context("spawn")
            self._connection, child = context.Pipe()
            self._process = context.Process(target=_serve_umap, args=(child,), daemon=True, name="newstag-umap")
            self._process.start()
            child.close()
        except (OSError, RuntimeError, ValueError) as error:
            warnings.warn(f"UMAP worker process not started ({error}); the map is drawn in this process", stacklevel=2)
            self._stop()
        return self

    def __call__(self, data, **kwargs) -> np.ndarray:
        if self._process is not None:
            try:
                self._connection.send((_lsa(data, kwargs.get("random_state", 42)), kwargs))
                status, value = self._connection.recv()
                self._idle = True
                if status == "ok":
                    return value
                problem = value
            except (EOFError, OSError) as error:
                problem = f"worker process ended ({error or type(error).__name__})"
            warnings.warn(f"UMAP worker failed ({problem}); drawing the map in this process", stacklevel=2)
            self._stop()
        return umap_embedding(data, **kwargs)

    def _stop(self):
        if self._process is not None:
            if self._idle:
                # A clean exit lets the worker release what it holds (a kill leaks a semaphore).
                try:
                    self._connection.send(None)
                except OSError:
                    pass
                self._process.join(timeout=10)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join()
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None
        self._idle = False

    def __exit__(self, *exc_info):
        self._stop()
        return False


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


def interactive_map(coords, corpus, topics, tags, path, *, topic_labels=None, title="News topics map") -> Path:
    """Write a self-contained offline HTML map (plotly.js embedded, no CDN).

    Parameters
    ----------
    coords : (n, 2) array, e.g. from :func:`umap_embedding`.
    corpus : DataFrame with title, source, date (rows aligned with coords).
    topics : array of topic numbers, or a fitted TopicModel (its ``labels_``
        and ``topic_labels_`` are used).
    tags : DataFrame of boolean tag columns aligned with the rows, or None.
    path : output ``.html`` file.
    topic_labels : dict topic -> label, or a ``TopicModel.describe`` frame.

    Hovering a point shows its title, outlet, date, topic and tags. Points are
    coloured by topic; buttons above the map recolour them by each tag.
    """
    import plotly.graph_objects as go  # noqa: PLC0415

    coords = np.asarray(coords, dtype=float)
    if hasattr(topics, "labels_"):
        topic_labels = topic_labels if topic_labels is not None else topics.topic_labels_
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
    dates = corpus["date"] if "date" in corpus else pd.Series([None] * n)
    customdata = np.column_stack(
        [
            [_hover_text(h) for h in headline],
            [_escape(s) for s in sources],
            [_date_text(d) for d in dates],
            [_escape(names[t]) for t in topics],
            [_escape(t) for t in tag_text],
        ]
    )
    hover = (
        "<b>%{customdata[0]}</b><br>outlet: %{customdata[1]}<br>date: %{customdata[2]}"
        "<br>topic: %{customdata[3]}<br>tags: %{customdata[4]}<extra></extra>"
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
    if tag_names:
        buttons = [
            {
                "label": "colour by topic" if group == "topic" else f"colour by {group}",
                "method": "update",
                "args": [
                    {"visible": [g == group for g in groups]},
                    {"legend.title.text": "Topic · top terms (items)" if group == "topic" else f"Tag: {group}"},
                ],
            }
            for group in ["topic", *tag_names]
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
               "Position: UMAP of the LSA topic space (nearby = similar wording).</sup>", "x": 0.01},
        template="plotly_white",
        legend={"title": {"text": "Topic · top terms (items)"}, "itemsizing": "constant", "font": {"size": 11}},
        xaxis={"title": "UMAP 1", "showticklabels": False, "zeroline": False},
        yaxis={"title": "UMAP 2", "showticklabels": False, "zeroline": False, "scaleanchor": "x"},
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
