"""The tagger's cue lexicon, written in a small phrase notation, and its expansion.

Each cue is a tuple of entries; each entry stands for a few phrases. The
notation, read left to right:

- Any other character stands for itself. Phrases are split into tokens the
  way text is (:mod:`newstag.tagging.cues`): runs of word characters, and
  runs of punctuation, with spaces between tokens only separating them. So
  ``cease-fire`` is the three tokens ``cease - fire``.
- ``{a|b|c}``: one of the alternatives, which may contain spaces, ``?`` and
  further braces.
- ``?``: the character or ``{...}`` group just before it is optional.
  ``fires?`` is ``fires`` or ``fire``; ``air ?-?strike`` allows a space and a
  hyphen between the words; ``{the }?fighting`` is ``the fighting`` or
  ``fighting``.
- ``*``: any word characters follow (``evacuat*``: evacuate, evacuated...).
- ``#``: one digit; ``#+``: one or more digits.

``{ } | ? * # +`` are reserved and cannot be matched literally. Entries are
read in lower case, as text is lower-cased before it is matched.

Order matters: phrases are tried in the order they are written, a present
optional part before its absence and alternatives left to right, and at a
given word the first phrase of a cue that matches wins, even where a later
one is longer (``refugees?`` before ``refugee camps?`` counts a refugee camp
twice). This is the order of preference of the regular expression
``entry|entry|...``, which the lexicon was first written as.
"""

from __future__ import annotations

import functools
import re
from typing import NoReturn

__all__ = ["CUES", "expand", "phrases"]

