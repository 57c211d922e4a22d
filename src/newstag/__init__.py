"""newstag: cluster and tag news about armed conflict.

The public surface is small and lazy: importing ``newstag`` loads nothing
heavy; ``tag`` loads the shipped model on first use.

Subpackages follow the data, each importing only those before it:
``corpus`` (read, clean, split into items) -> ``tagging`` (features, model,
``tag()``) and ``topics`` (LSA topics, maps) -> ``report`` (figures, tables);
``pipeline`` chains the stages and ``cli`` is the command line. See
docs/architecture.md.
"""

from __future__ import annotations

from newstag.lazy import lazy_attributes

__version__ = "0.1.0"

__all__ = ["load_corpus", "tag", "tag_frame", "tag_dask", "__version__"]

# Lazy so that `import newstag` stays cheap and the CLI's tag path lean.
_LAZY = {
    "load_corpus": "corpus.loading",
    "tag": "tagging.predict",
    "tag_frame": "tagging.predict",
    "tag_dask": "distributed",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
