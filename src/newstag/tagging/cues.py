"""Sentence-level cue statistics: the tagger's domain lexicon and its matcher.

Each cue is a small regular language of words and phrases (:data:`CUES`).
Rather than running every pattern over every sentence, the patterns are
expanded once into phrases of tokens, and each text is tokenised once and
looked up phrase by phrase: a few dictionary lookups per word. Statistics
per item (how many sentences name the matter, in the headline or lead, in
current reporting or background) are then computed for a whole batch of
items at once with numpy.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from functools import lru_cache

import numpy as np

__all__ = ["CUES", "cue_feature_names", "cue_statistics", "count_cues"]

# Cue words per tag, from the definitions and edge cases in
# docs/annotation.md. "strong" cues name the matter; "weak" cues point to it
# in context; "now" and "background" cues tell current reporting from
# history, which the guidelines treat differently. Cues are counted per
# sentence, because a tag needs a sentence or more of reporting.
CUES = {
    "ceasefire_strong": r"ceasefires?|cease-?\s?fires?|truces?|cessation of hostilities|de-?escalation zones?|de-?escalation|"
    r"regime of silence|silence regime|humanitarian pauses?|(?:daily|humanitarian|\d+-hour) pauses?|"
    r"pauses? in (?:the )?fighting|reconciliation (?:cent(?:re|er)|deals?|agreements?|process)|"
    r"(?:evacuation|local|settlement|surrender|reconciliation|withdrawal|population[- ]swap|swap|four towns) "
    r"(?:deal|agreement)s?|four towns|local freezes?|freeze|armistice|safe zones?|truce zones?",
    "ceasefire_weak": r"violations?|violated|violating|breach(?:es|ed)?|reconcil\w*|amnesty|lay down (?:their )?arms|"
    r"safe passage|settle (?:their|its) status|agreed|deal|agreement|brokered|halt (?:to )?(?:the )?fighting|hostilities",
    "airstrike_strong": r"air\s?-?strikes?|air\s?-?raids?|airraids?|airstrikes?|warplanes?|war\s?planes?|fighter jets?|jets?|"
    r"aircraft|helicopters?|choppers?|gunships?|barrel\s?-?bombs?|drones?|sorties?|air forces?|aerospace forces?|"
    r"aviation|from the air|air campaign|aerial|bombers?|airborne|dropped",
    "airstrike_weak": r"raids?|strikes?|bomb(?:ing|ings|ed|s)?|bombard\w*|pound(?:ed|ing|s)?|missiles?|planes?|coalition|"
    r"russian|regime|sarin|chlorine|vacuum bombs?|cluster (?:bombs?|munitions?)|targeted|hit",
    "not_airstrike": r"shell(?:ing|ed|s)?|mortars?|rockets?|artillery|tomahawks?|cruise missiles?|car bombs?|suicide|ieds?|"
    r"explosive device|(?:ground|surface)-to-(?:ground|surface)|warships?|destroyers?|from ships?|tunnel|sniper|booby",
    "humanitarian_strong": r"humanitarian (?:aid|assistance|access|corridors?|situation|crisis|convoys?|supplies|deliver\w*|"
    r"workers?|agenc\w*)|aid (?:convoys?|deliver\w*|workers?|agenc\w*|trucks?|supplies)|convoys?|refugees?|displaced|"
    r"displacement|idps?|returnees?|evacuat\w* (?:of )?(?:civilians|the wounded|wounded|sick|families|residents|children)|"
    r"fled|flee(?:ing)?|exodus|refugee camps?|camps?|unhcr|ocha|wfp|world health organi[sz]ation|unicef|red crescent|"
    r"icrc|red cross|starv\w*|hunger|malnutrition|shortages?|besieged|sieges?|trapped|medical supplies|medicines?",
    "humanitarian_weak": r"humanitarian|aid|assistance|evacuat\w*|food|water|fuel|electricity|hospitals?|medical|clinics?|"
    r"doctors?|shelter\w*|civilians|residents|families|homes|return(?:ed|ing)?|supplies|relief|corridors?|wounded|"
    r"injured|children",
    "diplomacy_strong": r"talks|negotiat\w*|geneva|astana|sochi|security council|unsc|secretary[- ]general|guterres|"
    r"ban ki-?moon|envoy|de mistura|staffan|summit|foreign minist\w*|ministry of foreign affairs|"
    r"foreign affairs ministry|state department|diplomat\w*|ambassadors?|lavrov|kerry|tillerson|pompeo|zarif|"
    r"cavusoglu|phone (?:call|conversation)|telephone|vetoe?d?s?|resolutions?|peace (?:conference|process|plan)|"
    r"brokered|mediat\w*|letters? (?:to|addressed)",
    "diplomacy_weak": r"letters?|met with|meeting|visit\w*|condemn\w*|united nations|un|agreed|agreement|urged|called on|"
    r"demand\w*|washington|moscow|ankara|tehran|putin|obama|trump|erdogan|rouhani|merkel|macron|statement|"
    r"international community|countries|government",
    "now": r"today|tonight|yesterday|this (?:week|morning|afternoon|evening|month)|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|currently|now|ongoing|latest|overnight|hours?|announced|said|told|reported",
    "background": r"since (?:19|20)\d\d|since (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|in (?:19|20)\d\d|last (?:year|month|summer|winter|spring|autumn|fall)|earlier this year|"
    r"years? ago|previous(?:ly)?|had been|have been|has been|began|started|former|years of|"
    r"since the (?:start|beginning|outbreak)|throughout|history|conflict (?:began|erupted|started)|civil war",
}

_TAG_NAMES = ("ceasefire", "airstrike", "humanitarian", "diplomacy")
_TAG_STATS = (
    "sentences", "sentence_share", "title_strong", "title_weak", "in_first_two", "in_first", "first_position",
    "current_sentences", "background_sentences", "non_background_sentences", "best_sentence", "best_two_sentences",
    "strong_and_weak_sentences", "strong_hits", "weak_hits", "strong_current_sentences",
)
_AIRSTRIKE_EXTRA = (
    "air_without_negative", "negative_without_air", "title_negative", "title_negative_only", "negative_hits",
    "weak_without_negative",
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
# Punctuation is kept as tokens of its own, so that a phrase never matches
# across a comma or a dash the pattern does not have.
_TOKEN = re.compile(r"\w+|[^\w\s]+")


def cue_feature_names() -> dict[str, list[str]]:
    """Names of the cue features of each tag, in column order."""
    names = {}
    for tag in _TAG_NAMES:
        stats = _TAG_STATS + (_AIRSTRIKE_EXTRA if tag == "airstrike" else ())
        names[tag] = [f"[cue:{tag}] {stat}" for stat in stats]
    return names


# ---------------------------------------------------------------- expansion
# Placeholders for the open-ended parts of a cue pattern; they stay inside a
# token and make it a token pattern instead of a literal.
_ANY_WORD_CHARS, _ONE_DIGIT, _DIGITS = "\x01", "\x02", "\x03"
_TOKEN_OF_PATTERN = re.compile(r"[\w\x01\x02\x03]+|[^\w\s\x01\x02\x03]+")


def _expand(items) -> list[str]:
    """Every string a parsed pattern matches, with placeholders for ``\\w*``, ``\\d``, ``\\d+``."""
    out = [""]
    for op, arg in items:
        if op is _sre.LITERAL:
            choices = [chr(arg)]
        elif op is _sre.IN:
            choices = _expand_class(arg)
        elif op is _sre.BRANCH:
            choices = [s for branch in arg[1] for s in _expand(branch)]
        elif op is _sre.SUBPATTERN:
            choices = _expand(arg[-1])
        elif op is _sre.AT:
            continue
        elif op is _sre.MAX_REPEAT:
            low, high, inner = arg
            if _expand_class_of(inner) == ["word"] and (low, high) == (0, _sre.MAXREPEAT):
                choices = [_ANY_WORD_CHARS]
            elif _expand_class_of(inner) == ["digit"] and (low, high) == (1, _sre.MAXREPEAT):
                choices = [_DIGITS]
            elif (low, high) == (0, 1):
                # Greedy, as in the regex: the longer reading is tried first.
                choices = _expand(inner) + [""]
            else:
                raise ValueError(f"cue patterns support ?, \\w* and \\d+ repeats only, not {{{low},{high}}}")
        else:
            raise ValueError(f"cue patterns do not support {op}")
        out = [prefix + choice for prefix in out for choice in choices]
    return out


def _expand_class_of(items):
    if len(items) == 1 and items[0][0] is _sre.IN:
        return [{_sre.CATEGORY_WORD: "word", _sre.CATEGORY_DIGIT: "digit"}.get(arg) for op, arg in items[0][1]
                if op is _sre.CATEGORY]
    return None


def _expand_class(members) -> list[str]:
    out = []
    for op, arg in members:
        if op is _sre.LITERAL:
            out.append(chr(arg))
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_SPACE:
            out.append(" ")
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_DIGIT:
            out.append(_ONE_DIGIT)
        else:
            raise ValueError(f"cue patterns do not support the character class member {op} {arg}")
    return out


def _token_matcher(token: str):
    """A literal token as itself; a token with placeholders as a compiled full-match pattern."""
    if not any(mark in token for mark in (_ANY_WORD_CHARS, _ONE_DIGIT, _DIGITS)):
        return token
    pattern = re.escape(token)
    for mark, regex in ((_ANY_WORD_CHARS, r"\w*"), (_ONE_DIGIT, r"\d"), (_DIGITS, r"\d+")):
        pattern = pattern.replace(re.escape(mark), regex)
    return re.compile(pattern)


def _phrases(pattern: str) -> list[tuple]:
    """The token sequences a cue pattern matches (tokens as in ``_TOKEN``), in the regex's order of preference."""
    strings = _expand(_sre_parse.parse(pattern.lower()))
    phrases = (tuple(_token_matcher(t) for t in _TOKEN_OF_PATTERN.findall(s)) for s in strings if s.strip())
    return list(dict.fromkeys(phrases))


