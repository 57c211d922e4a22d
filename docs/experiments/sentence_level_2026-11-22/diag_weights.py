"""Diagnostic: stage-2 weights given to the extra inputs, and the AUC / best F1 of
each out-of-fold input alone (inside one training fit on all 561 items)."""
import sys
from functools import partial
from pathlib import Path
import numpy as np
from sklearn.metrics import roc_auc_score
sys.path.insert(0, str(Path(__file__).parent))
from newstag.config import TAGS
from newstag.labels import tags_to_matrix
from newstag.train import labelled_training_data
import variants
from variants import ExtendedTagger, SentenceBlock, TitleBlock

frame = labelled_training_data(); Y = tags_to_matrix(frame["tags"]); X = frame[["title", "text"]].reset_index(drop=True)
captured = {}
orig = variants.ExtendedTagger.fit
import sklearn.model_selection as ms
# capture stacked matrices by wrapping np.column_stack inside variants module
real_cs = np.column_stack
def spy(arrs):
    out = real_cs(arrs)
    if isinstance(arrs, list) and len(arrs) > 2 and out.shape[0] == len(X):
        captured.setdefault("stacks", []).append(out)
    return out
variants.np = type("npwrap", (), {"__getattr__": lambda s, a: getattr(np, a), "column_stack": staticmethod(spy)})()
for name, blocks in [("sent_a1", (partial(SentenceBlock, C=1.0, alpha=1.0, normalise_weights=False),)), ("title", (partial(TitleBlock),))]:
    captured.clear()
    m = ExtendedTagger(blocks=blocks).fit(X, Y)
    stacks = captured["stacks"]
    for k, t in enumerate(TAGS):
        st = stacks[k]
        y = Y[:, k]
        aucs = [roc_auc_score(y, st[:, 0])] + [roc_auc_score(y, st[:, j]) for j in range(st.shape[1] - len(m.extra_coef_[k]), st.shape[1])]
        corr = [np.corrcoef(st[:, 0], st[:, j])[0, 1] for j in range(st.shape[1] - len(m.extra_coef_[k]), st.shape[1])]
        print(f"{name:8s} {t:13s} score_coef={m.score_coef_[k]:.3f} extra_coef={np.round(m.extra_coef_[k],3)} "
              f"AUC stage1={aucs[0]:.3f} extras={np.round(aucs[1:],3)} corr_with_stage1={np.round(corr,3)}")
