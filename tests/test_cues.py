"""Code tests of the cue lexicon (newstag.tagging.lexicon) and its matcher (newstag.tagging.cues).

The lexicon was first written as regular expressions (``OLD_CUES``, as at
commit 1710b8e; entries added since are in ``ADDED``, with their own
expressions); the matcher expands each cue's entries into phrases of
tokens and looks them up word by word. These tests hold it to what the old
expressions mean (``\\b(?:pattern)\\b``, counted with ``findall``), and the
expanded phrases to those the old expansion produced
(``tests/fixtures/cue_phrases_1710b8e.txt``).
"""

import random
import re
from pathlib import Path

import numpy as np
import pytest

from newstag.corpus.loading import load_corpus
from newstag.tagging import cues, lexicon
from newstag.tagging.cues import CUES, count_cues, cue_feature_names, cue_statistics
from newstag.tagging.labels import load_sealed_ids
from newstag.tagging.phrase_matcher import PhraseMatcher

OLD_PHRASES = Path(__file__).parent / "fixtures" / "cue_phrases_1710b8e.txt"

# The lexicon as regular expressions, as it was written until commit 1710b8e: the reference.
OLD_CUES = {
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
    # Added with v3.20 (after the regexes were retired), written here as the regex it stands for.
    "ceasefire_background": r"(?:after|since|before|until|following|despite|through|into|amid) "
    r"(?:(?:the|a|an|its|their|this|that|last) )?(?:\w+ )?(?:\w+ )?(?:\w+ )?"
    r"(?:ceasefires?|cease-?\s?fires?|truces?|armistice|cessation of hostilities|"
    r"(?:reconciliation|truce|ceasefire|peace) (?:deal|agreement|accord)s?)",
    "now": r"today|tonight|yesterday|this (?:week|morning|afternoon|evening|month)|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|currently|now|ongoing|latest|overnight|hours?|announced|said|told|reported",
    "background": r"since (?:19|20)\d\d|since (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|in (?:19|20)\d\d|last (?:year|month|summer|winter|spring|autumn|fall)|earlier this year|"
    r"years? ago|previous(?:ly)?|had been|have been|has been|began|started|former|years of|"
    r"since the (?:start|beginning|outbreak)|throughout|history|conflict (?:began|erupted|started)|civil war",
}