def _same(token: str, matcher) -> bool:
    return token == matcher if isinstance(matcher, str) else matcher.fullmatch(token) is not None


class _Lexicon:
    """Phrases of every cue, indexed by their first token."""

    _MAX_MEMO = 200_000

    def __init__(self, cues: tuple):
        self.names = [name for name, _ in cues]
        self.by_first_literal: dict[str, list] = {}
        self.by_first_pattern: list = []
        for index, (_, pattern) in enumerate(cues):
            for preference, phrase in enumerate(_phrases(pattern)):
                entry = (index, preference, phrase[1:])
                if isinstance(phrase[0], str):
                    self.by_first_literal.setdefault(phrase[0], []).append(entry)
                else:
                    self.by_first_pattern.append((phrase[0], entry))
        self.memo: dict[str, tuple] = {}
        self.starters: set[str] = set()

    def entries(self, token: str) -> tuple:
        """(cue index, rest of phrase, its length, whether it is all literal) of the phrases that can start at ``token``.

        Per cue in the pattern's order of preference: like the regex, the
        first alternative that matches wins, even where a later one is longer.
        """
        found = self.memo.get(token)
        if found is None:
            candidates = list(self.by_first_literal.get(token, ()))
            candidates += [entry for first, entry in self.by_first_pattern if first.fullmatch(token)]
            found = tuple((cue, list(rest), len(rest), all(isinstance(m, str) for m in rest))
                          for cue, _, rest in sorted(candidates, key=lambda entry: entry[:2]))
            if len(self.memo) > self._MAX_MEMO:
                self.memo.clear()
                self.starters.clear()
            self.memo[token] = found
            if found:
                self.starters.add(token)
        return found

    def count(self, tokens: list[str]) -> list[int]:
        """Non-overlapping phrase matches of each cue in a token sequence."""
        memo = self.memo
        for token in set(tokens).difference(memo):
            self.entries(token)
        counts = [0] * len(self.names)
        starters = self.starters
        # Most words start no phrase: only the positions of those that do are visited.
        positions = [i for i, token in enumerate(tokens) if token in starters]
        if not positions:
            return counts
        free_from = [0] * len(self.names)
        n_tokens = len(tokens)
        for i in positions:
            matched_cue = -1
            for cue, rest, n_rest, literal in memo[tokens[i]]:
                if cue == matched_cue or i < free_from[cue]:
                    continue
                end = i + 1 + n_rest
                if n_rest:
                    if end > n_tokens:
                        continue
                    following = tokens[i + 1:end]
                    if literal:
                        if following != rest:
                            continue
                    elif not all(_same(t, m) for t, m in zip(following, rest)):
                        continue
                counts[cue] += 1
                free_from[cue] = end
                matched_cue = cue
        return counts


