"""Build the CheckList cases (Ribeiro et al. 2020) for the newstag tagger.

Deterministic: templates are filled from the per-conflict lexicons by index
arithmetic, no random numbers. Written from the tag definitions only; this
suite is a held-out test and must never be used to train or tune the tagger.

Case fields (plain dicts, JSON-ready):

* all kinds: ``id`` (stable), ``kind`` (MFT/INV/DIR), ``tag``, ``conflict``,
  ``text``, ``title`` (or None), ``template``.
* MFT: ``gold`` (the full gold tag set) and exactly one of
  ``expect_present: True`` / ``expect_absent: True`` for ``tag``.
* INV: ``members`` (list of {text, title, conflict}; the first is the case's
  own text), ``perturbation`` ("within": places/outlets/dates/numbers in one
  conflict; "across": actors and places of other conflicts), ``gold``.
  Expectation: identical predicted tag sets across members.
* DIR: ``text2``/``title2`` (the modified item), ``direction`` ("up"/"down")
  for ``scores[tag]``, ``gold`` and ``gold2`` (full gold sets of both items).
"""

from __future__ import annotations

from collections import Counter

from .lexicon import CONFLICT_NAMES, compatible, slots
from .templates_inv_dir import DIR, INV
from .templates_mft import MFT

TAGS = ("ceasefire", "airstrike", "humanitarian", "diplomacy")
KINDS = ("MFT", "INV", "DIR")
INV_GROUP_SIZE = 3
DIR_PER_TEMPLATE = 2


def _gold(spec: str) -> list[str]:
    tags = sorted(spec.split())
    unknown = set(tags) - set(TAGS)
    if unknown:
        raise ValueError(f"unknown tag(s) in gold {spec!r}: {sorted(unknown)}")
    return tags


def _fill(template: str | None, conflict: str, variant: int) -> str | None:
    if template is None:
        return None
    return template.format(**slots(conflict, variant))


def _compatible(only, *texts) -> list[str]:
    names = [c for c in CONFLICT_NAMES if only is None or c in only]
    return [c for c in names if compatible(c, *texts)]


def _pick(names: list[str], start: int, k: int) -> list[str]:
    k = min(k, len(names))
    return [names[(start + j) % len(names)] for j in range(k)]


def _mft_cases() -> list[dict]:
    cases = []
    for t_index, (tag, templates) in enumerate(MFT.items()):
        for i, t in enumerate(templates):
            names = _compatible(t.only, t.text, t.title)
            if not names:
                raise ValueError(f"MFT template {tag}.{t.key} fits no conflict")
            gold = _gold(t.gold)
            for j, conflict in enumerate(_pick(names, 3 * i + t_index, t.n)):
                variant = i + 5 * j + t_index
                case = dict(
                    id=f"MFT.{tag}.{t.key}.{conflict}", kind="MFT", tag=tag, conflict=conflict,
                    text=_fill(t.text, conflict, variant), title=_fill(t.title, conflict, variant),
                    template=t.key, gold=gold,
                )
                case["expect_present" if tag in gold else "expect_absent"] = True
                cases.append(case)
    return cases


def _inv_cases() -> list[dict]:
    cases = []
    for i, t in enumerate(INV):
        names = _compatible(t.only, t.text, t.title)
        if len(names) < 2:
            raise ValueError(f"INV template {t.key} fits fewer than two conflicts")
        gold = _gold(t.gold)
        home = names[(2 * i) % len(names)]
        within = [(home, i + j) for j in range(INV_GROUP_SIZE)]
        across = [(c, i + 1 + j) for j, c in enumerate(_pick(names, 2 * i + 1, INV_GROUP_SIZE))]
        for label, fills in (("within", within), ("across", across)):
            members = [
                dict(text=_fill(t.text, c, v), title=_fill(t.title, c, v), conflict=c)
                for c, v in fills
            ]
            suffix = home if label == "within" else "+".join(m["conflict"] for m in members)
            cases.append(dict(
                id=f"INV.{t.tag}.{t.key}.{label}.{suffix}", kind="INV", tag=t.tag,
                conflict=members[0]["conflict"], text=members[0]["text"], title=members[0]["title"],
                template=t.key, gold=gold, perturbation=label, members=members,
            ))
    return cases


