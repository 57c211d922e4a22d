"""The holdout rule the candidates since v3.15 share, once: fit both designs, score an unopened set, decide.

Each rule script before v3.19 (``v3_15_rule_z.py`` ... ``v3_18_rule_af.py``)
was a near-copy of the last; from v3.19 on they call these functions.
Both designs fit on the same non-lockbox material with model seeds 42,
2026 and 7777; the candidate ships unless its mean holdout macro-F1 is
below the shipped design's by more than ``allowed``. v2 and the keyword
rules are reported beside them, fitted on the candidate's items.
"""

import numpy as np

from newstag.tagging.baseline import KeywordTagger
from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.model import NewsTagger
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import ITEM_COLUMNS

MODEL_SEEDS = (42, 2026, 7777)
COLUMNS = ["precision", "recall", "f1", "f1_low", "f1_high"]


def fit(make_model, frame):
    """``make_model()`` fitted on a labelled frame (title, text, evidence, tags)."""
    return make_model().fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))


def fitted_designs(designs):
    """``label -> [SentenceTagger fitted with each of MODEL_SEEDS]`` for ``designs`` (``label -> frame``)."""
    return {label: [fit(lambda: SentenceTagger(random_state=seed), frame) for seed in MODEL_SEEDS]
            for label, frame in designs.items()}


def score(model, items):
    """Scores table of a fitted model on labelled ``items``, read without their labels or evidence."""
    unlabelled = items[["title", "text"]].assign(evidence=[{}] * len(items))
    return scores_table(tags_to_matrix(items["tags"]), model.predict(unlabelled))


def mean_scores(models, items, *, name):
    """Print each fitted model's table on ``items``; return the mean over models of every tag's F1 and macro."""
    tables = []
    for label, fits in models.items():
        for seed, model in zip(MODEL_SEEDS, fits):
            table = score(model, items)
            tables.append((label, table))
            print(f"{label}, model seed {seed}, {name}:")
            print(table[COLUMNS].round(3).to_string(), flush=True)
    means = {}
    for label in models:
        f1 = [t["f1"] for lab, t in tables if lab == label]
        means[label] = {row: float(np.mean([f[row] for f in f1])) for row in f1[0].index}
        print(f"{label}: mean F1 over model seeds, {name}: "
              + ", ".join(f"{row} {value:.4f}" for row, value in means[label].items()), flush=True)
    return means


def holdout_rule(holdout, designs, *, models=None, allowed=0.005, name="holdout"):
    """Score ``holdout`` once for each of two designs and print the verdict.

    Parameters
    ----------
    holdout : DataFrame of the unopened set (title, text, tags).
    designs : dict ``label -> training frame``, the candidate first, the
        shipped design second.
    models : the designs already fitted (:func:`fitted_designs`), if they are.
    allowed : how far the candidate's mean macro-F1 may fall below the
        shipped design's.

    Returns
    -------
    (candidate_mean, shipped_mean, ships)
    """
    models = models or fitted_designs(designs)
    means = {label: m["macro"] for label, m in mean_scores(models, holdout, name=name).items()}
    (candidate, candidate_frame), (shipped, _) = designs.items()
    for label, make in ((f"tagger v2 ({candidate}'s items)", NewsTagger), ("keyword rules", KeywordTagger)):
        print(f"{label}, {name}:")
        print(score(fit(make, candidate_frame), holdout)[COLUMNS].round(3).to_string(), flush=True)
    ships = means[candidate] >= means[shipped] - allowed
    print(f"rule: {means[candidate]:.4f} against {means[shipped]:.4f} (difference "
          f"{means[candidate] - means[shipped]:+.4f}; -{allowed} allowed): "
          f"{candidate if ships else shipped} {'ships' if ships else 'stays'} "
          "(unless newstag tag misses the speed target)")
    return means[candidate], means[shipped], ships
