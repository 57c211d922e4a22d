"""The holdout rule of a v3.22 candidate that met its gain (labels/snippets/README.md): set AQ, run once.

Both designs fit with model seeds 42, 2026 and 7777: v3.21 on its material
less the lockbox, the candidate on that plus its added sets and with its
options (``candidates.DESIGNS``). They score set AQ, unopened until now.
The candidate ships unless its mean macro-F1 there is below v3.21's by
more than 0.005 (or ``make benchmark`` then misses the speed target).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python \
        docs/experiments/tagger_v3_22_2026-11-30/candidate_rule.py --design N > candidate_rule_N.out
"""

import argparse
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, candidate_material, set_ak_met, shipped_material  # noqa: E402
from holdout_rule import MODEL_SEEDS, fit, holdout_rule  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(set(DESIGNS) - {"0"}), required=True)
design = parser.parse_args().design
assert set_ak_met(design) and "gain met" in (here / f"candidate_gain_{design}.txt").read_text().splitlines()[-1]
snippets = read_snippets()
set_aq = snippets[snippets["id"].str.startswith("wAQ-")].reset_index(drop=True)
assert len(set_aq) == 250 and (set_aq["set"] == "unopened").all()
label, _, params = DESIGNS[design]
candidate, shipped = f"tagger v3.22 ({label[len('v3.21 with '):]})", "tagger v3.21"
frames = {candidate: candidate_material(design), shipped: shipped_material()}
models = {candidate: [fit(lambda: SentenceTagger(random_state=seed, **params), frames[candidate]) for seed in MODEL_SEEDS],
          shipped: [fit(lambda: SentenceTagger(random_state=seed), frames[shipped]) for seed in MODEL_SEEDS]}
holdout_rule(set_aq, frames, models=models, name="set AQ")
