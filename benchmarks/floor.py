"""The floor of the tagging approach, as a whole process: read JSONL items,
TF-IDF-transform them with a bare scikit-learn TfidfVectorizer (fitted on
FA-KES beforehand and loaded from a pickle in benchmarks/work/), in chunks
of 1000 as ``newstag tag`` does; print how many.

    python benchmarks/floor.py VECTORIZER.pkl ITEMS.jsonl
"""

import json
import pickle
import sys

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: F401  (the import is part of the floor)


def main() -> int:
    with open(sys.argv[1], "rb") as handle:
        vectorizer = pickle.load(handle)
    count, chunk = 0, []
    with open(sys.argv[2], encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            chunk.append(f"{row.get('title') or ''}\n{row.get('text') or ''}")
            if len(chunk) == 1000:
                count += vectorizer.transform(chunk).shape[0]
                chunk = []
    if chunk:
        count += vectorizer.transform(chunk).shape[0]
    print(count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
