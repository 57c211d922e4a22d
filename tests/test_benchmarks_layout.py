"""benchmarks/ holds together: the runner's registry names every bench module, each has the entry points.

Imports only; nothing is measured (the benchmarks themselves take an hour).
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
MAX_LINES = 450


@pytest.fixture(scope="module")
def runner():
    # benchmarks/ is a folder of scripts, not a package: run.py imports its siblings by name.
    sys.path.insert(0, str(BENCH))
    before = set(sys.modules)
    try:
        yield importlib.import_module("run")
    finally:
        sys.path.remove(str(BENCH))
        # Their plain names (run, common, report) must not shadow anything for the tests after these.
        for name in set(sys.modules) - before:
            if str(getattr(sys.modules[name], "__file__", "") or "").startswith(str(BENCH)):
                del sys.modules[name]


def test_registry_lists_every_bench_module(runner):
    on_disk = {path.stem for path in BENCH.glob("bench_*.py")}
    registered = {module.__name__ for module in runner.BENCHMARKS.values()}
    assert registered == on_disk


def test_every_benchmark_has_the_entry_points(runner):
    for name, module in runner.BENCHMARKS.items():
        for entry, params in (("run", ["ctx"]), ("report", ["rep", "results"])):
            function = getattr(module, entry, None)
            assert callable(function), f"{module.__name__} ({name}) has no {entry}()"
            assert list(inspect.signature(function).parameters) == params, f"{module.__name__}.{entry}"


def test_phases_and_report_order(runner):
    assert runner.PHASES == ["machine", *runner.BENCHMARKS]
    assert set(runner.REPORT_ORDER) <= set(runner.BENCHMARKS)
    assert len(runner.report_sections()) == len(runner.BENCHMARKS)


def test_a_partial_run_leaves_the_committed_report_alone(runner, tmp_path):
    every_phase = {p: {} for p in runner.PHASES if p != "streaming_1m"}
    # --only tagging in a fresh clone: work/results.json holds that phase alone
    assert runner.report_folder({"tagging": {}}, BENCH, tmp_path) == tmp_path
    assert runner.report_folder(every_phase, BENCH, tmp_path) == BENCH
    # an explicit --output (or --quick, --work) is always where the report goes
    assert runner.report_folder({"tagging": {}}, tmp_path / "out", tmp_path) == tmp_path / "out"


def test_bench_modules_stay_small():
    for path in BENCH.glob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= MAX_LINES, f"benchmarks/{path.name} has {lines} lines (limit {MAX_LINES})"
