"""A title, byline or source is stored on one line with each run of spaces one plain space, the
cleaner's as the analyst's correction: a French headline's no-break space before its colon
looks like a space and, in the CSV, is one. Chinese and Japanese headlines keep the wide
ideographic space that parts their phrases; the body keeps every character of the page."""

from __future__ import annotations

from tui.core.corrections import normalise, one_line
from tui.core.store import AnnotationStore

from .test_clean_html_meta import clean as clean_html
from .test_clean_html_meta import page
from .test_metadata import clean

NBSP, THIN = "\u00a0", "\u2009"
HEADLINE = f"Guerre en Ukraine{NBSP}: la Russie affirme avoir fait \u00e9chouer la campagne{THIN} militaire"
SENTENCE = f"The talks ended on Monday{NBSP}: both sides said they would meet again in Geneva after the summer break."


def test_a_title_and_byline_with_no_break_spaces_are_stored_with_plain_ones():
    article = clean([HEADLINE, f"By Anne{NBSP}Martin", SENTENCE])
    assert article.title == "Guerre en Ukraine : la Russie affirme avoir fait \u00e9chouer la campagne militaire"
    assert article.byline is not None and "Anne Martin" in article.byline
    assert SENTENCE in article.text  # the body as the page gives it


def test_a_saved_pages_title_too():
    head = f"<meta property='og:title' content='{HEADLINE}'>"
    assert clean_html(page(head, f"<h1>{HEADLINE}</h1>")).title == HEADLINE.replace(NBSP, " ").replace(f"{THIN} ", " ")


def test_the_ideographic_space_stays_and_the_ends_go():
    title = "\u5bae\u5d0e\u770c\u3067\u9707\u5ea65\u5f31\u3000\u6c17\u8c61\u5e81"
    assert one_line(f" {title}\n") == title
    assert one_line(f"Leaders{NBSP}{NBSP} meet\t\nin Geneva{THIN}") == "Leaders meet in Geneva"


def test_a_correction_is_stored_the_same_way(tmp_path):
    assert normalise("byline", f"Diana Resnik mit{NBSP}AP") == "Diana Resnik mit AP"
    store = AnnotationStore(tmp_path / "a.json")
    store.set_correction("a", "title", f"  {HEADLINE} ")
    assert store.corrections("a")["title"] == clean([HEADLINE, "By Ann Lee", SENTENCE]).title
    store.close()
