#!/usr/bin/env bash
# v3.29 against v3.28, single-item latency interleaved (benchmarks/stages.py latency, top_terms=5, 1,000 calls
# after 50 warm-up calls), four pairs: each design from its own checkout (v3.28: a detached worktree of
# main at a442a58, its code and model), so that the machine's drift between runs hits both alike.
#     NEWSTAG_FAKES_CSV=... bash docs/experiments/tagger_v3_28_2026-11-30/latency_ab.sh MAIN V328_CHECKOUT
set -eu
main=$1; v328=$2
for i in 1 2 3 4; do
  for which in v3.29 v3.28; do
    if [ "$which" = v3.29 ]; then dir=$main; else dir=$v328; fi
    result=$(cd "$dir" && PYTHONPATH="$dir/src" "$main/.venv/bin/python" benchmarks/stages.py latency \
      "{\"path\": \"$NEWSTAG_FAKES_CSV\", \"top_terms\": 5}" | tail -1)
    echo "$which $result"
  done
done
