"""ms per item of predict_proba on the 787-item FA-KES corpus, model warm, best of 3.
'cold cues' clears features._cue_row's lru_cache before each call (new items never hit
it, so this is the realistic per-item cost); 'cached cues' does not."""
import sys, time
from functools import partial
from pathlib import Path
import numpy as np
sys.path.insert(0, str(Path(__file__).parent))
from newstag import features
from newstag.corpus import load_corpus
from newstag.labels import tags_to_matrix
from newstag.model import NewsTagger
from newstag.train import labelled_training_data
from variants import ExtendedTagger, SentenceBlock

frame = labelled_training_data(); Y = tags_to_matrix(frame["tags"]); X = frame[["title", "text"]].reset_index(drop=True)
corpus = load_corpus()
# load_corpus() also returns the 14 seed items; time the 787 FA-KES items only
C = corpus[corpus["id"].str.startswith("fakes:")][["title", "text"]].reset_index(drop=True)
print(f"corpus items: {len(C)}")
models = {
    "baseline NewsTagger": NewsTagger().fit(X, Y),
    "sent_a1 (best sentence variant)": ExtendedTagger(
        blocks=(partial(SentenceBlock, C=1.0, alpha=1.0, normalise_weights=False),)).fit(X, Y),
}
for name, m in models.items():
    m.predict_proba(C)  # warm
    for mode in ("cold cues", "cached cues"):
        times = []
        for _ in range(3):
            if mode == "cold cues":
                features._cue_row.cache_clear()
            t0 = time.perf_counter(); m.predict_proba(C); times.append(time.perf_counter() - t0)
        print(f"{name:34s} {mode:12s} best of 3: {1000 * min(times) / len(C):.3f} ms/item  "
              f"(all: {', '.join(f'{1000 * t / len(C):.3f}' for t in times)})", flush=True)
