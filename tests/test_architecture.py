"""The package's layout holds: stages import only stages below them, no cycles, small modules.

Layers, lowest first (docs/architecture.md): ``config``/``errors`` ->
``corpus`` -> ``tagging`` and ``topics`` (side by side, neither imports the
other) -> ``report`` -> ``distributed``/``pipeline`` -> ``cli``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newstag"
MAX_LINES = 450

# What each part may import from newstag (besides itself).
ALLOWED = {
    "config": set(),
    "errors": set(),
    "lazy": set(),
    "corpus": {"config", "errors", "lazy"},
    "tagging": {"config", "errors", "lazy", "corpus"},
    "topics": {"config", "errors", "lazy", "corpus"},
    "report": {"config", "errors", "corpus", "topics"},
    "distributed": {"config", "errors", "corpus", "tagging"},
    "pipeline": {"config", "errors", "corpus", "tagging", "topics", "report"},
    "cli": {"config", "errors", "corpus", "tagging", "topics", "report", "distributed", "pipeline"},
    "__main__": {"cli"},
    "": {"lazy"},  # newstag/__init__.py: lazy names only
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(("newstag",) + parts).removesuffix(".__init__")
        out[name] = path
    return out


def _imports(path: Path, modules) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "newstag":
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "newstag")
    return found


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


MODULES = _modules()
GRAPH = {name: _imports(path, MODULES) for name, path in MODULES.items()}


def test_every_part_is_known():
    assert {_part(m) for m in MODULES} <= set(ALLOWED)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_lower_layers(module):
    part = _part(module)
    wrong = sorted(t for t in GRAPH[module] if _part(t) != part and _part(t) not in ALLOWED[part])
    assert not wrong, f"{module} imports {wrong}, above its layer"


def test_no_import_cycles():
    state: dict[str, int] = {}
    cycles = []

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for target in sorted(GRAPH.get(node, ())):
            if target == node or target not in GRAPH:
                continue
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif not state.get(target):
                visit(target, stack)
        stack.pop()
        state[node] = 2

    for name in sorted(GRAPH):
        if not state.get(name):
            visit(name, [])
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small(module):
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines; split it by task (limit {MAX_LINES})"


def test_no_private_python_apis():
    private = ("re._parser", "re._constants", "sre_parse", "sre_constants", "sre_compile")
    for name, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        assert not any(p in text for p in private), f"{name} uses a private module of Python"
