"""Average results.jsonl over seeds 7/11/13; deltas vs baseline; write results_table.md."""
import json
from pathlib import Path
import pandas as pd
here = Path(__file__).parent
import sys
src = sys.argv[1] if len(sys.argv) > 1 else "results.jsonl"
dst = sys.argv[2] if len(sys.argv) > 2 else "results_table.txt"
seeds = [int(s) for s in sys.argv[3].split(",")] if len(sys.argv) > 3 else [7, 11, 13]
rows = [json.loads(l) for l in (here / src).open()]
df = pd.DataFrame(rows).drop_duplicates(["variant", "seed"], keep="last")
df = df[df.seed.isin(seeds)]
cols = ["ceasefire", "airstrike", "humanitarian", "diplomacy", "macro"]
mean = df.groupby("variant")[cols].mean()
n = df.groupby("variant").seed.nunique().rename("n_seeds")
base = mean.loc["baseline"]
delta = (mean - base).add_prefix("d_")
paired = df.pivot(index="seed", columns="variant", values="macro")
spread = paired.sub(paired["baseline"], axis=0)
table = pd.concat([mean, delta[["d_macro"]], n], axis=1)
table["min_seed_d_macro"] = spread.min()
table["max_seed_d_macro"] = spread.max()
table["worst_tag_delta"] = (mean[cols[:4]] - base[cols[:4]]).min(axis=1)
table = table.sort_values("macro", ascending=False)
pd.set_option("display.width", 250)
print(table.round(4).to_string())
(here / dst).write_text(table.round(4).to_string() + "\n\nPer seed:\n\n"
                                       + df.sort_values(["variant", "seed"]).round(4).to_string(index=False) + "\n")
