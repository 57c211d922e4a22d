"""Train, evaluate, save and load the tagger; write its model card.

The model is saved with skops, not pickle, and loading refuses any type
that is not on our list of trusted types.
"""

from __future__ import annotations

import json
import os
import zipfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from functools import partial
from pathlib import Path

import pandas as pd

from newstag.config import DEFAULT_RANDOM_STATE, LABELS_DIR, MODELS_DIR, TAGS

__all__ = [
    "SHIPPED_MODEL",
    "TRUSTED_TYPES",
    "labelled_training_data",
    "train_tagger",
    "evaluate_tagger",
    "save_model",
    "load_model",
    "write_model_card",
]

SHIPPED_MODEL = MODELS_DIR / "tagger.skops"
MODEL_CARD = MODELS_DIR / "MODEL_CARD.md"
EVALUATION_JSON = MODELS_DIR / "evaluation.json"
CV_PREDICTIONS = "cv_predictions.csv"

#: Our own types inside the saved model; with skops' defaults (numpy,
#: scipy.sparse, scikit-learn) these are all loading will accept.
TRUSTED_TYPES = [
    "newstag.tagging.sentence_model.SentenceTagger",
    "newstag.tagging.model.NewsTagger",
    "newstag.tagging.features.TitleTextTfidf",
    "newstag.tagging.features.CueFeatures",
    "newstag.corpus.text.normalise_spelling",
]
#: The same types under the flat module layout of newstag before the move to
#: subpackages: a model saved then is not loaded (its classes moved) but named.
_LEGACY_TYPES = {
    "newstag.model.NewsTagger",
    "newstag.features.TitleTextTfidf",
    "newstag.features.CueFeatures",
    "newstag.features.normalise_spelling",
}


def labelled_training_data(fakes=None) -> pd.DataFrame:
    """The labelled items (seeds, plus FA-KES when configured, sealed ids refused) and the dev wire snippets.

    With each item's ``weight`` and ``operating_weight``
    (:func:`newstag.tagging.snippets.training_weights`).
    """
    from newstag.corpus.loading import load_corpus
    from newstag.tagging.labels import labelled_frame
    from newstag.tagging.snippets import training_weights, with_dev_snippets

    corpus = load_corpus(fakes=fakes)
    return training_weights(with_dev_snippets(labelled_frame(corpus)))


#: The columns a tagger learns from: the item, its sentence evidence, its weight (missing: 1) and its weight in the
#: operating point (missing: its weight).
ITEM_COLUMNS = ["title", "text", "evidence", "weight", "operating_weight"]


# Three points show the curve's shape: v3.32's, with 0.75 as well, ran 0.874,
# 0.889, 0.899, 0.903, and dropping 0.75 saves a third of the curve's fits.
# The 0.25 and 0.5 subsets are the same as before: they are drawn first.
LEARNING_CURVE_FRACTIONS = (0.25, 0.5, 1.0)


def train_tagger(frame: pd.DataFrame, *, random_state=DEFAULT_RANDOM_STATE, **params):
    """Fit a :class:`~newstag.tagging.sentence_model.SentenceTagger` on a labelled frame.

    ``frame`` has ``title, text, tags, evidence`` (see
    :func:`newstag.tagging.labels.labelled_frame`).
    """
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger

    return SentenceTagger(random_state=random_state, **params).fit(frame.reindex(columns=ITEM_COLUMNS),
                                                                   tags_to_matrix(frame["tags"]))


