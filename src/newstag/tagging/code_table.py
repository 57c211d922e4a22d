"""Exact lookup of many integer keys at once: a hash table in numpy arrays.

The TF-IDF rows (:mod:`newstag.tagging.term_rows`) look up every pair of
neighbouring words of a batch (a few hundred thousand) among the
vocabulary's bigrams (tens of thousands). ``np.searchsorted`` in the sorted
keys does that with a binary search per pair, whose jumps through the array
cost most of the time; a hash table a few times larger than the keys finds
nearly every pair at its first slot, with a handful of whole-array numpy
operations.
"""

from __future__ import annotations

import numpy as np

__all__ = ["CodeTable"]

# Fibonacci hashing: the key times 2**64 / golden ratio, top bits.
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


class CodeTable:
    """A map from non-negative int64 keys to int64 values, with open addressing (linear probing).

    Parameters
    ----------
    keys : array of int64
        Distinct, non-negative.
    values : array of int64
        The value of each key.
    load : float, default 0.25
        At most this share of the slots is used: most lookups end at the first slot.
    """

    def __init__(self, keys, values, *, load: float = 0.25):
        keys = np.asarray(keys, dtype=np.int64)
        values = np.asarray(values, dtype=np.int64)
        if keys.shape != values.shape or keys.ndim != 1:
            raise ValueError("keys and values must be 1-d arrays of one length")
        if len(keys) and (keys.min() < 0 or len(np.unique(keys)) != len(keys)):
            raise ValueError("keys must be distinct and non-negative")
        self.bits = max(3, int(np.ceil(np.log2(max(len(keys), 1) / load))))
        size = 1 << self.bits
        self._mask = np.int64(size - 1)
        self._keys = np.full(size, -1, dtype=np.int64)
        self._values = np.zeros(size, dtype=np.int64)
        # Inserted in rounds: in round p every key still waiting tries the p-th
        # slot after its own, and of the keys that try a free slot, the first
        # takes it. A key so stored at p finds each slot before it taken (by
        # it tried it), which is what lookup relies on to stop at a free slot.
        home = self._home(keys)
        waiting = np.arange(len(keys))
        self.max_probe = 0
        while len(waiting):
            slots = (home[waiting] + self.max_probe) & self._mask
            free = self._keys[slots] < 0
            taken_slots, first = np.unique(slots[free], return_index=True)
            placed = waiting[free][first]
            self._keys[taken_slots] = keys[placed]
            self._values[taken_slots] = values[placed]
            done = np.zeros(len(waiting), dtype=bool)
            done[np.flatnonzero(free)[first]] = True
            waiting = waiting[~done]
            self.max_probe += 1

    def __len__(self) -> int:
        return int((self._keys >= 0).sum())

    def _home(self, keys: np.ndarray) -> np.ndarray:
        # The product wraps modulo 2**64 on purpose (unsigned arithmetic).
        hashed = keys.astype(np.uint64) * _MULTIPLIER
        return (hashed >> np.uint64(64 - self.bits)).astype(np.int64)

    def get(self, keys, default: int = -1) -> np.ndarray:
        """The value of each key, ``default`` for a key not in the table.

        Parameters
        ----------
        keys : array of int64
            Non-negative.
        default : int, default -1

        Returns
        -------
        ndarray of int64, one per key
        """
        keys = np.asarray(keys, dtype=np.int64)
        out = np.full(len(keys), default, dtype=np.int64)
        if not len(keys):
            return out
        # The first slot, for every key (most end there), then the next ones for the keys still pending.
        home = self._home(keys)
        stored = self._keys[home]
        hit = stored == keys
        out[hit] = self._values[home[hit]]
        # Go on only past a slot another key holds; a free slot ends the search.
        pending = np.flatnonzero((stored >= 0) & ~hit)
        for probe in range(1, self.max_probe):
            if not len(pending):
                break
            slots = (home[pending] + probe) & self._mask
            stored = self._keys[slots]
            hit = stored == keys[pending]
            out[pending[hit]] = self._values[slots[hit]]
            pending = pending[(stored >= 0) & ~hit]
        return out
