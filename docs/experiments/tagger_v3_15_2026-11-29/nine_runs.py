"""Shared setup of the v3.15 experiments: v3.14's design material, its groups and one run's measurements.

Each candidate script adds its material to :func:`v314_training_only` and
calls :func:`run`; the folds, groups and measurements are those of
``../tagger_v3_14_2026-11-29/v315_cv.py``, so the v3.14 rows of its
``v315_cv.jsonl`` are the base (``run`` with no extra material reproduces
them: check it with ``z_cv.py SEED MODEL_SEED --base``). A rule averages
nine runs per design: fold seeds 42, 1, 7 times model seeds (the fold
seed, 2026, 7777).
"""

import json
from pathlib import Path
from statistics import mean

import pandas as pd

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

BASE_ROWS = Path(__file__).resolve().parent.parent / "tagger_v3_14_2026-11-29" / "v315_cv.jsonl"


def design_material() -> pd.DataFrame:
    """The scored items: labelled training data less the lockbox and sets X, Z, AB, AD, AH, AL and AO (training only here)."""
    frame = labelled_training_data()
    assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
    design = frame[~frame["id"].isin(read_lockbox())]
    # Sets X, Z, AB, AD, AH, AL and AO are training only here (as in the runs that admitted them), so the folds
    # stay v3.14's.
    design = design[~design["id"].str.match(r"w(X|Z|AB|AD|AH|AL|AO)-")].reset_index(drop=True)
    assert not design["id"].str.match(r"w[ISTRUWXYZ]-").any() and design["id"].str.startswith("wV-").sum() == 400
    return design


def snippet_set(letter: str) -> pd.DataFrame:
    snippets = read_snippets()
    return snippets[snippets["id"].str.startswith(f"w{letter}-")].reset_index(drop=True)


def v322_training_only() -> pd.DataFrame:
    """v3.20's training-only material and set AO after it, in the order of v3.22 candidate 1's runs."""
    set_ao = snippet_set("AO")
    assert len(set_ao) == 150
    return pd.concat([v320_training_only(), set_ao], ignore_index=True)


def v320_training_only() -> pd.DataFrame:
    """v3.19's training-only material and set AL after it, in the order of ``al_cv.py``'s runs (with v3.20's cue)."""
    set_al = snippet_set("AL")
    assert len(set_al) == 200
    return pd.concat([v319_training_only(), set_al], ignore_index=True)


def set_i_lookalikes() -> pd.DataFrame:
    """Set I's 100 items that do not carry ceasefire (the spec's exclusions), with their other tags."""
    set_i = snippet_set("I")
    lookalikes = set_i[~set_i["tags"].map(lambda tags: "ceasefire" in tags)].reset_index(drop=True)
    assert len(lookalikes) == 100 and (lookalikes["set"] == "aside").all()
    return lookalikes


def v319_training_only() -> pd.DataFrame:
    """v3.17's training-only material and set AH after it, in the order of ``ah_cv.py``'s runs."""
    set_ah = snippet_set("AH")
    assert len(set_ah) == 300
    return pd.concat([v317_training_only(), set_ah], ignore_index=True)


def v317_training_only() -> pd.DataFrame:
    """v3.16's training-only material and set AD after it, in the order of ``ad_cv.py``'s runs."""
    set_ad = snippet_set("AD")
    assert len(set_ad) == 300
    return pd.concat([v316_training_only(), set_ad], ignore_index=True)


def v316_training_only() -> pd.DataFrame:
    """v3.15's training-only material and set AB after it, in the order of ``ab_cv.py``'s runs."""
    set_ab = snippet_set("AB")
    assert len(set_ab) == 300
    return pd.concat([v315_training_only(), set_ab], ignore_index=True)


def v315_training_only() -> pd.DataFrame:
    """v3.14's training-only material and set Z after it, in the order of ``z_cv.py``'s runs."""
    set_z = snippet_set("Z")
    assert len(set_z) == 300
    return pd.concat([v314_training_only(), set_z], ignore_index=True)


def v314_training_only() -> pd.DataFrame:
    """Set X less wX-201..250: in every training fold of v3.14, never scored."""
    set_x = snippet_set("X")
    set_x = set_x[~set_x["id"].str[3:].astype(int).between(201, 250)].reset_index(drop=True)
    assert len(set_x) == 350
    return set_x


