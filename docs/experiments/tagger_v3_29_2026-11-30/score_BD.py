"""Set BD (a record): each design's five fits, ceasefire on deal look-alikes and ceasefires in other wars.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_29_2026-11-30/score_BD.py --design 7
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import GAIN_SEEDS, PARAMS, design_lexicon, material  # noqa: E402
from holdout_rule import fit  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=["0", "7", "8", "9", "10", "11", "12"], required=True)
args = parser.parse_args()
design_lexicon(args.design)
items = pd.DataFrame([json.loads(line) for line in (here / "set_BD" / "items.jsonl").open()])
must = (items["ceasefire"] == "must").to_numpy()
assert len(items) == 100 and must.sum() == 40
c = TAGS.index("ceasefire")
frame = material(args.design)
false, found = [], []
for seed in GAIN_SEEDS:
    model = fit(lambda: SentenceTagger(random_state=seed, **PARAMS.get(args.design, {})), frame)
    given = model.predict(items[["title", "text"]].assign(evidence=[{}] * len(items)))[:, c] == 1
    false.append(int((given & ~must).sum()))
    found.append(int((given & must).sum()))
    wrong = items.loc[given != must, "id"].tolist()
    print(f"design {args.design}, seed {seed}: must-not given ceasefire {false[-1]} of 60, must found "
          f"{found[-1]} of 40; wrong: {' '.join(wrong)}", flush=True)
print(f"design {args.design}: must-not given ceasefire mean {np.mean(false):.1f} of 60, must found mean "
      f"{np.mean(found):.1f} of 40", flush=True)