# Cue words per tag, from the definitions and edge cases in
# docs/annotation.md. "strong" cues name the matter; "weak" cues point to it
# in context; "now" and "background" cues tell current reporting from
# history, which the guidelines treat differently. Cues are counted per
# sentence, because a tag needs a sentence or more of reporting.
CUES = {
    "ceasefire_strong": (
        "ceasefires?", "cease-? ?fires?", "truces?", "cessation of hostilities", "de-?escalation zones?",
        "de-?escalation", "regime of silence", "silence regime", "humanitarian pauses?",
        "{daily|humanitarian|#+-hour} pauses?", "pauses? in {the }?fighting",
        "reconciliation {cent{re|er}|deals?|agreements?|process}",
        ("{evacuation|local|settlement|surrender|reconciliation|withdrawal|population{-| }swap|swap|four towns} "
         "{deal|agreement}s?"),
        "four towns", "local freezes?", "freeze", "armistice", "safe zones?", "truce zones?",
        # A cessation of hostilities in other words (the spec names it, whatever it is called): an
        # agreement or pledge to stop fighting, a suspension of attacks, holding fire, a halt to violence.
        ("{agree*|pledge*|promis*|commit*} {on * }?to {stop*|end|ending|halt*|cease*|suspend*} "
         "{{the|all|their|further} }?{* }?{fighting|attacks|hostilities|clashes|raids|violence|shooting|firing|"
         "shelling|{military|armed} {operations|activities|action|actions}}"),
        "suspend* {{its|their|all} }?{{armed|military} {attacks|operations|actions|activities|campaign}|attacks|hostilities}",
        "{hold|holds|holding|held} {their |its }?fire",
        "halt to {the }?{violence|hostilities|clashes|attacks}",
        # Fighting that stops, in still other words: suspensions and cessations of operations, firing
        # that ceases, an end to weeks of fighting, force renounced.
        ("suspension of {{the |all |its |their }?{{army|military|armed|offensive|combat} }?operations|hostilities|"
         "{the }?fighting|attacks|{the }?bombardment|{the }?offensive}"),
        "cessation of {{armed|military} }?{activity|activities|operations|violence}",
        "suspend* {{its|their|all} }?{army|offensive|combat|security} operations",
        "{suspend*|halt*|stop*} {{its|their|all|the} }?operations against",
        "{halt*|stop*} {{its|their|all|the} }?{{army|military|armed|offensive|combat} operations|offensive|attacks|bombardment}",
        "{cease|stop|end|halt} {the |all |their }?{fighting|hostilities|firing|bloodshed}",
        "{hostilities|firing|shooting|fighting} {will |would |to |had |has |have }?{cease|ceased|ceases|stop|stopped|stops|halt|halted}",
        "{ceased|stopped|ceasing|stopping} firing",
        "end to {the }?{fighting|bloodshed|violence|hostilities}", "halt to {the }?{fighting|bloodshed}",
        "end{ing|ed|s}? {* }?{* }?{days|weeks|months|years} of {* }?{fighting|war|conflict|clashes|hostilities}",
        "{renounce*|give up|gave up|giving up} {the use of }?{force|armed struggle|violence}",
        "avoid armed {clashes|conflict}",
    ),
    "ceasefire_weak": (
        "violations?", "violated", "violating", "breach{es|ed}?", "reconcil*", "amnesty", "lay down {their }?arms",
        "safe passage", "settle {their|its} status", "agreed", "deal", "agreement", "brokered",
        "halt {to }?{the }?fighting", "hostilities",
        # v3.26: arms laid down, handed in or given up (under an accord, most often).
        "{lay|lays|laid|laying} down {their |its |his }?arms",
        "{hand*|turn*} {in|over} {their |its |his }?{weapons|arms|rifles|guns}",
        "{give|gave|giving} up {their |its |his }?{weapons|arms}",
    ),
    "airstrike_strong": (
        "air ?-?strikes?", "air ?-?raids?", "airraids?", "airstrikes?", "warplanes?", "war ?planes?", "fighter jets?",
        "jets?", "aircraft", "helicopters?", "choppers?", "gunships?", "barrel ?-?bombs?", "drones?", "sorties?",
        "air forces?", "aerospace forces?", "aviation", "from the air", "air campaign", "aerial", "bombers?",
        "airborne", "dropped",
        # Other wars' aircraft, named (a capitalised type would otherwise be
        # dropped from the vocabulary as a proper noun), and the attacks only
        # aircraft make.
        "strafe*", "fighter-?bombers?", "dive-?bomb*", "carpet-?bomb*", "napalm", "mig", "migs", "sukhoi", "sukhois",
        "su-#+*", "mirage", "mirages", "jaguar", "jaguars", "tornado", "tornados", "phantom", "phantoms", "skyhawk",
        "skyhawks", "harrier", "harriers", "f-#+*", "b-#+*", "mi-#+*", "tu-#+*", "il-#+*", "antonov", "antonovs",
        "tupolev", "tupolevs", "ilyushin", "ilyushins", "tucano", "tucanos", "bronco", "broncos", "pucara", "pucaras",
        "apache", "apaches", "reaper", "reapers", "predator", "predators", "bayraktar", "bayraktars", "shahed",
        "shaheds",
        # Aircraft in the words of older wire copy, and older types by name.
        "aeroplanes?", "airplanes?", "airmen", "airman", "aviators?", "seaplanes?", "biplanes?", "airships?",
        "dirigibles?", "zeppelins?", "escadrilles?", "r.a.f.?", "raf",
        "{royal |army |military |naval |federal |government }?air {squadrons?|arm|service}",
        "flying {squadrons?|corps|machines?|boats?}", "bombing {machines?|planes?|squadrons?|raids?}",
        "air {action|attacks?|bombardments?|bombing}",
        "spitfires?", "stukas?", "heinkels?", "messerschmitts?", "skyraiders?",
    ),
    "airstrike_weak": (
        "raids?", "strikes?", "bomb{ing|ings|ed|s}?", "bombard*", "pound{ed|ing|s}?", "missiles?", "planes?",
        "coalition", "russian", "regime", "sarin", "chlorine", "vacuum bombs?", "cluster {bombs?|munitions?}",
        "targeted", "hit",
    ),
    "not_airstrike": (
        "shell{ing|ed|s}?", "mortars?", "rockets?", "artillery", "tomahawks?", "cruise missiles?", "car bombs?",
        "suicide", "ieds?", "explosive device", "{ground|surface}-to-{ground|surface}", "warships?", "destroyers?",
        "from ships?", "tunnel", "sniper", "booby",
        # "Not a tag at all" (docs/annotation.md): strikes that are not attacks.
        ("{general|hunger|labou?r|rail|port|dock|transport|miners'?|teachers'?|doctors'?|nurses'?|workers'?|national|"
         "nationwide} strikes?"),
        "on strike", "strike action", "strikers?", "walk-?outs?", "stoppages?",
        "{workers|unions?|miners|dockers|teachers|doctors|nurses|drivers|employees|staff|students} {strike|strikes|struck}",
    ),
    "humanitarian_strong": (
        "humanitarian {aid|assistance|access|corridors?|situation|crisis|convoys?|supplies|deliver*|workers?|agenc*}",
        "aid {convoys?|deliver*|workers?|agenc*|trucks?|supplies}", "convoys?", "refugees?", "displaced",
        "displacement", "idps?", "returnees?",
        "evacuat* {of }?{civilians|the wounded|wounded|sick|families|residents|children}",
        "fled", "flee{ing}?", "exodus", "refugee camps?", "camps?", "unhcr", "ocha", "wfp",
        "world health organi{s|z}ation", "unicef", "red crescent", "icrc", "red cross", "starv*", "hunger",
        "malnutrition", "shortages?", "besieged", "sieges?", "trapped", "medical supplies", "medicines?",
    ),
    "humanitarian_weak": (
        "humanitarian", "aid", "assistance", "evacuat*", "food", "water", "fuel", "electricity", "hospitals?",
        "medical", "clinics?", "doctors?", "shelter*", "civilians", "residents", "families", "homes",
        "return{ed|ing}?", "supplies", "relief", "corridors?", "wounded", "injured", "children",
    ),
    "diplomacy_strong": (
        "talks", "negotiat*", "geneva", "astana", "sochi", "security council", "unsc", "secretary{-| }general",
        "guterres", "ban ki-?moon", "envoy", "de mistura", "staffan", "summit", "foreign minist*",
        "ministry of foreign affairs", "foreign affairs ministry", "state department", "diplomat*", "ambassadors?",
        "lavrov", "kerry", "tillerson", "pompeo", "zarif", "cavusoglu", "phone {call|conversation}", "telephone",
        "vetoe?d?s?", "resolutions?", "peace {conference|process|plan}", "brokered", "mediat*",
        "letters? {to|addressed}",
    ),
    "diplomacy_weak": (
        "letters?", "met with", "meeting", "visit*", "condemn*", "united nations", "un", "agreed", "agreement",
        "urged", "called on", "demand*", "washington", "moscow", "ankara", "tehran", "putin", "obama", "trump",
        "erdogan", "rouhani", "merkel", "macron", "statement", "international community", "countries", "government",
    ),
    # A truce named in a background clause ("weeks after the truce ended"):
    # the readers' "passing", which words alone cannot tell from a report.
    "ceasefire_background": (
        ("{after|since|before|until|following|despite|through|into|amid} {the |a |an |its |their |this |that |last }?"
         "{* }?{* }?{* }?{ceasefires?|cease-? ?fires?|truces?|armistice|cessation of hostilities|"
         "{reconciliation|truce|ceasefire|peace} {deal|agreement|accord}s?}"),
    ),
    "now": (
        "today", "tonight", "yesterday", "this {week|morning|afternoon|evening|month}", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "currently", "now", "ongoing", "latest",
        "overnight", "hours?", "announced", "said", "told", "reported",
    ),
    "background": (
        "since {19|20}##",
        "since {january|february|march|april|may|june|july|august|september|october|november|december}",
        "in {19|20}##", "last {year|month|summer|winter|spring|autumn|fall}", "earlier this year", "years? ago",
        "previous{ly}?", "had been", "have been", "has been", "began", "started", "former", "years of",
        "since the {start|beginning|outbreak}", "throughout", "history", "conflict {began|erupted|started}",
        "civil war",
    ),
}

