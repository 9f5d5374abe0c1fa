"""A headline with the site's name after it on a line down the page, and no other copy.

Pages written for the test: the browser's or a search engine's title ("Headline | Site",
"Headline - Site") is not the file's first line but sits a few lines down, under a skip
link or a menu, and the page prints the headline nowhere else. The title is the headline
without the site's name; a dash that sets a kicker or a second clause apart stays, and a
menu's row of bars is still no title. Only the shape of the part after the bar or dash is
read (a few capitalised words or a web address that the body does not use), in any language.
"""

from __future__ import annotations

import pytest

from tests.pasted import clean

PAGES = {
    "en": {
        "top": ["Skip to content", "Home", "World", "Asia"],
        "headline": "Leaders pledge closer ties after video call",
        "site": ["The Daily Planet", "Daily Planet", "dailyplanet.com"],
        "clauses": ["Leaders pledge closer ties - and a trade council", "Video call - Leaders pledge closer ties"],
        "body": [
            "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
            "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
            "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
        ],
    },
    "de": {
        "top": ["Zum Inhalt springen", "Startseite", "Politik", "Ausland"],
        "headline": "Regierungschefs vereinbaren engere Zusammenarbeit im Handel",
        "site": ["Tagesblatt", "Der Tagesblatt Kurier", "tagesblatt.de"],
        "clauses": ["Regierungschefs vereinbaren engere Zusammenarbeit - und einen Handelsrat",
                    "Videogespräch - Regierungschefs vereinbaren engere Zusammenarbeit"],
        "body": [
            "Die beiden Regierungschefs sprachen am Mittwoch mehr als eine Stunde per Video miteinander, hieß es aus "
            "beiden Hauptstädten.",
            "Sie vereinbarten, den Handel auszuweiten und ihre Positionen bei den Vereinten Nationen in den kommenden "
            "Monaten abzustimmen.",
            "Beobachter werteten das Gespräch als Signal an Washington, das seit langem versucht, beide Regierungen zu "
            "isolieren.",
        ],
    },
}
SEPARATORS = [" | ", " - ", " \u2013 "]


@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_site_s_name_after_the_headline_down_the_page_goes(lang, sep):
    page = PAGES[lang]
    for site in page["site"]:
        line = f"{page['headline']}{sep}{site}"
        article = clean([*page["top"], line, *page["body"]])
        assert article.title == page["headline"], (site, article.title)
        assert line not in article.text


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_site_s_name_before_a_bar_goes(lang):
    page = PAGES[lang]
    article = clean([*page["top"], f"{page['site'][0]} | {page['headline']}", *page["body"]])
    assert article.title == page["headline"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_kicker_or_a_clause_after_a_dash_stays(lang):
    page = PAGES[lang]
    for line in page["clauses"]:
        assert clean([*page["top"], line, *page["body"]]).title == line


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_row_of_bars_is_still_no_title(lang):
    page = PAGES[lang]
    row = " | ".join(page["top"][1:])  # "Home | World | Asia"
    breadcrumb = f"{page['top'][2]} | {page['top'][3]}"  # two menu items, no headline
    for line in (row, breadcrumb):
        assert clean([page["top"][0], line, page["headline"], *page["body"]]).title == page["headline"]
