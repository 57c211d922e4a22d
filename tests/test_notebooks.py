"""The notebooks in notebooks/: thin, committed without outputs, paired with
their py:percent scripts, and runnable headless on the seeds alone.

The execution tests run every notebook once with papermill (module-scoped,
two at a time: each kernel pays UMAP's numba JIT, ~20 s) on the 14 seed
items, never on FA-KES, and write the executed copies under a temporary
folder. The kernel is the ``python3`` kernelspec; jupyter_client starts it
with the interpreter running the tests (``sys.executable``), so it sees this
environment's newstag.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from newstag.config import PROJECT_ROOT, SEEDS_DIR

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
EXPECTED = ["01_corpus", "02_topics", "03_tagging", "04_figures"]
PARAMETERS = {"corpus_inputs", "fakes_path", "random_state", "n_topics", "k_range"}
# Cells that draw: a newstag.plots function, or an image shown with IPython.display.Image.
DRAWING = re.compile(r"\bplot_\w+\(|\bImage\(")
DEFINITION = re.compile(r"^\s*(async\s+def|def|class)\s", re.MULTILINE)
TIMEOUT = 300  # seconds per cell


def _notebooks() -> list[Path]:
    return sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


def _code_cells(notebook) -> list:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _parameters_cell(notebook):
    cells = [cell for cell in notebook.cells if "parameters" in cell.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, "exactly one cell must be tagged 'parameters'"
    return cells[0]


# ------------------------------------------------------------ static checks
def test_notebooks_are_numbered_in_reading_order():
    assert [path.stem for path in _notebooks()] == EXPECTED


@pytest.mark.parametrize("name", EXPECTED)
def test_committed_notebook_has_no_outputs(name):
    notebook = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    nbformat.validate(notebook)
    for cell in _code_cells(notebook):
        assert cell.outputs == [], f"{name}: a cell has outputs; strip them before committing"
        assert cell.execution_count is None, f"{name}: a cell has an execution count; strip it"


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_is_thin(name):
    """Cells import, call and show: no function or class is defined in a notebook."""
    notebook = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    for cell in _code_cells(notebook):
        assert not DEFINITION.search(cell.source), f"{name}: move this definition into src/newstag:\n{cell.source}"


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_has_the_papermill_parameters(name):
    notebook = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    namespace: dict = {}
    exec(_parameters_cell(notebook).source, namespace)  # plain assignments only
    assert PARAMETERS <= set(namespace)
    assert namespace["corpus_inputs"] is None and namespace["fakes_path"] is None
    assert namespace["random_state"] == 42 and namespace["n_topics"] == "auto"


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_and_script_pair_hold_the_same_cells(name):
    jupytext = pytest.importorskip("jupytext")
    notebook = jupytext.read(NOTEBOOKS_DIR / f"{name}.ipynb")
    script = jupytext.read(NOTEBOOKS_DIR / f"{name}.py")
    as_cells = lambda nb: [(c.cell_type, c.source.strip()) for c in nb.cells]  # noqa: E731
    assert as_cells(script) == as_cells(notebook), (
        f"notebooks/{name}.ipynb and {name}.py differ: run `jupytext --sync notebooks/{name}.ipynb`"
    )
    assert _parameters_cell(script).source == _parameters_cell(notebook).source


# --------------------------------------------------------------- execution
def _execute(name: str, out_dir: Path) -> Path:
    import papermill

    output = out_dir / f"{name}.ipynb"
    parameters = {"corpus_inputs": [str(SEEDS_DIR)], "k_range": [2, 5], "random_state": 42}
    if name == "04_figures":
        parameters["output_dir"] = str(out_dir / "figures")
    papermill.execute_notebook(
        str(NOTEBOOKS_DIR / f"{name}.ipynb"), str(output), parameters=parameters, kernel_name="python3",
        cwd=str(out_dir), progress_bar=False, execution_timeout=TIMEOUT,
    )
    return output


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Every notebook run once on the seeds: name -> executed notebook (or the error raised)."""
    out_dir = tmp_path_factory.mktemp("notebooks")
    results = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(_execute, name, out_dir) for name in EXPECTED}
    for name, future in futures.items():
        error = future.exception()
        results[name] = error if error is not None else nbformat.read(future.result(), as_version=4)
    results["_out_dir"] = out_dir
    return results


def _outputs(cell) -> list:
    return cell.get("outputs", [])


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_runs_on_the_seeds_without_errors(executed, name):
    result = executed[name]
    if isinstance(result, Exception):
        pytest.fail(f"{name} failed under papermill: {result}")
    errors = [out for cell in _code_cells(result) for out in _outputs(cell) if out.output_type == "error"]
    assert not errors, f"{name}: " + "\n".join(f"{e.ename}: {e.evalue}" for e in errors)


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_every_figure_cell_shows_an_image(executed, name):
    result = executed[name]
    if isinstance(result, Exception):
        pytest.fail(f"{name} failed under papermill: {result}")
    drawing = [cell for cell in _code_cells(result) if DRAWING.search(cell.source)]
    assert drawing, f"{name} draws nothing"
    for cell in drawing:
        kinds = {kind for out in _outputs(cell) for kind in out.get("data", {})}
        assert "image/png" in kinds, f"{name}: no PNG shown by\n{cell.source}"


@pytest.mark.slow
def test_figures_notebook_writes_into_output_dir(executed):
    result = executed["04_figures"]
    if isinstance(result, Exception):
        pytest.fail(f"04_figures failed under papermill: {result}")
    figures = executed["_out_dir"] / "figures"
    assert (figures / "topic_map.html").is_file()
    pngs = sorted(figures.glob("*.png"))
    assert len(pngs) >= 8
    shown = [out for cell in _code_cells(result) if "Image(" in cell.source for out in _outputs(cell)
             if "image/png" in out.get("data", {})]
    assert len(shown) == len(pngs), "every PNG written should be shown"
