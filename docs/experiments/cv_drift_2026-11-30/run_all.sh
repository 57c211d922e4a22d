#!/bin/sh
# Four seeds, v3.25 (its release commit, checked out at $1) and v3.27 (this checkout), two at a time.
set -e
here=$(dirname "$0"); main=$(cd "$here/../../.." && pwd)
for seed in 42 1 7 2026; do
  PYTHONPATH="$1/src" "$main/.venv/bin/python" "$here/one_run.py" $seed v3.25 &
  PYTHONPATH="$main/src" "$main/.venv/bin/python" "$here/one_run.py" $seed v3.27
  wait
done
