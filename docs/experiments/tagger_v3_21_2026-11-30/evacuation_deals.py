"""Diagnostic (decides nothing): how the training labels read evacuation and withdrawal deals for ceasefire.

The spec excludes "a surrender or evacuation deal with no cessation of
fighting" from ceasefire. This finds every training sentence (lockbox
excluded) that names a deal together with leaving, evacuating, buses or
withdrawal, by a fixed pattern, and counts how the readers marked it for
ceasefire (carries, passing, neither), for the corpus and the written
snippets apart. Corpus sentences are listed by id and index only (FA-KES
text never enters the repository); snippet sentences are shown.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_21_2026-11-30/evacuation_deals.py
"""

import collections
import re

from newstag.corpus.sentences import item_sentences
from newstag.tagging.labels import read_lockbox
from newstag.tagging.train import labelled_training_data

PATTERN = re.compile(r"\b(deal|agreement|accord)\b.*\b(left|evacuat\w*|bus(es|sed)?|withdr\w*|depart\w*|transferred)\b"
                     r"|\b(left|evacuat\w*|bus(es|sed)?|withdr\w*)\b.*\b(deal|agreement)\b", re.I)
frame = labelled_training_data()
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
frame = frame[~frame["id"].isin(read_lockbox())]
counts, rows = collections.Counter(), []
for item in frame.itertuples():
    marks = (item.evidence or {}).get("ceasefire", {})
    carries, passing = set(marks.get("carries", [])), set(marks.get("passing", []))
    source = "snippets" if item.id.startswith("w") else "corpus"
    for index, sentence in enumerate(item_sentences(item.title, item.text)):
        if PATTERN.search(sentence.text):
            role = "carries" if index in carries else "passing" if index in passing else "neither"
            counts[source, role] += 1
            rows.append((source, role, item.id, index, sentence.text if source == "snippets" else ""))
for (source, role), n in sorted(counts.items()):
    print(f"{source:9} {role:8} {n}")
for source, role, item_id, index, text in sorted(rows):
    print(f"{source:9} {role:8} {item_id}[{index}] {text[:200]}")
