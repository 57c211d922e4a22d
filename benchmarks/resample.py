"""Build RESAMPLED corpora from FA-KES sentences (benchmark input only).

Each resampled document is a new, artificial item: its number of sentences
is drawn from FA-KES's distribution of sentences per article, and each
sentence is drawn at random (with replacement) from all FA-KES sentences;
its title is one more drawn sentence, cut to 14 words. Documents are
written as JSONL (``id``, ``title``, ``text``, ``source``) to a git-ignored
folder (``benchmarks/work/``); ids read ``resampled:<n>`` and the source
``resampled from FA-KES`` so they can never be mistaken for real articles.
Same FA-KES file + same seed -> byte-identical output. No FA-KES text ever
goes into the repository.

    python benchmarks/resample.py --fakes fakes.csv --n 10000 --output benchmarks/work/resampled_10k.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def fakes_sentences(fakes: str | Path) -> tuple[list[str], np.ndarray]:
    """All FA-KES sentences (longer than 20 characters) and the number per article."""
    from newstag.corpus.loading import load_corpus

    corpus = load_corpus([str(fakes)])
    sentences, per_article = [], []
    for text in corpus["text"]:
        found = [s.strip() for s in SENTENCE_SPLIT.split(text) if len(s.strip()) > 20]
        sentences.extend(found)
        per_article.append(max(1, len(found)))
    return sentences, np.asarray(per_article)


def write_resampled(fakes, n: int, output, *, seed: int = 0, chunk: int = 10_000) -> Path:
    """Write ``n`` resampled documents to ``output`` (JSONL); return its path."""
    sentences, per_article = fakes_sentences(fakes)
    rng = np.random.default_rng(seed)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for start in range(0, n, chunk):
            size = min(chunk, n - start)
            lengths = rng.choice(per_article, size=size)
            picks = rng.integers(len(sentences), size=int(lengths.sum()) + size)
            position = 0
            lines = []
            for i, length in enumerate(lengths):
                title = " ".join(sentences[picks[position]].split()[:14])
                body = " ".join(sentences[j] for j in picks[position + 1: position + 1 + length])
                position += 1 + length
                lines.append(json.dumps({"id": f"resampled:{start + i}", "title": title, "text": body,
                                         "source": "resampled from FA-KES"}, ensure_ascii=False))
            handle.write("\n".join(lines) + "\n")
    tmp.replace(output)
    return output


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fakes", required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    path = write_resampled(args.fakes, args.n, args.output, seed=args.seed)
    print(f"wrote {args.n} resampled documents to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
