"""The first rules (commit 8b9f6cc, written before any gold existed) on today's gold.

    git show 8b9f6cc:src/newstag/corpus/sentences.py > /tmp/v0/sentences_v0.py
    PYTHONPATH=src:/tmp/v0:$CANDS:docs/experiments/sentence_splitter_2026-11-29 \
        python docs/experiments/sentence_splitter_2026-11-29/evaluate_v0.py
"""

import sys

import candidates
from sentences_v0 import split_sentences as rules_v0

candidates.CANDIDATES.clear()
candidates.CANDIDATES["rules_v0_8b9f6cc"] = rules_v0

import evaluate  # noqa: E402

sys.argv = [sys.argv[0], "--no-timing"]
evaluate.main()
