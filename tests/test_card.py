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


def _differences(difference, low, high):
    return pd.DataFrame({"difference": difference, "low": low, "high": high}, index=list((*TAGS, "macro")))


def test_a_design_ahead_carries_its_paired_interval_and_whether_it_is_told_apart():
    from newstag.tagging.card import _clearly_ahead, _where_behind

    shipped = _table([0.90, 0.90, 0.80, 0.80, 0.85], [0.8] * 5, [0.95] * 5)
    other = _table([0.93, 0.95, 0.70, 0.80, 0.845], [0.8] * 5, [0.95] * 5)
    differences = {"other": _differences([-0.03, -0.05, 0.10, 0.0, 0.005],
                                         [-0.07, -0.08, 0.04, -0.02, -0.01], [0.01, -0.01, 0.16, 0.02, 0.02])}
    text = _where_behind({"shipped": shipped, "other": other}, differences)
    assert ("- other on ceasefire: 0.930 vs 0.900; difference -0.030, paired 95% interval -0.070 to +0.010: "
            "not told apart\n") in text
    assert "- other on airstrike: 0.950 vs 0.900; difference -0.050, paired 95% interval -0.080 to -0.010: told apart" in text
    assert "humanitarian" not in text and "macro" not in text
    assert _clearly_ahead(differences, "shipped").endswith("other on humanitarian.")
    # Without differences the statement is as before.
    # Without differences: one list item per case, and a blank line after the list.
    assert _where_behind({"shipped": shipped, "other": other}) == (
        "Ahead of shipped here:\n\n- other on ceasefire: 0.930 vs 0.900\n- other on airstrike: 0.950 vs 0.900\n")


def test_the_older_wars_limit_quotes_set_bf_against_the_other_holdout_sets():
    from newstag.tagging.card import _older_wars_limit

    def holdout(ceasefire_precision, ceasefire_recall, macro_f1):
        table = _table([0.9, 0.9, 0.9, 0.9, macro_f1], [0.8] * 5, [0.95] * 5)
        table["precision"], table["recall"] = 0.9, 0.9
        table.loc["ceasefire", ["precision", "recall"]] = ceasefire_precision, ceasefire_recall
        return {"tagger vX": table, "tagger v2": table}

    holdouts = {"wire snippets, set AR": holdout(0.9, 0.9, 0.91), "wire snippets, set AS": holdout(0.9, 0.9, 0.93),
                "wire snippets, set BF": holdout(1.0, 0.731, 0.864),
                "wire snippets, set BG": holdout(0.9, 0.9, 0.92),
                "ceasefire cases, set AK": holdout(0.9, 0.9, 0.99)}
    text = _older_wars_limit({"lockbox": {"holdouts": holdouts}})
    assert "(macro-F1 0.864; 0.910-0.930 on the 3 other holdout sets)" in text
    assert "tagger vX's ceasefire recall is 0.73 at precision 1.00." in text
    # A run without set BF (or without a lockbox) says nothing of it.
    assert _older_wars_limit({"lockbox": {"holdouts": {"wire snippets, set AR": holdout(0.9, 0.9, 0.91)}}}) == ""
    assert _older_wars_limit({}) == ""
