"""The holdout rule of a v3.21 candidate that met its gain (labels/snippets/README.md): set AP, run once.

Both designs are fitted on v3.20's material less the lockbox with model
seeds 42, 2026 and 7777 (the candidate with ``candidates.DESIGNS[design]``'s
options, from branch ``v321-candidates``) and score set AP, unopened until
now. The candidate ships unless its mean macro-F1 there is below v3.20's by
more than 0.005 (or ``make benchmark`` then misses the speed target).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<branch v321-candidates>/src python \
        docs/experiments/tagger_v3_21_2026-11-30/candidate_rule.py --design 8
"""

import argparse
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
sys.path.insert(0, str(here))
from candidates import DESIGNS, set_ak_met  # noqa: E402
from holdout_rule import MODEL_SEEDS, fit, holdout_rule  # noqa: E402

from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--design", choices=["8"], required=True)  # the candidates whose gain was met
design = parser.parse_args().design
assert set_ak_met(design) and "gain met" in (here / f"candidate_gain_{design}.txt").read_text().splitlines()[-1]
snippets = read_snippets()
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert frame["id"].str.startswith("wAL-").sum() == 200 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AN|AO|AP)-").any()
set_ap = snippets[snippets["id"].str.startswith("wAP-")].reset_index(drop=True)
assert len(set_ap) == 250 and (set_ap["set"] == "unopened").all()
label, params = DESIGNS[design]
candidate, shipped = f"tagger v3.21 ({label[len('v3.20 with '):]})", "tagger v3.20"
models = {candidate: [fit(lambda: SentenceTagger(random_state=seed, **params), frame) for seed in MODEL_SEEDS],
          shipped: [fit(lambda: SentenceTagger(random_state=seed), frame) for seed in MODEL_SEEDS]}
holdout_rule(set_ap, {candidate: frame, shipped: frame}, models=models, name="set AP")
