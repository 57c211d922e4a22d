"""Pool main (7/11/13) and supplementary (17/19/23/29/31) seeds for baseline, sent_a1, Cterms10."""
import json
from pathlib import Path
import pandas as pd
here = Path(__file__).parent
rows = [json.loads(l) for f in ("results.jsonl", "results_supplementary_seeds.jsonl") for l in (here / f).open()]
df = pd.DataFrame(rows).drop_duplicates(["variant", "seed"], keep="last")
df = df[df.variant.isin(["baseline", "sent_a1", "Cterms10"])]
cols = ["ceasefire", "airstrike", "humanitarian", "diplomacy", "macro"]
m = df.groupby("variant")[cols].mean()
d = df.pivot(index="seed", columns="variant", values="macro")
out = m.round(4).to_string() + "\n\nn seeds: " + df.groupby("variant").seed.nunique().to_string() + \
      "\n\npaired macro difference vs baseline per seed:\n" + d.sub(d.baseline, axis=0).round(4).to_string() + \
      "\n\nmean / sd of paired difference:\n" + d.sub(d.baseline, axis=0).agg(["mean", "std"]).round(4).to_string()
print(out); (here / "results_pooled_8_seeds.txt").write_text(out + "\n")
