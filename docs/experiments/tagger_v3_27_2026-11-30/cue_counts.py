"""How often proposed lexicon entries fire in the training material, by sentence role (before a design is written).

Counts, on v3.22's material less the lockbox (``candidates.shipped_material``),
the sentences in which any of a candidate's entries (``candidates.ENTRIES``) matches, per role for its tag:
carries, passing, neither; and, of those, the ones no existing strong cue of
the tag already matches.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_27_2026-11-30/cue_counts.py --candidate 2 [--show none]
"""

import argparse
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from candidates import ENTRIES, shipped_material  # noqa: E402

from newstag.corpus.sentences import item_sentences  # noqa: E402
from newstag.tagging.cues import count_cues  # noqa: E402
from newstag.tagging.lexicon import CUES  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--candidate", choices=sorted(ENTRIES), default="1")
parser.add_argument("--show", choices=["carries", "passing", "none"], action="append", default=[])
args = parser.parse_args()
TAG, PROPOSED = ENTRIES[args.candidate]
material = shipped_material()
totals = {role: [0, 0] for role in ("carries", "passing", "none")}
for _, item in material.iterrows():
    marks = (item["evidence"] or {}).get(TAG, {})
    for index, sentence in enumerate(item_sentences(item["title"], item["text"])):
        lowered = sentence.text
        new = count_cues(lowered, cues={"new": PROPOSED})["new"]
        if not any(new):
            continue
        old = any(count_cues(lowered, cues={"old": CUES[f"{TAG}_strong"]})["old"])
        role = "carries" if index in marks.get("carries", []) else "passing" if index in marks.get("passing", []) else "none"
        totals[role][0] += 1
        totals[role][1] += not old
        if role in args.show:
            print(f"{role:8} {'old' if old else 'NEW'} {item['id']}: {sentence.text[:220]}")
for role, (n, without_old) in totals.items():
    print(f"{role}: {n} sentences ({without_old} without an old strong {TAG} cue)")
