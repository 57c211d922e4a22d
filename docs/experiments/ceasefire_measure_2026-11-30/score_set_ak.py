"""The shipped tagger on set AK (a ceasefire measure in the checklist's manner, aside, never trained on).

Diagnostic, deciding nothing (labels/snippets/README.md, "Set AK"): the
share of set AK's cases whose ceasefire decision matches the readers',
for the cases that must not get ceasefire and for those that must, and
the cases it gets wrong, with their scores.

    PYTHONPATH=src python docs/experiments/ceasefire_measure_2026-11-30/score_set_ak.py
"""

import pandas as pd

from newstag import tag
from newstag.tagging.snippets import read_snippets

snippets = read_snippets()
ak = snippets[snippets["id"].str.startswith("wAK-")].reset_index(drop=True)
assert len(ak) == 180 and (ak["set"] == "aside").all()
results = tag(list(ak["text"]), titles=list(ak["title"]), evidence=0)
ak["label"] = ak["tags"].map(lambda tags: "ceasefire" in tags)
ak["score"] = [r["scores"]["ceasefire"] for r in results]
ak["decision"] = ["ceasefire" in r["tags"] for r in results]
for name, group in (("must not get ceasefire", ak[~ak["label"]]), ("must get ceasefire", ak[ak["label"]])):
    passed = int((group["decision"] == group["label"]).sum())
    print(f"{name}: {passed}/{len(group)} pass ({passed / len(group):.2f})")
passed = int((ak["decision"] == ak["label"]).sum())
print(f"all: {passed}/{len(ak)} ({passed / len(ak):.2f})")
print("\nfailures (id, readers' ceasefire, score, headline | text):")
for row in ak[ak["decision"] != ak["label"]].sort_values("score", ascending=False).itertuples():
    print(f"{row.id}  {'yes' if row.label else 'no '}  {row.score:.2f}  {row.title} | {row.text}")
