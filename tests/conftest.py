"""Shared fixtures for the newstag test suite.

The FA-KES corpus is never copied into the repository: tests that need it
read its path from ``$NEWSTAG_FAKES_CSV`` and are skipped, with the reason,
when the variable is unset or names a missing file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newstag import config
from newstag.cli import main

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.fixture
def fakes_path() -> Path:
    """Path of the FA-KES csv, or skip when it is not available."""
    value = os.environ.get(config.FAKES_ENV_VAR)
    if not value:
        pytest.skip(f"FA-KES not available: set {config.FAKES_ENV_VAR}=/path/to/fakes.csv to run this test")
    path = Path(value)
    if not path.is_file():
        pytest.skip(f"FA-KES not available: {config.FAKES_ENV_VAR}={value} does not name an existing file")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return config.SEEDS_DIR


class CliResult:
    def __init__(self, status: int, out: str, err: str):
        self.status = status
        self.out = out
        self.err = err

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"CliResult(status={self.status!r}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def run_cli(capsys):
    """Call ``newstag.cli.main(argv)`` in-process; return status, stdout, stderr."""

    def run(*argv) -> CliResult:
        capsys.readouterr()  # drop anything printed before
        try:
            status = main([str(a) for a in argv])
        except SystemExit as exit_:  # argparse (--help, usage errors)
            status = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(status, captured.out, captured.err)

    return run


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def _assert_accounted(report) -> None:
    data = report if isinstance(report, dict) else report.to_dict()
    read = sum(data["records_read"].values())
    assert read == data["total_loaded"] + len(data["duplicates"]) + len(data["skipped"]), data


@pytest.fixture
def read_jsonl():
    """Read a JSONL file into a list of dicts."""
    return _read_jsonl


@pytest.fixture
def assert_accounted():
    """Check that every record read is loaded, a duplicate, or skipped.

    Accepts a LoadReport or its ``to_dict()`` (the --report-file JSON).
    """
    return _assert_accounted


@pytest.fixture
def png_bytes() -> bytes:
    return PNG_BYTES
