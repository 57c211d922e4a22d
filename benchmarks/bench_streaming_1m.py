"""Streaming on the RESAMPLED 1M corpus (about an hour): only with ``--with-1m`` or ``--only streaming_1m``.

A phase of its own so that the long run can be added to, or repeated in,
an existing results.json; ``bench_streaming``'s section reports its rows
beside the 10k and 100k ones.
"""

from __future__ import annotations

import bench_streaming


def run(ctx) -> dict:
    """The 1M corpus, measured as :func:`bench_streaming.measure_sizes` measures the others."""
    return bench_streaming.measure_sizes(ctx, ("1M",))


def report(rep, results) -> None:
    """Nothing of its own: the streaming section shows the 1M rows."""
