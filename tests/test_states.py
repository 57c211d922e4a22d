"""The gazetteer of states and intergovernmental bodies (tagger option ``state_pairs``)."""

import numpy as np
import pytest

from newstag.tagging.states import STATES, names_two_states, states_named


@pytest.mark.parametrize("text, expected", [
    ("Russia and Ukraine agreed on a truce.", {"russia", "ukraine"}),
    ("Blinken met his Chinese counterpart to discuss the war in Ukraine.", {"china", "ukraine"}),
    ("Russia's foreign minister and the Russian envoy", {"russia"}),  # one state, named twice
    ("US-led coalition jets and U.S. drones", {"us"}),
    ("South Sudan accused Sudan", {"south_sudan", "sudan"}),  # the longest name first
    ("Nigeria, not Niger; Indiana, not India", {"nigeria", "niger", "india"}),  # whole words only
    ("Guinea-Bissau and Papua New Guinea", {"guinea_bissau", "papua_new_guinea"}),
    ("Latin American and South African leaders", {"south_africa"}),  # a region's adjective is no state
    ("The UN Security Council met on Sudan.", {"un", "sudan"}),
    ("Let us talk; the union and the employer agreed.", set()),  # "us" is not the US
])
def test_states_named(text, expected):
    assert states_named(text) == expected


def test_two_states_in_one_pass_equal_each_text_alone():
    texts = ["Russia and Ukraine", "Kenya's president and the opposition", "", "France.", "Germany and the EU",
             "Iran summoned the British ambassador", "The miners' union and the company"]
    expected = [len(states_named(t)) >= 2 for t in texts]
    assert names_two_states(texts).tolist() == expected == [True, False, False, False, True, True, False]
    assert names_two_states([]).shape == (0,)


def test_a_name_never_names_two_states():
    owners = {}
    for state, names in STATES.items():
        for name in names:
            assert owners.setdefault(name, state) == state, name
            assert states_named(name) == {state}, name
