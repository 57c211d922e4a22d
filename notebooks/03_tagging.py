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
# corpus, with the sentences that carry each tag highlighted, then its
# quality on the lockbox and in cross-validation from `models/evaluation.json`
# and `models/cv_predictions.csv` (the numbers in `models/MODEL_CARD.md`).

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
from IPython.display import HTML, Markdown, display

from newstag import load_corpus, tag, tag_frame
from newstag.config import MODELS_DIR, TAGS
from newstag.report.evidence import evidence_html
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
pd.DataFrame(tag(examples), index=examples)[["tags", "scores"]]

# %% [markdown]
# Each predicted tag comes with its evidence: the sentences that carry it
# (character offsets into the title or text). Hover a highlight for its tag
# and score.

# %%
display(HTML("".join(evidence_html("", text, result) for text, result in zip(examples, tag(examples)))))

# %% [markdown]
# ## The corpus

# %%
corpus = load_corpus(corpus_inputs, fakes=fakes_path)
tags = tag_frame(corpus)
tags[list(TAGS)].sum().rename("items").to_frame()

# %% [markdown]
# Tags and probabilities per item, then the first tagged items with their
# evidence sentences highlighted:

# %%
corpus[["id", "title"]].join(tags.drop(columns="evidence")).head(20)

# %%
tagged = corpus[tags["tags"].map(len) > 0].head(6)
results = tag(tagged["text"].tolist(), tagged["title"].tolist())
display(HTML("".join(evidence_html(t, x, r, max_chars=600)
                     for t, x, r in zip(tagged["title"], tagged["text"], results))))

# %% [markdown]
# ## Quality (model card)
#
# The lockbox first: every design trained on the same non-lockbox items and
# scored on the held-out quarter (F1 per tag), and on the holdout wire
# snippets (short items about other wars). Then precision, recall
# and F1 from 5-fold cross-validation on the other items, with 95% bootstrap
# intervals; the keyword baseline beside it; and the agreement between two
# independent sentence-level readings of the labels (the ceiling).

# %%
evaluation = json.loads((MODELS_DIR / "evaluation.json").read_text(encoding="utf-8"))
if "lockbox" in evaluation:
    display(Markdown("**Lockbox F1**"),
            pd.DataFrame({name: {tag: row["f1"] for tag, row in table.items()}
                          for name, table in evaluation["lockbox"]["items"].items()}))
    for holdout, tables in evaluation["lockbox"].get("holdouts", {}).items():
        display(Markdown(f"**{holdout}: F1** (short items about other wars, never trained on)"),
                pd.DataFrame({name: {tag: row["f1"] for tag, row in table.items()} for name, table in tables.items()}))
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
