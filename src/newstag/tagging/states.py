"""States and intergovernmental bodies named in a sentence: who the parties are, for diplomacy.

The spec's diplomacy is contacts between states or between parties
through diplomatic channels. A union's talks with an employer and a
government's talks with another government share their words; what
differs is the parties. The tagger drops names from its vocabulary (so
that it learns no outlets, places or actors of its training corpus), and
with them every country. This gazetteer gives it back one fact of kind,
not of identity: whether a sentence names two or more distinct states or
intergovernmental bodies. Any two count the same, so the feature learns
nothing about which.

Written from general knowledge, not from labelled items: the member and
observer states of the UN and a few others, each by its names and
nationality words, and the main intergovernmental bodies. Matched with
their capitals, as written ("US" is a state, "us" is not). Capitals are
left out: they name where things happen as often as who acts.
"""

from __future__ import annotations

import functools
import re

import numpy as np

__all__ = ["STATES", "names_two_states", "states_named"]

#: Each state or body, by the names and nationality words that name it.
STATES = {
    # The Middle East and North Africa
    "syria": ("Syria", "Syrian", "Syrians"),
    "iraq": ("Iraq", "Iraqi", "Iraqis"),
    "iran": ("Iran", "Iranian", "Iranians"),
    "israel": ("Israel", "Israeli", "Israelis"),
    "palestine": ("Palestine", "Palestinian", "Palestinians", "State of Palestine"),
    "lebanon": ("Lebanon", "Lebanese"),
    "jordan": ("Jordan", "Jordanian", "Jordanians"),
    "turkey": ("Turkey", "Türkiye", "Turkish", "Turks"),
    "saudi_arabia": ("Saudi Arabia", "Saudi", "Saudis"),
    "yemen": ("Yemen", "Yemeni", "Yemenis"),
    "oman": ("Oman", "Omani"),
    "uae": ("United Arab Emirates", "UAE", "Emirati", "Emiratis"),
    "qatar": ("Qatar", "Qatari", "Qataris"),
    "bahrain": ("Bahrain", "Bahraini"),
    "kuwait": ("Kuwait", "Kuwaiti"),
    "egypt": ("Egypt", "Egyptian", "Egyptians"),
    "libya": ("Libya", "Libyan", "Libyans"),
    "tunisia": ("Tunisia", "Tunisian"),
    "algeria": ("Algeria", "Algerian"),
    "morocco": ("Morocco", "Moroccan"),
    "mauritania": ("Mauritania", "Mauritanian"),
    # Sub-Saharan Africa
    "sudan": ("Sudan", "Sudanese"),
    "south_sudan": ("South Sudan", "South Sudanese"),
    "ethiopia": ("Ethiopia", "Ethiopian", "Ethiopians"),
    "eritrea": ("Eritrea", "Eritrean"),
    "somalia": ("Somalia", "Somali", "Somalis"),
    "djibouti": ("Djibouti", "Djiboutian"),
    "kenya": ("Kenya", "Kenyan"),
    "uganda": ("Uganda", "Ugandan"),
    "tanzania": ("Tanzania", "Tanzanian"),
    "rwanda": ("Rwanda", "Rwandan"),
    "burundi": ("Burundi", "Burundian"),
    "drc": ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo",
            "Congolese"),
    "congo": ("Republic of the Congo", "Congo-Brazzaville"),
    "central_african_republic": ("Central African Republic",),
    "chad": ("Chad", "Chadian"),
    "cameroon": ("Cameroon", "Cameroonian"),
    "nigeria": ("Nigeria", "Nigerian", "Nigerians"),
    "niger": ("Niger", "Nigerien"),
    "mali": ("Mali", "Malian"),
    "burkina_faso": ("Burkina Faso", "Burkinabe"),
    "senegal": ("Senegal", "Senegalese"),
    "gambia": ("Gambia", "Gambian"),
    "guinea_bissau": ("Guinea-Bissau",),
    "guinea": ("Guinea", "Guinean"),
    "equatorial_guinea": ("Equatorial Guinea",),
    "sierra_leone": ("Sierra Leone", "Sierra Leonean"),
    "liberia": ("Liberia", "Liberian"),
    "ivory_coast": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Ivorian"),
    "ghana": ("Ghana", "Ghanaian"),
    "togo": ("Togo", "Togolese"),
    "benin": ("Benin", "Beninese"),
    "gabon": ("Gabon", "Gabonese"),
    "angola": ("Angola", "Angolan"),
    "mozambique": ("Mozambique", "Mozambican"),
    "zambia": ("Zambia", "Zambian"),
    "zimbabwe": ("Zimbabwe", "Zimbabwean"),
    "malawi": ("Malawi", "Malawian"),
    "south_africa": ("South Africa", "South African"),
    "namibia": ("Namibia", "Namibian"),
    "botswana": ("Botswana",),
    "lesotho": ("Lesotho",),
    "eswatini": ("Eswatini", "Swaziland"),
    "madagascar": ("Madagascar", "Malagasy"),
    "cape_verde": ("Cape Verde", "Cabo Verde"),
    "comoros": ("Comoros",),
    "mauritius": ("Mauritius",),
    "seychelles": ("Seychelles",),
    "sao_tome": ("Sao Tome and Principe", "São Tomé and Príncipe"),
    # Europe
    "russia": ("Russia", "Russian", "Russians", "Russian Federation"),
    "ukraine": ("Ukraine", "Ukrainian", "Ukrainians"),
    "belarus": ("Belarus", "Belarusian"),
    "poland": ("Poland", "Polish"),
    "germany": ("Germany", "German", "Germans"),
    "france": ("France", "French"),
    "uk": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British"),
    "ireland": ("Ireland", "Irish"),
    "italy": ("Italy", "Italian", "Italians"),
    "spain": ("Spain", "Spanish"),
    "portugal": ("Portugal", "Portuguese"),
    "netherlands": ("Netherlands", "Dutch", "Holland"),
    "belgium": ("Belgium", "Belgian"),
    "luxembourg": ("Luxembourg",),
    "switzerland": ("Switzerland", "Swiss"),
    "austria": ("Austria", "Austrian"),
    "czechia": ("Czech Republic", "Czechia", "Czech"),
    "slovakia": ("Slovakia", "Slovak"),
    "hungary": ("Hungary", "Hungarian"),
    "romania": ("Romania", "Romanian"),
    "bulgaria": ("Bulgaria", "Bulgarian"),
    "greece": ("Greece", "Greek"),
    "cyprus": ("Cyprus", "Cypriot"),
    "malta": ("Malta", "Maltese"),
    "serbia": ("Serbia", "Serbian"),
    "croatia": ("Croatia", "Croatian"),
    "bosnia": ("Bosnia and Herzegovina", "Bosnia", "Bosnian"),
    "slovenia": ("Slovenia", "Slovenian"),
    "montenegro": ("Montenegro", "Montenegrin"),
    "north_macedonia": ("North Macedonia", "Macedonia", "Macedonian"),
    "albania": ("Albania", "Albanian"),
    "kosovo": ("Kosovo",),
    "moldova": ("Moldova", "Moldovan"),
    "georgia": ("Georgia", "Georgian"),
    "armenia": ("Armenia", "Armenian"),
    "azerbaijan": ("Azerbaijan", "Azerbaijani", "Azeri"),
    "sweden": ("Sweden", "Swedish"),
    "norway": ("Norway", "Norwegian"),
    "denmark": ("Denmark", "Danish"),
    "finland": ("Finland", "Finnish"),
    "iceland": ("Iceland", "Icelandic"),
    "estonia": ("Estonia", "Estonian"),
    "latvia": ("Latvia", "Latvian"),
    "lithuania": ("Lithuania", "Lithuanian"),
    "holy_see": ("Holy See", "Vatican"),
    # Asia
    "china": ("China", "Chinese", "People's Republic of China"),
    "taiwan": ("Taiwan", "Taiwanese"),
    "japan": ("Japan", "Japanese"),
    "north_korea": ("North Korea", "North Korean", "North Koreans", "DPRK"),
    "south_korea": ("South Korea", "South Korean", "South Koreans", "Republic of Korea"),
    "mongolia": ("Mongolia", "Mongolian"),
    "india": ("India", "Indian"),
    "pakistan": ("Pakistan", "Pakistani", "Pakistanis"),
    "afghanistan": ("Afghanistan", "Afghan", "Afghans"),
    "bangladesh": ("Bangladesh", "Bangladeshi"),
    "sri_lanka": ("Sri Lanka", "Sri Lankan"),
    "nepal": ("Nepal", "Nepalese", "Nepali"),
    "bhutan": ("Bhutan", "Bhutanese"),
    "maldives": ("Maldives", "Maldivian"),
    "myanmar": ("Myanmar", "Burma", "Burmese"),
    "thailand": ("Thailand", "Thai"),
    "cambodia": ("Cambodia", "Cambodian"),
    "laos": ("Laos", "Laotian"),
    "vietnam": ("Vietnam", "Viet Nam", "Vietnamese"),
    "malaysia": ("Malaysia", "Malaysian"),
    "singapore": ("Singapore", "Singaporean"),
    "indonesia": ("Indonesia", "Indonesian"),
    "philippines": ("Philippines", "Philippine", "Filipino"),
    "brunei": ("Brunei",),
    "timor_leste": ("Timor-Leste", "East Timor", "Timorese"),
    "kazakhstan": ("Kazakhstan", "Kazakh"),
    "uzbekistan": ("Uzbekistan", "Uzbek"),
    "turkmenistan": ("Turkmenistan", "Turkmen"),
    "kyrgyzstan": ("Kyrgyzstan", "Kyrgyz"),
    "tajikistan": ("Tajikistan", "Tajik"),
    # The Americas
    "us": ("United States of America", "United States", "USA", "U.S.A.", "US", "U.S.", "America", "American",
           "Americans"),
    "canada": ("Canada", "Canadian"),
    "mexico": ("Mexico", "Mexican"),
    "cuba": ("Cuba", "Cuban"),
    "haiti": ("Haiti", "Haitian"),
    "dominican_republic": ("Dominican Republic",),
    "jamaica": ("Jamaica", "Jamaican"),
    "guatemala": ("Guatemala", "Guatemalan"),
    "honduras": ("Honduras", "Honduran"),
    "el_salvador": ("El Salvador", "Salvadoran"),
    "nicaragua": ("Nicaragua", "Nicaraguan"),
    "costa_rica": ("Costa Rica", "Costa Rican"),
    "panama": ("Panama", "Panamanian"),
    "colombia": ("Colombia", "Colombian"),
    "venezuela": ("Venezuela", "Venezuelan"),
    "ecuador": ("Ecuador", "Ecuadorian"),
    "peru": ("Peru", "Peruvian"),
    "bolivia": ("Bolivia", "Bolivian"),
    "chile": ("Chile", "Chilean"),
    "argentina": ("Argentina", "Argentine", "Argentinian"),
    "uruguay": ("Uruguay", "Uruguayan"),
    "paraguay": ("Paraguay", "Paraguayan"),
    "brazil": ("Brazil", "Brazilian"),
    "guyana": ("Guyana", "Guyanese"),
    "suriname": ("Suriname", "Surinamese"),
    # Oceania
    "australia": ("Australia", "Australian"),
    "new_zealand": ("New Zealand",),
    "papua_new_guinea": ("Papua New Guinea",),
    "fiji": ("Fiji", "Fijian"),
    "solomon_islands": ("Solomon Islands",),
    "vanuatu": ("Vanuatu",),
    "samoa": ("Samoa", "Samoan"),
    "tonga": ("Tonga", "Tongan"),
    # Intergovernmental bodies
    "un": ("United Nations", "UN", "U.N."),
    "eu": ("European Union", "EU", "E.U."),
    "nato": ("NATO", "Nato", "North Atlantic Treaty Organization"),
    "african_union": ("African Union",),
    "arab_league": ("Arab League", "League of Arab States"),
    "osce": ("OSCE", "Organization for Security and Co-operation in Europe"),
    "asean": ("ASEAN", "Association of Southeast Asian Nations"),
    "gcc": ("Gulf Cooperation Council", "GCC"),
    "oic": ("OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"),
}

