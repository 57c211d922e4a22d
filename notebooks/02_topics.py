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
# TF-IDF -> LSA -> KMeans, the number of topics chosen from the data (stability
# ARI across seeds + silhouette), topics described by their c-TF-IDF terms,
# representative headlines and tag mix, checked against FA-KES's own labels
# when present, and laid out on a UMAP map.

# %% tags=["parameters"]
corpus_inputs = None
fakes_path = None
random_state = 42
n_topics = "auto"
k_range = (4, 16)

# %%
# %matplotlib inline
import pandas as pd

from newstag import load_corpus, tag_frame
from newstag.config import TAGS
from newstag.report.figures import topic_agreements
from newstag.report.plots import (
    plot_k_choice,
    plot_tag_map,
    plot_topic_map,
    plot_topic_tag_heatmap,
    plot_topic_terms,
)
from newstag.topics import TopicModel
from newstag.topics.maps import umap_embedding

# %%
corpus = load_corpus(corpus_inputs, fakes=fakes_path)
tags = tag_frame(corpus)[list(TAGS)]
model = TopicModel(n_topics=n_topics, k_range=k_range, random_state=random_state).fit(corpus)
len(corpus), model.n_topics_

# %% [markdown]
# ## How many topics?
#
# For each k, KMeans runs with several seeds: `stability_ari` is their mean
# pairwise adjusted Rand index, `silhouette` the cosine silhouette of the best
# run. The chosen k maximises their sum.

# %%
model.k_scores_

# %%
plot_k_choice(model.k_scores_, model.n_topics_)

# %%
pd.Series({"topics": model.n_topics_, "stability ARI": model.stability_ari_, "silhouette": model.silhouette_})

# %% [markdown]
# ## The topics
#
# Top c-TF-IDF terms, headlines closest to each centroid, and the share of
# each topic's items carrying each tag (`share_<tag>`, tags from the shipped tagger).

# %%
describe = model.describe(corpus, tags=tags)
describe

# %%
plot_topic_terms(describe)

# %%
plot_topic_tag_heatmap(describe)

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
