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
