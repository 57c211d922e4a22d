"""Reading ahead: chunks of records read and cleaned in a helper process while the caller works on the last ones.

``newstag tag`` reads, repairs and cleans every item (about 0.05 ms an
item) and then tags it; on a machine with a second core the reading can run
there, a few chunks ahead, and its cost leaves the wall time. The helper is
a forked process (started before the caller loads its model, so that the
model's loading overlaps the first chunks too); what it reads comes back
pickled, in order, and so does the value ``result()`` gives once the chunks
are exhausted (the load report) and any exception raised while reading, which
the caller sees where it would have seen it reading in process.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue as queue_module
import sys
from typing import Callable, Iterator

__all__ = ["ReadAhead", "can_read_ahead"]

# Chunks waiting for the caller at most: enough to ride out an uneven chunk,
# few enough that memory stays that of a handful of chunks.
_DEPTH = 4
# How often the caller, waiting, checks that the helper is still alive.
_POLL_SECONDS = 0.5


def can_read_ahead(inputs) -> bool:
    """Whether reading ``inputs`` in a helper process can help: a second core, fork, and no stdin (``-``) to read."""
    return ((os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()
            and sys.platform.startswith("linux") and not any(str(name) == "-" for name in inputs or ()))


def _produce(chunks: Callable[[], Iterator[list]], result: Callable[[], object], queue) -> None:
    try:
        for chunk in chunks():
            queue.put(("chunk", chunk))
        queue.put(("done", result()))
    except BaseException as error:  # noqa: BLE001 (every failure is the caller's to raise)
        try:
            pickle.dumps(error)
        except Exception:  # noqa: BLE001 (an exception that cannot travel is named instead)
            error = RuntimeError(f"reading failed: {error!r}")
        queue.put(("error", error))
    finally:
        queue.close()
        queue.join_thread()


class ReadAhead:
    """Iterate over ``chunks()``, produced in a helper process (or in this one).

    Parameters
    ----------
    chunks : callable
        Returns an iterator of picklable chunks (lists of records).
    result : callable
        Called after the last chunk, where the chunks were produced; its
        value is :attr:`result` once iteration is over.
    in_process : bool, default False
        Produce the chunks here, as they are asked for (no helper process).

    Attributes
    ----------
    result : object
        ``result()``, set when the iteration has ended.

    Use as a context manager: the helper starts on entering (and reads
    ahead at once) and is stopped on leaving, whatever happened.
    """

    def __init__(self, chunks: Callable[[], Iterator[list]], result: Callable[[], object], *, in_process: bool = False):
        self._chunks, self._result = chunks, result
        self.in_process = in_process
        self.result = None
        self._process = self._queue = None

    def __enter__(self) -> "ReadAhead":
        if not self.in_process:
            context = multiprocessing.get_context("fork")
            self._queue = context.Queue(maxsize=_DEPTH)
            self._process = context.Process(target=_produce, args=(self._chunks, self._result, self._queue),
                                            daemon=True, name="newstag-read-ahead")
            self._process.start()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
            self._queue.close()
            self._queue.cancel_join_thread()  # the helper is gone: nothing more will be read
            self._process = None

    def __iter__(self) -> Iterator[list]:
        if self.in_process:
            yield from self._chunks()
            self.result = self._result()
            return
        while True:
            kind, payload = self._get()
            if kind == "chunk":
                yield payload
            elif kind == "done":
                self.result = payload
                return
            else:
                raise payload

    def _get(self):
        while True:
            try:
                return self._queue.get(timeout=_POLL_SECONDS)
            except queue_module.Empty:
                if not self._process.is_alive():
                    # It may have put its last message just before it ended.
                    try:
                        return self._queue.get(timeout=_POLL_SECONDS)
                    except queue_module.Empty:
                        raise RuntimeError(f"the reading process ended unexpectedly "
                                           f"(exit code {self._process.exitcode})") from None