# Tokens of an expanded phrase: as text is tokenised, with the open-ended
# marks kept inside the word they belong to.
_PHRASE_TOKEN = re.compile(r"[\w*#+]+|[^\w\s*#+]+")


class _Parser:
    """Recursive descent over one entry; each rule returns its strings in order of preference."""

    def __init__(self, entry: str):
        self.entry = entry
        self.at = 0

    def fail(self, what: str) -> NoReturn:
        raise ValueError(f"cue entry {self.entry!r}, character {self.at + 1}: {what}")

    def alternatives(self) -> list[str]:
        out = self.sequence()
        while self.at < len(self.entry) and self.entry[self.at] == "|":
            self.at += 1
            out += self.sequence()
        return out

    def sequence(self) -> list[str]:
        out = [""]
        while self.at < len(self.entry) and self.entry[self.at] not in "|}":
            choices = self.unit()
            out = [prefix + choice for prefix in out for choice in choices]
        return out

    def unit(self) -> list[str]:
        char = self.entry[self.at]
        self.at += 1
        if char == "{":
            choices = self.alternatives()
            if self.at >= len(self.entry):
                self.fail("'{' is never closed")
            self.at += 1
        elif char == "#" and self.entry.startswith("+", self.at):
            self.at += 1
            choices = ["#+"]
        elif char in "?+":
            self.at -= 1
            self.fail(f"{char!r} follows nothing it can apply to")
        else:
            choices = [char]
        if self.entry.startswith("?", self.at):
            if char in "*#":
                self.fail("'*' and '#' cannot be optional")
            self.at += 1
            # The present reading first, as a greedy '?' tries it.
            choices = choices + [""]
        return choices


def expand(entry: str) -> list[str]:
    """Every string an entry stands for, in order of preference.

    Open-ended parts stay as written (``*``, ``#``, ``#+``).

    Raises
    ------
    ValueError
        If the entry is not well formed, naming the entry and the character.
    """
    parser = _Parser(entry.lower())
    strings = parser.sequence()
    if parser.at < len(parser.entry):
        if parser.entry[parser.at] == "|":
            parser.fail("'|' outside braces: write {a|b}, or make separate entries")
        parser.fail("'}' closes nothing")
    return strings


@functools.lru_cache(maxsize=None)
def _token_matcher(token: str):
    """A literal token as itself; one with ``*`` or ``#`` as a compiled full-match pattern (one per token:
    an entry can expand to thousands of phrases that share their open-ended tokens)."""
    if "*" not in token and "#" not in token:
        return token
    pattern = re.escape(token).replace(r"\*", r"\w*").replace(r"\#\+", r"\d+").replace(r"\#", r"\d")
    return re.compile(pattern)


def phrases(entries) -> list[tuple]:
    """The distinct token phrases of a cue's entries, in order of preference.

    Each phrase is a tuple of tokens: a string for a literal token, a
    compiled pattern (to ``fullmatch`` a token) for an open-ended one.
    """
    if isinstance(entries, str):
        raise TypeError(f"a cue is a list of phrase entries, not the single string {entries!r}")
    strings = (s for entry in entries for s in expand(entry))
    # map() over the cached matcher: one entry can expand to thousands of strings.
    found = (tuple(map(_token_matcher, _PHRASE_TOKEN.findall(s))) for s in strings if s.strip())
    return list(dict.fromkeys(found))
