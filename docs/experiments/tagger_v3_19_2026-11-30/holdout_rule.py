"""The holdout rule the candidates since v3.15 share, once: fit both designs, score an unopened set, decide.

Each rule script before v3.19 (``v3_15_rule_z.py`` ... ``v3_18_rule_af.py``)
was a near-copy of the last; from v3.19 on they call :func:`holdout_rule`.
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


def holdout_rule(holdout, designs, *, allowed=0.005):
    """Score ``holdout`` once for each of two designs and print the verdict.

    Parameters
    ----------
    holdout : DataFrame of the unopened set (title, text, tags).
    designs : dict ``label -> training frame``, the candidate first, the
        shipped design second.
    allowed : how far the candidate's mean macro-F1 may fall below the
        shipped design's.

    Returns
    -------
    (candidate_mean, shipped_mean, ships)
    """
    Y = tags_to_matrix(holdout["tags"])
    unlabelled = holdout[["title", "text"]].assign(evidence=[{}] * len(holdout))

    def score(model, frame):
        model.fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
        return scores_table(Y, model.predict(unlabelled))

    means = {}
    for label, frame in designs.items():
        macros = []
        for model_seed in MODEL_SEEDS:
            table = score(SentenceTagger(random_state=model_seed), frame)
            macros.append(table.loc["macro", "f1"])
            print(f"{label}, model seed {model_seed} ({len(frame)} training items):")
            print(table[COLUMNS].round(3).to_string(), flush=True)
        means[label] = float(np.mean(macros))
        print(f"{label}: mean macro-F1 over model seeds {means[label]:.4f}", flush=True)
    (candidate, candidate_frame), (shipped, _) = designs.items()
    for label, make in ((f"tagger v2 ({candidate}'s items)", NewsTagger), ("keyword rules", KeywordTagger)):
        print(f"{label}:")
        print(score(make(), candidate_frame)[COLUMNS].round(3).to_string(), flush=True)
    ships = means[candidate] >= means[shipped] - allowed
    print(f"rule: {means[candidate]:.4f} against {means[shipped]:.4f} (difference "
          f"{means[candidate] - means[shipped]:+.4f}; -{allowed} allowed): "
          f"{candidate if ships else shipped} {'ships' if ships else 'stays'} "
          "(unless newstag tag misses the speed target)")
    return means[candidate], means[shipped], ships
