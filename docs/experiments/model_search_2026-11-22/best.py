"""Best config: stacked per-tag model.
Level 1: LR(C=3, balanced, liblinear) on TitleTextTfidf(title_weight=0) (word 1-2grams, min_df2, max_df .9, sublinear)
         -> decision_function score; out-of-fold (inner 5-fold StratifiedKFold seed 0) for training rows.
Level 2: LR(C=0.3, balanced, liblinear) on [level-1 score, standardized per-tag evidence2 features (lex in best_lexicon.py)].
Threshold: inner 5-fold CV on level-2 inputs of the training fold, grid 0.10..0.88 step .02, maximize F1.
Outer: 5-fold MultilabelStratifiedKFold(shuffle, seeds 0,1,2). Labelled rows only (labelled_frame excludes sealed ids).
Run: cd /tmp/modelsearch && /work/main/.venv/bin/python best.py
"""
import sys; sys.path.insert(0,'/tmp/modelsearch')
from stack import *
run('BEST stack C1=3 Cm=.3 seed0',mks(C1=3,Cm=0.3))
run('BEST stack C1=3 Cm=.3 seeds012',mks(C1=3,Cm=0.3),seeds=(0,1,2))
