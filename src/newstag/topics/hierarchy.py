"""The topic hierarchy shared by :class:`TopicModel` and :class:`StreamingTopicModel`.

Both models end with the same fitted parts: fine topics (``fine_centers_``,
``fine_sizes_``), their average-linkage tree (``linkage_``), one map per
level from fine topic to topic (``levels_``), and per fine topic the counts
of every description term. :class:`TopicLevels` turns those into labels,
parents, terms and labels at any level.
"""

from __future__ import annotations

import math

import numpy as np
from sklearn.utils.validation import check_is_fitted

from newstag.topics.consensus import level_maps
from newstag.topics.describe import distinctive_scores, phrase_label, rank_terms

__all__ = ["TopicLevels", "theme_count", "N_LABEL_TERMS"]

#: Terms kept per topic in ``topic_terms_``.
N_LABEL_TERMS = 30


def theme_count(n_topics: int) -> int:
    """Themes above ``n_topics`` topics: about their square root ("a handful" above 10-30 topics)."""
    return max(1, min(n_topics, math.ceil(math.sqrt(n_topics))))


class TopicLevels:
    """Levels of a fitted topic hierarchy (a mixin; see the module docstring).

    A *level* is named by its number of topics ``m`` (1 to ``n_fine_topics_``);
    its topics are numbered by size, 0 the largest.
    """

    def _check_level(self, n_topics):
        check_is_fitted(self, "levels_")
        m = self.n_topics_ if n_topics is None else n_topics
        if not isinstance(m, (int, np.integer)) or m not in self.levels_:
            raise ValueError(
                f"no level with {n_topics!r} topics: levels go from 1 to {self.n_fine_topics_} "
                f"(fit with n_topics={n_topics!r} for a finer hierarchy)"
            )
        return int(m)

    def at(self, n_topics=None) -> np.ndarray:
        """Topic of every training item at the level with ``n_topics`` topics (default: ``n_topics_``)."""
        return self.levels_[self._check_level(n_topics)][self.fine_labels_]

    def parents(self, n_topics=None, n_parent=None) -> np.ndarray:
        """For each topic of level ``n_topics``, its topic at the coarser level ``n_parent`` (default: the themes)."""
        m = self._check_level(n_topics)
        p = self._check_level(self.n_themes_ if n_parent is None else n_parent)
        if p > m:
            raise ValueError(f"a parent level has fewer topics: {n_parent} > {n_topics}")
        out = np.empty(m, dtype=int)
        out[self.levels_[m]] = self.levels_[p]
        return out

    def level_sizes(self, n_topics=None) -> np.ndarray:
        """Items per topic at a level (training items)."""
        m = self._check_level(n_topics)
        return np.bincount(self.levels_[m], weights=self.fine_sizes_, minlength=m).astype(int)

    def level_centers(self, n_topics=None) -> np.ndarray:
        """Unit-length centres of a level's topics (item-weighted means of their fine centres)."""
        m = self._check_level(n_topics)
        sums = np.zeros((m, self.fine_centers_.shape[1]))
        np.add.at(sums, self.levels_[m], self._fine_sums)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return sums / np.where(norms > 0, norms, 1.0)

    def topic_terms(self, n_topics=None, n_terms: int = N_LABEL_TERMS) -> dict[int, list[tuple[str, float]]]:
        """``{topic: [(term, score), ...]}`` at a level, best first (see :mod:`newstag.topics.describe`)."""
        m = self._check_level(n_topics)
        per_topic = np.zeros((m, self._fine_counts.shape[1]))
        np.add.at(per_topic, self.levels_[m], self._fine_counts)
        scores = distinctive_scores(per_topic)
        return {t: rank_terms(scores[t], self._term_names, self._term_allowed, n_terms) for t in range(m)}

    def topic_labels(self, n_topics=None) -> dict[int, str]:
        """``{topic: short label}`` at a level."""
        terms = self.topic_terms(n_topics, n_terms=6)
        return {t: phrase_label([w for w, _ in ts], self.phrases_) or f"topic {t}" for t, ts in terms.items()}

    def _set_fine_parts(self, fine_labels, embedding, counts_by_fine, term_names, term_allowed, tree, sizes=None,
                        centres=None):
        """Store the fitted hierarchy; ``embedding`` rows follow ``fine_labels``; ``sizes``
        (default: counted from ``fine_labels``) are the fine topics' items in the whole corpus;
        ``centres`` (default: the unit means of ``embedding`` by ``fine_labels``) the fine centres."""
        k = int(tree.shape[0]) + 1
        if centres is None:
            centres = np.zeros((k, embedding.shape[1]))
            np.add.at(centres, fine_labels, embedding)
        norms = np.linalg.norm(centres, axis=1, keepdims=True)
        self.fine_centers_ = centres / np.where(norms > 0, norms, 1.0)
        self.fine_sizes_ = np.bincount(fine_labels, minlength=k) if sizes is None else np.asarray(sizes)
        self._fine_sums = self.fine_centers_ * self.fine_sizes_[:, None]
        self.n_fine_topics_ = k
        self.linkage_ = tree
        self.levels_ = level_maps(tree, self.fine_sizes_)
        self._fine_counts = counts_by_fine
        self._term_names = term_names
        self._term_allowed = term_allowed

    def _set_default_level(self, n_topics):
        self.n_topics_ = int(n_topics)
        self.n_themes_ = theme_count(self.n_topics_)
        self.cluster_centers_ = self.level_centers(self.n_topics_)
        self.topic_terms_ = self.topic_terms(self.n_topics_)
        self.topic_labels_ = self.topic_labels(self.n_topics_)

    def _nearest_fine(self, embedding) -> np.ndarray:
        return np.argmax(embedding @ self.fine_centers_.T, axis=1)
