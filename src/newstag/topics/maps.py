"""Two-dimensional maps of the corpus: UMAP coordinates of the topic features.

``umap`` (and its numba JIT, ~20 s on first use in a process) is imported
inside :func:`umap_embedding` only, so importing this module stays cheap;
:class:`UmapWorker` pays that cost in another process, alongside other work.
:func:`map_embedding` draws maps of fewer than :data:`MIN_UMAP_ITEMS` items
with a PCA instead, which costs nothing to start.
"""

from __future__ import annotations

import warnings

import numpy as np

__all__ = ["umap_embedding", "UmapWorker", "pca_embedding", "map_embedding", "map_description", "MIN_UMAP_ITEMS"]

#: Below this many items a map is a PCA of the LSA vectors, not UMAP: there,
#: UMAP keeps no more of each item's true neighbours than a PCA does
#: (trustworthiness, 5 neighbours, random FA-KES subsets, benchmarks/small_maps.py:
#: 14 items PCA 0.776 vs UMAP 0.764, 17 items 0.793 vs 0.800; from 20 items
#: UMAP leads, 0.761 vs 0.801, and at 25 0.774 vs 0.850), while its numba
#: compilation costs a new process ~20 s.
MIN_UMAP_ITEMS = 20


def _lsa(data, random_state):
    """Normalised LSA vectors from an array, a fitted TopicModel, or texts."""
    if hasattr(data, "embedding_"):
        return np.asarray(data.embedding_, dtype=np.float64)
    if isinstance(data, np.ndarray) and data.ndim == 2 and np.issubdtype(data.dtype, np.number):
        return np.asarray(data, dtype=np.float64)
    from newstag.topics.features import lsa_features

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


def pca_embedding(data, *, random_state=42) -> np.ndarray:
    """The first two principal components of the LSA vectors; an ``(n, 2)`` float array.

    ``data`` is taken as by :func:`umap_embedding`. The full SVD solver is
    exact, and scikit-learn fixes the signs of the components, so the same
    input gives the same coordinates on every run.
    """
    from sklearn.decomposition import PCA

    X = _lsa(data, random_state)
    n_components = min(2, X.shape[0], X.shape[1])
    coords = np.zeros((X.shape[0], 2))
    if n_components:
        coords[:, :n_components] = PCA(n_components=n_components, svd_solver="full").fit_transform(X)
    return coords


def map_embedding(data, *, random_state=42, embed=None) -> tuple[np.ndarray, str]:
    """Map coordinates and the method that drew them: ``"PCA"`` under :data:`MIN_UMAP_ITEMS` items, else ``"UMAP"``.

    ``embed`` draws the UMAP (e.g. a warm :class:`UmapWorker`; default
    :func:`umap_embedding`); it is not called for a small corpus.
    """
    X = _lsa(data, random_state)
    if X.shape[0] < MIN_UMAP_ITEMS:
        return pca_embedding(X, random_state=random_state), "PCA"
    return (embed or umap_embedding)(X, random_state=random_state), "UMAP"


def map_description(method: str) -> str:
    """What a map's position means, for its subtitle."""
    if method == "PCA":
        return f"PCA of the LSA topic space (fewer than {MIN_UMAP_ITEMS} items: too few for UMAP)"
    return f"{method} of the LSA topic space"


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
