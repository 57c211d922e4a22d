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
# # 03 · Tagging
#
# The shipped tagger (`models/tagger.skops`) on a few sentences and on the
# corpus, with the terms that raised each tag, then its cross-validated
# quality from `models/evaluation.json` and `models/cv_predictions.csv`
# (the numbers in `models/MODEL_CARD.md`).

# %% tags=["parameters"]
corpus_inputs = None
fakes_path = None
random_state = 42
n_topics = "auto"
k_range = (4, 16)

# %%
# %matplotlib inline
import json

import pandas as pd
from IPython.display import Markdown, display

from newstag import load_corpus, tag, tag_frame
from newstag.config import MODELS_DIR, TAGS
from newstag.report.model_plots import plot_learning_curve, plot_precision_recall
from newstag.tagging.predict import get_model
from newstag.tagging.train import read_cv_predictions

# %% [markdown]
# ## A few sentences

# %%
examples = [
    "Syrian warplanes bombed the town overnight, killing five civilians.",
    "The truce brokered by Russia and Turkey held for a third day in Idlib.",
    "Aid convoys reached the besieged district with food and medicine for 40,000 people.",
    "Foreign ministers met in Geneva to discuss a political settlement.",
    "The football team won the cup final on Sunday.",
]
pd.DataFrame(tag(examples), index=examples)

# %% [markdown]
# ## The corpus

# %%
corpus = load_corpus(corpus_inputs, fakes=fakes_path)
tags = tag_frame(corpus)
tags[list(TAGS)].sum().rename("items").to_frame()

# %% [markdown]
# Tags, probabilities and evidence terms per item:

# %%
corpus[["id", "title"]].join(tags).head(20)

# %% [markdown]
# ## Cross-validated quality (model card)
#
# Precision, recall and F1 from 5-fold cross-validation, with 95% bootstrap
# intervals; the keyword baseline beside it; and the agreement between two
# independent readings of the labels (the ceiling).

# %%
evaluation = json.loads((MODELS_DIR / "evaluation.json").read_text(encoding="utf-8"))
display(Markdown("**Tagger**"), pd.DataFrame(evaluation["tagger"]).T)
display(Markdown("**Keyword baseline**"), pd.DataFrame(evaluation["baseline"]).T)
display(Markdown("**Agreement between readers**"), pd.DataFrame(evaluation["agreement"]).T)

# %% [markdown]
# Precision-recall curves from the out-of-fold probabilities; the dots are
# the shipped model's thresholds.

# %%
cv_labels, cv_probabilities = read_cv_predictions(MODELS_DIR)
plot_precision_recall(cv_labels, cv_probabilities, get_model().thresholds_)

# %%
plot_learning_curve(evaluation["learning_curve"])
