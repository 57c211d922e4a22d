"""The training fingerprint decides when a stored evaluation may be reused."""

from pathlib import Path

import pandas as pd

from newstag.tagging.train import training_fingerprint


def frame(tags_of_second=("airstrike",), text="Warplanes bombed the town."):
    return pd.DataFrame({
        "id": ["a", "b"],
        "title": ["Talks in Geneva", "Raid"],
        "text": ["Envoys met in Geneva on Monday.", text],
        "tags": [["diplomacy"], list(tags_of_second)],
    })


def test_same_data_same_fingerprint():
    assert training_fingerprint(frame()) == training_fingerprint(frame())


def test_fingerprint_changes_with_labels_text_and_seed():
    base = training_fingerprint(frame())
    assert training_fingerprint(frame(tags_of_second=())) != base
    assert training_fingerprint(frame(text="Shelling hit the town.")) != base
    assert training_fingerprint(frame(), random_state=7) != base


def test_fingerprint_changes_with_the_cue_lexicon(monkeypatch, tmp_path):
    # The lexicon is data in its own module: editing it must not reuse a stale evaluation.
    from newstag.tagging import lexicon

    base = training_fingerprint(frame())
    edited = tmp_path / "lexicon.py"
    edited.write_bytes(Path(lexicon.__file__).read_bytes() + b"\n# one more cue\n")
    monkeypatch.setattr(lexicon, "__file__", str(edited))
    assert training_fingerprint(frame()) != base


def test_fingerprint_covers_every_module_the_tagger_imports():
    # Derived from the imports, so that a module added to the tagger cannot be left out of the hash.
    from newstag.tagging.train import _modelling_sources

    names = {path.name for path in _modelling_sources()}
    for module in ("sentence_model.py", "scorer.py", "item_length.py", "sentence_rows.py", "both_tokens.py",
                   "lexicon.py", "folds.py", "evaluate.py", "lockbox.py", "sentences.py"):
        assert module in names, module
    assert "card.py" not in names and "pipeline.py" not in names  # presentation and orchestration only
