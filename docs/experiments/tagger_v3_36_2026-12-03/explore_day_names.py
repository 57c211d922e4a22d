"""Exploration (decides nothing; no labels read, no lockbox item): do the names of days and months move the
shipped tagger's decisions?

The proper-noun rule drops words capitalised mid-sentence from the sentence vocabulary, except the lexicon's
words; the context cues "now" and "background" list the days of the week and the months, so those names stay
as TF-IDF terms and get weights of their own. An invariance probe on the opened wire holdout sets (items no
model was trained on; their labels are not read): every item whose text or headline names a day (or a month)
is tagged again with that name swapped for each of the others. Counts the items whose tag set changes across
the swaps, per tag, and the largest score range. Also lists the words that the proper-noun rule would drop if
only the tags' cues (not "now", "background") were exempt, on the non-lockbox training sentences (words only).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_36_2026-12-03/explore_day_names.py
"""

import os
import re

import numpy as np

from newstag.config import TAGS
from newstag.tagging.cues import CUES
from newstag.tagging.labels import read_lockbox
from newstag.tagging.predict import tag
from newstag.tagging.sentence_rows import sentence_table
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data
from newstag.tagging.vocabulary import proper_nouns

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def words_of(groups):
    words = set()
    for name in groups:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", str(CUES[name])))
    return words


def probe(items, names):
    pattern = re.compile(r"\b(" + "|".join(names) + r")\b")
    chosen = items[[bool(pattern.search(f"{t} {x}")) for t, x in zip(items["title"], items["text"])]]
    flips, ranges = np.zeros(len(TAGS), int), []
    any_flip = 0
    for title, text in zip(chosen["title"], chosen["text"]):
        variants = [(pattern.sub(n, title), pattern.sub(n, text)) for n in names]
        out = tag([v[1] for v in variants], [v[0] for v in variants], evidence=0)
        tagsets = [set(o["tags"]) for o in out]
        scores = np.array([[o["scores"][t] for t in TAGS] for o in out])
        changed = [any(t in s for s in tagsets) and not all(t in s for s in tagsets) for t in TAGS]
        flips += changed
        any_flip += any(changed)
        ranges.append(scores.max(0) - scores.min(0))
    ranges = np.array(ranges)
    print(f"{len(chosen)} items name a {'day' if names is DAYS else 'month'}; tag set changes with the name in "
          f"{any_flip} ({any_flip / max(len(chosen), 1):.1%}); per tag " + " ".join(f"{t} {n}" for t, n in zip(TAGS, flips))
          + "; largest score range per tag " + " ".join(f"{t} {r:.2f}" for t, r in zip(TAGS, ranges.max(0))), flush=True)


def main():
    holdout = read_snippets("holdout")
    sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    wire = holdout[~sets.isin(LONG_REPORT_SETS)].fillna({"title": "", "text": ""}).reset_index(drop=True)
    print(f"opened wire holdout items: {len(wire)}")
    probe(wire, DAYS)
    probe(wire, MONTHS)
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    texts = [s.text for s in sentence_table(design.reindex(columns=ITEM_COLUMNS))[0]]
    capitalised = proper_nouns(texts, share=0.7)
    all_cues = words_of(CUES)
    tag_cues = words_of([name for name in CUES if name.split("_")[0] in TAGS or name == "not_airstrike"])
    print("kept now only because a context cue names them:", sorted((capitalised & all_cues) - tag_cues))
    print("kept because a tag's cue names them:", sorted(capitalised & tag_cues))


if __name__ == "__main__":
    main()