@lru_cache(maxsize=4)
def _lexicon(cues: tuple) -> _Lexicon:
    return _Lexicon(cues)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT.split(text) if len(s) > 20] or [text]


def count_cues(text: str, *, cues: dict | None = None) -> dict[str, list[int]]:
    """Matches of each cue in each sentence of ``text`` (to see what the tagger counts)."""
    lexicon = _lexicon(tuple((cues or CUES).items()))
    per_sentence = [lexicon.count(_TOKEN.findall(s)) for s in _sentences(text.lower())]
    return {name: [row[i] for row in per_sentence] for i, name in enumerate(lexicon.names)}


# --------------------------------------------------------------- statistics
def cue_statistics(titles, texts, *, cues: dict | None = None) -> np.ndarray:
    """Cue statistics of each item, shape (n_items, n_features), columns as in :func:`cue_feature_names`."""
    lexicon = _lexicon(tuple((cues or CUES).items()))
    column = {name: i for i, name in enumerate(lexicon.names)}
    counts, sentence_item, title_counts = [], [], []
    for item, (title, text) in enumerate(zip(titles, texts)):
        sentences = _sentences(text.lower())
        counts += [lexicon.count(_TOKEN.findall(s)) for s in sentences]
        sentence_item += [item] * len(sentences)
        title_counts.append(lexicon.count(_TOKEN.findall(title.lower())))
    n_items = len(title_counts)
    if n_items == 0:
        return np.zeros((0, sum(len(v) for v in cue_feature_names().values())))
    hits = np.asarray(counts, dtype=np.float64).reshape(len(counts), len(lexicon.names))
    in_title = np.asarray(title_counts, dtype=np.float64).reshape(n_items, len(lexicon.names))
    item = np.asarray(sentence_item)
    starts = np.flatnonzero(np.r_[True, item[1:] != item[:-1]])
    n = np.diff(np.r_[starts, len(item)]).astype(np.float64)
    position = np.arange(len(item)) - np.repeat(starts, n.astype(int))

    # Per-sentence indicators, summed per item in one pass: a few large
    # numpy calls rather than many small ones keep single-item calls fast.
    strong = hits[:, [column[f"{tag}_strong"] for tag in _TAG_NAMES]]
    weak = hits[:, [column[f"{tag}_weak"] for tag in _TAG_NAMES]]
    has = strong > 0
    score = 2 * strong + weak
    now = (hits[:, column["now"]] > 0)[:, None]
    background = (hits[:, column["background"]] > 0)[:, None]
    negative_hits = hits[:, column["not_airstrike"]]
    negative = negative_hits > 0
    air = _TAG_NAMES.index("airstrike")
    indicators = np.concatenate([
        has, has & (position < 2)[:, None], has & (position < 1)[:, None], has & now & ~background,
        has & background, has & ~background, has & (weak > 0), strong, weak, (score >= 3) & ~background,
        np.column_stack([has[:, air] & ~negative, negative & ~has[:, air], negative_hits,
                         (weak[:, air] > 0) & ~negative]),
    ], axis=1).astype(np.float64)
    sums = np.add.reduceat(indicators, starts, axis=0)
    block = {name: sums[:, 4 * j:4 * j + 4] for j, name in enumerate(
        ("has", "lead2", "lead1", "current", "background", "non_background", "with_weak", "strong", "weak",
         "strong_current"))}
    extra = sums[:, 40:]
    best = np.maximum.reduceat(score, starts, axis=0)
    first = np.minimum.reduceat(np.where(has, position[:, None], np.inf), starts, axis=0)
    # Top two sentence scores per item: sort each column with the item as the major key.
    offset = (score.max() + 1) * item[:, None]
    ordered = np.sort(score + offset, axis=0) - offset
    ends = np.r_[starts[1:], len(item)] - 1
    best_two = ordered[ends] + np.where((n >= 2)[:, None], ordered[np.maximum(ends - 1, 0)], 0.0)

    columns = []
    for t, tag in enumerate(_TAG_NAMES):
        columns += [
            np.log1p(block["has"][:, t]), block["has"][:, t] / n,
            (in_title[:, column[f"{tag}_strong"]] > 0).astype(float), (in_title[:, column[f"{tag}_weak"]] > 0).astype(float),
            (block["lead2"][:, t] > 0).astype(float), (block["lead1"][:, t] > 0).astype(float),
            np.where(np.isfinite(first[:, t]), first[:, t] / n, 1.0),
            np.log1p(block["current"][:, t]), np.log1p(block["background"][:, t]),
            np.log1p(block["non_background"][:, t]), np.log1p(best[:, t]), np.log1p(best_two[:, t]),
            np.log1p(block["with_weak"][:, t]), np.log1p(block["strong"][:, t]), np.log1p(block["weak"][:, t]),
            np.log1p(block["strong_current"][:, t]),
        ]
        if tag == "airstrike":
            title_negative = in_title[:, column["not_airstrike"]] > 0
            columns += [
                np.log1p(extra[:, 0]), np.log1p(extra[:, 1]),
                title_negative.astype(float),
                (title_negative & (in_title[:, column["airstrike_strong"]] == 0)).astype(float),
                np.log1p(extra[:, 2]), np.log1p(extra[:, 3]),
            ]
    return np.column_stack(columns)
