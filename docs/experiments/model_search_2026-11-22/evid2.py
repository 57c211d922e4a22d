import re, numpy as np
from best_lexicon import LEX
PAT={k:re.compile(r"\b(?:"+v+r")\b",re.I) for k,v in LEX.items()}
SENT=re.compile(r"(?<=[.!?])\s+|\n+")
TAGKEYS={'ceasefire':('cf_strong','cf_weak'),'airstrike':('air_strong','air_weak'),
         'humanitarian':('hum_strong','hum_weak'),'diplomacy':('dip_strong','dip_weak')}
def sents_of(te):
    return [s for s in SENT.split(te) if len(s)>20] or [te]
def evidence2(titles, texts, tags=None):
    tags=tags or list(TAGKEYS)
    rows=[]
    for ti,te in zip(titles,texts):
        ss=sents_of(te); n=len(ss)
        H={k:np.array([len(p.findall(s)) for s in ss]) for k,p in PAT.items()}
        T={k:len(p.findall(ti)) for k,p in PAT.items()}
        now=H['now']>0; bg=H['bg']>0
        f=[]
        for tag in tags:
            st,wk=TAGKEYS[tag]
            s=H[st]; w=H[wk]
            hs=s>0
            score=2*s+w
            f+=[np.log1p(hs.sum()), hs.mean(), float(T[st]>0), float(T[wk]>0),
                float(hs[:2].any()), float(hs[:1].any()),
                (np.argmax(hs)/n if hs.any() else 1.0),
                np.log1p((hs&now&~bg).sum()), np.log1p((hs&bg).sum()),
                np.log1p((hs&~bg).sum()),
                np.log1p(score.max()), np.log1p(np.sort(score)[-2:].sum()),
                np.log1p(((s>0)&(w>0)).sum()), np.log1p(s.sum()), np.log1p(w.sum()),
                np.log1p(((score>=3)&~bg).sum())]
            if tag=='airstrike':
                ng=H['air_neg']>0
                f+=[np.log1p((hs&~ng).sum()), np.log1p((ng&~hs).sum()), float(T['air_neg']>0),
                    float(T['air_neg']>0 and T[st]==0), np.log1p(H['air_neg'].sum()),
                    np.log1p(((w>0)&~ng).sum())]
        rows.append(f)
    return np.array(rows,dtype=float)
