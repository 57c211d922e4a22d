"""Run the CheckList suite against a tagger and report pass rates.

    PYTHONPATH=src python -m tests.checklist.runner [--json PATH] [--failures N]
    PYTHONPATH=src python tests/checklist/runner.py [--json PATH] [--failures N]

(The second form is for environments where another distribution installs a
top-level ``tests`` package that shadows this repository's ``tests`` folder:
iterative-stratification, a newstag dependency, does.)

``run_suite(tag_fn)`` tags every item of every case in ONE call,
``tag_fn(texts, titles=titles)``, which must return one dict per item with
"tags" (list) and "scores" (tag -> probability), like ``newstag.tag``.

Pass rules:

* MFT: the tag is predicted iff the case expects it present.
* INV: every member of the group gets the same predicted tag set.
* DIR: ``delta = scores2[tag] - scores[tag]`` (modified minus base). "up"
  passes when delta > DIR_MIN_DELTA, or when the modified score is already at
  the ceiling (>= DIR_SATURATION); "down" passes when delta < -DIR_MIN_DELTA,
  or when the modified score is at the floor (<= 1 - DIR_SATURATION). A score
  that does not move fails: the modification carries the signal, so a tagger
  that ignores it has not shown the behaviour. The saturation clause keeps a
  case from failing only because the base was already pinned at 0 or 1.

Never use this suite, its results or its failures to train or tune a tagger.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python tests/checklist/runner.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "checklist"
    import checklist  # noqa: F401  (parent package for the relative imports below)

from .suite import KINDS, TAGS, build_cases, items_of

DIR_MIN_DELTA = 0.0
DIR_SATURATION = 0.97


def _rate(passed: int, n: int) -> dict:
    return {"n": n, "passed": passed, "rate": round(passed / n, 4) if n else None}


def _tagset(pred: dict) -> list[str]:
    return sorted(pred.get("tags", []))


def _score(pred: dict, tag: str) -> float:
    return float(pred.get("scores", {}).get(tag, 0.0))


def evaluate_case(case: dict, preds: list[dict]) -> tuple[bool, object, object]:
    """(passed, expected, got) for one case given its items' predictions."""
    tag = case["tag"]
    kind = case["kind"]
    if kind == "MFT":
        want = bool(case.get("expect_present"))
        have = tag in preds[0].get("tags", [])
        expected = f"{tag} {'present' if want else 'absent'} (gold {case['gold']})"
        got = {"tags": _tagset(preds[0]), "score": _score(preds[0], tag)}
        return want == have, expected, got
    if kind == "INV":
        sets = [_tagset(p) for p in preds]
        return all(s == sets[0] for s in sets), "identical tag sets", sets
    if kind == "DIR":
        base, mod = _score(preds[0], tag), _score(preds[1], tag)
        delta = mod - base
        if case["direction"] == "up":
            passed = delta > DIR_MIN_DELTA or mod >= DIR_SATURATION
        else:
            passed = delta < -DIR_MIN_DELTA or mod <= 1 - DIR_SATURATION
        got = {"base": round(base, 4), "modified": round(mod, 4), "delta": round(delta, 4)}
        return passed, f"{tag} score {case['direction']}", got
    raise ValueError(f"unknown kind {kind!r}")


def _gold_items(case: dict) -> list[tuple[int, list[str]]]:
    """(item offset, gold set) for the items of a case that carry a gold set."""
    if case["kind"] == "MFT":
        return [(0, case["gold"])]
    if case["kind"] == "INV":
        return [(i, case["gold"]) for i in range(len(case["members"]))]
    return [(0, case["gold"]), (1, case["gold2"])]


