"""Words that say how a story was reported, not what it is about.

Wire copy repeats the same attribution verbs, agency and outlet names,
datelines and web-page furniture in every story, whatever its subject. Left
in, they top every topic's term list ("said", "al", "reuters") and pull
items of one outlet together as if they shared a subject. The topic
features drop them (with scikit-learn's English stop words), and topic
descriptions never show them.
"""

from __future__ import annotations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = ["NEWS_STOP_WORDS", "TOPIC_STOP_WORDS", "is_description_term"]

# Includes the credit lines of wire copy ("Reporting by ...; Editing by ...", "Thomson Reuters").
_ATTRIBUTION = """
said says saying told tells according reported reporting reports report quoted quoting citing cited
added noted stated claimed editing thomson
"""
# "al"/"el": the article of Arabic names (al-Nusra, al-Assad) split off by the tokenizer.
_ARTICLES = "al el"
_AGENCIES_AND_OUTLETS = """
ap afp reuters dpa xinhua ria tass sputnik trt anadolu sana ahram manar alalam araby alaraby sabah
dailysabah etilaf arabiya alarabiya nna asharq awsat asharqalawsat jordantimes irna farsnews presstv
news agency agencies correspondent correspondents
"""
# Sources that wire stories cite in nearly every casualty report (the Syrian
# Observatory for Human Rights and its director), and the reporters themselves.
_CITED_MONITORS = "observatory monitor sohr rami abdel rahman reporter reporters"
# Halves of hyphenated compounds whose other half is a stop word or a
# one-letter token ("US-led", "UK-based", "Iran-backed" leaves "backed").
_FRAGMENTS = "led based backed"
_DATELINES = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec gmt utc
"""
_PAGE_FURNITURE = """
picture pictures photo photos image images file video videos caption copyright
comment comments facebookcomment standardsdiscussion subscribe newsletter click url
"""

#: News boilerplate: attribution, agencies and outlets, cited monitors, compound fragments, datelines, page furniture.
NEWS_STOP_WORDS = frozenset(
    " ".join([_ATTRIBUTION, _ARTICLES, _AGENCIES_AND_OUTLETS, _CITED_MONITORS, _FRAGMENTS, _DATELINES, _PAGE_FURNITURE]).split()
)

#: What the topic features leave out: scikit-learn's English stop words and :data:`NEWS_STOP_WORDS`.
TOPIC_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS | NEWS_STOP_WORDS)


def is_description_term(term: str) -> bool:
    """Whether ``term`` may describe a topic: not boilerplate, not a number (years, counts)."""
    return term not in TOPIC_STOP_WORDS and not any(ch.isdigit() for ch in term)
