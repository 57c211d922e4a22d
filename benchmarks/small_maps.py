"""Where does UMAP start to beat a PCA for the map? (the choice of ``MIN_UMAP_ITEMS``)

For each size n, draws random subsets of n FA-KES items (sealed items left
out), takes their LSA vectors as the topic model does, and scores a PCA map
and a UMAP map by trustworthiness (scikit-learn, cosine, 5 neighbours, or
fewer for tiny n): how far the map's nearest neighbours are true ones.

    PYTHONPATH=src python benchmarks/small_maps.py [--sizes 10,14,17,20,25,30] [--reps 12]

Needs $NEWSTAG_FAKES_CSV. Prints one line per size: mean ± sd of each method.
One run (2 cores, other work running; 12 subsets per size, 547 items after
the 241 sealed ones are left out):

    n=  10  PCA 0.791 ± 0.072  UMAP 0.786 ± 0.040
    n=  14  PCA 0.776 ± 0.059  UMAP 0.764 ± 0.064
    n=  17  PCA 0.793 ± 0.056  UMAP 0.800 ± 0.058
    n=  20  PCA 0.761 ± 0.035  UMAP 0.801 ± 0.022
    n=  25  PCA 0.774 ± 0.052  UMAP 0.850 ± 0.036
    n=  30  PCA 0.767 ± 0.036  UMAP 0.845 ± 0.036
    n=  50  PCA 0.772 ± 0.015  UMAP 0.884 ± 0.025

UMAP adds nothing below about 20 items, and clearly helps from 20-25 on.
"""

from __future__ import annotations

import argparse
import os
import warnings

import numpy as np
from sklearn.manifold import trustworthiness

from newstag.config import FAKES_ENV_VAR
from newstag.corpus.loading import load_corpus
from newstag.tagging.labels import load_sealed_ids
from newstag.topics.features import lsa_features
from newstag.topics.maps import pca_embedding, umap_embedding


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,14,17,20,25,30")
    parser.add_argument("--reps", type=int, default=12)
    args = parser.parse_args()
    sealed = load_sealed_ids()  # a map is an unsupervised view, but the lockbox stays shut all the same
    corpus = load_corpus([os.environ[FAKES_ENV_VAR]])
    corpus = corpus[~corpus["id"].isin(sealed)].reset_index(drop=True)
    print(f"{len(corpus)} items ({len(sealed)} sealed ids left out)")
    rng = np.random.default_rng(0)
    for n in (int(size) for size in args.sizes.split(",")):
        scores = {"PCA": [], "UMAP": []}
        for _ in range(args.reps):
            subset = corpus.iloc[rng.choice(len(corpus), n, replace=False)].reset_index(drop=True)
            X = lsa_features(subset, random_state=42)[3]
            k = min(5, n // 2 - 1)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # UMAP's small-graph warnings
                scores["PCA"].append(trustworthiness(X, pca_embedding(X), n_neighbors=k, metric="cosine"))
                scores["UMAP"].append(trustworthiness(X, umap_embedding(X, random_state=42), n_neighbors=k,
                                                      metric="cosine"))
        print(f"n={n:4d}  " + "  ".join(f"{m} {np.mean(v):.3f} ± {np.std(v):.3f}" for m, v in scores.items()), flush=True)


if __name__ == "__main__":
    main()
