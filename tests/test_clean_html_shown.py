"""Where a saved page's social title and its JSON-LD headline say different things, the one
the page shows over the story (nearest above its text) is the title; each case a small page
written for the test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.core.clean.html_lines import PageLines
from tui.core.clean.html_shown import nearest_shown, shows

from .test_clean_html_meta import BODY, clean, ld

SITE = "<meta property='og:site_name' content='Riverside Herald'>"
SOCIAL = "Council votes to close the old bridge to cars"
HEADLINE = "Old bridge shuts to traffic as repair bill soars"
LEAD = "The council voted on Tuesday to close the old bridge to cars from the first of March next year."


def head(title: str = "") -> str:
    return (f"<title>{title or SOCIAL} | Riverside Herald</title>" + SITE
            + f"<meta property='og:title' content='{SOCIAL}'>" + ld({"@type": "NewsArticle", "headline": HEADLINE}))


def page(top: str, story: str) -> str:
    return (f"<html><head>{head()}</head><body>{top}<article>{story}{BODY}</article>"
            "<footer>Riverside Herald 2024</footer></body></html>")


def test_the_headline_shown_over_the_story_beats_a_social_title_never_shown():
    assert clean(page("<nav><a href='/'>Home</a></nav>", f"<h1>{HEADLINE}</h1>")).title == HEADLINE


def test_a_social_title_shown_over_the_story_stays():
    assert clean(page("", f"<h1>{SOCIAL}</h1>")).title == SOCIAL
    # neither shown: the social title, as before
    assert clean(page("", "")).title == SOCIAL


def test_a_sticky_bar_heading_gives_way_to_the_heading_over_the_story():
    bar = f"<div class='sticky'><h1>{SOCIAL}</h1></div>"
    story = f"<hgroup><span>Bridge row</span>\n<h2>{HEADLINE}</h2></hgroup><p>By Jane Doe</p>"
    assert clean(page(bar, story)).title == HEADLINE
    # and the other way round: the headline in the bar, a kicker and the social title over the story
    bar = f"<div class='crumbs'><h1>{HEADLINE}</h1></div>"
    story = f"<h2><span>Bridge row</span> <span>{SOCIAL}</span></h2><p>By Jane Doe</p>"
    assert clean(page(bar, story)).title == SOCIAL


def test_a_related_link_showing_the_headline_is_not_the_story_heading():
    related = f"<aside><ul><li><a href='/city/bridge-old'>{HEADLINE}</a></li></ul></aside>"
    assert clean(page(related, "")).title == SOCIAL


def test_the_headline_said_again_as_the_first_paragraph_is_not_where_the_story_begins():
    # extractors keep the heading as the first paragraph: the story begins after it
    story = f"<p>{HEADLINE}</p><p>{LEAD}</p>"
    lines = PageLines(lines=["Home", HEADLINE, LEAD, "More text"])
    assert nearest_shown([SOCIAL, HEADLINE], lines, f"{HEADLINE}\n{LEAD}", None) == HEADLINE
    assert clean(page("", story)).title == HEADLINE


def test_one_line_showing_both_leaves_the_choice_to_the_caller():
    line = f"Bridge row: {SOCIAL}"
    lines = PageLines(lines=[line, LEAD])
    assert nearest_shown([SOCIAL, line], lines, LEAD, None) is None
    # the <title>'s own line at the top is not a heading over the story
    lines = PageLines(lines=[f"{HEADLINE}", LEAD])
    assert nearest_shown([SOCIAL, HEADLINE], lines, LEAD, HEADLINE) is None
    # a story the page's lines do not hold tells nothing
    assert nearest_shown([SOCIAL, HEADLINE], PageLines(lines=[HEADLINE]), LEAD, None) is None


_words = st.lists(st.text("abcdefgh", min_size=1, max_size=6), min_size=1, max_size=8).map(" ".join)


@given(_words, _words)
def test_a_line_shows_a_title_after_a_kicker_no_longer_than_it(kicker, title):
    assert shows(title, title)
    assert shows(f"{kicker}: {title}", title) == (len(kicker.split()) <= len(title.split()))
    assert not shows(title, f"{kicker} {title}")
