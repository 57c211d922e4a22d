"""The decision rule of v3.21's candidate 6 (labels/snippets/README.md, "Candidate 6 of v3.21"): set AP, run once.

Both designs are fitted on v3.20's material less the lockbox with model
seeds 42, 2026 and 7777 (the candidate with ``item_context=True``)
and score set AP, unopened until now. The candidate ships unless its mean
macro-F1 there is below v3.20's by more than 0.005. Runs only if the gain
was met (``item_context_gain.txt``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/v3_21_rule_item_context.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import MODEL_SEEDS, fit, holdout_rule  # noqa: E402

from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

snippets = read_snippets()
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert frame["id"].str.startswith("wAL-").sum() == 200 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AN|AO|AP)-").any()
set_ap = snippets[snippets["id"].str.startswith("wAP-")].reset_index(drop=True)
assert len(set_ap) == 250 and (set_ap["set"] == "unopened").all()
candidate, shipped = "tagger v3.21 (item context)", "tagger v3.20"
models = {candidate: [fit(lambda: SentenceTagger(random_state=seed, item_context=True), frame)
                      for seed in MODEL_SEEDS],
          shipped: [fit(lambda: SentenceTagger(random_state=seed, item_context=False), frame)
                    for seed in MODEL_SEEDS]}
holdout_rule(set_ap, {candidate: frame, shipped: frame}, models=models, name="set AP")
