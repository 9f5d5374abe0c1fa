"""Headline and byline where the page's header is not one tidy line each.

Each page is written for the test (no real page is copied): a headline printed twice, once
with its kicker; a photo caption run on into its photographer's name; a byline whose label
and name sit on two lines; a desk signing the story.
"""

from __future__ import annotations

from tests.test_metadata_pages import BODY, clean, reasons

HEADLINE = "Cooling towers of the old plant demolished"


def test_the_headline_printed_again_with_its_kicker_is_taken_whole():
    page = ["Home", "Politics", HEADLINE, f"Nuclear power {HEADLINE}", "25.10.2025 - 15:26 Uhr", *BODY]
    article = clean(page)
    # The copy lost the kicker's colon: it goes back between kicker and headline.
    assert article.title == f"Nuclear power: {HEADLINE}"
    assert reasons(article)[f"Nuclear power {HEADLINE}"] == "title"
    assert article.text.startswith(BODY[0])


def test_a_standfirst_repeating_the_headline_is_no_kicker():
    standfirst = f"Thousands watched as {HEADLINE.lower()} on Saturday morning"
    page = ["Home", HEADLINE, standfirst, "25.10.2025 - 15:26 Uhr", *BODY]
    assert clean(page).title == HEADLINE


def test_same_words_twice_keep_the_headline_as_printed():
    page = ["Home", f"Nuclear power: {HEADLINE}", f"Nuclear power {HEADLINE}", "25.10.2025", *BODY]
    assert clean(page).title == f"Nuclear power: {HEADLINE}"


def test_a_caption_ending_with_its_photographers_name_is_no_headline():
    caption = "Jane Roe after she finished the race in the capital last spring. Jane Roe"
    page = ["Menu", "Health", "A runner who lost 40 pounds shares the changes she did not expect", "By John Doe",
            caption, "2025-03-29T11:36:01Z", *BODY]
    article = clean(page)
    assert article.title == "A runner who lost 40 pounds shares the changes she did not expect"
    assert article.byline == "John Doe"


def test_a_title_and_name_after_an_abbreviation_is_still_a_headline():
    page = ["Menu", "New York man pleads guilty to threatening Rep. Jane Roe", "By John Doe", "April 28, 2023", *BODY]
    assert clean(page).title == "New York man pleads guilty to threatening Rep. Jane Roe"
