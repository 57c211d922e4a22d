"""CheckList behavioural tests for the newstag tagger.

(a) the suite's own integrity; (b) the shipped tagger's MFT pass rate per tag
against ``MIN_PASS_RATE``. The suite is held out: never train or tune on it.
"""

from __future__ import annotations

import pytest

from newstag import tag

from .runner import run_suite
from .suite import KINDS, TAGS, build_cases, counts, items_of, validate

# Floor measured for the shipped tagger (MFT pass rate per tag, rounded DOWN to
# the nearest 0.05, and at most the target). v3.11: ceasefire 0.889, airstrike
# 1.000, humanitarian 1.000, diplomacy 1.000 (v3.10: 0.870, 1.000, 1.000, 0.963;
# v3.9: 0.889, 1.000, 0.962, 0.963;
# v3.8: 0.870, 1.000, 0.962, 0.963;
# v3.6: 0.870, 1.000, 0.981, 0.963;
# v3.5: 0.833, 1.000, 0.981, 0.981;
# v3.4: 0.852, 1.000, 1.000, 0.981; v3.3: 0.833, 0.962, 0.962, 0.963; v3.0:
# 0.889, 0.962, 0.942, 0.944; v2 at a1653e3: 0.889, 0.792, 0.808, 0.926).
# Ceasefire's expected-absent cases are the weak spot (7 of 26 fail for v3.6
# and v3.8, 6 for v3.9, 7 for v3.10, 6 for v3.11);
# a blind reading of the 54 ceasefire MFT items agreed with the suite's gold on
# all 54 (docs/experiments/checklist_ceasefire_reading_2026-11-29), so these
# are the model's errors. v3.4 to v3.6 were trained with short items written
# from the spec's exclusions (labels/snippets set H), never from this suite; a
# second such set about ceasefire alone (set I) was kept out of v3.5 by its
# pre-registered rule on a snippet holdout; v3.6's lexicon change came from
# the errors on a snippet set and the spec; v3.8 was trained with news from
# outside armed conflict (set K), written from its own protocol; v3.9 with 500
# more short items in today's wire wording (sets M and N); v3.10 with 150 long
# reports and 250 wire items (sets P and Q); v3.11 with 400 more items of news
# from outside armed conflict (set V), written from its own protocol and
# admitted by cross-validation on set K. The suite is never trained or
# tuned on. The target is TARGET_MFT_PASS_RATE for every tag; ceasefire misses it.
MIN_PASS_RATE = {
    "ceasefire": 0.85,
    "airstrike": 0.95,
    "humanitarian": 0.95,
    "diplomacy": 0.95,
}
TARGET_MFT_PASS_RATE = 0.95


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    return build_cases()


# --- (a) integrity of the suite ----------------------------------------------


def test_suite_is_sound(cases):
    assert validate(cases) == []


def test_ids_are_unique(cases):
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))


def test_suite_is_deterministic(cases):
    assert build_cases() == cases


def test_sizes(cases):
    n = counts(cases)
    assert n["total"] >= 300
    assert n["by_kind"]["INV"] >= 60
    assert n["by_kind"]["DIR"] >= 40
    assert len(n["by_conflict"]) >= 7
    for t in TAGS:
        assert n["by_tag_kind"][t].get("MFT", 0) >= 40, t
        # roughly half positives, half negatives
        assert n["mft_present"][t] >= 15 and n["mft_absent"][t] >= 15, t


def test_every_tag_and_kind_is_covered(cases):
    assert {c["tag"] for c in cases} == set(TAGS)
    assert {c["kind"] for c in cases} == set(KINDS)
    for c in cases:
        for key in ("gold", "gold2"):
            if key in c:
                assert set(c[key]) <= set(TAGS), c["id"]


def test_inv_groups_have_two_or_more_members(cases):
    for c in cases:
        if c["kind"] == "INV":
            assert len(c["members"]) >= 2, c["id"]
            assert len(set(items_of(c))) == len(c["members"]), c["id"]


def test_dir_gold_sets_agree_with_direction(cases):
    for c in cases:
        if c["kind"] != "DIR":
            continue
        before, after = c["tag"] in c["gold"], c["tag"] in c["gold2"]
        if c["direction"] == "up":
            assert after and not before, c["id"]
        else:
            assert before and not after, c["id"]


def test_identical_items_never_carry_different_gold(cases):
    seen: dict = {}
    for c in cases:
        pairs = [((c["text"], c["title"]), c["gold"])]
        if c["kind"] == "INV":
            pairs = [((m["text"], m["title"]), c["gold"]) for m in c["members"]]
        elif c["kind"] == "DIR":
            pairs.append(((c["text2"], c["title2"]), c["gold2"]))
        for item, gold in pairs:
            assert seen.setdefault(item, gold) == gold, item


def test_runner_batches_once_and_an_oracle_passes_everything(cases):
    """A tagger that returns each item's gold set passes every case, in one call."""
    gold = {}
    for c in cases:
        for (text, title), g in zip(items_of(c), _golds(c)):
            gold[(text, title)] = g
    calls = []

    def oracle(texts, titles=None):
        calls.append(len(texts))
        out = []
        for text, title in zip(texts, titles):
            g = gold[(text, title)]
            out.append({"tags": list(g), "scores": {t: 1.0 if t in g else 0.0 for t in TAGS}})
        return out

    result = run_suite(oracle, cases)
    assert calls == [result["n_items"]]
    assert result["failures"] == []
    assert result["rates"]["all"]["all"]["rate"] == 1.0


def _golds(case):
    if case["kind"] == "INV":
        return [case["gold"]] * len(case["members"])
    if case["kind"] == "DIR":
        return [case["gold"], case["gold2"]]
    return [case["gold"]]


# --- (b) the shipped tagger ----------------------------------------------------


@pytest.fixture(scope="module")
def shipped_result(cases) -> dict:
    return run_suite(tag, cases)


@pytest.mark.parametrize("tag_name", TAGS)
def test_shipped_tagger_mft_pass_rate(shipped_result, tag_name):
    rate = shipped_result["mft_by_tag"][tag_name]
    failed = [f["id"] for f in shipped_result["failures"] if f["kind"] == "MFT" and f["tag"] == tag_name]
    assert rate >= MIN_PASS_RATE[tag_name], f"{tag_name} MFT pass rate {rate:.3f}; failures: {failed}"
