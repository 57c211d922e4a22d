"""v3.25's candidates: the issue's three examples and two more probes, scored by one refit of each design.

Each design is fitted once (model seed 42) on v3.22's material less the
lockbox; the probes are headlines alone. Reported, never judged: five
sentences decide nothing. Prints, per design, the four probabilities
(ceasefire, airstrike, humanitarian, diplomacy) of each probe and the
thresholds. ``--designs`` names the designs (``candidates.DESIGNS``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<branch>/src python \
        docs/experiments/tagger_v3_25_2026-11-30/probes.py --designs 0 1
"""

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, shipped_material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402

PROBES = ["Egypt and Qatar mediators proposed a 60-day truce between Israel and Hamas.",
          "Israeli air strikes killed two militants in Gaza on Thursday",
          "Russian drones hit energy infrastructure in Kharkiv",
          "Israel and Hamas agree to a truce", "Afghan government extends Eid truce by ten days"]
parser = argparse.ArgumentParser()
parser.add_argument("--designs", nargs="+", choices=sorted(DESIGNS), required=True)
args = parser.parse_args()
X = pd.DataFrame({"title": PROBES, "text": [""] * len(PROBES), "evidence": [{}] * len(PROBES)})
for design in args.designs:
    model = fit(lambda: SentenceTagger(random_state=42, **DESIGNS[design][1]), shipped_material())
    print(f"design {design}: thresholds {np.round(model.thresholds_, 2).tolist()}")
    for probe, p in zip(PROBES, np.round(model.predict_proba(X), 2).tolist()):
        print(f"  {p} {probe}")