# Entries added since, at the end of their cue (tagger v3.6: other wars' aircraft; strikes that are not
# attacks), and what they mean as regular expressions, written apart from the lexicon's notation.
ADDED = {
    # v3.24 candidate: a cessation of hostilities in other words.
    "ceasefire_strong": (
        ("{agree*|pledge*|promis*|commit*} {on * }?to {stop*|end|ending|halt*|cease*|suspend*} "
         "{{the|all|their|further} }?{* }?{fighting|attacks|hostilities|clashes|raids|violence|shooting|firing|"
         "shelling|{military|armed} {operations|activities|action|actions}}"),
        "suspend* {{its|their|all} }?{{armed|military} {attacks|operations|actions|activities|campaign}|attacks|hostilities}",
        "{hold|holds|holding|held} {their |its }?fire",
        "halt to {the }?{violence|hostilities|clashes|attacks}",
        # v3.26: fighting that stops in still other words.
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
    # v3.26: arms laid down, handed in or given up.
    "ceasefire_weak": (
        "{lay|lays|laid|laying} down {their |its |his }?arms",
        "{hand*|turn*} {in|over} {their |its |his }?{weapons|arms|rifles|guns}",
        "{give|gave|giving} up {their |its |his }?{weapons|arms}",
    ),
    # v3.20: a truce named in a background clause (the whole cue is new).
    "ceasefire_background": (
        ("{after|since|before|until|following|despite|through|into|amid} {the |a |an |its |their |this |that |last }?"
         "{* }?{* }?{* }?{ceasefires?|cease-? ?fires?|truces?|armistice|cessation of hostilities|"
         "{reconciliation|truce|ceasefire|peace} {deal|agreement|accord}s?}"),
    ),
    "airstrike_strong": (
        "strafe*", "fighter-?bombers?", "dive-?bomb*", "carpet-?bomb*", "napalm", "mig", "migs", "sukhoi", "sukhois",
        "su-#+*", "mirage", "mirages", "jaguar", "jaguars", "tornado", "tornados", "phantom", "phantoms", "skyhawk",
        "skyhawks", "harrier", "harriers", "f-#+*", "b-#+*", "mi-#+*", "tu-#+*", "il-#+*", "antonov", "antonovs",
        "tupolev", "tupolevs", "ilyushin", "ilyushins", "tucano", "tucanos", "bronco", "broncos", "pucara", "pucaras",
        "apache", "apaches", "reaper", "reapers", "predator", "predators", "bayraktar", "bayraktars", "shahed",
        "shaheds",
        # v3.27 candidate: aircraft in older words.
        "aeroplanes?", "airplanes?", "airmen", "airman", "aviators?", "seaplanes?", "biplanes?", "airships?",
        "dirigibles?", "zeppelins?", "escadrilles?", "r.a.f.?", "raf",
        "{royal |army |military |naval |federal |government }?air {squadrons?|arm|service}",
        "flying {squadrons?|corps|machines?|boats?}", "bombing {machines?|planes?|squadrons?|raids?}",
        "air {action|attacks?|bombardments?|bombing}",
        "spitfires?", "stukas?", "heinkels?", "messerschmitts?", "skyraiders?",
    ),
    "not_airstrike": (
        ("{general|hunger|labou?r|rail|port|dock|transport|miners'?|teachers'?|doctors'?|nurses'?|workers'?|national|"
         "nationwide} strikes?"),
        "on strike", "strike action", "strikers?", "walk-?outs?", "stoppages?",
        "{workers|unions?|miners|dockers|teachers|doctors|nurses|drivers|employees|staff|students} {strike|strikes|struck}",
    ),
}
ADDED_REGEX = {
    "ceasefire_strong": r"(?:agree\w*|pledge\w*|promis\w*|commit\w*) (?:on \w+ )?to (?:stop\w*|end|ending|halt\w*|cease\w*|"
    r"suspend\w*) (?:(?:the|all|their|further) )?(?:\w+ )?(?:fighting|attacks|hostilities|clashes|raids|violence|shooting|"
    r"firing|shelling|(?:military|armed) (?:operations|activities|action|actions))|"
    r"suspend\w* (?:(?:its|their|all) )?(?:(?:armed|military) (?:attacks|operations|actions|activities|campaign)|attacks|"
    r"hostilities)|(?:hold|holds|holding|held) (?:their |its )?fire|halt to (?:the )?(?:violence|hostilities|clashes|attacks)|"
    # v3.26
    r"suspension of (?:(?:(?:the|all|its|their) )?(?:(?:army|military|armed|offensive|combat) )?operations|hostilities|"
    r"(?:the )?fighting|attacks|(?:the )?bombardment|(?:the )?offensive)|"
    r"cessation of (?:(?:armed|military) )?(?:activity|activities|operations|violence)|"
    r"suspend\w* (?:(?:its|their|all) )?(?:army|offensive|combat|security) operations|"
    r"(?:suspend\w*|halt\w*|stop\w*) (?:(?:its|their|all|the) )?operations against|"
    r"(?:halt\w*|stop\w*) (?:(?:its|their|all|the) )?(?:(?:army|military|armed|offensive|combat) operations|offensive|"
    r"attacks|bombardment)|"
    r"(?:cease|stop|end|halt) (?:(?:the|all|their) )?(?:fighting|hostilities|firing|bloodshed)|"
    r"(?:hostilities|firing|shooting|fighting) (?:(?:will|would|to|had|has|have) )?"
    r"(?:cease|ceased|ceases|stop|stopped|stops|halt|halted)|"
    r"(?:ceased|stopped|ceasing|stopping) firing|"
    r"end to (?:the )?(?:fighting|bloodshed|violence|hostilities)|halt to (?:the )?(?:fighting|bloodshed)|"
    r"end(?:ing|ed|s)? (?:\w+ )?(?:\w+ )?(?:days|weeks|months|years) of (?:\w+ )?"
    r"(?:fighting|war|conflict|clashes|hostilities)|"
    r"(?:renounce\w*|give up|gave up|giving up) (?:the use of )?(?:force|armed struggle|violence)|"
    r"avoid armed (?:clashes|conflict)",
    "ceasefire_weak": r"(?:lay|lays|laid|laying) down (?:(?:their|its|his) )?arms|"
    r"(?:hand\w*|turn\w*) (?:in|over) (?:(?:their|its|his) )?(?:weapons|arms|rifles|guns)|"
    r"(?:give|gave|giving) up (?:(?:their|its|his) )?(?:weapons|arms)",
    "airstrike_strong": r"strafe\w*|fighter-?bombers?|dive-?bomb\w*|carpet-?bomb\w*|napalm|migs?|sukhois?|su-\d+\w*|"
    r"mirages?|jaguars?|tornados?|phantoms?|skyhawks?|harriers?|f-\d+\w*|b-\d+\w*|mi-\d+\w*|tu-\d+\w*|il-\d+\w*|"
    r"antonovs?|tupolevs?|ilyushins?|tucanos?|broncos?|pucaras?|apaches?|reapers?|predators?|bayraktars?|shaheds?|"
    r"aeroplanes?|airplanes?|airmen|airman|aviators?|seaplanes?|biplanes?|airships?|dirigibles?|zeppelins?|"
    r"escadrilles?|r\.a\.f\.?|raf|(?:(?:royal|army|military|naval|federal|government) )?air (?:squadrons?|arm|service)|"
    r"flying (?:squadrons?|corps|machines?|boats?)|bombing (?:machines?|planes?|squadrons?|raids?)|"
    r"air (?:action|attacks?|bombardments?|bombing)|spitfires?|stukas?|heinkels?|messerschmitts?|skyraiders?",
    "not_airstrike": r"(?:general|hunger|labou?r|rail|port|dock|transport|miners'?|teachers'?|doctors'?|nurses'?|"
    r"workers'?|national|nationwide) strikes?|on strike|strike action|strikers?|walk-?outs?|stoppages?|"
    r"(?:workers|unions?|miners|dockers|teachers|doctors|nurses|drivers|employees|staff|students) (?:strike|strikes|struck)",
}
REFERENCE = {name: pattern + ("|" + ADDED_REGEX[name] if name in ADDED_REGEX else "")
             for name, pattern in OLD_CUES.items()}

_TAG_NAMES = ("ceasefire", "airstrike", "humanitarian", "diplomacy")
OLD_REGEXES = {name: re.compile(r"\b(?:" + pattern + r")\b") for name, pattern in REFERENCE.items()}
# Values for the open-ended parts of an entry (``*``, ``#+``, ``#``), to write its phrases as text.
CONCRETE = (("#+", "48"), ("#", "1"), ("*", "ed"))


def regex_counts(text: str) -> dict[str, int]:
    return {name: len(regex.findall(text.lower())) for name, regex in OLD_REGEXES.items()}


def token_counts(text: str) -> dict[str, int]:
    # One sentence in, so per-sentence counts are the text's counts.
    return {name: sum(per_sentence) for name, per_sentence in count_cues(text).items()}


def as_text(string: str) -> str:
    for mark, value in CONCRETE:
        string = string.replace(mark, value)
    return string


def assert_sentences_agree(items):
    """Per sentence of each text (split as the matcher splits it), matcher counts equal regex counts."""
    n_sentences = 0
    for item_id, text in items:
        matched = count_cues(text)
        sentences = cues._sentences(text.lower())
        n_sentences += len(sentences)
        for name, regex in OLD_REGEXES.items():
            expected = [len(regex.findall(sentence)) for sentence in sentences]
            # Only the id and cue are shown on failure: corpus text stays out of test logs.
            assert matched[name] == expected, f"{item_id}: {name}"
    return n_sentences


# ------------------------------------------------------------------ the lexicon
def test_cues_are_the_lexicon():
    assert CUES is lexicon.CUES
    assert list(CUES) == list(OLD_CUES)


def test_phrases_are_those_of_the_old_expansion_in_the_same_order():
    # Order matters too: at a word, the first phrase of a cue that matches wins.
    lines = [line for line in OLD_PHRASES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    expected = {name: [] for name in OLD_CUES}
    for line in lines:
        name, tokens = line.split("\t")
        expected[name].append(tokens)
    assert sum(len(phrases) for phrases in expected.values()) == len(lines) > 400
    for name, entries in CUES.items():
        old_entries = entries[:len(entries) - len(ADDED.get(name, ()))]
        assert entries[len(old_entries):] == ADDED.get(name, ()), name
        added = [" ".join(m if isinstance(m, str) else "re:" + m.pattern for m in phrase)
                 for phrase in lexicon.phrases(ADDED.get(name, ()))]
        expected[name] += [phrase for phrase in added if phrase not in expected[name]]
        found = [" ".join(m if isinstance(m, str) else "re:" + m.pattern for m in phrase)
                 for phrase in lexicon.phrases(entries)]
        assert found == expected[name], name


@pytest.mark.parametrize("name", list(CUES))
def test_every_expanded_string_is_matched_whole_by_the_old_regex(name):
    strings = [as_text(s) for entry in CUES[name] for s in lexicon.expand(entry)]
    assert strings
    for string in strings:
        assert re.fullmatch(REFERENCE[name], string), string


def test_notation():
    assert lexicon.expand("cease-? ?fires?") == ["cease- fires", "cease- fire", "cease-fires", "cease-fire",
                                                 "cease fires", "cease fire", "ceasefires", "ceasefire"]
    assert lexicon.expand("pauses? in {the }?fighting") == [
        "pauses in the fighting", "pauses in fighting", "pause in the fighting", "pause in fighting"]
    assert lexicon.expand("reconciliation {cent{re|er}|deals?}") == [
        "reconciliation centre", "reconciliation center", "reconciliation deals", "reconciliation deal"]
    assert lexicon.expand("Since {19|20}##") == ["since 19##", "since 20##"]
    phrase, = lexicon.phrases(["#+-hour evacuat*"])
    assert [m if isinstance(m, str) else m.pattern for m in phrase] == [r"\d+", "-", "hour", r"evacuat\w*"]
    # Duplicate phrases (here cease-fire written with and without a space after the hyphen) are kept once.
    assert len(lexicon.phrases(["cease-? ?fire"])) == 3


@pytest.mark.parametrize(("entry", "message"), [
    ("bomb{ed|ing", "never closed"),
    ("bomb}ed", "closes nothing"),
    ("bombed|shelled", "outside braces"),
    ("?bomb", "follows nothing"),
    ("bombs??", "follows nothing"),
    ("bomb+", "follows nothing"),
    ("evacuat*?", "cannot be optional"),
])
def test_malformed_entries_are_refused_with_a_clear_message(entry, message):
    with pytest.raises(ValueError, match=message) as error:
        lexicon.phrases([entry])
    assert repr(entry) in str(error.value)


def test_a_cue_given_as_one_string_is_refused():
    with pytest.raises(TypeError, match="list of phrase entries"):
        count_cues("Warplanes struck.", cues={"air": "warplanes?|jets?"})


def test_other_cues_can_be_counted():
    counts = count_cues("Warplanes and jets struck twice. The jet left and warplanes came back.",
                        cues={"air": ["warplanes?", "jets?"], "left": ["left"]})
    assert counts == {"air": [2, 2], "left": [0, 1]}


# ------------------------------------------------------------------ the matcher
@pytest.mark.parametrize("sentence", [
    "The cease-fire and the ceasefires held, and a cease fire was agreed in Geneva talks.",
    "Russian war planes and air-strikes hit the al-Wafideen refugee camp near Damascus today.",
    "A 72-hour humanitarian pause let aid convoys evacuate the wounded from besieged Madaya.",
    "The UN Security Council met after Secretary-General Ban Ki-moon called Lavrov by telephone.",
    "Since 2011 the civil war has displaced millions; refugees fled to camps in Turkey last year.",
    "Rebels fired surface-to-surface missiles and mortars, not barrel bombs dropped from helicopters.",
    "Negotiations on the de-escalation zones and the four towns agreement were brokered in Astana.",
])
def test_matcher_counts_what_the_regex_counts(sentence):
    assert token_counts(sentence) == regex_counts(sentence)


def test_first_alternative_wins_like_the_regex():
    # `refugees?` comes before `refugee camps?`: the regex counts two matches, not one.
    assert token_counts("They bombed the refugee camp.")["humanitarian_strong"] == 2


def test_matcher_agrees_with_the_regex_on_random_phrase_sentences():
    rng = random.Random(0)
    phrases = [as_text(s).strip() for entries in CUES.values() for entry in entries for s in lexicon.expand(entry)]
    phrases = [phrase for phrase in phrases if phrase]
    fillers = ["the", "town", "of", "aleppo", "reported", "on", "and", "forces", "in", "2016", "-", ","]
    for _ in range(1000):
        words = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(fillers) for _ in range(rng.randint(3, 14))]
        sentence = " ".join(words)
        assert token_counts(sentence) == regex_counts(sentence), sentence


def test_matcher_agrees_with_the_regex_on_every_seed_sentence(seeds_dir):
    corpus = load_corpus([str(seeds_dir)])
    items = list(zip(corpus["id"], corpus["title"])) + list(zip(corpus["id"], corpus["text"]))
    assert assert_sentences_agree(items) > 50


def test_matcher_agrees_with_the_regex_on_every_fakes_sentence(fakes_path):
    sealed = load_sealed_ids()
    if not sealed:
        pytest.skip("the sealed FA-KES ids were not found: not reading FA-KES without them")
    corpus = load_corpus([str(fakes_path)])
    corpus = corpus[~corpus["id"].isin(sealed)]
    items = list(zip(corpus["id"], corpus["title"])) + list(zip(corpus["id"], corpus["text"]))
    assert assert_sentences_agree(items) > 1000


def _phrase_sentences(seed, n):
    rng = random.Random(seed)
    phrases = [as_text(s).strip() for entries in CUES.values() for entry in entries for s in lexicon.expand(entry)]
    phrases = [phrase for phrase in phrases if phrase]
    fillers = ["the", "town", "of", "aleppo", "reported", "on", "and", "forces", "in", "2016", "-", ",", "air",
               "aid", "refugee", "humanitarian", "been", "camps", "strikes"]
    return [" ".join(rng.choice(phrases) if rng.random() < 0.4 else rng.choice(fillers)
                     for _ in range(rng.randint(0, 14))) for _ in range(n)]


# Phrases cut at the end of a text: no match may reach from one text into the next.
CUT = ["They bombed the refugee", "camps near the town", "Warplanes carried out an air", "strikes hit it in",
       "2014 the humanitarian", "aid convoys had", "been there since", "January", "", "security", "council met",
       "from the", "air"]


def test_hits_of_a_batch_equal_hits_text_by_text_and_the_regex():
    texts = _phrase_sentences(1, 400) + CUT
    together = cues.cue_hits(texts)
    one_by_one = np.vstack([cues.cue_hits([text]) for text in texts])
    assert np.array_equal(together, one_by_one)
    names = list(CUES)
    for text, row in zip(texts, together):
        assert dict(zip(names, row.astype(int).tolist())) == regex_counts(text), text


def test_a_text_holding_the_separator_letter_is_counted_alone():
    from newstag.tagging.joined import MARK

    texts = CUT + [f"air {MARK} strikes", f"{MARK}", "the truce held"]
    together = cues.cue_hits(texts)
    assert np.array_equal(together, np.vstack([cues.cue_hits([text]) for text in texts]))
    assert together[-1, list(CUES).index("ceasefire_strong")] == 1


def test_counts_stay_the_same_when_the_memo_of_tokens_is_emptied(monkeypatch):
    texts = _phrase_sentences(2, 300) + CUT
    expected = cues.cue_hits(texts)
    monkeypatch.setattr(PhraseMatcher, "_MAX_MEMO", 50)
    lexicon_ = PhraseMatcher(tuple(CUES.items()))
    for start in range(0, len(texts), 37):
        tokens = [cues._TOKEN.findall(text.lower()) for text in texts[start:start + 37]]
        assert np.array_equal(lexicon_.count_many(tokens), expected[start:start + 37])


# ------------------------------------------------------------------ the statistics
def test_statistics_of_a_batch_equal_statistics_item_by_item():
    titles = ["Warplanes bomb Idlib", "", "UN envoy meets Lavrov", "Truce collapses"]
    texts = [
        "Russian warplanes bombed a hospital in Idlib today. Residents fled to camps near the border with Turkey.",
        "Nothing to see here.",
        "The UN envoy met the foreign minister in Moscow on Monday. They discussed the Geneva talks, which began in 2016.",
        "The ceasefire collapsed overnight. Rebels said the regime violated the truce with barrel bombs dropped "
        "from helicopters. Aid convoys could not reach the besieged town.",
    ]
    together = cue_statistics(titles, texts)
    one_by_one = np.vstack([cue_statistics([title], [text]) for title, text in zip(titles, texts)])
    np.testing.assert_allclose(together, one_by_one)
    n_columns = sum(len(names) for names in cue_feature_names().values())
    assert together.shape == (4, n_columns)
    assert np.isfinite(together).all()


def test_statistics_follow_the_cues():
    names = [name for per_tag in cue_feature_names().values() for name in per_tag]
    stats = cue_statistics(["Warplanes strike Idlib", "Talks open in Geneva"],
                           ["Warplanes struck a market in Idlib today, killing 12 people.",
                            "The UN envoy opened peace talks in Geneva on Monday with both delegations."])
    column = names.index("[cue:airstrike] title_strong")
    assert stats[0, column] == 1.0 and stats[1, column] == 0.0
    column = names.index("[cue:diplomacy] sentences")
    assert stats[1, column] > stats[0, column]


def test_no_items_give_an_empty_matrix():
    assert cue_statistics([], []).shape[0] == 0


def test_open_ended_phrases_match_as_their_regex():
    # The matcher indexes a cue's phrases by their literal last word (a cue with
    # open-ended words expands to thousands of phrases); matches must not change.
    cue = {"x": ("{after|since} {the |a }?{* }?{* }?{truces?|ceasefire}",)}
    regex = re.compile(r"\b(?:after|since) (?:(?:the|a) )?(?:\w+ )?(?:\w+ )?(?:truces?|ceasefire)\b")
    texts = ["Fighting resumed weeks after the Eid truce ended.", "Calm has held since a truce in May.",
             "Shops opened after the long hard truce and since the ceasefire.", "The truce held after talks.",
             "After three more days of truces, quiet.", "since ceasefire", "after the truce truce"]
    hits = cues.cue_hits(texts, cues=cue)[:, 0]
    assert hits.tolist() == [len(regex.findall(text.lower())) for text in texts]
    assert hits.tolist() == [1, 1, 2, 0, 0, 1, 1]  # three words between is one too many


def test_a_truce_in_a_background_clause_is_its_own_cue():
    background = ["Taliban fighters attacked a checkpoint on Monday, weeks after the Eid truce ended.",
                  "Fishermen return to sea months after ceasefire ended",
                  "The town came under army control through a 2018 reconciliation deal."]
    report = ["The two sides agreed a ceasefire on Monday.", "Truce collapses as shelling resumes in the north"]
    column = list(CUES).index("ceasefire_background")
    assert (cues.cue_hits(background)[:, column] == 1).all()
    assert (cues.cue_hits(report)[:, column] == 0).all()
