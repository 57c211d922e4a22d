# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · Topics
#
# TF-IDF -> LSA -> the consensus of many seeded KMeans runs: the topics most
# runs agree on, merged into a hierarchy of themes. Topics are described by
# their distinctive terms, a short label, representative headlines and tag
# mix, followed over time and by outlet, checked against FA-KES's own labels
# when present, and laid out on a UMAP map.

# %% tags=["parameters"]
corpus_inputs = None
fakes_path = None
random_state = 42
n_topics = "auto"
k_range = "auto"

# %%
# %matplotlib inline
import pandas as pd

from newstag import load_corpus, tag_frame
from newstag.config import TAGS
from newstag.report.figures import topic_agreements
from newstag.report.plots import plot_tag_map, plot_topic_map, plot_topic_tag_heatmap, plot_topic_terms
from newstag.report.topic_plots import plot_topic_hierarchy, plot_topic_sources, plot_topic_time, topic_order
from newstag.report.topic_report import topic_levels_table
from newstag.topics import TopicModel
from newstag.topics.maps import umap_embedding

# %%
corpus = load_corpus(corpus_inputs, fakes=fakes_path)
tags = tag_frame(corpus)[list(TAGS)]
model = TopicModel(n_topics=n_topics, k_range=k_range, random_state=random_state).fit(corpus)
len(corpus), model.n_topics_, model.n_themes_

# %% [markdown]
# ## How many topics?
#
# Each of `n_runs_` KMeans runs has its own seed and its own k (from
# `k_range_`). Two items share a topic when most runs grouped them together
# (average linkage on the co-association matrix, cut at 0.5). The agreement
# between the consensus of the first and of the second half of the runs
# says how settled that is.

# %%
pd.Series({"topics": model.n_topics_, "themes": model.n_themes_, "KMeans runs": model.n_runs_,
           "k range of the runs": model.k_range_, "smallest topic": model.min_topic_size_,
           "items the cut could not place": len(model.unplaced_),
           "split-half agreement (ARI)": round(model.stability_ari_, 3)})

# %% [markdown]
# ## The hierarchy
#
# Every level from one topic to the finest exists at once and nests: the
# dendrogram merges the topics (Ward linkage of their centres); colours are
# the themes. `topic_levels.csv` in `newstag figures` lists every level.

# %%
plot_topic_hierarchy(model)

# %%
topic_levels_table(model).query("level == @model.n_themes_")

# %% [markdown]
# ## The topics
#
# Distinctive terms (c-TF-IDF x exclusivity, news boilerplate left out), a
# short label, the headlines closest to each centre, the theme, and the share
# of each topic's items carrying each tag (tags from the shipped tagger).

# %%
describe = model.describe(corpus, tags=tags)
describe

# %%
plot_topic_terms(describe)

# %%
plot_topic_tag_heatmap(describe)

# %% [markdown]
# ## Over time and by outlet

# %%
names = {row.topic: f"{row.topic} · {row.label}" for row in describe.itertuples()}
themes = dict(enumerate(model.parents()))
plot_topic_time(corpus, model.labels_, names, order=topic_order(model), groups=themes)

# %%
plot_topic_sources(corpus, model.labels_, names, order=topic_order(model), groups=themes)

# %% [markdown]
# ## External check: agreement with FA-KES's labels
#
# V-measure / NMI of the topics against FA-KES's `cause_of_death` and `actor`
# columns (rows without a value left out). Empty when the corpus has no such
# column (seeds only).

# %%
pd.DataFrame(dict(topic_agreements(corpus, model.labels_))).T

# %% [markdown]
# ## Map
#
# UMAP of the LSA space to two dimensions: nearby items use similar words.

# %%
coords = umap_embedding(model, random_state=random_state)
plot_topic_map(coords, model.labels_, model.topic_labels_)

# %%
plot_tag_map(coords, tags)
