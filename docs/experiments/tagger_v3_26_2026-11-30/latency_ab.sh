#!/usr/bin/env bash
# v3.27 against v3.26, single-item latency interleaved (benchmarks/stages.py latency, top_terms=5, 1,000 calls
# after 50 warm-up calls), four pairs: each design from its own checkout (v3.26: a detached worktree of
# main at 1f18bd0, its lexicon, scorer and model), so that the machine's drift between runs hits both alike.
#     NEWSTAG_FAKES_CSV=... bash docs/experiments/tagger_v3_26_2026-11-30/latency_ab.sh MAIN V326_CHECKOUT
set -eu
main=$1; v326=$2
for i in 1 2 3 4; do
  for which in v3.27 v3.26; do
    if [ "$which" = v3.27 ]; then dir=$main; else dir=$v326; fi
    result=$(cd "$dir" && PYTHONPATH="$dir/src" "$main/.venv/bin/python" benchmarks/stages.py latency \
      "{\"path\": \"$NEWSTAG_FAKES_CSV\", \"top_terms\": 5}" | tail -1)
    echo "$which $result"
  done
done