def run_suite(tag_fn, cases: list[dict] | None = None) -> dict:
    """Evaluate ``tag_fn`` on the suite (all items tagged in one batch call)."""
    cases = build_cases() if cases is None else cases
    texts: list[str] = []
    titles: list[str | None] = []
    spans = []
    for case in cases:
        items = items_of(case)
        spans.append((len(texts), len(items)))
        texts += [t for t, _ in items]
        titles += [h for _, h in items]
    preds = list(tag_fn(texts, titles=titles))
    if len(preds) != len(texts):
        raise ValueError(f"tag_fn returned {len(preds)} predictions for {len(texts)} items")

    tally = defaultdict(lambda: [0, 0])  # key -> [passed, n]
    gold_exact = [0, 0]
    gold_tag = {t: [0, 0] for t in TAGS}
    failures = []
    for case, (start, k) in zip(cases, spans):
        p = preds[start:start + k]
        passed, expected, got = evaluate_case(case, p)
        keys = [(case["tag"], case["kind"]), (case["tag"], "all"), ("all", case["kind"]), ("all", "all")]
        if case["kind"] == "MFT":
            keys.append((case["tag"], "MFT+" if case.get("expect_present") else "MFT-"))
        for key in keys:
            tally[key][0] += passed
            tally[key][1] += 1
        for offset, gold in _gold_items(case):
            predicted = _tagset(p[offset])
            gold_exact[0] += predicted == sorted(gold)
            gold_exact[1] += 1
            for t in TAGS:
                gold_tag[t][0] += (t in predicted) == (t in gold)
                gold_tag[t][1] += 1
        if not passed:
            failures.append(dict(
                id=case["id"], kind=case["kind"], tag=case["tag"], conflict=case["conflict"],
                text=case["text"], title=case["title"],
                **({"text2": case["text2"], "title2": case["title2"]} if case["kind"] == "DIR" else {}),
                **({"members": case["members"]} if case["kind"] == "INV" else {}),
                expected=expected, got=got,
            ))

    columns = list(KINDS) + ["MFT+", "MFT-", "all"]
    rates = {t: {c: _rate(*tally[(t, c)]) for c in columns if tally[(t, c)][1]} for t in list(TAGS) + ["all"]}
    return dict(
        n_cases=len(cases),
        n_items=len(texts),
        rates=rates,
        mft_by_tag={t: rates[t]["MFT"]["rate"] for t in TAGS if "MFT" in rates[t]},
        by_kind={k: rates["all"][k] for k in KINDS if k in rates["all"]},
        gold_exact_set=_rate(*gold_exact),
        gold_per_tag_accuracy={t: _rate(*v) for t, v in gold_tag.items()},
        settings=dict(dir_min_delta=DIR_MIN_DELTA, dir_saturation=DIR_SATURATION),
        failures=failures,
    )


def format_table(result: dict) -> str:
    cols = ["MFT", "MFT+", "MFT-", "INV", "DIR", "all"]
    lines = [f"{'tag':<13}" + "".join(f"{c:>15}" for c in cols)]
    for t in list(TAGS) + ["all"]:
        cells = []
        for c in cols:
            r = result["rates"][t].get(c)
            cells.append(f"{r['rate']:.2f} {r['passed']:>3}/{r['n']:<3}" if r else "-")
        lines.append(f"{t:<13}" + "".join(f"{x:>15}" for x in cells))
    g = result["gold_exact_set"]
    lines.append(f"cases {result['n_cases']}, items {result['n_items']}, failures {len(result['failures'])}; "
                 f"exact gold tag set on {g['passed']}/{g['n']} items ({g['rate']:.2f})")
    lines.append("MFT+ = tag expected present, MFT- = tag expected absent")
    return "\n".join(lines)


def write_card_section(result: dict, path) -> None:
    """Replace the card's last section, '## Behavioural checklist', with this run's pass rates."""
    from pathlib import Path

    card = Path(path).read_text(encoding="utf-8")
    head = card.split("## Behavioural checklist")[0]
    section = ("## Behavioural checklist\n"
               "`tests/checklist` (CheckList-style, written from the tag definitions only, never trained or tuned on):\n"
               "minimum-functionality (MFT), invariance (INV) and directional (DIR) pass rates of this model.\n"
               "Target for MFT: 0.95 per tag.\n\n```\n" + format_table(result) + "\n```\n")
    Path(path).write_text(head + section, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.checklist.runner", description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="PATH", help="also write the full result (with failures) as JSON")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print the first N failures")
    parser.add_argument("--card", metavar="PATH", help="rewrite the '## Behavioural checklist' section of this model card")
    args = parser.parse_args(argv)

    from newstag import tag

    result = run_suite(tag)
    print(format_table(result))
    for f in result["failures"][: args.failures]:
        print(f"- {f['id']}: expected {f['expected']}; got {f['got']}")
        print(f"    {f['title'] or '-'} | {f['text']}")
        if f["kind"] == "DIR":
            print(f"    {f['title2'] or '-'} | {f['text2']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=1, ensure_ascii=False)
        print(f"wrote {args.json}", file=sys.stderr)
    if args.card:
        write_card_section(result, args.card)
        print(f"wrote the checklist section of {args.card}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
