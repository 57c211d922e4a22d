"""Topics: TF-IDF -> LSA features, clustered into labelled topics, and 2-D maps.

Modules, in the order the data flows:

- :mod:`~newstag.topics.features`: TF-IDF of title + text reduced by LSA.
- :mod:`~newstag.topics.model`: :class:`TopicModel`, in memory, k chosen from the data.
- :mod:`~newstag.topics.streaming`: :class:`StreamingTopicModel`, for corpora beyond memory.
- :mod:`~newstag.topics.describe`: class-based TF-IDF terms and headlines per topic.
- :mod:`~newstag.topics.scores`: agreement with a reference labelling, ARI.
- :mod:`~newstag.topics.maps`: UMAP coordinates (and a worker that warms UMAP up).
"""

from __future__ import annotations

from newstag.lazy import lazy_attributes

__all__ = ["TopicModel", "StreamingTopicModel", "external_agreement", "ctfidf", "documents", "lsa_features"]

_LAZY = {
    "TopicModel": "model",
    "StreamingTopicModel": "streaming",
    "external_agreement": "scores",
    "ctfidf": "describe",
    "documents": "features",
    "lsa_features": "features",
}

# Lazy, like the top-level package, so that `import newstag.topics.maps` does
# not pull in scikit-learn's clustering.
__getattr__ = lazy_attributes(__name__, _LAZY)
