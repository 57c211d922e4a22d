"""The stages chained: what ``newstag train``, ``figures`` and ``run`` do.

Derived files go to ``data/processed/`` and ``reports/`` (git-ignored); only
``newstag train --ship`` writes the shipped model in ``models/``.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from contextlib import contextmanager, nullcontext
from pathlib import Path

from newstag.config import (
    DEFAULT_RANDOM_STATE,
    FIGURES_DIR,
    MODELS_DIR,
    PROCESSED_DIR,
    REPORTS_DIR,
    resolve_fakes_path,
)
from newstag.errors import UserError

__all__ = ["train_command", "figures_command", "run_main_job"]

MODEL_BUILD_DIR = REPORTS_DIR / "model"


def evaluation_figures(model_dir, output_dir) -> dict:
    """Precision-recall and learning-curve figures from a model folder's evaluation files."""
    from newstag.report.figures import save_figure
    from newstag.report.model_plots import plot_learning_curve, plot_precision_recall
    from newstag.tagging.train import (
        CV_PREDICTIONS,
        EVALUATION_JSON,
        load_model,
        read_cv_predictions,
    )

    model_dir, output_dir = Path(model_dir), Path(output_dir)
    written: dict = {}
    predictions_path = model_dir / CV_PREDICTIONS
    if predictions_path.exists():
        labels, probabilities = read_cv_predictions(model_dir)
        thresholds = load_model(model_dir / "tagger.skops").thresholds_
        figure = plot_precision_recall(labels.to_numpy(), probabilities.to_numpy(), thresholds)
        save_figure(figure, output_dir, "tagger_precision_recall", svg=True, written=written)
    evaluation_path = model_dir / EVALUATION_JSON.name
    if evaluation_path.exists():
        curve = json.loads(evaluation_path.read_text(encoding="utf-8")).get("learning_curve")
        if curve:
            save_figure(plot_learning_curve(curve), output_dir, "tagger_learning_curve", svg=True, written=written)
    return written


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def library_warnings(report, stage: str):
    """Catch the warnings libraries raise while ``stage`` runs, into ``report``.

    A small or repetitive corpus makes scikit-learn warn once per model fit
    (dozens of ConvergenceWarnings for one cause); the user sees one line per
    kind (:meth:`LoadReport.format`), the report file holds them all.
    Deprecation warnings are left to the default filters (hidden): they
    speak to developers, not about the data.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        warnings.filterwarnings("ignore", category=PendingDeprecationWarning)
        try:
            yield
        finally:
            report.add_library_warnings(caught, stage)


def _say_library_warnings(report, start: int = 0) -> None:
    from newstag.corpus.loading import summarise_library_warnings

    lines = summarise_library_warnings(report.library_warnings[start:])
    if lines:
        _say(f"      library warnings: {len(report.library_warnings) - start} (one line per kind; all in the report file)")
        for line in lines:
            _say(f"        - {line}")


def _map_worker(start: bool):
    """A warming :class:`UmapWorker` when a UMAP map will be drawn, else nothing.

    A corpus under ``MIN_UMAP_ITEMS`` items gets a PCA map: starting the
    worker (~20 s of numba compilation on another core) would be waste.
    """
    if not start:
        return nullcontext()
    from newstag.topics.maps import UmapWorker

    return UmapWorker()


def _write_report(report, path) -> None:
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {path} ({error.strerror or error}); choose another --report-file path") from None


def _fakes_or_none(fakes):
    path = resolve_fakes_path(fakes)
    if path is not None and not Path(path).exists():
        raise UserError(f"FA-KES csv not found at {path}; fix NEWSTAG_FAKES_CSV / --fakes, or run `make data`")
    return path


def train_command(*, fakes=None, ship=False, output_dir=None, seed=None) -> int:
    """Evaluate by cross-validation, fit on every labelled item, save, write the card."""
    from newstag.corpus.loading import load_corpus

    seed = DEFAULT_RANDOM_STATE if seed is None else seed
    fakes_path = _fakes_or_none(fakes)
    if fakes_path is None:
        raise UserError("training needs the labelled FA-KES items: set NEWSTAG_FAKES_CSV or run `make data` "
                        "(refusing to train on the 14 seed items alone)")
    out_dir = MODELS_DIR if ship else Path(output_dir or MODEL_BUILD_DIR)
    train_and_save(load_corpus(fakes=fakes_path), out_dir, seed=seed)
    return 0


def train_and_save(corpus, out_dir, *, seed=DEFAULT_RANDOM_STATE, reuse_evaluation_from=None):
    """Fit the tagger on the labelled items of ``corpus`` and save it with its card.

    The cross-validated evaluation (minutes) is recomputed unless
    ``reuse_evaluation_from`` holds one with the same training fingerprint,
    which is then copied: same data and code give the same numbers.
    Returns the fitted model.
    """
    import shutil

    from newstag.tagging.evaluate import shared_processes
    from newstag.tagging.labels import labelled_frame
    from newstag.tagging.snippets import training_weights, with_dev_snippets
    from newstag.tagging.train import (
        CV_PREDICTIONS,
        EVALUATION_JSON,
        MODEL_CARD,
        evaluate_tagger,
        evaluation_to_json,
        save_model,
        stored_fingerprint,
        train_tagger,
        training_fingerprint,
        write_model_card,
    )

    frame = labelled_frame(corpus)
    n_corpus = len(frame)
    frame = training_weights(with_dev_snippets(frame))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _say(f"training on {len(frame)} labelled items: {n_corpus} from the corpus (sealed FA-KES items excluded) "
         f"and {len(frame) - n_corpus} wire snippets (labels/snippets, the dev sets)")
    fingerprint = training_fingerprint(frame, random_state=seed)
    source = Path(reuse_evaluation_from) if reuse_evaluation_from else None
    if source is not None and source.resolve() != out_dir.resolve() and stored_fingerprint(source) == fingerprint:
        model = train_tagger(frame, random_state=seed)
        model_path = save_model(model, out_dir / "tagger.skops")
        for name in (EVALUATION_JSON.name, MODEL_CARD.name, CV_PREDICTIONS):
            shutil.copyfile(source / name, out_dir / name)
        _say(f"labelled data and model code unchanged since {source}: reused its cross-validated evaluation")
        return model
    # The shipped model is fitted in the evaluation's pool of processes, first
    # in its queue, so that no stage waits for another to drain. On this 2-core
    # machine the measured gain was small (make train 6:01, against about 6:00
    # estimated for stage after stage): the fits keep both cores busy anyway.
    with shared_processes(-1) as pool:
        fitting = pool.submit(train_tagger, frame, random_state=seed)
        evaluation = evaluate_tagger(frame, random_state=seed, n_jobs=pool)
        model = fitting.result()
    model_path = save_model(model, out_dir / "tagger.skops")
    evaluation["fingerprint"] = fingerprint
    card = write_model_card(model, evaluation, out_dir / MODEL_CARD.name, n_train=len(frame))
    (out_dir / EVALUATION_JSON.name).write_text(json.dumps(evaluation_to_json(evaluation), indent=2), encoding="utf-8")
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    evaluation["label_errors"].to_csv(REPORTS_DIR / "likely_label_errors.csv", index=False)
    cv_predictions = evaluation["labels"].add_prefix("label_").join(evaluation["probabilities"].add_prefix("p_"))
    cv_predictions.round(4).to_csv(out_dir / CV_PREDICTIONS)
    table = evaluation["tagger"]
    _say("cross-validated F1: " + ", ".join(f"{t} {table.loc[t, 'f1']:.3f}" for t in table.index)
         + f"  (keyword baseline macro {evaluation['baseline'].loc['macro', 'f1']:.3f})")
    _say(f"wrote {model_path} and {card}")
    return model


def _tag_corpus(corpus, model):
    from newstag.tagging.predict import tag_frame

    return tag_frame(corpus, model=model)


def figures_command(inputs, *, fakes=None, output=FIGURES_DIR, model_path=None, n_topics="auto", seed=None,
                    max_chars=200_000, model=None, date_order="auto", report_file=None) -> int:
    """corpus -> tags -> topics -> every figure and the HTML map in ``output``.

    The load report (with the library warnings of tagging and topic fitting)
    is printed when it has something to say, and written to ``report_file``
    as JSON when given.
    """
    from newstag.corpus.loading import load_corpus
    from newstag.report.figures import make_figures
    from newstag.topics.maps import MIN_UMAP_ITEMS

    seed = DEFAULT_RANDOM_STATE if seed is None else seed
    # The default corpus with FA-KES is large: the map's UMAP warms up in another
    # process while the corpus is loaded and tagged. Other inputs are counted first.
    early = not inputs and resolve_fakes_path(fakes) is not None
    with _map_worker(early) as early_embed:
        corpus, report = load_corpus(inputs or None, fakes=fakes, max_chars=max_chars, return_report=True,
                                     date_order=date_order)
        if corpus.empty:
            _say(report.format())
            raise UserError("no usable item in the input; nothing to draw (see the report above)")
        if len(corpus) < 10:
            _say(report.format())
            raise UserError(f"only {len(corpus)} item(s) loaded; topics and maps need at least 10 "
                            "(add FA-KES with NEWSTAG_FAKES_CSV, or give more input)")
        with _map_worker(early_embed is None and len(corpus) >= MIN_UMAP_ITEMS) as late_embed:
            if model is None:
                from newstag.tagging.predict import load_tagger

                model = load_tagger(model_path)
            with library_warnings(report, "tags"):
                tags = _tag_corpus(corpus, model)
            with library_warnings(report, "topics and figures"):
                written = make_figures(corpus, tags, output, n_topics=n_topics, random_state=seed,
                                       embed=early_embed or late_embed)
    if model_path is None:
        written.update(evaluation_figures(MODELS_DIR, output))
    if report.worth_reading:
        _say(report.format())
    if report_file:
        _write_report(report, report_file)
    _say(f"wrote {len(written)} file(s) to {output}")
    return 0


def run_main_job(*, fakes=None, seed=None, skip_figures=False, n_topics="auto") -> int:
    """The README's main job, from raw inputs to every figure (``n_topics``: the level of the topic hierarchy drawn)."""
    # The map's UMAP warms up in another process while corpus, model and tags are
    # built; not for the seeds alone, whose handful of items get a PCA map.
    fakes_path = _fakes_or_none(fakes)
    with _map_worker(not skip_figures and fakes_path is not None) as embed:
        return _main_job(fakes=fakes, seed=seed, skip_figures=skip_figures, embed=embed, n_topics=n_topics)


