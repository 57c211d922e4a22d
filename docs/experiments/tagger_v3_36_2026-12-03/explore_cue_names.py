"""Exploration after v3.36 shipped (decides nothing; no label read): do the names the tags' lexicon cues keep
move the shipped tagger's tags?

The proper-noun rule drops names from the vocabulary unless a tag's cue names them; the diplomacy cues name
leaders and capitals of the Syrian war's diplomacy (Putin, Lavrov, Kerry; Moscow, Washington, Tehran) and its
conference venues (Geneva, Astana, Sochi, which the spec itself names). On the opened wire holdout sets, every
item naming one is tagged again with the name swapped for three others (Modi, Ramaphosa, Lula; Nairobi,
Pretoria, Brasilia); counts the items whose tag set changes, then per capital.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_36_2026-12-03/explore_cue_names.py
"""
import re, numpy as np
from newstag.config import TAGS
from newstag.tagging.predict import tag
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
PEOPLE = ["Erdogan","Cavusoglu","Guterres","Kerry","Lavrov","Macron","Merkel","Mistura","Obama","Pompeo","Putin","Rouhani","Tillerson","Trump","Zarif"]
PLACES = ["Ankara","Astana","Geneva","Moscow","Sochi","Tehran","Washington"]
holdout = read_snippets("holdout")
sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
wire = holdout[~sets.isin(LONG_REPORT_SETS)].fillna({"title": "", "text": ""}).reset_index(drop=True)
for names, subs in ((PEOPLE, ["Modi", "Ramaphosa", "Lula"]), (PLACES, ["Nairobi", "Pretoria", "Brasilia"])):
    pat = re.compile(r"\b(" + "|".join(names) + r")\b")
    chosen = wire[[bool(pat.search(f"{t} {x}")) for t, x in zip(wire.title, wire.text)]]
    changed = 0; per = np.zeros(4, int)
    for title, text in zip(chosen.title, chosen.text):
        V = [(title, text)] + [(pat.sub(s, title), pat.sub(s, text)) for s in subs]
        out = tag([v[1] for v in V], [v[0] for v in V], evidence=0)
        S = [set(o["tags"]) for o in out]
        c = [any(t in s for s in S) and not all(t in s for s in S) for t in TAGS]
        per += c; changed += any(c)
    print(f"{len(chosen)} items name one of {len(names)} lexicon names; tags change when swapped in {changed}; per tag", dict(zip(TAGS, per.tolist())))
print("by place:")
for name in PLACES:
    pat = re.compile(r"\b" + name + r"\b")
    chosen = wire[[bool(pat.search(f"{t} {x}")) for t, x in zip(wire.title, wire.text)]]
    changed = 0
    for title, text in zip(chosen.title, chosen.text):
        V = [(title, text)] + [(pat.sub(s, title), pat.sub(s, text)) for s in ["Nairobi", "Pretoria", "Brasilia"]]
        S = [set(o["tags"]) for o in tag([v[1] for v in V], [v[0] for v in V], evidence=0)]
        changed += any(s != S[0] for s in S)
    print(name, len(chosen), changed)
