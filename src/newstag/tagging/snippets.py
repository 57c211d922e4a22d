"""Wire snippets: short items about other wars, written and labelled for this project.

``labels/snippets/`` (see its README) holds short news-wire items in two
main sets: **dev** (design and training material: about other wars, the
spec's look-alikes, and news from outside armed conflict) and **holdout**
(the latest set, other conflicts, another writer, scored once for the
design it decided);
items a decision rule kept out of training are marked **aside**, and the
next holdout, labelled but never scored, **unopened**. Each item was read two
or three times at sentence level; :func:`read_snippets` resolves the
readings (an item has a tag when most of its readings give it) and returns
the items as a labelled frame like :func:`newstag.tagging.labels.labelled_frame`.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from newstag.config import LABELS_DIR, TAGS

__all__ = ["LONG_REPORT_SETS", "LONG_TRAINING_SETS", "SENTENCE_ONLY_SETS", "SNIPPETS_DIR", "SNIPPET_SETS",
           "read_snippets", "snippet_agreement", "training_weights", "with_dev_snippets"]

SNIPPETS_DIR = LABELS_DIR / "snippets"
SNIPPET_SETS = ("dev", "holdout", "aside", "unopened")
#: Twelve holdouts, each scored once for an earlier design, that tagger v3.29 admitted as training material for
#: its sentence classifiers only: wire copy about other wars, which moves what a sentence says but not the
#: operating point (operating weight 0; ``labels/snippets/README.md``, candidate 5 of v3.28).
SENTENCE_ONLY_SETS = ("R", "U", "W", "Y", "AA", "AC", "AE", "AG", "AI", "AM", "AP", "AQ")
#: Sets of long reports on the Syrian war (a headline and 8-16 sentences; sets BV and BW, shaped like real agency
#: copy, 5-24), among sets of short wire items.
LONG_REPORT_SETS = ("BI", "BK", "BM", "BO", "BP", "BQ", "BR", "BT", "BV", "BW")
#: Five of them, each scored once as a holdout, that tagger v3.32 admitted as training material: they teach
#: what background looks like in a long report (``labels/snippets/README.md``, candidate 13 of v3.32).
LONG_TRAINING_SETS = ("BI", "BK", "BM", "BO", "BP")


def _items(directory) -> pd.DataFrame:
    path = directory / "items.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return pd.DataFrame(rows, columns=["id", "set", "conflict", "title", "text"])


def _outside_war(directory, conflicts) -> np.ndarray:
    """Whether each setting name is outside armed conflict (``settings.csv``; names it lacks are war)."""
    path = directory / "settings.csv"
    if not path.exists():
        return np.zeros(len(conflicts), dtype=bool)
    settings = pd.read_csv(path, dtype=str, keep_default_na=False)
    unknown = sorted(set(settings["setting"]) - {"war", "outside"})
    if unknown:
        raise ValueError(f"{path}: unknown setting {unknown[0]!r}; allowed: war, outside")
    outside = set(settings.loc[settings["setting"] == "outside", "conflict"])
    return np.fromiter((name in outside for name in conflicts), dtype=bool, count=len(conflicts))


def _readings(directory) -> pd.DataFrame:
    readings = pd.read_csv(directory / "readings.csv", dtype={"id": str, "reading": str, "tag": str, "role": str})
    unknown = sorted(set(readings["tag"]) - set(TAGS))
    if unknown:
        raise ValueError(f"{directory / 'readings.csv'}: unknown tag {unknown[0]!r}; allowed: {', '.join(TAGS)}")
    return readings


def _resolve(readings: pd.DataFrame, ids) -> tuple[list[list[str]], list[dict]]:
    """Tags (majority of readings) and evidence of each id."""
    marks: dict = {}
    for row in readings.itertuples(index=False):
        marks.setdefault(row.id, {}).setdefault(row.reading, {}).setdefault(row.tag, {}).setdefault(
            row.role, set()).add(int(row.sentence))
    tags, evidence = [], []
    for item in ids:
        by_reading = marks.get(item, {})
        n_readings = max(2, len(by_reading))
        item_tags, item_evidence = [], {}
        for tag in TAGS:
            giving = [r for r in by_reading.values() if r.get(tag, {}).get("carries")]
            carries = set().union(*(r[tag]["carries"] for r in giving)) if len(giving) * 2 > n_readings else set()
            passing = set().union(*(r.get(tag, {}).get("passing", set()) for r in by_reading.values())) - carries
            if carries:
                item_tags.append(tag)
            roles = {role: sorted(found) for role, found in (("carries", carries), ("passing", passing)) if found}
            if roles:
                item_evidence[tag] = roles
        tags.append(item_tags)
        evidence.append(item_evidence)
    return tags, evidence


def read_snippets(which: str | None = None, *, directory=SNIPPETS_DIR) -> pd.DataFrame:
    """The labelled wire snippets: ``id, set, conflict, title, text, tags, evidence, outside_war``.

    ``outside_war`` marks items set outside armed conflict (the look-alike
    sets' news of labour, politics, business...), by ``settings.csv``.

    Parameters
    ----------
    which : {"dev", "holdout", "aside", "unopened"} or None
        One set, or all (None). "aside" holds labelled items a pre-registered
        decision rule kept out of training; "unopened" the next holdout, read
        but never scored (see the folder's README).
    """
    if which is not None and which not in SNIPPET_SETS:
        raise ValueError(f"unknown snippet set {which!r}; choose one of {', '.join(SNIPPET_SETS)}")
    items = _items(directory)
    if which is not None:
        items = items[items["set"] == which].reset_index(drop=True)
    items["tags"], items["evidence"] = _resolve(_readings(directory), items["id"])
    items["outside_war"] = _outside_war(directory, items["conflict"])
    return items


def with_dev_snippets(frame: pd.DataFrame, *, directory=SNIPPETS_DIR) -> pd.DataFrame:
    """A labelled frame with the dev snippets appended: the tagger's training items.

    The holdout snippets are never added: they are scored, not learned from.
    The frame's own items get ``outside_war`` False (FA-KES and the seeds are
    war reporting).
    """
    dev = read_snippets("dev", directory=directory)
    dev = dev.drop(columns=["set", "conflict"]).assign(source="wire snippets (labels/snippets)", note="")
    dev = dev[~dev["id"].isin(set(frame["id"]))]
    frame = frame.assign(outside_war=False)
    return pd.concat([frame, dev.reindex(columns=frame.columns.union(dev.columns, sort=False))],
                     ignore_index=True)


def training_weights(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each item's ``weight`` and ``operating_weight`` (tagger v3.32's training material).

    The wire copy of :data:`SENTENCE_ONLY_SETS` and the long reports of
    :data:`LONG_TRAINING_SETS` would otherwise take part of every loss from
    the corpus articles and from the news outside armed conflict. Those keep
    the share they had without them: they weigh ``r = war snippets / (war
    snippets - sentence-only items - long training reports)``, every other
    item 1. The sentence-only items weigh 0 in the operating point. A frame
    with neither gets weights of 1 (the design before v3.29); one without
    the long reports gets v3.31's weights.

    ``frame`` has ``id`` and ``outside_war`` (as from :func:`with_dev_snippets`).
    """
    set_name = frame["id"].str.extract(r"^w([A-Z]+)-\d+$", expand=False)
    snippet = set_name.notna().to_numpy()
    outside = frame["outside_war"].fillna(False).astype(bool).to_numpy()
    sentence_only = set_name.isin(SENTENCE_ONLY_SETS).to_numpy()
    added = sentence_only | set_name.isin(LONG_TRAINING_SETS).to_numpy()
    war = int((snippet & ~outside).sum())
    r = war / (war - int(added.sum())) if added.any() else 1.0
    weight = np.where(~snippet | outside, r, 1.0)
    return frame.assign(weight=weight, operating_weight=np.where(sentence_only, 0.0, weight))


def _kappa(a: np.ndarray, b: np.ndarray) -> float:
    observed = np.mean(a == b)
    expected = a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean())
    return float((observed - expected) / (1 - expected)) if expected < 1 else 1.0


