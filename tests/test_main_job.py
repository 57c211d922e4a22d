"""The main job (`newstag run`, what `make` runs) without FA-KES: every figure, reproducibly.

FA-KES is switched off (no ``$NEWSTAG_FAKES_CSV``, no ``data/raw/fakes.csv``),
so the job loads the seeds only and uses the shipped model. All outputs go to
``tmp_path``: the pipeline's output folders are patched where it uses them,
and the test checks that nothing in the project's ``data/``, ``reports/`` or
``models/`` was written.
"""

from __future__ import annotations

import matplotlib.image
import pytest

from newstag import config, pipeline
from newstag.tagging import predict

pytestmark = pytest.mark.slow

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FIGURES = (
    "corpus_overview", "topic_hierarchy", "topic_time", "topic_sources", "topic_map", "topic_terms",
    "topic_tag_heatmap", "tag_prevalence_year",
    "tag_prevalence_source", "tag_map", "tagger_precision_recall", "tagger_learning_curve",
)
IDENTICAL = tuple(f"{name}.png" for name in FIGURES) + ("map_coordinates.csv", "topics.csv", "topic_levels.csv", "topics.md")


def _project_outputs() -> dict:
    """(size, mtime) of every file under the project's output folders."""
    state = {}
    for folder in (config.DATA_DIR, config.REPORTS_DIR, config.MODELS_DIR):
        if folder.exists():
            for path in folder.rglob("*"):
                if path.is_file():
                    stat = path.stat()
                    state[path] = (stat.st_size, stat.st_mtime_ns)
    return state


def _run(root, monkeypatch, capsys) -> tuple:
    monkeypatch.setattr(pipeline, "PROCESSED_DIR", root / "data" / "processed")
    monkeypatch.setattr(pipeline, "REPORTS_DIR", root / "reports")
    monkeypatch.setattr(pipeline, "FIGURES_DIR", root / "reports" / "figures")
    monkeypatch.setattr(pipeline, "MODEL_BUILD_DIR", root / "reports" / "model")
    capsys.readouterr()
    status = pipeline.run_main_job()
    return status, capsys.readouterr().err


@pytest.fixture
def runs(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(config.FAKES_ENV_VAR, raising=False)
    monkeypatch.delenv("NEWSTAG_MODEL", raising=False)
    monkeypatch.setattr(config, "DEFAULT_FAKES_PATH", tmp_path / "no-fakes" / "fakes.csv")
    monkeypatch.setattr(predict, "_MODEL", None)  # the shipped model, whatever another test chose
    monkeypatch.setattr(predict, "_MODEL_PATH", None)
    assert config.resolve_fakes_path() is None
    before = _project_outputs()
    first = _run(tmp_path / "run1", monkeypatch, capsys)
    second = _run(tmp_path / "run2", monkeypatch, capsys)
    after = _project_outputs()
    return tmp_path, first, second, before, after


def test_main_job_without_fakes_writes_every_figure_reproducibly(runs):
    root, (status1, err1), (status2, _), before, after = runs
    assert status1 == 0 and status2 == 0, err1
    assert "FA-KES not configured" in err1 and "make data" in err1

    figures = root / "run1" / "reports" / "figures"
    expected = [f"{name}.png" for name in FIGURES] + ["topic_map.html"]
    missing = [name for name in expected if not (figures / name).is_file()]
    assert not missing, f"missing figures: {missing}; written: {sorted(p.name for p in figures.iterdir())}"
    for name in FIGURES:
        path = figures / f"{name}.png"
        assert path.read_bytes()[:8] == PNG_SIGNATURE, name
        image = matplotlib.image.imread(path)
        assert image.ndim == 3 and image.shape[2] in (3, 4), (name, image.shape)
        assert image.shape[0] >= 200 and image.shape[1] >= 200, (name, image.shape)
        assert image.std() > 0, f"{name} is a blank image"

    page = (figures / "topic_map.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith(("<!doctype html", "<html")) and page.rstrip().lower().endswith("</html>")
    assert 'id="newstag-topic-map"' in page and "Plotly.newPlot" in page
    assert len(page) > 1_000_000  # plotly.js inlined: works offline

    for folder in ("data/processed", "reports"):
        assert (root / "run1" / folder).is_dir()
    assert (root / "run1" / "data" / "processed" / "items.jsonl").stat().st_size > 0
    assert (root / "run1" / "data" / "processed" / "tags.jsonl").stat().st_size > 0
    assert (root / "run1" / "reports" / "corpus_report.json").is_file()

    second = root / "run2" / "reports" / "figures"
    different = [name for name in IDENTICAL if (figures / name).read_bytes() != (second / name).read_bytes()]
    assert not different, f"not byte-identical across two runs: {different}"

    changed = sorted(str(p.relative_to(config.PROJECT_ROOT)) for p in set(after) if before.get(p) != after[p])
    assert not changed, f"the main job wrote into the project outside the patched folders: {changed}"
