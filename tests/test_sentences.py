"""The sentence splitter: span invariants, the hard cases of news text, the version pin, gold F1.

Every example text here was written for these tests; FA-KES items are
referred to by id and character offsets only (the hand-checked gold lives in
docs/experiments/sentence_splitter_2026-11-29/gold/).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstag import config, load_corpus
from newstag.corpus.sentences import SPLITTER_VERSION, Sentence, item_sentences, split_sentences

GOLD_DIR = Path(__file__).resolve().parents[1] / "docs" / "experiments" / "sentence_splitter_2026-11-29" / "gold"
MARK = "¦"  # in the examples below: a sentence starts here

# ---------------------------------------------------------------- invariants


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    covered = [False] * len(text)
    for start, end in spans:
        assert previous_end <= start < end <= len(text), (text, spans)
        assert not text[start].isspace() and not text[end - 1].isspace(), (text, spans)
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    uncovered = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not uncovered, (text, spans, uncovered)


# Text made of the pieces that trip splitters up, so that random draws hit the rules.
PIECES = st.sampled_from(
    [" ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", ".", "...", "…", "!", "?", '"', "“", "”", "'", "’",
     "(", ")", "[", "]", "-", " - ", "–", "•", " • ", "1", "12", "2015", "1.5", "a", "the", "Army", "killed",
     "U.S.", "U.N.", "Gen.", "Lt. Col.", "Dr.", "J.", "No.", "Jan.", "p.m.", "e.g.", "etc.", "/TASS/.", "(SANA)",
     " AFP Friday 24 Oct 2014 ", ". (AFP) ", ". - Sub head - ", "DAMASCUS, May 3 (SANA) - ", ".The", ".-AFP"]
)
NEWSY_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), NEWSY_TEXT))
def test_spans_are_ordered_trimmed_and_cover_every_non_space_character(text):
    check_spans(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), NEWSY_TEXT), st.one_of(st.text(max_size=80), NEWSY_TEXT))
def test_item_sentences_point_into_their_field(title, text):
    item = {"title": title, "text": text}
    sentences = item_sentences(title, text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        assert item[sentence.field][sentence.start : sentence.end] == sentence.text
    has_headline = bool(title.strip())
    assert sum(s.field == "title" for s in sentences) == int(has_headline)
    if has_headline:
        assert (sentences[0].index, sentences[0].field, sentences[0].text) == (0, "title", title.strip())
    body = [(s.start, s.end) for s in sentences if s.field == "text"]
    assert body == split_sentences(text)


def test_the_headline_is_sentence_0_when_there_is_one():
    sentences = item_sentences("  Army retakes town ", "Troops moved in. Residents returned.")
    assert sentences[0] == Sentence(0, "title", 2, 19, "Army retakes town")
    assert [(s.index, s.field, s.text) for s in sentences[1:]] == [
        (1, "text", "Troops moved in."),
        (2, "text", "Residents returned."),
    ]


@pytest.mark.parametrize("title", ["", "   ", None])
def test_without_a_headline_the_body_is_numbered_from_0(title):
    sentences = item_sentences(title, "Troops moved in. Residents returned.")
    assert [(s.index, s.field) for s in sentences] == [(0, "text"), (1, "text")]


def test_empty_and_blank_texts_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []
    assert item_sentences("", "") == []


def test_a_non_string_is_refused():
    with pytest.raises(TypeError, match="must be a str"):
        split_sentences(None)


def test_sentence_is_frozen():
    sentence = item_sentences("Headline", "")[0]
    with pytest.raises(AttributeError):
        sentence.start = 3


# ---------------------------------------------------------------- hard cases

HARD_CASES = {
    "dateline SANA": "DAMASCUS, May 3 (SANA) - Syrian troops took the town. ¦Mines were cleared.",
    "dateline Reuters": "BEIRUT (Reuters) - Shelling killed five people. ¦The toll may rise.",
    "dateline TASS": "MOSCOW, March 3. /TASS/. Troops repelled an attack in Latakia. ¦No civilians were hurt.",
    "dateline Aleppo SANA-": "Aleppo, SANA- Two civilians were injured by shells. ¦Houses were damaged.",
    "dateline D.C. (AP)": "WASHINGTON, D.C. (AP) - The Pentagon said the strike hit a depot. ¦It gave no toll.",
    "run-in agency dateline": "Drone hits depot near Homs Monitor ¦AFP Sunday 9 Mar 2014 A drone struck a depot.",
    "U.S. and U.N. inside": "The U.S. State Department and U.N. officials met. ¦They agreed on aid.",
    "acronym ends a sentence": "The strikes were carried out by the U.S. ¦The U.N. Security Council will meet.",
    "ranks": "Gen. Ali and Lt. Col. Samir met Maj. Fares. ¦Capt. Omar and Sgt. Adel were absent.",
    "Dr. Mr. St.": "Dr. Hana Rahim and Mr. Khaled Musa visited St. George Street. ¦It was damaged.",
    "No. and months": "Resolution No. 2254 was adopted on Dec. 18 and tabled on Feb. 3. ¦Voting follows.",
    "e.g. i.e.": "Supplies, e.g. Blankets, are short, i.e. Nearly gone. ¦Convoys wait.",
    "a.m. p.m.": "Shelling began at 6 a.m. and stopped at 4 p.m. ¦The army then advanced.",
    "initials": "Secretary J. Kerry met S. Lavrov. ¦Analyst R. M. Haddad was there.",
    "decimals": "About 1.5 million fled and 6.6 million are displaced. ¦Funding fell 12.5 per cent.",
    "list numbers": "The demands were listed. ¦1. A ceasefire. ¦2. Access for aid.",
    "period inside closing quote": 'He said the attack was a violation. ¦"We will respond." ¦He did not say how.',
    "question inside closing quote": '"Is this a ceasefire?" a reporter asked. ¦Nobody answered.',
    "quote over several sentences": 'A medic said: "The wounded keep coming. ¦We have no beds. ¦Send help." ¦It is full.',
    "curly quotes": "The envoy said: “The situation is grave. ¦Both sides must stop.” ¦He left for Amman.",
    "ellipsis mid-sentence": "The convoy waited... and then turned back. ¦Drivers were not told why.",
    "ellipsis at a sentence end": "Drivers waited for hours… ¦Nobody came.",
    "listing snippets": "Airstrikes hit rebel-held town… ¦Read more\n¦Aid reaches besieged district… ¦Read more",
    "lines without final punctuation": "Army advances in the east\n¦Aid convoy enters Douma\n¦The army took three villages.",
    "headline paragraph": "Ceasefire holds in the south\n\n¦A ceasefire held on Sunday.",
    "hard-wrapped lines go on": "Forces pushed into the southern districts of the\ncity on Monday, residents said. ¦Aid stopped.",
    "dash bullets": "Key points:\n¦- A ceasefire in the south-west\n¦- Aid through two crossings",
    "dot bullets inline": "Summary of the day ¦• Shelling in Daraa ¦• Clashes near Hama",
    "missing space after a full stop": "Four people were killed.¦The army sealed off the area.",
    "glued opening quote": 'The ministry issued a statement.¦"We reject the accusations."¦The statement was read out.',
    "glued credit": "The strikes continued overnight.¦-AFP",
    "credit in brackets": "A boy stands in the rubble on May 5. ¦(AFP) ¦Rescue teams searched for survivors.",
    "AFP subhead": "The war began in 2011. ¦- Troops advance - ¦Meanwhile the army shelled the town.",
    "question and exclamation": "Who fired the rockets? ¦Nobody has said! ¦Officials would not comment.",
    "U.S.-led is one word": "The U.S.-led coalition denied it.¦Damascus blamed militants.",
}


def unmark(marked: str) -> tuple[str, list[int]]:
    text, starts = [], []
    for ch in marked:
        if ch == MARK:
            starts.append(len(text))
        else:
            text.append(ch)
    return "".join(text), starts


@pytest.mark.parametrize("case", sorted(HARD_CASES))
def test_hard_case(case):
    text, expected = unmark(HARD_CASES[case])
    spans = split_sentences(text)
    check_spans(text, spans)
    assert [start for start, _ in spans[1:]] == expected, [text[a:b] for a, b in spans]


def test_spans_index_the_text_exactly_as_given():
    # No normalisation: a byte-order mark is not whitespace, so it stays in its sentence.
    text = "\ufeff  Troops moved in.\r\n\r\n\u00a0Residents returned.  "
    assert split_sentences(text) == [(0, 19), (24, 43)]
    assert [text[a:b] for a, b in split_sentences(text)] == ["\ufeff  Troops moved in.", "Residents returned."]


# ---------------------------------------------------------------- version pin

# The texts the pin covers, fixed: the synthetic wire items of the gold, and
# every join of three of a few fragments.
_FRAGMENTS = ["Troops moved in", ".", ". ", "...", "\n", "\n\n", " U.S.", " Gen.", '"', " (AFP) ", " the army"]
PIN_TEXTS = [
    json.loads(line)["text"] for line in (GOLD_DIR / "synthetic.jsonl").read_text(encoding="utf-8").splitlines()
] + ["".join(parts) for parts in itertools.product(_FRAGMENTS, repeat=3)] + [
    "Drone hits depot near Homs Monitor AFP Sunday 9 Mar 2014 A drone struck a depot.",
    "Bridge reopens in the north 3 March 2016 SANA Engineers finished the repairs.",
    "The war began in 2011. - Troops advance - Meanwhile the army shelled the town.",
    "The strikes continued.-AFP",
    'A boy in the rubble on May 5. (AFP) Rescue teams searched. (see map) The end. "Quote."Next',
    "Aid, e.g. Blankets, came. Syria vs. Russia talks. We waited. ... 12 Comments Army advances"
    "\r\n- one\n• two • three\nNo. 5 and Feb. 3. Then 2. Access",
]
# SPLITTER_VERSION -> digest of the spans of PIN_TEXTS. Annotations are stored
# as sentence indices under a version: when any output changes, bump
# SPLITTER_VERSION and add its digest here (never edit an existing one).
PINNED = {
    # The first draft (commit 8b9f6cc), under which the evidence labels were first converted.
    "1": "b3349581ac2cdeb368c15d2afbc35a0f40cb524b40e9e9b1702008d47a606ec2",
    # The rules checked against the hand-checked gold (docs/experiments/sentence_splitter_2026-11-29).
    "2": "434433863a79b7d5a8ad42105679677eed8639a39da4bff22fcf896388e7b52c",
}


def _digest() -> str:
    spans = [split_sentences(text) for text in PIN_TEXTS]
    return hashlib.sha256(json.dumps(spans).encode()).hexdigest()


def test_output_is_pinned_to_the_version():
    assert SPLITTER_VERSION in PINNED, f"add the new version's digest to PINNED: {_digest()}"
    assert _digest() == PINNED[SPLITTER_VERSION], (
        f"the splitter's output changed under SPLITTER_VERSION={SPLITTER_VERSION!r}: bump the version and "
        f"pin the new digest {_digest()}"
    )


# ---------------------------------------------------------------- gold F1


def _read_gold(name: str) -> dict[str, tuple[str, int, set[int]]]:
    gold = {}
    for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        item_id, sha, length, offsets = (line.split("\t") + [""])[:4]
        gold[item_id] = (sha, int(length), {int(x) for x in offsets.split()})
    return gold


def _scores(items: dict[str, str], gold) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for item_id, (sha, length, expected) in gold.items():
        text = items[item_id]
        assert len(text) == length and hashlib.sha256(text.encode()).hexdigest()[:16] == sha, (
            f"{item_id}: the loaded text differs from the one the gold was checked on (did cleaning change?)"
        )
        found = {start for start, _ in split_sentences(text)[1:]}
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


def test_boundary_f1_on_the_seed_documents():
    corpus = load_corpus([str(config.SEEDS_DIR)])
    gold = {k: v for k, v in _read_gold("gold_corpus.tsv").items() if k.startswith("seed:")}
    assert len(gold) == 14
    precision, recall, f1 = _scores(dict(zip(corpus["id"], corpus["text"], strict=True)), gold)
    assert f1 >= 0.99, (precision, recall, f1)  # measured 1.000 (SPLITTER_VERSION 1)


def test_boundary_f1_on_the_synthetic_wire_items():
    records = [json.loads(line) for line in (GOLD_DIR / "synthetic.jsonl").read_text(encoding="utf-8").splitlines()]
    items = {r["id"]: r["text"] for r in records}
    gold = {r["id"]: (hashlib.sha256(r["text"].encode()).hexdigest()[:16], len(r["text"]), set(r["boundaries"]))
            for r in records}
    precision, recall, f1 = _scores(items, gold)
    assert f1 >= 0.99, (precision, recall, f1)  # measured 0.994 (SPLITTER_VERSION 1)


def test_boundary_f1_on_the_hand_checked_fakes_sample(fakes_path):
    sealed_path = fakes_path.with_name("fakes_sealed_ids.txt")
    sealed = set()
    if sealed_path.is_file():
        sealed = {"fakes:" + line.strip() for line in sealed_path.read_text(encoding="utf-8").splitlines() if line.strip()}
    gold = {k: v for name in ("gold_corpus.tsv", "gold_heldout.tsv") for k, v in _read_gold(name).items()
            if k.startswith("fakes:")}
    assert len(gold) == 80 and not set(gold) & sealed
    corpus = load_corpus(fakes=fakes_path)
    corpus = corpus[~corpus["id"].isin(sealed) & corpus["id"].isin(set(gold))]
    precision, recall, f1 = _scores(dict(zip(corpus["id"], corpus["text"], strict=True)), gold)
    # Measured with SPLITTER_VERSION 1: P 1.000, R 0.946, F1 0.972 on these 80 items
    # (60 tuned on, 20 held out); the thresholds are those, rounded down.
    assert precision >= 0.99, (precision, recall, f1)
    assert f1 >= 0.97, (precision, recall, f1)


def _word_before_by_loop(text, pos):
    # The splitter's rule, character by character (as _word_before was written before its fast path).
    lo, i = max(0, pos - 40), pos
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "._&/'’-"):
        i -= 1
    return text[i:pos]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1Σ. \t\n'’-_&/,x")), max_size=60), st.integers(0, 60))
def test_the_word_before_a_mark_is_the_loop_s(text, pos):
    from newstag.corpus.sentences import _word_before

    pos = min(pos, len(text))
    assert _word_before(text, pos) == _word_before_by_loop(text, pos)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["AFP", "Sunday", "9", "Mar", "2014", "A", "drone", "struck", "near", "Homs", "Reuters",
                                 "Tues", "12", "September", "1999", "AP", "Xinhua", ".", "\n"]), max_size=25))
def test_a_run_in_dateline_always_names_an_agency_the_prefilter_knows(words):
    from newstag.corpus.sentences import _AGENCIES, _DATELINE_ZONE, _RUN_IN_DATELINE

    text = "Troops shell the town " + " ".join(words)
    for match in _RUN_IN_DATELINE.finditer(text, 0, _DATELINE_ZONE):
        assert any(agency in match.group() for agency in _AGENCIES)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["town", "Gen", "gen", "vs", "al", "e.g", "U.S", "said", "x", "killed", "café", "2",
                                 "The", "He", "Aleppo", "(AFP)", "-", "\u01c5a", "jan", "Jan", "we", "Mr", "MR", "Vs", "12", "2011", "ST", "x2"]), max_size=20),
       st.lists(st.sampled_from([". ", ".  ", ".\n", " ", ".", "? ", ". . ", '." ']), max_size=20))
def test_the_plain_full_stop_is_what_after_terminal_decides(words, gaps):
    from newstag.corpus.sentences import _CANDIDATE, _after_terminal, _plain_full_stop

    text = "".join(w + g for w, g in zip(words, gaps + [" "] * len(words)))
    for match in _CANDIDATE.finditer(text):
        pos = match.start()
        if text[pos] == "." and match.end() == pos + 1 and _plain_full_stop(text, pos):
            for current in {0, max(0, pos - 10), pos - 1}:
                if current != pos and current >= 0:
                    assert _after_terminal(text, match, current) == pos + 2
