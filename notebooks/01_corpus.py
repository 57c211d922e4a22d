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
# # 01 · The corpus
#
# Load the news items, see what the loader did to them (the load report), and
# how they spread over outlets and years.
#
# Parameters (papermill): `corpus_inputs` is a list of paths (text files,
# folders, CSV, JSONL); `None` means the embedded default: `seeds/`, plus
# FA-KES when `fakes_path`, `$NEWSTAG_FAKES_CSV` or `data/raw/fakes.csv` names it.

# %% tags=["parameters"]
corpus_inputs = None
fakes_path = None
random_state = 42
n_topics = "auto"
k_range = (4, 16)

# %%
# %matplotlib inline
from IPython.display import display

from newstag import load_corpus
from newstag.report.plots import plot_corpus_overview

# %%
corpus, report = load_corpus(corpus_inputs, fakes=fakes_path, return_report=True)
print(report.format())

# %% [markdown]
# One row per distinct item; FA-KES rows also carry `location`, `actor`,
# `cause_of_death` and `label`.

# %%
corpus[["id", "title", "source", "date", "origin"]].head(10)

# %% [markdown]
# ## Items per outlet and per year

# %%
display(corpus["source"].value_counts(dropna=False).rename("items").to_frame())
display(corpus["date"].dt.year.value_counts(dropna=False).sort_index().rename("items").to_frame())

# %%
plot_corpus_overview(corpus)