def snippet_agreement(*, directory=SNIPPETS_DIR) -> pd.DataFrame:
    """Agreement of the first two (independent) readings, per set and tag.

    Columns: ``set, tag, sentence_kappa, item_kappa, item_agreement, items``;
    sentences are those of the splitter (headline = 0), a sentence "has" a tag
    when the reading marks it as carrying it.
    """
    from newstag.corpus.sentences import item_sentences

    items = _items(directory)
    readings = _readings(directory)
    carries = readings[readings["role"] == "carries"]
    marked = {(r.id, r.reading, r.tag, int(r.sentence)) for r in carries.itertuples(index=False)}
    rows = []
    for name, group in items.groupby("set", sort=False):
        n_sentences = [len(item_sentences(t, x)) for t, x in zip(group["title"], group["text"])]
        for tag in TAGS:
            sentence = {reading: np.array([(i, reading, tag, s) in marked for i, n in zip(group["id"], n_sentences)
                                           for s in range(n)]) for reading in ("first", "second")}
            item = {reading: np.array([any((i, reading, tag, s) in marked for s in range(n))
                                       for i, n in zip(group["id"], n_sentences)]) for reading in ("first", "second")}
            rows.append({"set": name, "tag": tag,
                         "sentence_kappa": _kappa(sentence["first"], sentence["second"]),
                         "item_kappa": _kappa(item["first"], item["second"]),
                         "item_agreement": float(np.mean(item["first"] == item["second"])), "items": len(group)})
    return pd.DataFrame(rows)
