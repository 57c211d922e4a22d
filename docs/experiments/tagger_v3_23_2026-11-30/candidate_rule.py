"""The holdout rule of a v3.23 candidate that met its gain (labels/snippets/README.md): set AR, run once.

Run with ``PYTHONPATH`` at the ``src`` of a worktree of ``main`` with the design's patch applied
(``calibrate_on.patch`` for design 1, ``article_names.patch`` for design 2).

Both designs fit on v3.22's material less the lockbox with model seeds 42,
2026 and 7777 (the candidate with ``candidates.DESIGNS[design]``'s options)
and score set AR, unopened until now. The candidate ships when its mean
macro-F1 there is at least v3.22's (no allowance) and ``make benchmark``
then keeps the speed target.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<branch v323-candidates>/src python \
        docs/experiments/tagger_v3_23_2026-11-30/candidate_rule.py --design N > candidate_rule_N.out
"""

import argparse
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, set_ak_met, shipped_material  # noqa: E402
from holdout_rule import MODEL_SEEDS, fit, holdout_rule  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=sorted(set(DESIGNS) - {"0"}), required=True)
design = parser.parse_args().design
assert set_ak_met(design) and "gain met" in (here / f"candidate_gain_{design}.txt").read_text().splitlines()[-1]
snippets = read_snippets()
set_ar = snippets[snippets["id"].str.startswith("wAR-")].reset_index(drop=True)
assert len(set_ar) == 250 and (set_ar["set"] == "unopened").all()
label, params = DESIGNS[design]
candidate, shipped = f"tagger v3.23 ({label[len('v3.22 '):]})", "tagger v3.22"
frame = shipped_material()
models = {candidate: [fit(lambda: SentenceTagger(random_state=seed, **params), frame) for seed in MODEL_SEEDS],
          shipped: [fit(lambda: SentenceTagger(random_state=seed), frame) for seed in MODEL_SEEDS]}
holdout_rule(set_ar, {candidate: frame, shipped: frame}, models=models, allowed=0.0, name="set AR")
