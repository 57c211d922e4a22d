"""One fit (seed 121) of design 0 or 11 of v3.29 on its material less the lockbox: some of ceasefire's sentence weights.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/sixth_reading_2026-12-01/coef11.py 11
"""
import sys

sys.path.insert(0, "docs/experiments/tagger_v3_19_2026-11-30")
sys.path.insert(0, "docs/experiments/tagger_v3_29_2026-11-30")
design = sys.argv[1]
from candidates import material
from holdout_rule import fit
from newstag.tagging.sentence_model import SentenceTagger
from newstag.config import TAGS
m = fit(lambda: SentenceTagger(random_state=121), material(design))
names = list(m.get_feature_names_out()); c = TAGS.index("ceasefire")
coef = m.sentence_coef_[c]
out = {n: float(coef[names.index(n)]) for n in ["[cue] ceasefire_weak", "[cue] ceasefire_strong", "deal", "agreement", "brokered", "amnesty", "under the", "weapons", "arms", "surrender", "reconciliation", "truce", "ceasefire", "agreed"] if n in names}
out["threshold"] = float(m.thresholds_[c]); out["intercept"] = float(m.sentence_intercept_[c])
print(design, out)
