"""Print items cut at every point any candidate splits at, to check the gold by hand.

Each line is one piece, prefixed with the point it starts at:
``#k@offset LETTERS`` (R newstag_rules, P pysbd, B blingfire, U punkt_untrained,
A punkt_abbrev, C cues_regex). Sealed ids are refused. Prints to stdout only
(never commit its output: it holds FA-KES text).

    PYTHONPATH=src:$CANDS python review.py ID [ID ...]
"""

from __future__ import annotations

import sys

from candidates import CANDIDATES, boundaries
from data import load_items

LETTERS = dict(zip(CANDIDATES, "RPBUAC"))


def show(item_id, text):
    found = {name: boundaries(fn(text)) for name, fn in CANDIDATES.items()}
    points = sorted(set().union(*found.values()))
    print(f"=== {item_id} len={len(text)} points={len(points)}")
    cuts = [0] + points + [len(text)]
    for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
        who = "".join(LETTERS[n] for n in CANDIDATES if a in found[n]) if k else "-"
        print(f"#{k}@{a} {who:6s}| {text[a:b]!r}")


if __name__ == "__main__":
    items = load_items()
    for item_id in sys.argv[1:]:
        show(item_id, items[item_id]["text"])
