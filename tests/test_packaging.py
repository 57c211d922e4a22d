"""pyproject.toml and environment.yml list the same packages; the module runs."""

from __future__ import annotations

import re
import subprocess
import sys

import tomllib

from newstag import config

REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$")


def _split(requirement: str) -> tuple[str, str]:
    """('scikit-learn', '>=1.6') from 'scikit-learn>=1.6'; names normalised."""
    match = REQUIREMENT.match(requirement)
    assert match, requirement
    name, spec = match.groups()
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def _pip_requirements() -> dict[str, str]:
    data = tomllib.loads((config.PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    requirements = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    pairs = [_split(r) for r in requirements]
    assert len({name for name, _ in pairs}) == len(pairs), "a package is listed twice in pyproject.toml"
    return dict(pairs)


def _conda_requirements() -> dict[str, str]:
    """The top-level `dependencies:` entries of environment.yml, without pip's."""
    entries = []
    in_dependencies = False
    for line in (config.PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            in_dependencies = line.startswith("dependencies:")
            continue
        match = re.match(r"^  - (.+?)\s*(?:#.*)?$", line)  # top-level list items only
        if in_dependencies and match:
            entries.append(match.group(1))
    pairs = [_split(entry) for entry in entries if not entry.endswith(":")]  # skip "pip:" sub-list
    pairs = [(name, spec) for name, spec in pairs if name not in {"python", "pip"}]
    assert len({name for name, _ in pairs}) == len(pairs), "a package is listed twice in environment.yml"
    return dict(pairs)


def test_pyproject_and_environment_list_the_same_packages_and_bounds():
    pip = _pip_requirements()
    conda = _conda_requirements()
    assert {"numpy", "pandas", "ftfy", "pytest", "hypothesis"} <= set(pip)
    assert conda == pip


def test_every_requirement_has_a_lower_bound():
    for name, spec in _pip_requirements().items():
        assert re.fullmatch(r">=\d+(\.\d+)*", spec), f"{name}: {spec!r}"


def test_environment_installs_the_package_itself():
    text = (config.PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+- -e \.\s*$", text, re.MULTILINE)
    assert re.search(r"^\s+- python>=3\.10\s*$", text, re.MULTILINE)


def test_python_dash_m_newstag_help():
    result = subprocess.run(
        [sys.executable, "-m", "newstag", "--help"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "usage: newstag" in result.stdout
    assert "corpus" in result.stdout


def test_python_dash_m_newstag_corpus_help():
    result = subprocess.run(
        [sys.executable, "-m", "newstag", "corpus", "--help"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "--output" in result.stdout and "--max-chars" in result.stdout and "--report-file" in result.stdout