def run(candidate: str, seed: int, model_seed: int, training_only: pd.DataFrame, params: dict | None = None) -> dict:
    """One cross-validation run (fold seed ``seed``, tagger seed ``model_seed``) and its measurements.

    ``params`` are passed to :class:`SentenceTagger` (added for v3.21; none before).
    """
    design = design_material()
    groups = {"corpus": ~design["id"].str.match(r"w[A-Z]-").to_numpy(),
              "war_snippets": (design["id"].str.match(r"w[A-Z]-") & ~design["id"].str.match(r"w[KV]-")).to_numpy(),
              "sets_K_V": design["id"].str.match(r"w[KV]-").to_numpy()}
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
    extra = (training_only.reindex(columns=ITEM_COLUMNS), tags_to_matrix(training_only["tags"]))
    predictions, _ = cross_validated_predictions(lambda: SentenceTagger(random_state=model_seed, **(params or {})), X, Y, n_splits=5,
                                                 random_state=seed, training_only=extra)
    out = {"candidate": candidate, "seed": seed, "model_seed": model_seed}
    for group in ("corpus", "war_snippets"):
        table = scores_table(Y[groups[group]], predictions[groups[group]])
        out[group] = {tag: round(float(table.loc[tag, "f1"]), 6) for tag in (*TAGS, "macro")}
    c = TAGS.index("ceasefire")
    for group in ("war_snippets", "sets_K_V"):
        without, with_ = groups[group] & (Y[:, c] == 0), groups[group] & (Y[:, c] == 1)
        out[f"{group}_without_ceasefire_given_ceasefire"] = f"{int(predictions[without, c].sum())}/{int(without.sum())}"
        out[f"{group}_ceasefire_found"] = f"{int(predictions[with_, c].sum())}/{int(with_.sum())}"
    for k, tag in enumerate(TAGS):  # every tag's false and found counts (added for v3.16; ceasefire's are above)
        if tag == "ceasefire":
            continue
        for group in ("war_snippets", "sets_K_V"):
            without, with_ = groups[group] & (Y[:, k] == 0), groups[group] & (Y[:, k] == 1)
            out[f"{group}_without_{tag}_given_{tag}"] = f"{int(predictions[without, k].sum())}/{int(without.sum())}"
            out[f"{group}_{tag}_found"] = f"{int(predictions[with_, k].sum())}/{int(with_.sum())}"
    kv = groups["sets_K_V"] & (Y.sum(axis=1) == 0)
    out["sets_K_V_untagged_given_a_tag"] = f"{int((predictions[kv].sum(axis=1) > 0).sum())}/{int(kv.sum())}"
    return out


def nine_run_means(rows: list[dict]) -> dict:
    """Means over runs of every F1 and count of :func:`run`'s rows."""
    out = {"runs": len(rows)}
    for group in ("corpus", "war_snippets"):
        out[group] = {tag: round(mean(r[group][tag] for r in rows), 4) for tag in (*TAGS, "macro")}
    for key in sorted({key for row in rows for key in row if key.startswith(("war_snippets_", "sets_K_V_"))}):
        if all(key in row for row in rows):
            out[key] = round(mean(int(r[key].split("/")[0]) for r in rows), 1)
    return out


def read_rows(path: Path, candidate: str) -> list[dict]:
    return [row for line in path.read_text().splitlines() if line.strip()
            for row in [json.loads(line)] if row["candidate"] == candidate]


def one_run_cli(*, base: tuple[str, pd.DataFrame], candidate: tuple[str, str, pd.DataFrame]) -> None:
    """The command line of a candidate's CV script (from v3.20 on): ``SEED MODEL_SEED [--base]``, one JSON row.

    ``base`` is ``(label, training-only material)`` of the shipped design,
    ``candidate`` is ``(label, set letter, training-only material before
    the set)``; the set must be aside (never scored).
    """
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("seed", type=int)
    parser.add_argument("model_seed", type=int)
    parser.add_argument("--base", action="store_true")
    args = parser.parse_args()
    if args.base:
        label, extra = base
    else:
        label, letter, before = candidate
        added = snippet_set(letter)
        assert len(added) > 0 and (added["set"] == "aside").all(), f"set {letter} must be aside"
        extra = pd.concat([before, added], ignore_index=True)
    print(json.dumps(run(label, args.seed, args.model_seed, extra)), flush=True)


def gain_report(base: dict, new: dict, conditions: dict, *, labels: tuple[str, str], verdicts: tuple[str, str]) -> bool:
    """Print both designs' nine-run means, every count's change and each condition; return whether all are met."""
    assert base["runs"] == 9 and new["runs"] == 9, (base["runs"], new["runs"])
    for key in ("corpus", "war_snippets"):
        print(f"{key}: {labels[0]} {base[key]} | {labels[1]} {new[key]}")
    for key in base:
        if key.startswith(("war_snippets_", "sets_K_V_")):
            print(f"{key}: {base[key]} -> {new[key]}")
    for name, met in conditions.items():
        print(f"{'met' if met else 'NOT met'}: {name}")
    met = all(conditions.values())
    print(verdicts[0] if met else verdicts[1])
    return met