# "Latin American", "South African" and the like: a region's adjective, not the state's. "South Africa"
# itself is listed, and the longest name is tried first.
_NOT_BEFORE_AMERICAN = ("Latin ", "South ", "North ", "Central ", "Native ", "African ")


def _trie(names) -> str:
    """A regular expression matching any of ``names``, longest first, as a trie.

    Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every
    position; branching on one character at a time scans text about twenty
    times faster over a few hundred names.
    """
    root: dict = {}
    for name in names:
        node = root
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node) -> str:
        children = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        # Greedy: the longer name first, the name that ends here when the longer one does not match.
        return "(?:" + body + ")?" if "" in node else body

    return branch(root)


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict]:
    state_of = {name: state for state, names in STATES.items() for name in names}
    # Not a prefix of a longer word ("Indiana"; in "Turkish-made", "-" ends the word). Not inside one
    # either: checked in _matches, since a pattern that starts with a look-behind is tried at every
    # position, and one that starts with its first letters only where they are.
    return re.compile(_trie(state_of) + r"(?!\w)"), state_of


def _matches(pattern, text: str):
    """The names ``pattern`` finds in ``text`` that start a word, but "America..." after a region's adjective."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            position = start + 1  # inside a word: a name may still start later in it, after a space
            continue
        position = match.end()
        if not (match.group().startswith("America")
                and text.endswith(_NOT_BEFORE_AMERICAN, max(0, start - 8), start)):
            yield match


def states_named(text: str) -> set[str]:
    """The states and intergovernmental bodies (keys of :data:`STATES`) that ``text`` names."""
    pattern, state_of = _pattern()
    return {state_of[match.group()] for match in _matches(pattern, text)}


def names_two_states(texts) -> np.ndarray:
    """Whether each text names at least two distinct states or intergovernmental bodies, shape (n_texts,).

    One pass of the pattern over the texts joined, so that a batch costs
    one regular-expression scan.
    """
    texts = list(texts)
    out = np.zeros(len(texts), dtype=bool)
    if not texts:
        return out
    pattern, state_of = _pattern()
    # A separator no name contains or touches: the pattern cannot match across texts.
    joined = "\n\n".join(texts)
    offsets = np.cumsum([0] + [len(t) + 2 for t in texts[:-1]])
    found = [(match.start(), state_of[match.group()]) for match in _matches(pattern, joined)]
    if found:
        rows = np.searchsorted(offsets, [start for start, _ in found], side="right") - 1
        distinct = {(int(row), state) for row, (_, state) in zip(rows, found)}
        out = np.bincount([row for row, _ in distinct], minlength=len(texts)) >= 2
    return out
