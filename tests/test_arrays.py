"""The pickle-free arrays beside a saved tagger: derived from it, checked against it, tagging alike to the bit.

The texts are written here; no FA-KES text is used.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from newstag.tagging.arrays import arrays_path, load_scorer, write_arrays
from newstag.tagging.predict import get_model, load_for_tagging, tag
from newstag.tagging.scorer import SentenceScorer
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.train import SHIPPED_MODEL, save_model

ITEMS = [
    ("Jets pound rebel-held district", "Warplanes carried out a dozen raids on the eastern districts on Monday, "
     "killing nine people. Residents said the strikes hit a bakery."),
    ("", "Aid agencies delivered flour and medicine to 20,000 displaced people. The convoy crossed at dawn."),
    ("Truce talks resume in Geneva", "The U.S. envoy said on Jan. 5 that a cease-fire could hold.\n\nGen. Ali "
     "rejected it.\"We will fight,\" he said.The army advanced."),
    ("  ", ""), ("Only a headline", "   "), ("Ξ Σ", "ΑΣ.Β σ. Σ \ua66e"), ("T", "x" * 500),
]


@pytest.fixture(scope="module")
def shipped():
    return get_model()


def _same_output(scorer, model):
    proba_a, evidence_a = scorer.evidence(ITEMS, top=3)
    proba_b, evidence_b = model.evidence(ITEMS, top=3)
    assert np.array_equal(proba_a, proba_b) and evidence_a == evidence_b
    assert np.array_equal(scorer.predict_proba(ITEMS * 3), model.predict_proba(ITEMS * 3))
    assert np.array_equal(scorer.thresholds_, model.thresholds_)
    texts, titles = [text for _, text in ITEMS], [title for title, _ in ITEMS]
    assert tag(texts, titles, model=scorer) == tag(texts, titles, model=model)


def test_the_shipped_arrays_were_derived_from_the_shipped_model(shipped):
    header = json.loads(str(np.load(arrays_path(SHIPPED_MODEL), allow_pickle=False)["header"]))
    assert header["model_file"] == SHIPPED_MODEL.name
    scorer = load_scorer(SHIPPED_MODEL)
    assert isinstance(scorer, SentenceScorer), "models/tagger.arrays.npz is stale: run `make train`"
    _same_output(scorer, shipped)


def test_saving_a_model_writes_arrays_that_tag_alike(shipped, tmp_path):
    path = save_model(shipped, tmp_path / "tagger.skops")
    assert arrays_path(path) == tmp_path / "tagger.arrays.npz" and arrays_path(path).is_file()
    _same_output(load_scorer(path), shipped)
    assert isinstance(load_for_tagging(path), SentenceScorer)


def test_arrays_of_another_model_file_are_ignored(shipped, tmp_path):
    save_model(shipped, tmp_path / "a.skops")
    # The same model in other bytes: its hash is not the one the arrays name.
    shutil.copy(tmp_path / "a.skops", tmp_path / "b.skops")
    with zipfile.ZipFile(tmp_path / "b.skops", "a") as archive:
        archive.writestr("extra.txt", "changed")
    shutil.copy(tmp_path / "a.arrays.npz", tmp_path / "b.arrays.npz")
    assert load_scorer(tmp_path / "b.skops") is None
    assert isinstance(load_for_tagging(tmp_path / "b.skops"), SentenceTagger)


def test_arrays_without_their_model_or_unreadable_are_ignored(shipped, tmp_path):
    save_model(shipped, tmp_path / "tagger.skops")
    (tmp_path / "tagger.skops").unlink()
    assert load_scorer(tmp_path / "tagger.skops") is None
    shutil.copy(SHIPPED_MODEL, tmp_path / "tagger.skops")
    (tmp_path / "tagger.arrays.npz").write_bytes(b"not a zip file")
    assert load_scorer(tmp_path / "tagger.skops") is None


def test_arrays_are_read_without_pickle(tmp_path):
    shutil.copy(SHIPPED_MODEL, tmp_path / "tagger.skops")
    with np.load(arrays_path(SHIPPED_MODEL), allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    # An object array can only be read by unpickling it: refused, so the skops model decides.
    arrays["terms"] = np.asarray(arrays["terms"].tolist(), dtype=object)
    np.savez(tmp_path / "tagger.arrays.npz", **arrays)
    assert load_scorer(tmp_path / "tagger.skops") is None


def test_no_arrays_for_a_model_they_cannot_reproduce(tmp_path):
    path = tmp_path / "other.skops"
    path.write_bytes(b"")
    arrays_path(path).write_bytes(b"stale")
    assert write_arrays(object(), path) is None
    assert not arrays_path(path).exists()


def test_newstag_tag_starts_without_scikit_learn_or_skops(tmp_path):
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps({"id": "x", "title": ITEMS[0][0], "text": ITEMS[0][1]}) + "\n", encoding="utf-8")
    code = ("import sys; from newstag.cli import main; code = main(['tag', sys.argv[1], '--output', sys.argv[2]]); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'skops', 'pandas'}), code)")
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NEWSTAG_MODEL", None)
    done = subprocess.run([sys.executable, "-c", code, str(items), str(tmp_path / "out.jsonl")], env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]", "0"]
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["tags"] == ["airstrike"]
