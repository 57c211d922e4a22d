"""Agency datelines that open a news item's body: "KHARTOUM, May 3 (Reuters) - ", "MOSCOW, March 3. /TASS/. ".

A dateline says where and when an item was filed and by whom, not what it
reports, so the tagger can read the body without it
(:class:`newstag.tagging.sentence_model.SentenceTagger`, ``read_datelines``).
:func:`dateline_end` finds where the datelines at the start of a text end;
:func:`blank_datelines` replaces them by spaces, so that no offset moves.
"""

from __future__ import annotations

import re

__all__ = ["dateline_end", "blank_datelines", "blank_in_sentences"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?\.?"
# A capitalised word: its first letter is not an ASCII lower-case one ("ŞANLIURFA", "Türkiye" count).
_WORD = r"[^\W\d_a-z](?:[^\W\d_]|['’.\-])*"
# Up to five capitalised words (places joined by a slash count as one: "AMMAN/BEIRUT"), then up to two more
# such names after commas: "JABALIYA, Gaza Strip", "WITH THE BRITISH SECOND ARMY".
_NAME = rf"{_WORD}(?:/{_WORD})*(?: {_WORD}(?:/{_WORD})*){{0,4}}"
_PLACES = rf"{_NAME}(?:, {_NAME}){{0,2}}"
_BRACKETED = r"\((?:[A-Z][\w .,&'’-]{0,30}|dpa)\)"
_SLASHED = r"/[A-Z][\w .-]{0,24}/\.?"
# The agencies the sentence splitter knows (newstag.corpus.sentences), named bare after a comma: "Aleppo, SANA - ".
_KNOWN = r"(?:AFP|AP|Reuters|REUTERS|SANA|Sputnik|TASS|Xinhua|dpa|Anadolu|IRNA|MNA)"
_DASH = r"(?:-{1,2}|—|–)"
_DATELINE = re.compile(
    r"\s*(?:"
    rf"(?:{_PLACES}(?:,? {_DATE})?,? )?{_BRACKETED}\s*{_DASH}"  # KHARTOUM, May 3 (Reuters) -
    rf"|{_DATE} {_BRACKETED}\s*{_DASH}"  # May 3 (Reuters) -
    rf"|{_PLACES},? (?:{_DATE} )?{_SLASHED}(?=\s)"  # MOSCOW, March 3. /TASS/.
    rf"|{_PLACES}, {_KNOWN}\s*{_DASH}"  # Aleppo, SANA -
    rf"|{_PLACES}(?:,? {_DATE})?\s+{_DASH}(?=\s+[^\W\d_a-z\"“‘'])"  # KHARTOUM - Sudan's; Idlib, Syria - A
    r")"
)


def dateline_end(text: str) -> int:
    """Where the agency datelines opening ``text`` end (with the spaces after them); 0 when it opens with none.

    Datelines that follow one another are taken together.
    """
    end = 0
    while (match := _DATELINE.match(text, end)) is not None and match.end() > end:
        end = match.end()
        while end < len(text) and text[end].isspace():
            end += 1
    return end


def blank_datelines(text: str) -> str:
    """``text`` with the datelines that open it replaced by spaces (same length, so offsets hold)."""
    end = dateline_end(text)
    return " " * end + text[end:] if end else text


def blank_in_sentences(text: str, spans) -> list[str]:
    """The sentences of ``text`` at ``spans`` (``(start, end)`` pairs), with the datelines opening ``text`` blanked.

    Found on the whole text, so a dateline the splitter cut in two is
    blanked in both parts.
    """
    end = dateline_end(text)
    return [" " * (min(stop, end) - start) + text[min(stop, end):stop] if start < end else text[start:stop]
            for start, stop in spans]
