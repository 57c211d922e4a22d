"""Code tests of the headline label and site-name detector (newstag.corpus.slugs); the examples are written here."""

import pytest

from newstag.corpus.slugs import LABELS, blank_slugs, slug_spans

HEADLINE = "Israeli jets strike Gaza after truce collapses"
OPENING = ["BREAKING: ", "Breaking news - ", "EXCLUSIVE-", "ANALYSIS-", "FACTBOX-", "Live updates: ", "Opinion | ",
           "UPDATE 2-", "Update 2-", "RPT-UPDATE 1-", "CORRECTED-", "The Latest: ", "WATCH: ", "Q&A: ",
           "Explainer: ", "JUST IN - ", "In pictures: ", "LIVE | "]
CLOSING = [" - BBC News", " | AP News", " | Al Jazeera", " - The New York Times", " | Reuters", " — Middle East Eye",
           " – Kyiv Independent", " | Reuters.com", " - Syrian Observatory for Human Rights", " - Al-Masdar News"]
NOT_SLUGS = [HEADLINE, "Live-fire drills near the border", "Latest airstrikes kill 12 in Idlib",
             "Update on the truce talks", "Watchdog says aid is blocked", "Breaking the siege of Kut",
             "Exclusive talks begin in Geneva", "Foreign Ministry: talks will resume", "Analysis", "BREAKING:",
             "Israeli strikes - the toll rises", "Gaza - aid convoys reach the north", ""]


@pytest.mark.parametrize("label", OPENING)
def test_labels_opening_a_headline_are_found_whole(label):
    title = label + HEADLINE
    assert slug_spans(title) == [(0, len(label))]
    assert blank_slugs(title) == " " * len(label) + HEADLINE


@pytest.mark.parametrize("site", CLOSING)
def test_a_site_name_closing_a_headline_is_found_whole(site):
    title = HEADLINE + site
    assert slug_spans(title) == [(len(HEADLINE), len(title))]
    assert blank_slugs(title) == HEADLINE + " " * len(site)


@pytest.mark.parametrize("title", NOT_SLUGS)
def test_headlines_with_neither_are_left_alone(title):
    assert slug_spans(title) == [] and blank_slugs(title) == title


def test_a_label_and_a_site_name_together_and_lengths_hold():
    title = "WATCH: Drones hit Kyiv power plant - BBC News"
    blanked = blank_slugs(title)
    assert len(blanked) == len(title) and blanked.strip() == "Drones hit Kyiv power plant"


def test_a_site_name_that_keep_accepts_stays_read():
    title = "Truce holds in the north - Air Force Times"
    assert blank_slugs(title, keep=lambda name: "Air Force" in name) == title
    assert blank_slugs(title).strip() == "Truce holds in the north"


def test_a_headline_that_is_only_a_label_or_a_site_name_is_kept():
    for title in ["EXCLUSIVE", "Live updates", "BBC News", " - BBC News"]:
        assert blank_slugs(title) == title


def test_the_labels_are_lower_case_and_distinct():
    assert all(label == label.lower() for label in LABELS) and len(set(LABELS)) == len(LABELS)
