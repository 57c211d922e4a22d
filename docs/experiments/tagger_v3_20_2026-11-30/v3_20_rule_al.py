"""The decision rule of v3.20's candidate 4 (labels/snippets/README.md, "Candidate 4 of v3.20"): set-AI scores, run once.

The two designs use different lexicons, so each is fitted in its own
process: ``--part candidate`` with ``PYTHONPATH`` at branch
``v320-background-cue`` (merged with main), v3.19's material less the
lockbox plus set AL; ``--part base`` with main's ``src``, v3.19's material
less the lockbox, and v2 and the keyword rules beside it. Each writes its
mean set-AI macro-F1 over model seeds 42, 2026 and 7777 to a JSON file;
``--part decide`` applies the rule (the candidate ships unless its mean is
below v3.19's by more than 0.005, or ``newstag tag`` misses the speed
target). Runs only if candidate 4 met both halves of its gain.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=<src> python docs/experiments/tagger_v3_20_2026-11-30/v3_20_rule_al.py --part PART
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "tagger_v3_19_2026-11-30"))
from holdout_rule import COLUMNS, fit, fitted_designs, mean_scores, score  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--part", choices=("candidate", "base", "decide"), required=True)
args = parser.parse_args()
results = {part: here / f"v3_20_rule_al_{part}.json" for part in ("candidate", "base")}
if args.part == "decide":
    new, old = (json.loads(results[part].read_text())["macro"] for part in ("candidate", "base"))
    ships = new >= old - 0.005
    print(f"rule: {new:.4f} against {old:.4f} (difference {new - old:+.4f}; -0.005 allowed): "
          f"{'tagger v3.20 ships' if ships else 'tagger v3.19 stays'} (unless newstag tag misses the speed target)")
    sys.exit(0)

from newstag.tagging.baseline import KeywordTagger  # noqa: E402
from newstag.tagging.labels import read_lockbox  # noqa: E402
from newstag.tagging.lexicon import CUES  # noqa: E402
from newstag.tagging.model import NewsTagger  # noqa: E402
from newstag.tagging.snippets import read_snippets  # noqa: E402
from newstag.tagging.train import labelled_training_data  # noqa: E402

assert ("ceasefire_background" in CUES) == (args.part == "candidate"), "PYTHONPATH does not match the part"
snippets = read_snippets()
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV: the corpus items are missing"
frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
assert frame["id"].str.startswith("wAH-").sum() == 300 and not frame["id"].str.match(r"w(I|AI|AJ|AK|AL)-").any()
if args.part == "candidate":
    set_al = snippets[snippets["id"].str.startswith("wAL-")]
    assert len(set_al) == 200 and (set_al["set"] == "aside").all()
    frame = pd.concat([frame, set_al.drop(columns=["set", "conflict"])], ignore_index=True)
set_ai = snippets[snippets["id"].str.startswith("wAI-")].reset_index(drop=True)
assert len(set_ai) == 250 and (set_ai["set"] == "unopened").all()
label = {"candidate": "tagger v3.20 (cue and set AL)", "base": "tagger v3.19"}[args.part]
means = mean_scores(fitted_designs({label: frame}), set_ai, name="set AI")[label]
results[args.part].write_text(json.dumps(means, indent=1))
if args.part == "base":
    for name, make in (("tagger v2 (v3.19's items)", NewsTagger), ("keyword rules", KeywordTagger)):
        print(f"{name}, set AI:")
        print(score(fit(make, frame), set_ai)[COLUMNS].round(3).to_string(), flush=True)
