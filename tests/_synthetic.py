"""A small synthetic news corpus with planted topics, for the topic/map/plot tests.

Four groups with disjoint vocabularies (plus shared filler words that
``max_df=0.5`` removes), so a topic model should recover them exactly.
Everything is generated from a seeded generator: no FA-KES needed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

VOCABULARIES = {
    "football": (
        "striker goalkeeper penalty referee stadium league midfielder tackle "
        "corner header winger dribble offside trophy derby defender coach fixture"
    ).split(),
    "cooking": (
        "recipe oven garlic flour simmer butter bake onion saucepan pastry "
        "dough roast skillet vinegar ginger whisk caramel lemon"
    ).split(),
    "astronomy": (
        "telescope galaxy orbit comet nebula asteroid planet astronaut "
        "meteor eclipse supernova quasar spacecraft lunar pulsar cosmos crater satellite"
    ).split(),
    "finance": (
        "shares bond inflation dividend investor currency equity portfolio "
        "stocks bank interest lender mortgage earnings bankruptcy hedge treasury broker"
    ).split(),
}
FILLER = "said today report people new year week officials according local statement told".split()
OUTLETS = ["daily post", "herald", "wire", "courier", "gazette"]


def make_corpus(n_per_group: int = 25, *, n_groups: int = 4, n_noise: int = 0, seed: int = 0) -> pd.DataFrame:
    """Return a corpus DataFrame (id, title, text, source, date, group).

    ``n_noise`` extra items mix words from every vocabulary (group ``None``):
    they belong to no topic and give HDBSCAN something to call noise.
    """
    rng = np.random.default_rng(seed)
    groups = list(VOCABULARIES)[:n_groups]
    rows = []

    def item(words, group):
        title = " ".join(rng.choice(words, size=5, replace=False)).capitalize()
        body = list(rng.choice(words, size=26)) + list(rng.choice(FILLER, size=8))
        rng.shuffle(body)
        rows.append(
            {
                "id": f"syn-{len(rows):03d}",
                "title": title,
                "text": " ".join(body) + ".",
                "source": OUTLETS[int(rng.integers(len(OUTLETS)))],
                "date": pd.Timestamp(2014 + int(rng.integers(5)), 1 + int(rng.integers(12)), 1 + int(rng.integers(28))),
                "group": group,
            }
        )

    for group in groups:
        for _ in range(n_per_group):
            item(VOCABULARIES[group], group)
    everything = [w for g in groups for w in VOCABULARIES[g]]
    for _ in range(n_noise):
        item(everything, None)
    frame = pd.DataFrame(rows)
    order = rng.permutation(len(frame))  # interleave the groups
    return frame.iloc[order].reset_index(drop=True)


def make_tags(corpus: pd.DataFrame, seed: int = 1) -> pd.DataFrame:
    """Boolean tag columns aligned with ``corpus``: seeded random, skewed by group."""
    rng = np.random.default_rng(seed)
    base = {"ceasefire": 0.2, "airstrike": 0.4, "humanitarian": 0.15, "diplomacy": 0.1}
    boost = corpus["group"].map({"football": "ceasefire", "cooking": "humanitarian", "astronomy": "airstrike", "finance": "diplomacy"})
    data = {}
    for tag, p in base.items():
        probability = np.where(boost == tag, 0.8, p)
        data[tag] = rng.random(len(corpus)) < probability
    return pd.DataFrame(data, index=corpus.index)
