"""Code tests of the model card's lockbox-against-CV statement."""

import pandas as pd

from newstag.config import TAGS
from newstag.tagging.card import _lockbox_against_cv


def _table(f1, low, high):
    rows = (*TAGS, "macro")
    return pd.DataFrame({"f1": f1, "f1_low": low, "f1_high": high}, index=list(rows))


def test_overlapping_intervals_are_said_to_agree():
    box = _table([0.8] * 5, [0.7] * 5, [0.9] * 5)
    cv = _table([0.85] * 5, [0.8] * 5, [0.88] * 5)
    text = _lockbox_against_cv(box, cv)
    assert "agree within their intervals on every tag" in text
    assert text.count("| yes |") == 5 and "| no |" not in text


def test_intervals_apart_are_named_with_the_reason():
    box = _table([0.6, 0.8, 0.8, 0.8, 0.75], [0.5, 0.7, 0.7, 0.7, 0.7], [0.65, 0.9, 0.9, 0.9, 0.8])
    cv = _table([0.9, 0.85, 0.85, 0.85, 0.86], [0.85, 0.8, 0.8, 0.8, 0.84], [0.95, 0.9, 0.9, 0.9, 0.88])
    text = _lockbox_against_cv(box, cv)
    assert "do not agree within their intervals on ceasefire, macro" in text
    assert "stricter reading of background" in text
    assert "| ceasefire | 0.600 (0.50–0.65) | 0.900 (0.85–0.95) | no |" in text
