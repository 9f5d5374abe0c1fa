"""Headline, byline and date on small pages written for the test, one per cause of error
seen on real pasted pages: a standfirst taken for the headline, a headline in Title Case
taken for a menu, a notice taken for the start of the body, a quoted headline opening the
body block, bylines in other shapes and places, relative and yearless dates.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article

BODY = [
    "The council voted on Tuesday evening to close the old bridge to cars from the first of March next year.",
    "Engineers had warned for months that the supports were failing and that heavy lorries made the damage worse.",
    "Shop owners on both banks said they feared losing customers, while cyclists welcomed the decision at the meeting.",
    "A new crossing is planned further downstream, but the council has not yet found the money to build it.",
]


def clean(lines: list[str], kind: str = "text", name: str = "page") -> Article:
    raw = "\n\n".join(lines)
    suffix = ".md" if kind == "markdown" else ".txt"
    return clean_article(Article(id=name, path=Path(name + suffix), raw=raw, sha256="", kind=kind))  # type: ignore[arg-type]


MENU = ["Home", "News", "Local", "Sport", "Weather"]


def test_standfirst_under_the_headline_is_not_the_title():
    # The standfirst is longer, shares more words with the body and sits right above the
    # byline; the headline above it is still the title.
    headline = "Old bridge will close to cars, council decides"
    dek = "The council voted to close the old bridge to cars, as engineers warned the supports were failing"
    article = clean([*MENU, "Transport", headline, dek, "Author of the article:", "Jane Doe", "March 3, 2025", *BODY])
    assert article.title == headline
    assert article.byline == "Jane Doe"


def test_a_headline_in_title_case_is_not_a_menu_row():
    headline = "Council Gives Early Approval to Riverside Bridge Closure Plan, Citing Engineer Warnings"
    article = clean([*MENU, "Politics", headline, "Jane Doe", "March 3, 2025", *BODY])
    assert article.title == headline


def test_headline_over_a_labelled_byline_below_a_notice():
    # A "save this article" notice reads as the first sentence of the body; the headline
    # and its byline come after it.
    notice = "Save this article and read it whenever you like. This service is for registered users only."
    headline = "Old bridge to close to cars next spring"
    article = clean([*MENU, "Opinion: the best bridges in the county", notice, "You saved a new article",
                     headline, "by Jane Doe", *BODY])
    assert article.title == headline
    assert article.byline == "Jane Doe"


def test_quoted_headline_at_the_top_of_the_block():
    # A headline ending in a closing quote looks like a sentence and opens the body block.
    headline = 'Shop owners on the bridge closure: "We will lose customers. It is a disaster"'
    terms = "Terms and conditions of use"
    article = clean(["Skip to main content", terms, *MENU, terms, "Bridges", "Transport", headline, *BODY])
    assert article.title == headline
