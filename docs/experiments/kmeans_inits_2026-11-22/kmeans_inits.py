import time, sys, numpy as np, os
from sklearn.cluster import KMeans
from sklearn.metrics import normalized_mutual_info_score as nmi, adjusted_rand_score as ari
from newstag.corpus import load_corpus
from newstag import topics as T
df = load_corpus([os.environ["NEWSTAG_FAKES_CSV"]])
docs = [f"{t}\n{x}" if t else x for t, x in zip(df.title.fillna(""), df.text)]
cod = df["cause_of_death"].fillna("")
has = (cod != "").to_numpy()
n_init = int(sys.argv[1]); runs = int(sys.argv[2])
orig = T.TopicModel._kmeans_runs
def patched(self, emb, k):
    return [KMeans(n_clusters=k, n_init=n_init, random_state=s).fit(emb) for s in self._stability_seeds]
T.TopicModel._kmeans_runs = patched
res = {}
for seed in (42, 0, 1):
    t = time.perf_counter()
    m = T.TopicModel(random_state=seed, n_stability_runs=runs).fit(docs)
    dt = time.perf_counter() - t
    res[seed] = m.labels_
    print(f"n_init={n_init} runs={runs} seed={seed} k={m.n_topics_} fit={dt:.2f}s NMI={nmi(cod[has], m.labels_[has]):.3f}")
    print(m.k_scores_[["k","silhouette","stability_ari","score"]].round(3).to_string(index=False).replace("\n", " | ")[:400])
print("stability across seeds", np.mean([ari(res[a], res[b]) for a, b in ((42, 0), (42, 1), (0, 1))]).round(3))
