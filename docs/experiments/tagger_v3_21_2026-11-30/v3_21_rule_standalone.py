"""The decision rule of v3.21's candidate 4 (labels/snippets/README.md, "Candidate 4 of v3.21"): set AM, run once.

Both designs are fitted on v3.20's material less the lockbox with model
seeds 42, 2026 and 7777 (the candidate with the variant ``standalone_gain.py``
chose) and score set AM, unopened until now. The candidate ships unless its
mean macro-F1 there is below v3.20's by more than 0.005.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/v3_21_rule_standalone.py --variant a|b
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import MODEL_SEEDS, fit, holdout_rule  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

VARIANTS = {"a": ("ceasefire",), "b": tuple(TAGS)}
parser = argparse.ArgumentParser()
parser.add_argument("--variant", choices=sorted(VARIANTS), required=True)
args = parser.parse_args()
snippets = read_snippets()
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert frame["id"].str.startswith("wAL-").sum() == 200 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AM|AN|AO)-").any()
set_am = snippets[snippets["id"].str.startswith("wAM-")].reset_index(drop=True)
assert len(set_am) == 250 and (set_am["set"] == "unopened").all()
candidate, shipped = f"tagger v3.21 (standalone cues {args.variant})", "tagger v3.20"
cues = VARIANTS[args.variant]
models = {candidate: [fit(lambda: SentenceTagger(random_state=seed, standalone_cues=cues), frame) for seed in MODEL_SEEDS],
          shipped: [fit(lambda: SentenceTagger(random_state=seed, standalone_cues=()), frame) for seed in MODEL_SEEDS]}
holdout_rule(set_am, {candidate: frame, shipped: frame}, models=models, name="set AM")
