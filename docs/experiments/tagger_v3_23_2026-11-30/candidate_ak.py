"""v3.23's candidates: the set-AK half of a design's gain (``candidates.set_ak_half``).

Run with ``PYTHONPATH`` at the ``src`` of a worktree of ``main`` with the design's patch applied
(``calibrate_on.patch`` for design 1, ``article_names.patch`` for design 2).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<branch v323-candidates>/src python \
        docs/experiments/tagger_v3_23_2026-11-30/candidate_ak.py --design 1 > candidate_ak_1.out
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidates import DESIGNS, set_ak_half  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
set_ak_half(parser.parse_args().design)
