"""The written side of the topic report: ``topics.md`` and ``topic_levels.csv``."""

from __future__ import annotations

import numpy as np
import pandas as pd

from newstag.report.topic_plots import theme_letter
from newstag.topics.features import documents
from newstag.topics.scores import npmi_coherence, topic_diversity

__all__ = ["topics_markdown", "topic_levels_table"]


def _cell(value) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def topic_levels_table(model) -> pd.DataFrame:
    """One row per topic of every level of a fitted topic model's hierarchy.

    Columns: ``level`` (topics at that level), ``topic``, ``parent`` (its
    topic one level up, -1 at level 1), ``theme`` (letter, for levels at
    least as fine as the themes), ``size``, ``label``.
    """
    rows = []
    for m in sorted(model.levels_):
        labels = model.topic_labels(m)
        sizes = model.level_sizes(m)
        parents = model.parents(m, m - 1) if m > 1 else np.full(m, -1)
        themes = model.parents(m, model.n_themes_) if m >= model.n_themes_ else None
        for topic in range(m):
            rows.append({"level": m, "topic": topic, "parent": int(parents[topic]),
                         "theme": theme_letter(themes[topic]) if themes is not None else "",
                         "size": int(sizes[topic]), "label": labels[topic]})
    return pd.DataFrame(rows)


def _rule_section(model, n_items) -> list[str]:
    lo, hi = model.k_range_
    unplaced = len(model.unplaced_)
    cohesion = np.asarray(model.cohesion_)
    clustered = len(model.consensus_index_)
    sample = "" if clustered == n_items else f" (clustered on a seeded sample of {clustered}; the rest joined the nearest topic)"
    auto = model.n_topics == "auto"
    lines = [
        "## How the number of topics is chosen", "",
        f"{model.n_runs_} KMeans runs{sample}, each with its own seed (all drawn from random_state "
        f"{model.random_state}) and its own number of clusters k, drawn from {lo} to {hi} (about sqrt(n)/6 to "
        f"0.9 sqrt(n)). The co-association of two items is the share of runs that put them in the same cluster. "
        f"Average linkage on it, cut at {model.threshold}, keeps together the items that most runs grouped "
        f"together: those groups are the topics. Groups of fewer than {model.min_topic_size_} items (1% of the "
        "items) are items the runs could not place; each joins the topic it was grouped with most often. "
        "Every coarser level comes from Ward linkage of the topics' centres, so the levels nest "
        "(`topic_levels.csv`); the themes are the level with about the square root of the number of topics.",
        "",
        "| figure | value |", "|---|---:|",
        f"| topics {'(the consensus level)' if auto else f'(asked for {model.n_topics})'} | {model.n_topics_} |",
        f"| finest level | {model.n_fine_topics_} |",
        f"| themes | {model.n_themes_} |",
        f"| KMeans runs / k range | {model.n_runs_} / {lo}-{hi} |",
        f"| smallest topic | {model.min_topic_size_} items |",
        f"| items the cut left in groups below the smallest topic (settled into their closest topic) "
        f"| {unplaced} ({unplaced / max(clustered, 1):.1%}) |",
        f"| mean co-association within a topic (how often its items were together), median / lowest "
        f"| {np.median(cohesion):.2f} / {cohesion.min():.2f} |",
        f"| agreement of the consensus of the first and of the second half of the runs (ARI) "
        f"| {model.stability_ari_:.3f} |",
    ]
    return lines


def topics_markdown(model, corpus, describe, agreements, tags_note=None) -> str:
    """``topics.md``: the rule and its figures, term quality, agreement with FA-KES labels, themes, topics."""
    n_items = len(corpus)
    lines = ["# Topics", ""]
    lines += [
        f"- Items: {n_items}",
        f"- Method: TF-IDF (English and news stop words) -> LSA ({model.svd_.n_components} dimensions) -> "
        f"consensus of {model.n_runs_} seeded KMeans runs -> Ward hierarchy of the topics",
        f"- Topics: {model.n_topics_}, in {model.n_themes_} themes ({theme_letter(0)}-{theme_letter(model.n_themes_ - 1)})",
        f"- random_state: {model.random_state}",
    ]
    if tags_note:
        lines.append(f"- Tags: {tags_note}")
    lines.append("")
    lines += _rule_section(model, n_items)

    words = [list(terms) for terms in describe["top_terms"]]
    deep = [[t for t, _ in model.topic_terms(model.n_topics_, n_terms=25)[topic]] for topic in range(model.n_topics_)]
    coherence = npmi_coherence(words, documents(corpus))
    lines += [
        "", "## Coherence and diversity of the topic terms", "",
        "NPMI: for each topic, mean normalised pointwise mutual information of all pairs of its top-10 terms, "
        "from document co-occurrence in this corpus (-1 never together, 0 independent, 1 always together); "
        "diversity: unique share of all topics' top-25 terms (and top-10), as in the BERTopic paper.", "",
        "| NPMI (top 10) | diversity (top 25) | diversity (top 10) |", "|---:|---:|---:|",
        f"| {coherence['npmi']:.3f} | {topic_diversity(deep, top_n=25):.3f} | {topic_diversity(deep, top_n=10):.3f} |",
    ]
    if agreements:
        lines += [
            "", "## Agreement with FA-KES labels", "",
            "Rows with no label are left out. V-measure is the harmonic mean of homogeneity (each topic "
            "holds one class) and completeness (each class sits in one topic); with the arithmetic mean "
            "NMI equals V-measure.", "",
            "| reference | items | classes | V-measure | NMI | homogeneity | completeness |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, scores in agreements:
            lines.append(
                f"| {name} | {scores['n']} | {scores['n_classes']} | {scores['v_measure']:.3f} | {scores['nmi']:.3f} "
                f"| {scores['homogeneity']:.3f} | {scores['completeness']:.3f} |"
            )
    themes = model.parents()
    theme_labels = model.topic_labels(model.n_themes_)
    theme_sizes = model.level_sizes(model.n_themes_)
    lines += ["", "## Themes", "", "| theme | items | label | topics |", "|---|---:|---|---|"]
    for theme in range(model.n_themes_):
        members = ", ".join(str(t) for t in np.flatnonzero(themes == theme))
        lines.append(f"| {theme_letter(theme)} | {theme_sizes[theme]} | {_cell(theme_labels[theme])} | {members} |")

    share_cols = [c for c in describe.columns if str(c).startswith("share_")]
    header = "| topic | theme | items | label | top terms | representative headlines |"
    align = "|---:|---|---:|---|---|---|"
    if share_cols:
        header += " " + " | ".join(c[len("share_"):] for c in share_cols) + " |"
        align += "---:|" * len(share_cols)
    lines += ["", "## Topics", "", header, align]
    for _, row in describe.iterrows():
        cells = [
            str(row["topic"]), theme_letter(themes[row["topic"]]), str(row["size"]), _cell(row["label"]),
            _cell(", ".join(row["top_terms"])), "<br>".join(_cell(h) for h in row["headlines"]),
        ]
        cells += [f"{row[c]:.0%}" for c in share_cols]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
