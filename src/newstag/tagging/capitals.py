"""Capitals as speakers: "Pretoria said" is a government speaking as much as "Washington said".

v3.36's lexicon names four capitals of the Syrian war's diplomacy as weak
diplomacy cues ("washington", "moscow", "ankara", "tehran"), and the
vocabulary rule keeps every word the cues name, so these four were also
terms with weights of their own: swapping one for another capital moved
the tags of 12 of 210 wire holdout items naming one
(``docs/experiments/tagger_v3_36_2026-12-03/explore_cue_names.py``).
:func:`sentence_cues` with ``capital_speakers=True`` is the lexicon with the
four replaced by any capital followed by a verb of speaking or of a
diplomatic act, :data:`CAPITAL_WORDS` are the words the vocabulary rule
then no longer keeps, and :data:`CAPITAL_NAMES` the capitals it drops
whatever their count (:mod:`newstag.tagging.vocabulary`).
"""

from __future__ import annotations

import re

from newstag.tagging.lexicon import CUES

__all__ = ["CAPITALS", "SPEAKING", "CAPITAL_SPEAKERS", "CAPITAL_SPEAKER_CUES", "CAPITAL_WORDS", "CAPITAL_NAMES",
           "sentence_cues"]

#: Seats of government of the UN member states, and Taipei, Jerusalem, Ramallah and Pristina: lower case,
#: plain and accented spellings. "Male" and "Victoria" are left out: they are common words.
CAPITALS = (
    "kabul", "tirana", "algiers", "andorra la vella", "luanda", "saint john's", "buenos aires", "yerevan",
    "canberra", "vienna", "baku", "nassau", "manama", "dhaka", "bridgetown", "minsk", "brussels", "belmopan",
    "porto-novo", "thimphu", "la paz", "sucre", "sarajevo", "gaborone", "brasilia", "brasília",
    "bandar seri begawan", "sofia", "ouagadougou", "gitega", "bujumbura", "praia", "phnom penh", "yaounde",
    "yaoundé", "ottawa", "bangui", "n'djamena", "ndjamena", "santiago", "beijing", "bogota", "bogotá", "moroni",
    "brazzaville", "san jose", "san josé", "yamoussoukro", "abidjan", "zagreb", "havana", "nicosia", "prague",
    "pyongyang", "kinshasa", "copenhagen", "djibouti", "roseau", "santo domingo", "quito", "cairo",
    "san salvador", "malabo", "asmara", "tallinn", "mbabane", "addis ababa", "suva", "helsinki", "paris",
    "libreville", "banjul", "tbilisi", "berlin", "accra", "athens", "st. george's", "guatemala city", "conakry",
    "bissau", "georgetown", "port-au-prince", "tegucigalpa", "budapest", "reykjavik", "new delhi", "delhi",
    "jakarta", "tehran", "baghdad", "dublin", "jerusalem", "rome", "kingston", "tokyo", "amman", "astana",
    "nur-sultan", "nairobi", "tarawa", "kuwait city", "bishkek", "vientiane", "riga", "beirut", "maseru",
    "monrovia", "tripoli", "vaduz", "vilnius", "luxembourg", "antananarivo", "lilongwe", "kuala lumpur",
    "putrajaya", "bamako", "valletta", "majuro", "nouakchott", "port louis", "mexico city", "palikir",
    "chisinau", "monaco", "ulaanbaatar", "ulan bator", "podgorica", "rabat", "maputo", "naypyidaw", "naypyitaw",
    "windhoek", "kathmandu", "amsterdam", "the hague", "wellington", "managua", "niamey", "abuja", "skopje",
    "oslo", "muscat", "islamabad", "ngerulmud", "panama city", "port moresby", "asuncion", "asunción", "lima",
    "manila", "warsaw", "lisbon", "doha", "seoul", "bucharest", "moscow", "kigali", "basseterre", "castries",
    "kingstown", "apia", "san marino", "sao tome", "são tomé", "riyadh", "dakar", "belgrade", "freetown",
    "singapore", "bratislava", "ljubljana", "honiara", "mogadishu", "pretoria", "cape town", "juba", "madrid",
    "colombo", "sri jayawardenepura kotte", "khartoum", "paramaribo", "stockholm", "bern", "damascus",
    "dushanbe", "dodoma", "dar es salaam", "bangkok", "dili", "lome", "lomé", "nuku'alofa", "port of spain",
    "tunis", "ankara", "ashgabat", "funafuti", "kampala", "kyiv", "kiev", "abu dhabi", "london", "washington",
    "montevideo", "tashkent", "port vila", "caracas", "hanoi", "sanaa", "sana'a", "lusaka", "harare", "taipei",
    "ramallah", "pristina", "vatican",
)

#: Verbs of speaking or of a diplomatic act that make a capital a government acting.
SPEAKING = (
    "said", "says", "say", "told", "tells", "urged", "urges", "warned", "warns", "accused", "accuses", "called",
    "calls", "demanded", "demands", "rejected", "rejects", "welcomed", "welcomes", "condemned", "condemns",
    "denied", "denies", "insisted", "insists", "announced", "announces", "responded", "responds", "protested",
    "protests", "summoned", "recalled", "expelled", "blamed", "blames", "asked", "asks", "wants", "hopes",
    "threatened", "threatens", "agreed", "agrees", "signed", "offered", "offers", "proposed", "proposes",
    "pledged", "pledges", "promised", "sought", "seeks", "objected", "objects", "dismissed", "dismisses",
)

#: The lexicon entry: a capital, then one of the verbs.
CAPITAL_SPEAKERS = "{" + "|".join(CAPITALS) + "} {" + "|".join(SPEAKING) + "}"

#: The four capitals v3.36's diplomacy cue names bare.
_BARE_CAPITALS = ("washington", "moscow", "ankara", "tehran")

#: The lexicon the sentence tagger reads with ``capital_speakers=True``.
CAPITAL_SPEAKER_CUES = {
    name: (tuple(e for e in entries if e not in _BARE_CAPITALS) + (CAPITAL_SPEAKERS,)
           if name == "diplomacy_weak" else entries)
    for name, entries in CUES.items()
}

#: Words of the capitals' names (three letters or more) that no cue names otherwise: names, not cue words.
CAPITAL_WORDS = frozenset(w for c in CAPITALS for w in re.findall(r"[a-z]{3,}", c)) - frozenset(
    w for name, entries in CAPITAL_SPEAKER_CUES.items() for e in entries if e != CAPITAL_SPEAKERS
    for w in re.findall(r"[a-z]{3,}", e.lower()))


#: The capitals written as one word (hyphens and apostrophes allowed) that no other cue names: the vocabulary
#: drops them however rarely the training sentences name them, as the proper-noun rule counts a name only from
#: three mid-sentence uses. Words of capitals of several words stay under that rule: some are common words.
CAPITAL_NAMES = frozenset(c for c in CAPITALS if " " not in c) - frozenset(
    w for name, entries in CAPITAL_SPEAKER_CUES.items() for e in entries if e != CAPITAL_SPEAKERS
    for w in re.findall(r"[a-z]{3,}", e.lower()))


def sentence_cues(capital_speakers: bool) -> dict | None:
    """The lexicon the sentence tagger reads: :data:`CAPITAL_SPEAKER_CUES`, or None for :data:`CUES` (v3.36)."""
    return CAPITAL_SPEAKER_CUES if capital_speakers else None
