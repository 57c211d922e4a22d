"""Topics: TF-IDF -> LSA features, clustered into labelled topics, and 2-D maps.

Modules, in the order the data flows:

- :mod:`~newstag.topics.stopwords`: English and news stop words (wire boilerplate).
- :mod:`~newstag.topics.features`: TF-IDF of title + text reduced by LSA.
- :mod:`~newstag.topics.consensus`: many seeded KMeans runs -> consensus topics -> their tree.
- :mod:`~newstag.topics.hierarchy`: levels, parents, terms and labels of a fitted hierarchy.
- :mod:`~newstag.topics.model`: :class:`TopicModel`, in memory.
- :mod:`~newstag.topics.streaming`: :class:`StreamingTopicModel`, for corpora beyond memory.
- :mod:`~newstag.topics.describe`: distinctive terms, phrase labels and headlines per topic.
- :mod:`~newstag.topics.scores`: NMI/V-measure against a reference, ARI, NPMI coherence, diversity.
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
