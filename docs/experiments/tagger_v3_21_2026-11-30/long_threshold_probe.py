"""Diagnostic (decides nothing): would a separate threshold for long items help the corpus?

Reads v3.20's out-of-fold probabilities from `make train` (`models/cv_predictions.csv`,
lockbox items excluded) and, 200 times, picks thresholds on a random half (one for all
items; or one for items of at least L sentences and one for the rest) and scores the
corpus items of the other half. Prints the mean and SD of the F1 change per tag.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/long_threshold_probe.py
"""
import pandas as pd, numpy as np
from sklearn.metrics import f1_score
from newstag.tagging.labels import read_lockbox
from newstag.tagging.train import labelled_training_data
from newstag.corpus.sentences import item_sentences
from newstag.tagging.model import best_f1_threshold
T=['ceasefire','airstrike','humanitarian','diplomacy']
d=pd.read_csv('models/cv_predictions.csv'); lb=set(read_lockbox()); d=d[~d.id.isin(lb)].reset_index(drop=True)
f=labelled_training_data().set_index('id')
d['n']=[len(item_sentences(f.loc[i,'title'],f.loc[i,'text'])) for i in d.id]
corpus=~d.id.str.match(r'w[A-Z]+-')
for L in (4,6,8):
    long=d.n>=L
    print('L',L,'long items',long.sum(),'corpus long',(long&corpus).sum(),'of',corpus.sum(), 'written long', (long&~corpus).sum())
    rng=np.random.default_rng(0)
    gains={t:[] for t in T}
    for rep in range(200):
        half=rng.random(len(d))<0.5
        for t in T:
            y=d['label_'+t].values; p=d['p_'+t].values
            base_th=best_f1_threshold(y[half],p[half])            # one threshold, chosen on half
            long_th=best_f1_threshold(y[half&long],p[half&long])  # long items' own threshold
            short_th=best_f1_threshold(y[half&~long],p[half&~long])
            ev=(~half)&corpus.values
            a=f1_score(y[ev],p[ev]>=base_th)
            th=np.where(long.values,long_th,short_th)
            b=f1_score(y[ev],p[ev]>=th[ev])
            gains[t].append(b-a)
    print({t:(round(np.mean(g),4),round(np.std(g),4)) for t,g in gains.items()}, 'macro', round(np.mean([np.mean(g) for g in gains.values()]),4))