def _finish_report(report) -> None:
    """Say the library warnings of the later stages, and add them to reports/corpus_report.json."""
    _say_library_warnings(report)
    _write_report(report, REPORTS_DIR / "corpus_report.json")


def _main_job(*, fakes, seed, skip_figures, embed, n_topics="auto") -> int:
    from newstag.corpus.loading import (
        LoadReport,
        items_to_frame,
        iter_corpus,
        write_jsonl,
    )
    from newstag.tagging.predict import get_model

    started = time.perf_counter()
    seed = DEFAULT_RANDOM_STATE if seed is None else seed
    fakes_path = _fakes_or_none(fakes)
    PROCESSED_DIR.mkdir(parents=True, exist_ok=True)
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)

    _say("[1/4] corpus")
    report = LoadReport()
    items = list(iter_corpus(None, fakes=fakes_path, report=report))
    count = write_jsonl(items, PROCESSED_DIR / "items.jsonl")
    corpus = items_to_frame(items)
    _write_report(report, REPORTS_DIR / "corpus_report.json")
    _say(report.format(limit=5))
    _say(f"      {count} items -> {PROCESSED_DIR / 'items.jsonl'}")

    _say("[2/4] model")
    if fakes_path is not None:
        with library_warnings(report, "model"):
            model = train_and_save(corpus, MODEL_BUILD_DIR, seed=seed, reuse_evaluation_from=MODELS_DIR)
        model_dir = MODEL_BUILD_DIR
    else:
        _say("      FA-KES not configured: using the shipped model models/tagger.skops "
             "(set NEWSTAG_FAKES_CSV or run `make data` to retrain it from the labelled set)")
        model = get_model()
        model_dir = MODELS_DIR

    _say("[3/4] tags")
    with library_warnings(report, "tags"):
        tags = _tag_corpus(corpus, model)
    tagged = corpus[["id"]].join(tags)
    tagged.to_json(PROCESSED_DIR / "tags.jsonl", orient="records", lines=True, force_ascii=False)
    _say("      items per tag: " + ", ".join(f"{t} {int(tags[t].sum())}" for t in ("ceasefire", "airstrike", "humanitarian", "diplomacy")))

    if skip_figures:
        _finish_report(report)
        _say(f"done in {time.perf_counter() - started:.0f} s (figures skipped)")
        return 0
    _say("[4/4] topics and figures")
    from newstag.report.figures import make_figures

    with library_warnings(report, "topics and figures"):
        written = make_figures(corpus, tags, FIGURES_DIR, n_topics=n_topics, random_state=seed, embed=embed)
        written.update(evaluation_figures(model_dir, FIGURES_DIR))
    _say(f"      wrote {len(written)} file(s) to {FIGURES_DIR}")
    _finish_report(report)
    _say(f"done in {time.perf_counter() - started:.0f} s")
    return 0