def evaluate_tagger(frame: pd.DataFrame, *, random_state=DEFAULT_RANDOM_STATE, n_splits=5, with_learning_curve=True,
                    progress=True, n_jobs=1, **params) -> dict:
    """Cross-validated evaluation of the tagger and the keyword baseline; the lockbox and the holdout snippets.

    ``frame`` is the training frame (corpus items and dev wire snippets).
    Returns a dict: ``tagger``, ``baseline`` (cross-validated scores tables on
    the corpus items), ``snippets`` (the same for the dev snippets, held out
    in their folds), ``agreement``, ``learning_curve``, ``label_errors``, the
    out-of-fold ``probabilities``, and ``lockbox`` (every design trained on
    the same non-lockbox items, scored on the lockbox and the holdout snippets).
    ``n_jobs``: the fits run in this many processes (-1: one per core), or in
    an executor shared with the caller's own work (see
    :func:`~newstag.tagging.evaluate.shared_processes`); with more than one,
    the cross-validation, the lockbox and the learning curve run at once. The
    results are the same for any value.
    """
    from tqdm.auto import tqdm

    from newstag.tagging.baseline import KeywordTagger
    from newstag.tagging.evaluate import (
        agreement,
        cross_validated_predictions,
        evidence_agreement,
        learning_curve,
        likely_label_errors,
        scores_table,
        shared_processes,
    )
    from newstag.tagging.labels import read_evidence, read_lockbox, tags_to_matrix
    from newstag.tagging.lockbox import lockbox_evaluation
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import read_snippets

    # Cross-validation on the design set only: the lockbox is scored once, below.
    lockbox = read_lockbox()
    design = frame[~frame["id"].isin(lockbox)].reset_index(drop=True)
    is_snippet = design["id"].isin(set(read_snippets("dev")["id"])).to_numpy()
    X = design.reindex(columns=ITEM_COLUMNS)
    Y = tags_to_matrix(design["tags"])
    make = partial(SentenceTagger, random_state=random_state, **params)

    def cross_validation(jobs):
        with tqdm(total=n_splits, desc="cross-validating tagger", disable=not progress) as bar:
            return cross_validated_predictions(make, X, Y, n_splits=n_splits, random_state=random_state,
                                               progress=bar, n_jobs=jobs)

    def lockbox_stage(jobs):
        with tqdm(total=1, desc="lockbox and holdouts (four designs)", disable=not progress) as bar:
            scored = lockbox_evaluation(frame, lockbox, _lockbox_designs(frame, make, random_state, params),
                                        holdouts={**_holdouts_by_set(read_snippets("holdout")),
                                                  **_measures(read_snippets("aside"))},
                                        random_state=random_state, columns=tuple(ITEM_COLUMNS), n_jobs=jobs)
            bar.update(1)
            return scored

    def curve(jobs, predictions):
        with tqdm(total=1, desc="learning curve", disable=not progress) as bar:
            points = learning_curve(make, X, Y, fractions=LEARNING_CURVE_FRACTIONS, n_splits=n_splits,
                                    random_state=random_state, n_jobs=jobs, full_fold_predictions=predictions)
            bar.update(1)
            return points

    with_lockbox = bool(lockbox & set(frame["id"]))
    with ExitStack() as stack:
        if n_jobs == 1:
            jobs, lockbox_result = 1, None
        else:
            # Every stage submits its fits to one pool, the lockbox's from a
            # thread, so that no core waits at the end of a stage.
            jobs = n_jobs if hasattr(n_jobs, "submit") else stack.enter_context(shared_processes(n_jobs))
            stages = stack.enter_context(ThreadPoolExecutor(max_workers=1))
            lockbox_result = stages.submit(lockbox_stage, jobs) if with_lockbox else None
        predictions, probabilities = cross_validation(jobs)
        if with_learning_curve:
            learning = curve(jobs, predictions)
        if with_lockbox:
            lockbox_result = lockbox_result.result() if lockbox_result is not None else lockbox_stage(jobs)
    baseline_predictions, _ = cross_validated_predictions(KeywordTagger, X, Y, n_splits=n_splits, random_state=random_state)
    second_ids = [i for i in (LABELS_DIR / "evidence_second_reading_ids.txt").read_text().split() if i in set(frame["id"])] \
        if (LABELS_DIR / "evidence_second_reading_ids.txt").exists() else []
    corpus_rows = ~is_snippet
    result = {
        "tagger": scores_table(Y[corpus_rows], predictions[corpus_rows], random_state=random_state),
        "baseline": scores_table(Y[corpus_rows], baseline_predictions[corpus_rows], random_state=random_state),
        "agreement": evidence_agreement(frame, read_evidence(files=("evidence_second_reading.csv",)), second_ids)
        if second_ids else agreement(),
        "label_errors": likely_label_errors(design["id"].tolist(), Y, probabilities),
        "probabilities": pd.DataFrame(probabilities, columns=list(TAGS), index=design["id"]),
        "labels": pd.DataFrame(Y, columns=list(TAGS), index=design["id"]),
        "n_items": len(frame),
        "n_design": int(corpus_rows.sum()),
        "n_snippets": int(is_snippet.sum()),
    }
    if is_snippet.any():
        result["snippets"] = {
            "tagger": scores_table(Y[is_snippet], predictions[is_snippet], random_state=random_state),
            "baseline": scores_table(Y[is_snippet], baseline_predictions[is_snippet], random_state=random_state),
        }
    if with_lockbox:
        result["lockbox"] = lockbox_result
    if with_learning_curve:
        result["learning_curve"] = learning
    return result


