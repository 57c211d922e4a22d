#!/bin/bash
export NEWSTAG_FAKES_CSV=/work/shared/data/fakes.csv MPLBACKEND=Agg
run_main() { cd /work/main && make train > /tmp/abab_$1.log 2>&1; }
run_v333() { cd /work/wt_v333 && PYTHONPATH=src /work/main/.venv/bin/python -m newstag train --ship > /tmp/abab_$1.log 2>&1 && PYTHONPATH=src /work/main/.venv/bin/python tests/checklist/runner.py --card models/MODEL_CARD.md --json models/checklist.json >> /tmp/abab_$1.log 2>&1; }
for step in "1 main" "2 v333" "3 main" "4 v333"; do
  set -- $step
  start=$(date +%s); s=$(date +%T)
  if [ $2 = main ]; then run_main $1; else run_v333 $1; fi
  rc=$?
  end=$(date +%s)
  echo "run $1 $2 start $s end $(date +%T) rc=$rc elapsed=$((end-start)) s" >> /tmp/abab_times.txt
done
echo finished >> /tmp/abab_times.txt
