"""After v3.37 shipped (decides nothing; no label read): do outlets move the shipped tagger's tags?

`explore_outlets_datelines.py` (v3.36) swapped outlets for "Bernama", "Prensa Latina" and "Kenya News Agency", and
the last two hold words of the vocabulary ("news", "agency"). Here each of 18 outlets named in an opened wire
holdout item is swapped, one outlet at a time, for three names that are names only (Bernama, Yonhap, Antara);
counts the item-outlet pairs whose tag set changes, per outlet, and lists the outlets' words the vocabulary has.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_37_2026-12-03/explore_outlets_v337.py
"""
import collections
import re

from newstag.tagging.predict import load_tagger, tag
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets

OUTLETS = ["Reuters", "AFP", "Agence France-Presse", "Associated Press", "AP", "SANA", "TASS", "Al Jazeera", "BBC",
           "CNN", "Xinhua", "Anadolu", "Interfax", "RIA Novosti", "IRNA", "Al Arabiya", "Ukrinform", "Kyodo"]
SWAP_IN = ["Bernama", "Yonhap", "Antara"]
holdout = read_snippets("holdout")
sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
wire = holdout[~sets.isin(LONG_REPORT_SETS)].fillna({"title": "", "text": ""}).reset_index(drop=True)
vocabulary = set(load_tagger().vectorizer_.get_feature_names_out())
print("outlet words in the vocabulary:",
      sorted({w.lower() for o in OUTLETS for w in re.findall(r"[A-Za-z]+", o)} & vocabulary))
moved, named = collections.Counter(), collections.Counter()
for outlet in OUTLETS:
    pattern = re.compile(r"\b" + re.escape(outlet) + r"\b")
    chosen = wire[[bool(pattern.search(f"{t} {x}")) for t, x in zip(wire.title, wire.text)]]
    for title, text in zip(chosen.title, chosen.text):
        variants = [(title, text)] + [(pattern.sub(s, title), pattern.sub(s, text)) for s in SWAP_IN]
        out = tag([x for _, x in variants], [t for t, _ in variants], evidence=0)
        named[outlet] += 1
        moved[outlet] += len({frozenset(r["tags"]) for r in out}) > 1
print("per outlet (moved, named):", {o: (moved[o], named[o]) for o in OUTLETS if named[o]})
print(f"item-outlet pairs whose tag set changes: {sum(moved.values())} of {sum(named.values())}")
