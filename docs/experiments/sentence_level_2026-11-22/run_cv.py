"""Cross-validated per-tag F1 of the baseline and variants over fresh seeds.
Usage: run_cv.py VARIANT [VARIANT ...] [--seeds 7 11 13]
Appends one JSON line per (variant, seed) to results.jsonl."""
import argparse, json, sys, time
from functools import partial
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).parent))
from newstag.config import TAGS
from newstag.evaluate import cross_validated_predictions
from newstag.labels import tags_to_matrix
from newstag.model import NewsTagger
from newstag.train import labelled_training_data
from variants import ExtendedTagger, ItemModelOnSentencesBlock, SentenceBlock, TitleBlock

VARIANTS = {
    "baseline": lambda: NewsTagger(),
    "ext_noop": lambda: ExtendedTagger(),  # sanity: must equal baseline
    **{f"sentN_a{a}_C{C}": (lambda a=a, C=C: ExtendedTagger(blocks=(partial(SentenceBlock, C=C, alpha=a),)))
       for a in (0.0, 0.5, 1.0) for C in (1.0, 3.0, 10.0)},
    # sent_a1: weights n^-1 NOT renormalised (sum to 1 per item: strong effective regularisation)
    "sent_a1": lambda: ExtendedTagger(blocks=(partial(SentenceBlock, C=1.0, alpha=1.0, normalise_weights=False),)),
    "sent_a05": lambda: ExtendedTagger(blocks=(partial(SentenceBlock, C=1.0, alpha=0.5),)),
    "sent_a1_C3": lambda: ExtendedTagger(blocks=(partial(SentenceBlock, C=3.0, alpha=1.0),)),
    "sent_a1_max": lambda: ExtendedTagger(blocks=(partial(SentenceBlock, C=1.0, alpha=1.0, pools=("max",)),)),
    "title_score": lambda: ExtendedTagger(blocks=(partial(TitleBlock, C=1.0),)),
    "sent_title": lambda: ExtendedTagger(blocks=(partial(SentenceBlock, C=1.0, alpha=1.0, normalise_weights=False),
                                                 partial(TitleBlock, C=1.0))),
    "itemmodel_on_sents": lambda: ExtendedTagger(blocks=(partial(ItemModelOnSentencesBlock, C=3.0),)),
    "repeat3": lambda: ExtendedTagger(repeats=3),
    "repeat3_sent_a1": lambda: ExtendedTagger(repeats=3, blocks=(partial(SentenceBlock, C=1.0, alpha=1.0,
                                                                                normalise_weights=False),)),
    "Cstack0.1": lambda: NewsTagger(C_stack=0.1),
    "Cstack1": lambda: NewsTagger(C_stack=1.0),
    "Cterms1": lambda: NewsTagger(C_terms=1.0),
    "Cterms10": lambda: NewsTagger(C_terms=10.0),
    "titlew1": lambda: ExtendedTagger(title_weight=1.0),
}

ap = argparse.ArgumentParser()
ap.add_argument("variants", nargs="+")
ap.add_argument("--seeds", nargs="+", type=int, default=[7, 11, 13])
ap.add_argument("--out", default="results.jsonl")
args = ap.parse_args()

frame = labelled_training_data()
Y = tags_to_matrix(frame["tags"])
X = frame[["title", "text"]].reset_index(drop=True)
print(f"items={len(X)} positives={Y.sum(axis=0).tolist()}", flush=True)
out = Path(__file__).parent / args.out
for name in args.variants:
    for seed in args.seeds:
        t0 = time.time()
        P, _ = cross_validated_predictions(VARIANTS[name], X, Y, n_splits=5, random_state=seed)
        f1 = {t: float(f1_score(Y[:, k], P[:, k])) for k, t in enumerate(TAGS)}
        rec = {"variant": name, "seed": seed, **f1, "macro": float(np.mean(list(f1.values()))),
               "seconds": round(time.time() - t0, 1)}
        print(json.dumps(rec), flush=True)
        with out.open("a") as fh:
            fh.write(json.dumps(rec) + "\n")