def _dir_cases() -> list[dict]:
    cases = []
    for i, d in enumerate(DIR):
        if d.direction not in ("up", "down"):
            raise ValueError(f"DIR template {d.key}: direction must be 'up' or 'down'")
        names = _compatible(d.only, d.text, d.title, d.text2, d.title2)
        if not names:
            raise ValueError(f"DIR template {d.key} fits no conflict")
        for j, conflict in enumerate(_pick(names, 3 * i, DIR_PER_TEMPLATE)):
            variant = i + 4 * j
            cases.append(dict(
                id=f"DIR.{d.tag}.{d.key}.{conflict}", kind="DIR", tag=d.tag, conflict=conflict,
                text=_fill(d.text, conflict, variant), title=_fill(d.title, conflict, variant),
                text2=_fill(d.text2, conflict, variant), title2=_fill(d.title2, conflict, variant),
                direction=d.direction, template=d.key, gold=_gold(d.gold), gold2=_gold(d.gold2),
            ))
    return cases


def build_cases() -> list[dict]:
    """Every case of the suite, in a fixed order."""
    return _mft_cases() + _inv_cases() + _dir_cases()


def items_of(case: dict) -> list[tuple[str, str | None]]:
    """The (text, title) items a case needs tagged, in evaluation order."""
    if case["kind"] == "INV":
        return [(m["text"], m["title"]) for m in case["members"]]
    if case["kind"] == "DIR":
        return [(case["text"], case["title"]), (case["text2"], case["title2"])]
    return [(case["text"], case["title"])]


def counts(cases: list[dict]) -> dict:
    """Numbers of cases by kind, by tag x kind and by conflict (INV groups count every member's conflict once)."""
    by_conflict: Counter = Counter()
    for case in cases:
        conflicts = {m["conflict"] for m in case["members"]} if case["kind"] == "INV" else {case["conflict"]}
        by_conflict.update(conflicts)
    return dict(
        total=len(cases),
        by_kind=dict(Counter(c["kind"] for c in cases)),
        by_tag_kind={t: dict(Counter(c["kind"] for c in cases if c["tag"] == t)) for t in TAGS},
        mft_present={t: sum(1 for c in cases if c["kind"] == "MFT" and c["tag"] == t and c.get("expect_present"))
                     for t in TAGS},
        mft_absent={t: sum(1 for c in cases if c["kind"] == "MFT" and c["tag"] == t and c.get("expect_absent"))
                    for t in TAGS},
        by_conflict=dict(sorted(by_conflict.items())),
    )


def validate(cases: list[dict]) -> list[str]:
    """Integrity problems of a case list (empty when sound)."""
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for c in cases:
        where = c["id"]
        if c["kind"] not in KINDS:
            problems.append(f"{where}: bad kind {c['kind']!r}")
        if c["tag"] not in TAGS:
            problems.append(f"{where}: bad tag {c['tag']!r}")
        if c["conflict"] not in CONFLICT_NAMES:
            problems.append(f"{where}: bad conflict {c['conflict']!r}")
        for key in ("gold", "gold2"):
            if key in c and not set(c[key]) <= set(TAGS):
                problems.append(f"{where}: {key} has unknown tags {c[key]}")
        for text, title in items_of(c):
            for s in (text, title):
                if s is not None and ("{" in s or "}" in s or "  " in s or not s.strip()):
                    problems.append(f"{where}: unfilled or malformed text {s!r}")
        if c["kind"] == "MFT":
            flags = [k for k in ("expect_present", "expect_absent") if c.get(k)]
            if len(flags) != 1:
                problems.append(f"{where}: needs exactly one of expect_present/expect_absent")
            elif (c["tag"] in c["gold"]) != (flags[0] == "expect_present"):
                problems.append(f"{where}: expectation disagrees with gold")
        elif c["kind"] == "INV":
            items = items_of(c)
            if len(items) < 2:
                problems.append(f"{where}: INV group needs >= 2 members")
            if len(set(items)) != len(items):
                problems.append(f"{where}: INV members are not all different")
        elif c["kind"] == "DIR":
            if c["direction"] not in ("up", "down"):
                problems.append(f"{where}: bad direction")
            if (c["text"], c["title"]) == (c["text2"], c["title2"]):
                problems.append(f"{where}: DIR modification changes nothing")
    return problems
