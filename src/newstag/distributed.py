"""Tag past one process: on this machine's cores (``newstag tag --jobs N``),
or past one machine, a Dask DataFrame partition by partition or the chunks
of ``newstag tag --dask-scheduler ADDRESS``, on a Dask cluster.

Needs the optional extra: ``pip install "newstag[dask]"``, on the client and
on every worker (the workers import newstag to tag). The model travels with
the work: its saved file (``models/tagger.skops`` by default, about half a
megabyte) is read once on the client, sent to the workers, and loaded once
per worker process with the same refusal of untrusted types as
:func:`newstag.train.load_model`. Workers need no copy of the repository.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import deque
from pathlib import Path

from newstag.config import TAGS

__all__ = ["tag_dask", "tag_chunks_on_cluster", "tag_chunks_in_processes", "model_bytes", "limit_blas_to_one_thread"]

# One loaded model per worker process, keyed by the digest of its file.
_LOADED: dict[str, object] = {}


def model_bytes(model_path=None) -> bytes:
    """The saved model file that the workers will load: ``model_path``, else
    ``$NEWSTAG_MODEL``, else the shipped ``models/tagger.skops``."""
    from newstag.tagging.train import SHIPPED_MODEL

    path = Path(model_path or os.environ.get("NEWSTAG_MODEL") or SHIPPED_MODEL)
    if not path.exists():
        raise FileNotFoundError(f"no model at {path}; run `newstag train` (or `make train`) to build one")
    return path.read_bytes()


def _model_from_bytes(blob: bytes):
    digest = hashlib.sha256(blob).hexdigest()
    model = _LOADED.get(digest)
    if model is None:
        from newstag.tagging.train import load_model

        handle, name = tempfile.mkstemp(suffix=".skops")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            model = load_model(name)
        finally:
            os.unlink(name)
        _LOADED[digest] = model
    return model


def _meta(index):
    import numpy as np
    import pandas as pd

    columns = {"tags": pd.Series([], dtype=object)}
    columns.update({t: pd.Series([], dtype=bool) for t in TAGS})
    columns.update({f"p_{t}": pd.Series([], dtype=np.float64) for t in TAGS})
    columns["evidence"] = pd.Series([], dtype=object)
    return pd.DataFrame(columns, index=index[:0])


def _tag_partition(partition, *, text, title, top_terms, blob, model):
    from newstag.tagging.predict import tag_frame

    if len(partition) == 0:
        return _meta(partition.index)
    out = tag_frame(partition, text=text, title=title, top_terms=top_terms,
                    model=model if model is not None else _model_from_bytes(blob))
    return out.astype({f"p_{t}": "float64" for t in TAGS} | {t: bool for t in TAGS})


def tag_dask(ddf, *, text="text", title="title", top_terms=3, model=None, model_path=None):
    """Tag a Dask DataFrame partition by partition with the shipped model.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        With a ``text`` column (and optionally ``title``).
    text, title, top_terms :
        As in :func:`newstag.tag_frame`.
    model : NewsTagger, optional
        A fitted tagger object, shipped to the workers with the tasks.
    model_path : path, optional
        A saved tagger (default: ``$NEWSTAG_MODEL`` or the shipped one); its
        file is read here and loaded once per worker.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy; the same columns, dtypes and index as :func:`newstag.tag_frame`
        gives for the whole frame. ``.compute()`` on a
        ``dask.distributed.Client`` runs it on that cluster.

    Examples
    --------
    >>> import dask.dataframe as dd                      # doctest: +SKIP
    >>> from dask.distributed import Client               # doctest: +SKIP
    >>> client = Client("tcp://scheduler:8786")          # doctest: +SKIP
    >>> ddf = dd.read_parquet("s3://bucket/news/*.parquet")  # doctest: +SKIP
    >>> tags = newstag.tag_dask(ddf).compute()           # doctest: +SKIP
    """
    blob = None if model is not None else model_bytes(model_path)
    return ddf.map_partitions(_tag_partition, text=text, title=title, top_terms=top_terms, blob=blob, model=model,
                              meta=_meta(ddf._meta.index), enforce_metadata=False)


def _tag_chunk(blob, titles, texts, top_terms):
    from newstag.tagging.predict import tag

    return tag(texts, titles, top_terms=top_terms, model=_model_from_bytes(blob))


def tag_chunks_on_cluster(chunks, address, *, model_path=None, top_terms=0, in_flight=None):
    """Tag ``chunks`` (lists of Items and Skipped records) on the Dask scheduler
    at ``address``; yield ``(chunk, results)`` in input order, ``results``
    holding one dict per Item of the chunk, with at most ``in_flight`` chunks (default: twice the workers'
    threads) sent ahead, so memory stays bounded however long the input."""
    from dask.distributed import Client

    blob = model_bytes(model_path)
    with Client(address) as client:
        model_future = client.scatter(blob, broadcast=True)
        if in_flight is None:
            in_flight = max(2, 2 * sum(client.nthreads().values()))

        def submit(titles, texts):
            return client.submit(_tag_chunk, model_future, titles, texts, top_terms, pure=False)

        yield from _in_input_order(chunks, submit, in_flight)


def _in_input_order(chunks, submit, in_flight, *, before_first_result=None):
    """Send each chunk's items to ``submit(titles, texts)`` (which returns a
    future), keep at most ``in_flight`` chunks ahead, and yield
    ``(chunk, results)`` in input order. ``before_first_result`` is called
    once, before the first result is awaited."""
    pending: deque = deque()
    waiting = before_first_result

    def oldest():
        nonlocal waiting
        if waiting is not None:
            waiting()
            waiting = None
        done, future = pending.popleft()
        return done, future.result() if future is not None else []

    for chunk in chunks:
        items = [r for r in chunk if hasattr(r, "text")]  # Skipped records have no text: nothing to tag
        future = submit([str(r.headline or "") for r in items], [str(r.text or "") for r in items]) if items else None
        pending.append((chunk, future))
        if len(pending) >= in_flight:
            yield oldest()
    while pending:
        yield oldest()


_WORKER_BLOB: bytes | None = None


class ModelLoadError(ValueError):
    """A worker could not load the model (missing, or holding untrusted types)."""


def _set_worker_model(blob: bytes) -> None:
    global _WORKER_BLOB
    _WORKER_BLOB = blob


def limit_blas_to_one_thread() -> None:
    """Keep BLAS to one thread in a process that only tags.

    The tagger's dense products are tiny (a few sentences by a few dozen
    features); BLAS threads add no speed to them but spin between calls, and
    with one worker per core they compete with the other workers (on 2 cores,
    ``--jobs 2`` on 20k items: 5.9 s with BLAS's default threads, 5.1 s with one).
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _load_worker_model() -> None:
    _model_from_bytes(_WORKER_BLOB)
    # After loading: threadpoolctl limits only the BLAS libraries already loaded.
    limit_blas_to_one_thread()


def _tag_chunk_in_worker(titles, texts, top_terms):
    results = _tag_chunk(_WORKER_BLOB, titles, texts, top_terms)
    limit_blas_to_one_thread()  # about 2 ms a chunk; a worker that took no loading task loads the model here
    return results


def tag_chunks_in_processes(chunks, n_jobs, *, model_path=None, top_terms=0):
    """Tag ``chunks`` (lists of Items and Skipped records) in ``n_jobs`` worker
    processes on this machine; yield ``(chunk, results)`` in input order, as
    :func:`tag_chunks_on_cluster` does.

    The workers start and load the model (sent as its saved file, loaded with
    the same refusal of untrusted types) while this process reads the first
    chunks. At most ``2 * n_jobs`` chunks are in flight, so memory stays
    bounded however long the input. Results equal those of one process: the
    tagger is deterministic and works item by item.

    Raises
    ------
    FileNotFoundError
        If there is no model file.
    ModelLoadError
        If a worker cannot load the model.
    """
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    blob = model_bytes(model_path)
    # spawn, not fork: forking a process that holds threads (BLAS, tqdm) can deadlock.
    with ProcessPoolExecutor(max_workers=n_jobs, mp_context=get_context("spawn"), initializer=_set_worker_model,
                             initargs=(blob,)) as pool:
        loading = [pool.submit(_load_worker_model) for _ in range(n_jobs)]

        def models_loaded():
            for future in loading:
                try:
                    future.result()
                except (FileNotFoundError, ValueError) as error:
                    raise ModelLoadError(str(error)) from None

        def submit(titles, texts):
            return pool.submit(_tag_chunk_in_worker, titles, texts, top_terms)

        yield from _in_input_order(chunks, submit, 2 * n_jobs, before_first_result=models_loaded)
