"""Exploration after v3.37's candidates (decides nothing; no label read): do outlets and datelines move the shipped
tagger's tags?

On the opened wire holdout sets (every holdout set but the long reports):
1. every item naming a news outlet is tagged again with each named outlet swapped for three others;
2. every item with a text (not a headline alone) is tagged again with a dateline put before its text, in three agency styles ("KHARTOUM, May 3
   (Reuters) - ", "MOSCOW, March 3. /TASS/. ", "Aleppo, SANA - "), cities and outlets of other wars;
counts the items whose tag set changes, per tag.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_37_2026-12-03/explore_outlets_datelines.py
"""
import re

import numpy as np

from newstag.config import TAGS
from newstag.tagging.predict import tag
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets

OUTLETS = ["Reuters", "AFP", "Agence France-Presse", "Associated Press", "AP", "SANA", "TASS", "Al Jazeera", "BBC",
           "CNN", "Xinhua", "Anadolu", "Interfax", "RIA Novosti", "IRNA", "Al Arabiya", "Ukrinform", "Kyodo"]
SWAP_IN = ["Bernama", "Prensa Latina", "Kenya News Agency"]
DATELINES = ["KHARTOUM, May 3 (Reuters) - ", "MOSCOW, March 3. /TASS/. ", "Aleppo, SANA - ",
             "KYIV, Oct 12 (AP) - ", "SANAA, Jan 9 (Xinhua) -- "]

holdout = read_snippets("holdout")
sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
wire = holdout[~sets.isin(LONG_REPORT_SETS)].fillna({"title": "", "text": ""}).reset_index(drop=True)


def moved(variants):
    out = tag([v[1] for v in variants], [v[0] for v in variants], evidence=0)
    S = np.array([[t in o["tags"] for t in TAGS] for o in out])
    return S.any(0) & ~S.all(0)


pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, OUTLETS), key=len, reverse=True)) + r")\b")
chosen = wire[[bool(pattern.search(f"{t} {x}")) for t, x in zip(wire.title, wire.text)]]
per, changed = np.zeros(4, int), 0
for title, text in zip(chosen.title, chosen.text):
    c = moved([(title, text)] + [(pattern.sub(s, title), pattern.sub(s, text)) for s in SWAP_IN])
    per += c
    changed += bool(c.any())
print(f"outlets: {len(chosen)} of {len(wire)} items name one of {len(OUTLETS)} outlets; tag set changes when swapped "
      f"for {', '.join(SWAP_IN)}: {changed}; per tag", dict(zip(TAGS, per.tolist())), flush=True)

per, changed = np.zeros(4, int), 0
with_text = wire[wire.text.str.strip() != ""]
for title, text in zip(with_text.title, with_text.text):
    c = moved([(title, text)] + [(title, d + text) for d in DATELINES])
    per += c
    changed += bool(c.any())
print(f"datelines: {len(with_text)} items with a text; tag set changes when one of {len(DATELINES)} datelines is put before the text: "
      f"{changed}; per tag", dict(zip(TAGS, per.tolist())))
