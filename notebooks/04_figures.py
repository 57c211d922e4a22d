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
# # 04 · Every figure
#
# What `newstag figures` writes: topics, UMAP maps, tag figures, tables and
# the interactive HTML map, plus the tagger's evaluation figures, all in
# `output_dir` (default `reports/notebook_figures/`, git-ignored).

# %% tags=["parameters"]
corpus_inputs = None
fakes_path = None
random_state = 42
n_topics = "auto"
k_range = "auto"
output_dir = None

# %%
from pathlib import Path

from IPython.display import Image, Markdown, display

from newstag import load_corpus, tag_frame
from newstag.config import MODELS_DIR, REPORTS_DIR, TAGS
from newstag.pipeline import evaluation_figures
from newstag.report.figures import make_figures

# %%
output_dir = Path(output_dir or REPORTS_DIR / "notebook_figures")
corpus = load_corpus(corpus_inputs, fakes=fakes_path)
tags = tag_frame(corpus)[list(TAGS)]
written = make_figures(
    corpus, tags, output_dir, n_topics=n_topics, k_range=k_range, random_state=random_state, progress=False
)
written.update(evaluation_figures(MODELS_DIR, output_dir))
sorted(written)

# %% [markdown]
# ## The topics report (`topics.md`)

# %%
Markdown(written["topics.md"].read_text(encoding="utf-8"))

# %% [markdown]
# ## The figures (PNG)

# %%
display(*(Image(filename=path) for path in sorted(output_dir.glob("*.png"))))

# %% [markdown]
# ## Interactive map
#
# Open this self-contained HTML file (plotly.js inlined, works offline) in a
# browser: hover a point for its headline, outlet, date, topic and tags.

# %%
written["topic_map.html"]
