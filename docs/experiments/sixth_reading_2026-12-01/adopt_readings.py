"""The sixth reading adopted: its ceasefire rows replace the selected items' in labels/snippets/readings.csv.

Run for tagger v3.30 (candidate 14 of v3.29, labels/snippets/README.md); candidates 11 and 12 had not met their gain.
"""
import pandas as pd
from pathlib import Path
root = Path(__file__).resolve().parents[3]
path = root / "labels/snippets/readings.csv"
readings = pd.read_csv(path, dtype=str, keep_default_na=False)
rec = root / "docs/experiments/sixth_reading_2026-12-01"
selected = set(pd.concat([pd.read_csv(rec / n, dtype=str) for n in ("selected.csv", "selected_BF.csv")])["id"])
new = pd.concat([pd.read_csv(rec / n, dtype=str, keep_default_na=False)
                 for n in ("readings_ceasefire.csv", "readings_ceasefire_BF.csv")], ignore_index=True)
# Rows stay where they were, each item's together; an item that had no row at all goes after the rest.
items = pd.read_json(root / "labels/snippets/items.jsonl", lines=True, dtype={"id": str})
order = {i: n for n, i in enumerate(dict.fromkeys(readings["id"]))}
order.update({i: len(items) + n for n, i in enumerate(items["id"]) if i not in order})
assert set(new["id"]) <= set(order)
kept = readings[~(readings["id"].isin(selected) & (readings["tag"] == "ceasefire"))]
out = pd.concat([kept, new[readings.columns]], ignore_index=True)
out["_item"] = out["id"].map(order)
out["_row"] = range(len(out))
out = out.sort_values(["_item", "_row"], kind="stable").drop(columns=["_item", "_row"])
print(len(readings), "->", len(out), "rows")
out.to_csv(path, index=False)
