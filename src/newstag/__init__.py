"""newstag: cluster and tag news about armed conflict.

The public surface is small and lazy: importing ``newstag`` loads nothing
heavy; ``tag`` loads the shipped model on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["load_corpus", "__version__"]


def __getattr__(name):
    # Lazy so that `import newstag` stays cheap and the CLI's tag path lean.
    if name == "load_corpus":
        from .corpus import load_corpus

        return load_corpus
    raise AttributeError(f"module 'newstag' has no attribute {name!r}")
