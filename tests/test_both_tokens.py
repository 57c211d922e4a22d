"""both_tokens: the cue tokens and the TF-IDF words of joined sentences in one pass, as the two findalls give them."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newstag.corpus.text import fold_spellings
from newstag.tagging.both_tokens import both_tokens, fold_hyphens, space_fold_sites
from newstag.tagging.cues import CUE_TOKEN
from newstag.tagging.joined import MARK, join, rows_of_tokens, tokens_of_joined
from newstag.tagging.term_rows import WORD_PATTERN

WORD = re.compile(WORD_PATTERN).findall

# Pieces that make the folds meet, chain, sit at the ends of texts and next to
# punctuation, digits, apostrophes and other whitespace.
_PIECES = ["air", "strike", "strikes", "raid", "cease", "fire", "war", "plane", "planes", "de", "escalation",
           "cease-fire", "air-strike", "air-raid", "de-escalation", "chair", "-", "'s", "don't", "12", "x2",
           "warplane", "airstrike", ",", ".", "(", ")", "ΑΣ", "é", "_", "cease-", "-fire", "air-", "\u2019"]
_GLUE = [" ", " ", " ", "", "  ", "\n", "\t", "-", " - ", "\u00a0"]


@st.composite
def _texts(draw):
    texts = []
    for _ in range(draw(st.integers(1, 5))):
        words = draw(st.lists(st.sampled_from(_PIECES), max_size=12))
        glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(words), max_size=len(words)))
        texts.append("".join(w + g for w, g in zip(words, glue)).lower())
    return texts


@settings(max_examples=500, deadline=None)
@given(_texts())
def test_both_tokenisations_in_one_pass(texts):
    joined = join(texts)
    if joined is None:
        return
    cue_tokens, words = both_tokens(joined, CUE_TOKEN.findall, WORD)
    assert cue_tokens == CUE_TOKEN.findall(joined)
    assert words == WORD(fold_spellings(joined))
    # The rows are those the joined tokenising gives each alone.
    assert (rows_of_tokens(cue_tokens, len(texts)) == tokens_of_joined(CUE_TOKEN.findall, joined, len(texts))[1]).all()
    assert (rows_of_tokens(words, len(texts))
            == tokens_of_joined(WORD, fold_spellings(joined), len(texts))[1]).all()


@settings(max_examples=500, deadline=None)
@given(_texts())
def test_folding_is_deleting_the_sites_then_folding_hyphens(texts):
    text = " ".join(texts)
    sites = space_fold_sites(text)
    assert all(text[site] == " " for site in sites)
    kept = "".join(ch for i, ch in enumerate(text) if i not in set(sites))
    assert fold_hyphens(kept) == fold_spellings(text)


def test_chained_folds_and_the_ends_of_the_text():
    text = f"air strike-war planes cease fire {MARK} de-escalation air raid"
    cue_tokens, words = both_tokens(text, CUE_TOKEN.findall, WORD)
    assert cue_tokens == CUE_TOKEN.findall(text)
    assert words == ["airstrike-warplanes", "ceasefire", MARK, "deescalation", "airraid"]
    assert both_tokens("", CUE_TOKEN.findall, WORD) == ([], [])
