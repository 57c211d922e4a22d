"""v3.21's candidates 4 to 8: the set-AK half of a design's gain (``candidates.set_ak_half``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<branch v321-candidates>/src python \
        docs/experiments/tagger_v3_21_2026-11-30/candidate_ak.py --design 4a|4b|5|6|7|8 > candidate_ak_<design>.out
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidates import DESIGNS, set_ak_half  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(DESIGNS), required=True)
set_ak_half(parser.parse_args().design)
