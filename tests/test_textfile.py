"""parse_news_text: one article, listing pages, date/dateline headers."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from newstag.corpus.cleaning import clean_text
from newstag.corpus.textfile import derive_title, parse_news_text

PROPERTY = settings(max_examples=150, deadline=None)

# Words of lower-case letters: they can form neither a dateline
# ("MOSCOW, May 25. /TASS/."), a date header, nor a photo-credit line.
WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéöçあ"), min_size=1, max_size=10)


def _words(min_size: int, max_size: int):
    return st.lists(WORD, min_size=min_size, max_size=max_size).map(" ".join)


HEADLINE = _words(2, 12)
SUMMARY = _words(1, 40).map(lambda s: s + "…")
SENTENCE = _words(1, 20).map(lambda s: s.capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)


def test_one_article_headline_then_body():
    parsed = parse_news_text("Truce holds in Aleppo\n\nThe truce held.\n\nAid arrived on Monday.")
    assert parsed.shape == "article"
    [item] = parsed.items
    assert item.title == "Truce holds in Aleppo"
    assert item.text == "The truce held.\n\nAid arrived on Monday."
    assert item.line == 1
    assert item.date is None and item.source is None


def test_article_without_headline_gets_first_sentence_as_title():
    [item] = parse_news_text("The truce held in Aleppo. Aid arrived on Monday.").items
    assert item.title == "The truce held in Aleppo."
    assert item.text == "The truce held in Aleppo. Aid arrived on Monday."


def test_date_header_and_tass_dateline():
    parsed = parse_news_text(" date 2019-05-25 MOSCOW, May 25. /TASS/. Troops repelled attacks. More followed.")
    [item] = parsed.items
    assert item.date == date(2019, 5, 25)
    assert item.source == "TASS"
    assert item.text == "Troops repelled attacks. More followed."
    assert item.title == "Troops repelled attacks."


def test_parenthesised_agency_dateline():
    [item] = parse_news_text("DAMASCUS, Sept 3 (SANA) - Army units entered the town.\n\nMore text.").items
    assert item.source == "SANA"
    assert item.text.startswith("Army units entered the town.")


def test_invalid_date_header_does_not_raise():
    [item] = parse_news_text("date 2019-13-45 Something happened today. Then more.").items
    assert item.date is None
    assert "Something happened" in item.text


def test_photo_credit_lines_are_removed_and_reported():
    text = "Strikes hit the city\n\nФото: РИА «Новости»\n\nStrikes hit the city overnight.\nPhoto: AFP"
    parsed = parse_news_text(text)
    assert parsed.boilerplate == ["Фото: РИА «Новости»", "Photo: AFP"]
    [item] = parsed.items
    assert "Фото" not in item.text and "AFP" not in item.text
    assert item.title == "Strikes hit the city"


def test_listing_with_three_dots_and_trailing_unfinished_block():
    text = (
        "First headline here\n\nFirst summary goes on...\n\n"
        "Second headline here\n\nSecond summary goes on…\n\n"
        "A last paragraph without ellipsis."
    )
    parsed = parse_news_text(text)
    assert parsed.shape == "listing"
    assert [i.title for i in parsed.items] == [
        "First headline here",
        "Second headline here",
        "A last paragraph without ellipsis.",
    ]
    assert [i.line for i in parsed.items] == [1, 5, 9]


def test_empty_and_boilerplate_only_text_gives_no_item():
    assert parse_news_text("").items == []
    parsed = parse_news_text("\n\nPhoto: Reuters\n")
    assert parsed.items == []
    assert parsed.boilerplate == ["Photo: Reuters"]


def test_derive_title_shortens_long_sentences_at_a_word():
    title = derive_title("word " * 100)
    assert title.endswith("…")
    assert len(title) <= 161
    assert " wor…" not in title


@PROPERTY
@given(st.text(max_size=400))
def test_parse_never_raises_and_items_have_text(text):
    parsed = parse_news_text(text)
    assert parsed.shape in {"article", "listing"}
    for item in parsed.items:
        assert item.text.strip()
        assert item.title.strip()
        assert item.line >= 1


@PROPERTY
@given(st.lists(st.sampled_from(["", " ", "date 2019-05-25 ", "MOSCOW, May 25. /TASS/.", "Photo: X",
                                 "Head line", "Body text.", "Summary…", "...", "\u2028", "é"]), max_size=20))
def test_parse_never_raises_on_structured_noise(parts):
    text = "\n".join(parts)
    for item in parse_news_text(text).items:
        assert item.text.strip()


@PROPERTY
@given(st.lists(st.tuples(HEADLINE, SUMMARY), min_size=1, max_size=8))
def test_generated_listing_yields_one_item_per_block(blocks):
    text = "\n\n\n".join(f"{headline}\n\n\n{summary}" for headline, summary in blocks)
    parsed = parse_news_text(clean_text(text))
    assert [item.title for item in parsed.items] == [headline for headline, _ in blocks]
    assert [item.text for item in parsed.items] == [summary for _, summary in blocks]
    if len(blocks) > 1:
        assert parsed.shape == "listing"


@PROPERTY
@given(HEADLINE, st.lists(PARAGRAPH, min_size=1, max_size=6))
def test_generated_article_yields_one_item_with_its_headline(headline, paragraphs):
    text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    parsed = parse_news_text(clean_text(text))
    assert parsed.shape == "article"
    [item] = parsed.items
    assert item.title == headline
    assert item.text == "\n\n".join(paragraphs)
