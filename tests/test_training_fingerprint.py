"""The training fingerprint decides when a stored evaluation may be reused."""

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
