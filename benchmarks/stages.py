"""One benchmark stage in a fresh process: ``python benchmarks/stages.py STAGE JSON-ARGS``.

Prints one JSON line (the stage's own timings) on stdout; the runner adds
the process's wall time, CPU time and peak RSS. Imports and untimed set-up
(loading the input, the model) happen before the timer starts, unless the
stage says it includes them.
"""

from __future__ import annotations

import json
import sys
import time


def _frame(path):
    from newstag.corpus.loading import load_corpus

    return load_corpus([path])


def _jsonl_docs(path):
    """A callable that yields ``{"title", "text"}`` dicts from a JSONL file (no cleaning)."""

    def read():
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)

    return read


def _texts(frame):
    return frame["text"].fillna("").astype(str).tolist(), frame["title"].fillna("").astype(str).tolist()


def _mb(texts, titles=()):
    return (sum(len(t.encode("utf-8")) for t in texts) + sum(len(t.encode("utf-8")) for t in titles)) / 1e6


def stage_load(path):
    start = time.perf_counter()
    frame = _frame(path)
    return {"seconds": time.perf_counter() - start, "items": len(frame), "mb": _mb(*_texts(frame))}


def stage_features(path):
    from newstag.topics import lsa_features

    frame = _frame(path)
    start = time.perf_counter()
    _, svd, _, embedding = lsa_features(frame)
    return {"seconds": time.perf_counter() - start, "items": len(frame), "dims": int(embedding.shape[1])}


def stage_topics(path, seed=42):
    from newstag.topics import TopicModel

    frame = _frame(path)
    start = time.perf_counter()
    model = TopicModel(random_state=seed).fit(frame)
    return {"seconds": time.perf_counter() - start, "items": len(frame), "n_topics": model.n_topics_}


def stage_streaming_topics(path, seed=42, sample_size=5000, chunk_size=10_000):
    from newstag.topics import StreamingTopicModel

    start = time.perf_counter()
    model = StreamingTopicModel(random_state=seed, sample_size=sample_size, chunk_size=chunk_size).fit(_jsonl_docs(path))
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    coords = model.sample_map()
    return {"seconds": seconds, "map_seconds": time.perf_counter() - start, "items": int(model.n_items_),
            "n_topics": model.n_topics_, "map_points": int(coords.shape[0]),
            "labels": [model.topic_labels_[t] for t in range(model.n_topics_)]}


def stage_umap(path, limit=None):
    from newstag.topics import lsa_features

    frame = _frame(path)
    if limit:
        frame = frame.iloc[: int(limit)]
    embedding = lsa_features(frame)[3]
    start = time.perf_counter()
    from newstag.topics.maps import umap_embedding

    umap_embedding(embedding, random_state=42)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    umap_embedding(embedding, random_state=42)
    return {"seconds": cold, "warm_seconds": time.perf_counter() - start, "items": len(frame)}


def stage_tag(path, top_terms=0):
    from newstag import tag
    from newstag.tagging.predict import get_model

    frame = _frame(path)
    texts, titles = _texts(frame)
    model = get_model()
    tag(texts[:20], titles[:20], top_terms=top_terms, model=model)
    start = time.perf_counter()
    tag(texts, titles, top_terms=top_terms, model=model)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": len(texts), "items_per_s": len(texts) / seconds,
            "mb_per_s": _mb(texts, titles) / seconds}


def _pool_init():
    from newstag.tagging.predict import get_model

    get_model()


def _pool_tag(chunk):
    from newstag import tag

    texts, titles = chunk
    return len(tag(texts, titles, top_terms=0))


def stage_tag_parallel(path, workers=2, chunk=500):
    import multiprocessing as mp

    frame = _frame(path)
    texts, titles = _texts(frame)
    chunks = [(texts[i:i + chunk], titles[i:i + chunk]) for i in range(0, len(texts), chunk)]
    with mp.get_context("fork").Pool(int(workers), initializer=_pool_init) as pool:
        pool.map(_pool_tag, [(texts[:5], titles[:5])] * int(workers))  # models loaded, warm
        start = time.perf_counter()
        done = sum(pool.map(_pool_tag, chunks, chunksize=1))
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": done, "workers": int(workers), "items_per_s": done / seconds,
            "mb_per_s": _mb(texts, titles) / seconds}


def _floor_vectorizer(fakes):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newstag.tagging.labels import load_sealed_ids

    # Fitted like the tagger's vocabulary: never on the sealed test items.
    frame = _frame(fakes)
    frame = frame[~frame["id"].isin(load_sealed_ids())] if "id" in frame else frame
    texts, titles = _texts(frame)
    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.9, sublinear_tf=True, stop_words="english",
                           dtype=np.float32).fit([f"{a}\n{b}" for a, b in zip(titles, texts)])


def stage_floor(path, fakes):
    vectorizer = _floor_vectorizer(fakes)
    texts, titles = _texts(_frame(path))
    docs = [f"{a}\n{b}" for a, b in zip(titles, texts)]
    vectorizer.transform(docs[:20])
    start = time.perf_counter()
    vectorizer.transform(docs)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": len(docs), "items_per_s": len(docs) / seconds,
            "mb_per_s": _mb(texts, titles) / seconds}


def stage_save_floor_vectorizer(fakes, output):
    import pickle

    with open(output, "wb") as handle:
        pickle.dump(_floor_vectorizer(fakes), handle)
    return {"path": output}


def stage_latency(path, n=1000, top_terms=5):
    import numpy as np

    from newstag import tag
    from newstag.tagging.predict import get_model

    texts, titles = _texts(_frame(path))
    model = get_model()
    for i in range(50):
        tag(texts[i % len(texts)], titles[i % len(texts)], top_terms=top_terms, model=model)
    times = []
    for i in range(int(n)):
        text, title = texts[i % len(texts)], titles[i % len(texts)]
        start = time.perf_counter()
        tag(text, title, top_terms=top_terms, model=model)
        times.append(time.perf_counter() - start)
    ms = np.asarray(times) * 1000
    return {"p50_ms": float(np.percentile(ms, 50)), "p99_ms": float(np.percentile(ms, 99)),
            "mean_ms": float(ms.mean()), "calls": int(n), "top_terms": int(top_terms)}


def stage_dask(path, workers=2):
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    from newstag import tag_dask

    frame = _frame(path)[["title", "text"]]
    with LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        ddf = dd.from_pandas(frame, npartitions=max(2 * int(workers), len(frame) // 1000))
        from newstag.distributed import _model_from_bytes, model_bytes

        client.run(_model_from_bytes, model_bytes())  # the model loaded on every worker, outside the timing
        start = time.perf_counter()
        result = tag_dask(ddf, top_terms=0).compute()
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": len(result), "items_per_s": len(result) / seconds, "workers": int(workers),
            "partitions": int(ddf.npartitions)}


def main() -> int:
    stage = sys.argv[1]
    kwargs = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    result = globals()[f"stage_{stage}"](**kwargs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