def _lockbox_designs(frame, make, random_state, params) -> dict:
    """The designs ``make train`` fits on the non-lockbox items, this one first (see ``lockbox_evaluation``).

    v3.37: this design reading the labels and site names around a headline. v2 and the
    keyword rules: fitted without the sentence-only sets and the long
    reports and without item weights, as before v3.29. Earlier designs are
    no longer refitted, to keep training within minutes: v3.36's figures are
    in v3.37's model card (models/MODEL_CARD.md at commit 30be326), v3.33's
    in v3.36's model card (models/MODEL_CARD.md at commit c9ac61e), v3.32's
    in v3.33's (commit e1a81cf), v3.31's in v3.32's (commit ee7be83), v3.28's
    at commit ba550ef, the older ones in v3.29's (commit a96e9e4). Every
    maker pickles: the fits run in other processes.
    """
    from newstag.tagging.baseline import KeywordTagger
    from newstag.tagging.model import NewsTagger
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.snippets import LONG_TRAINING_SETS, SENTENCE_ONLY_SETS

    set_names = frame["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    before_v329 = frame.loc[set_names.isin(SENTENCE_ONLY_SETS + LONG_TRAINING_SETS), "id"].tolist()
    unweighted = ("title", "text", "evidence")
    return {
        "tagger v3.38": make,
        "tagger v3.37": partial(SentenceTagger, random_state=random_state, **{**params, "read_slugs": True}),
        "tagger v2": (partial(NewsTagger, random_state=random_state), before_v329, unweighted),
        "keyword rules": (KeywordTagger, before_v329, unweighted),
    }


def _holdouts_by_set(holdout: pd.DataFrame) -> dict:
    """The holdout snippets, one frame per written set (``wR-*`` is set R, ``wAA-*`` set AA), named for the card.

    Sets come in the order they were written: single letters, then pairs.
    """
    from newstag.tagging.snippets import LONG_REPORT_SETS

    names = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    kind = {name: "long reports" if name in LONG_REPORT_SETS else "wire snippets" for name in names.dropna().unique()}
    return {f"{kind[name]}, set {name}": holdout[names == name].reset_index(drop=True)
            for name in sorted(names.dropna().unique(), key=lambda name: (len(name), name))}


def _measures(aside: pd.DataFrame) -> dict:
    """Aside sets written as measures and never trained on, named for the card (set AK: ceasefire cases)."""
    ak = aside[aside["id"].str.startswith("wAK-")].reset_index(drop=True)
    return {"ceasefire cases, set AK (written like the checklist's, never trained on)": ak} if len(ak) else {}


def read_cv_predictions(model_dir=MODELS_DIR) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Labels and out-of-fold probabilities stored with a model: two (n_items, 4) frames."""
    predictions = pd.read_csv(Path(model_dir) / CV_PREDICTIONS, index_col=0)
    return predictions[[f"label_{t}" for t in TAGS]], predictions[[f"p_{t}" for t in TAGS]]


def save_model(model, path: str | os.PathLike = SHIPPED_MODEL) -> Path:
    """Save ``model`` with skops at ``path``, and its arrays beside it (:func:`newstag.tagging.arrays.write_arrays`)."""
    import skops.io as sio

    from newstag.tagging.arrays import write_arrays

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # skops writes each vocabulary entry as its own JSON node; deflate
    # shrinks that about tenfold.
    sio.dump(model, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    # Beside it, the pickle-free arrays newstag tag starts from (newstag.tagging.arrays).
    write_arrays(model, path)
    return path


def load_model(path: str | os.PathLike = SHIPPED_MODEL):
    """Load a saved tagger, refusing any type outside :data:`TRUSTED_TYPES` and skops' defaults.

    Raises
    ------
    FileNotFoundError
        If there is no model at ``path``.
    ValueError
        If the file holds a type we do not trust (it is not loaded).
    """
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no model at {path}; run `newstag train` (or `make train`) to build one")
    # One pass: skops checks every type before it builds anything (listing
    # the untrusted types first would parse the file twice).
    try:
        return sio.load(path, trusted=list(TRUSTED_TYPES))
    except UntrustedTypesFoundException:
        unexpected = sorted(set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES))
        if set(unexpected) <= _LEGACY_TYPES:
            raise ValueError(f"{path} was saved by an older newstag whose modules have since moved; "
                             "retrain it with `newstag train` (or `make train`)") from None
        raise ValueError(f"{path} holds types newstag does not trust: {', '.join(unexpected)}; "
                         "refusing to load it") from None


def write_model_card(model, evaluation: dict, path: str | os.PathLike = MODEL_CARD, *, n_train: int) -> Path:
    """Write the markdown model card (training data, lockbox, cross-validation, agreement, limits)."""
    from newstag.tagging.card import model_card

    return model_card(model, evaluation, path, n_train=n_train)


# What fitting, predicting and evaluating run: every newstag module these import, at any depth, is
# hashed into the training fingerprint (derived, so that a new module cannot be left out).
_MODELLING_ROOTS = ("newstag.tagging.sentence_model", "newstag.tagging.model", "newstag.tagging.baseline",
                    "newstag.tagging.evaluate", "newstag.tagging.lockbox", "newstag.tagging.snippets")


def _modelling_sources() -> list[Path]:
    """Source files of the modelling code: :data:`_MODELLING_ROOTS` and the newstag modules they import."""
    import ast
    import importlib.util
    import sys

    def source_of(name):
        # An imported module's own __file__ first: that is what runs.
        origin = getattr(sys.modules.get(name), "__file__", None)
        if origin is None:
            spec = importlib.util.find_spec(name)
            origin = spec.origin if spec else None
        return Path(origin) if origin and origin.endswith(".py") else None

    seen, pending = {}, list(_MODELLING_ROOTS)
    while pending:
        name = pending.pop()
        path = None if name in seen else source_of(name)
        if path is None:
            continue
        seen[name] = path
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newstag"):
                pending.append(node.module)
                package = source_of(node.module)
                if package is not None and package.name == "__init__.py":
                    # ``from newstag.tagging import cues`` names modules; a name that is not one finds no source.
                    pending += [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                pending += [alias.name for alias in node.names if alias.name.startswith("newstag")]
    return sorted(set(seen.values()))


def training_fingerprint(frame: pd.DataFrame, *, random_state=DEFAULT_RANDOM_STATE) -> str:
    """Hash of everything a trained model and its evaluation depend on.

    The labelled items (ids, titles, texts, tags), the random state and the
    source of the modelling code: equal fingerprints give identical models,
    so a stored evaluation can be reused instead of recomputed.
    """
    import hashlib

    from newstag.tagging import snippets

    digest = hashlib.sha256()
    for source in _modelling_sources():
        digest.update(source.read_bytes())
    # This module too: it names the designs the lockbox and holdouts score.
    digest.update(Path(__file__).read_bytes())
    # The holdout snippets are scored, not trained on: they change the evaluation, not the frame.
    # settings.csv: which snippets are news outside armed conflict (their item weights).
    for name in ("items.jsonl", "readings.csv", "settings.csv"):
        path = snippets.SNIPPETS_DIR / name
        digest.update(path.read_bytes() if path.exists() else b"")
    digest.update(str(random_state).encode())
    evidence = frame["evidence"] if "evidence" in frame else [{}] * len(frame)
    weights = frame.reindex(columns=["weight", "operating_weight"]).astype(float).fillna(-1.0).to_numpy()
    for row, marks, weight in zip(frame[["id", "title", "text", "tags"]].itertuples(index=False), evidence, weights):
        digest.update(json.dumps([row.id, row.title, row.text, sorted(row.tags), marks, weight.round(9).tolist()],
                                 ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


def stored_fingerprint(model_dir) -> str | None:
    """The fingerprint recorded with a saved evaluation, if any."""
    path = Path(model_dir) / EVALUATION_JSON.name
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8")).get("fingerprint")


def evaluation_to_json(evaluation: dict) -> dict:
    out = {"fingerprint": evaluation.get("fingerprint")}
    for key in ("tagger", "baseline", "agreement"):
        out[key] = json.loads(evaluation[key].to_json(orient="index"))
    if "learning_curve" in evaluation:
        out["learning_curve"] = json.loads(evaluation["learning_curve"].to_json(orient="records"))
    out["n_items"] = evaluation["n_items"]
    if "snippets" in evaluation:
        out["snippets_cv"] = {name: json.loads(table.to_json(orient="index"))
                              for name, table in evaluation["snippets"].items()}
    lockbox = evaluation.get("lockbox")
    if lockbox:
        out["lockbox"] = {
            "items": {name: json.loads(table.to_json(orient="index")) for name, table in lockbox["items"].items()},
            "evidence_sentences_recall": json.loads(lockbox["sentences"].to_json(orient="index")),
            "holdouts": {holdout: {name: json.loads(table.to_json(orient="index")) for name, table in tables.items()}
                         for holdout, tables in lockbox.get("holdouts", {}).items()},
            "differences": {where: {name: json.loads(table.to_json(orient="index")) for name, table in tables.items()}
                            for where, tables in lockbox.get("differences", {}).items()},
            **{k: lockbox[k] for k in ("n_train", "n_lockbox", "n_sentences")},
        }
    return out
