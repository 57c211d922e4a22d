"""Code tests of the agency dateline detector (newstag.corpus.datelines); the examples are written here."""

import pytest

from newstag.corpus.datelines import blank_datelines, blank_in_sentences, dateline_end

DATELINES = [
    "KHARTOUM, May 3 (Reuters) - ", "MOSCOW, March 3. /TASS/. ", "Aleppo, SANA - ", "Homs, SANA-",
    "KYIV, Oct 12 (AP) - ", "SANAA, Jan 9 (Xinhua) -- ", "KHARTOUM (Reuters) - ", "May 3 (Reuters) - ",
    "(Reuters) - ", "KHARTOUM - ", "JABALIYA, Gaza Strip, Jan 6 (AP) - ", "BEIRUT (AP) — ", "MUNICH (dpa) - ",
    "GAZA/JERUSALEM, Aug 26 (Reuters) - ", "ATLANTA, Sept. 7 (AP) - ", "Idlib, Syria - ", "ŞANLIURFA (AA) - ",
    "WITH THE BRITISH SECOND ARMY, Sept. 25 (Reuters) - ", "MAFEKING, Dec 26 (Reuters, by runner) - ",
    "DAMASCUS, (SANA) - ", "UNITED NATIONS, Oct 21, 2016 (AFP) - ",
]
NOT_DATELINES = [
    "Israeli warplanes struck Gaza - a city of two million - on Monday.", "The UN (OCHA) said aid arrived.",
    "Russia (the Kremlin) - said it would respond.", "NATO - the alliance said.", "U.S. officials said.",
    "Syrian Arab News Agency (SANA) reported that", "Ceasefire talks - the envoy said", "",
    "Foreign Secretary Sir Alec Douglas-Home said.",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_opening_the_text_is_found_whole(dateline):
    text = dateline + "The army said it had agreed to talks."
    assert dateline_end(text) == len(dateline)
    assert blank_datelines(text) == " " * len(dateline) + "The army said it had agreed to talks."


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_text_that_opens_with_no_dateline_is_left_alone(text):
    assert dateline_end(text) == 0 and blank_datelines(text) == text


def test_datelines_that_follow_one_another_are_taken_together_and_a_hyphenated_name_after_them_is_kept():
    text = "KHARTOUM, May 3 (Reuters) - GAZA, Dec 27 (Reuters) - Israeli warplanes struck."
    assert text[dateline_end(text):] == "Israeli warplanes struck."
    text = "LONDON (Reuters) - Foreign Secretary Sir Alec Douglas-Home said."
    assert text[dateline_end(text):] == "Foreign Secretary Sir Alec Douglas-Home said."


def test_a_dateline_cut_by_the_splitter_is_blanked_in_both_parts_and_lengths_hold():
    text = "MOSCOW, March 3. /TASS/. Russia said. Talks went on."
    spans = [(0, 16), (17, 37), (38, 52)]
    blanked = blank_in_sentences(text, spans)
    assert [len(b) for b in blanked] == [e - s for s, e in spans]
    assert blanked[0].strip() == "" and blanked[1].strip() == "Russia said." and blanked[2] == "Talks went on."
