"""CV on the design set (lockbox excluded) + short-item view (held-out sentences alone)."""
import os, sys, pickle, time
import numpy as np, pandas as pd
from pathlib import Path
os.environ.setdefault("NEWSTAG_FAKES_CSV", "/work/shared/data/fakes.csv")
from newstag.config import TAGS
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.evaluate import _folds
from newstag.corpus.sentences import item_sentences
from sklearn.metrics import f1_score

CACHE = Path("/work/scratch/lead/frame.pkl")

def design_frame():
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    from newstag.tagging.train import labelled_training_data
    frame = labelled_training_data("/work/shared/data/fakes.csv")
    lock = read_lockbox()
    design = frame[~frame["id"].isin(lock)].reset_index(drop=True)
    CACHE.write_bytes(pickle.dumps(design))
    return design

def standalone(frame):
    """Each sentence alone (no headline) with tags it carries; passing-only sentences dropped."""
    rows = []
    for item in frame.itertuples(index=False):
        sents = item_sentences(str(item.title or ""), str(item.text or ""))
        ev = item.evidence or {}
        for s_i, s in enumerate(sents):
            if len(s.text.split()) < 5:
                continue
            carries = [t for t in TAGS if s_i in ev.get(t, {}).get("carries", [])]
            passing = [t for t in TAGS if s_i in ev.get(t, {}).get("passing", [])]
            rows.append({"title": "", "text": s.text, "tags": carries, "passing": passing})
    return pd.DataFrame(rows)

def run(make, name="", n_splits=5, seed=42, snippets=None):
    design = design_frame()
    X = design[["title", "text", "evidence"]]
    Y = tags_to_matrix(design["tags"])
    P = np.zeros_like(Y)
    sY, sP, sMask = [], [], []
    t0 = time.time()
    for tr, te in _folds(Y, n_splits, seed):
        m = make().fit(X.iloc[tr], Y[tr])
        P[te] = m.predict(X.iloc[te])
        st = standalone(design.iloc[te])
        sp_ = m.predict(st[["title", "text"]])
        sy = tags_to_matrix(st["tags"])
        # passing sentences are ambiguous: mask per tag
        mask = np.array([[t not in p for t in TAGS] for p in st["passing"]])
        sY.append(sy); sP.append(sp_); sMask.append(mask)
    sY, sP, sMask = map(np.vstack, (sY, sP, sMask))
    item_f1 = [f1_score(Y[:, k], P[:, k]) for k in range(4)]
    sent_f1 = [f1_score(sY[sMask[:, k], k], sP[sMask[:, k], k]) for k in range(4)]
    sent_rec = [sP[(sY[:, k] == 1), k].mean() for k in range(4)]
    out = {"name": name, "item_macro": np.mean(item_f1), **{f"item_{t}": v for t, v in zip(TAGS, item_f1)},
           "sent_macro": np.mean(sent_f1), **{f"sent_{t}": v for t, v in zip(TAGS, sent_f1)},
           **{f"srec_{t}": v for t, v in zip(TAGS, sent_rec)}, "secs": time.time() - t0}
    if snippets is not None:
        m = make().fit(X, Y)
        out.update(score_snippets(m, snippets))
    return out

def score_snippets(model, snippets):
    Ps = model.predict(snippets[["title", "text"]])
    Ys = tags_to_matrix(snippets["tags"])
    f1 = [f1_score(Ys[:, k], Ps[:, k], zero_division=0) for k in range(4)]
    return {"snip_macro": np.mean(f1), **{f"snip_{t}": v for t, v in zip(TAGS, f1)}}

def show(rows):
    df = pd.DataFrame(rows).set_index("name")
    with pd.option_context("display.width", 250, "display.max_columns", 40, "display.precision", 3):
        print(df.T)

def run_joint(make, name, snippets, n_splits=5, seed=42, use_snippets_in_training=True):
    """CV over FA-KES design items + dev snippets; snippets are scored only when held out."""
    design = design_frame()
    snip = snippets[["id", "title", "text", "tags", "evidence"]]
    both = pd.concat([design[["id", "title", "text", "tags", "evidence"]], snip], ignore_index=True)
    is_snip = both["id"].str.startswith("w").to_numpy()
    Y = tags_to_matrix(both["tags"]); P = np.zeros_like(Y)
    t0 = time.time()
    for tr, te in _folds(Y, n_splits, seed):
        if not use_snippets_in_training:
            tr = tr[~is_snip[tr]]
        m = make().fit(both.iloc[tr][["title", "text", "evidence"]], Y[tr])
        P[te] = m.predict(both.iloc[te][["title", "text"]])
    out = {"name": name, "secs": time.time() - t0}
    for label, mask in (("item", ~is_snip), ("snip", is_snip)):
        f1 = [f1_score(Y[mask, k], P[mask, k], zero_division=0) for k in range(4)]
        out[f"{label}_macro"] = np.mean(f1)
        out.update({f"{label}_{t}": v for t, v in zip(TAGS, f1)})
    return out
