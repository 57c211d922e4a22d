"""The splitters compared: each maps a text to (start, end) spans into it.

Libraries are imported lazily so the module loads without them; install them
outside the shared virtualenv (see README.md) to run the comparison.
"""

from __future__ import annotations

import re

from newstag.corpus.sentences import split_sentences as newstag_rules

# The splitter the tagger's cue features use today (tagging/cues.py).
_CUES_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

# Our abbreviation list handed to Punkt, so that Punkt ships no trained data.
PUNKT_ABBREVIATIONS = (
    "mr mrs ms dr prof gen lt col maj capt sgt cpl brig adm gov sen rep rev st mt ft "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx e.g i.e vs etc "
    "u.s u.n u.k u.s.a a.m p.m d.c"
).split()


def _trim(text, spans):
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def cues_regex(text):
    spans, pos = [], 0
    for m in _CUES_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return _trim(text, spans)


_PYSBD = None


def pysbd_spans(text):
    global _PYSBD
    if _PYSBD is None:
        import pysbd

        _PYSBD = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return _trim(text, [(s.start, s.end) for s in _PYSBD.segment(text)])


def blingfire_spans(text):
    import blingfire

    if not text.strip():
        return []
    _, offsets = blingfire.text_to_sentences_and_offsets(text)
    return _trim(text, offsets)


_PUNKT = {}


def _punkt(with_abbreviations):
    if with_abbreviations not in _PUNKT:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        params = PunktParameters()
        if with_abbreviations:
            params.abbrev_types = set(PUNKT_ABBREVIATIONS)
        _PUNKT[with_abbreviations] = PunktSentenceTokenizer(params)
    return _PUNKT[with_abbreviations]


def punkt_untrained(text):
    return _trim(text, list(_punkt(False).span_tokenize(text)))


def punkt_abbrev(text):
    return _trim(text, list(_punkt(True).span_tokenize(text)))


CANDIDATES = {
    "newstag_rules": newstag_rules,
    "pysbd": pysbd_spans,
    "blingfire": blingfire_spans,
    "punkt_untrained": punkt_untrained,
    "punkt_abbrev": punkt_abbrev,
    "cues_regex": cues_regex,
}


def boundaries(spans):
    """Sentence starts after the first: the points scored against the gold."""
    return {start for start, _ in spans[1:]}
