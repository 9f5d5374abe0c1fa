"""The page's own name for the story, printed among its menus, over a differently worded headline.

Pages written for the test: a breadcrumb ending in the story's title, a sticky header bar
between menu items, and the lines that look like those but are not the story's title (a
promo for another story, a caption, a label).
"""

from __future__ import annotations

from tests.pasted import clean
from tui.core.clean import page_title

BODY = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
]
OWN = "Leaders agreed to expand trade in video call, officials said"
HEADLINE = "Two leaders spoke by video for an hour"
PROMOS = ["Opinion", "Jane Roe", "Why the harvest failed again this year", "John Doe",
          "The mayor who never takes the bus", "View all"]
HEADER = [HEADLINE, "By Jane Doe", "15 December 2021"]


def test_breadcrumb_ends_in_the_story_title():
    page = ["Menu", "Home", "News", "World", OWN, "Follow us", "Search", *PROMOS, *HEADER, *BODY, "Related", "China"]
    article = clean(page)
    assert article.title == OWN
    # The byline and the date are still the ones by the headline over the body.
    assert article.byline == "Jane Doe"
    assert article.published == "2021-12-15"
    assert {r.text: r.reason for r in article.removed}[OWN] == "title"
    assert article.text.startswith(BODY[0])


def test_without_the_header_title_the_headline_stays():
    page = ["Menu", "Home", "News", "World", "Follow us", "Search", *PROMOS, *HEADER, *BODY]
    assert clean(page).title == HEADLINE


def test_a_promo_among_menu_items_is_not_the_story_title():
    promo = "Farmers count the cost of a dry summer in the south"  # another story: the body does not tell it
    page = ["Menu", "Home", "News", "World", promo, "Follow us", "Search", *PROMOS, *HEADER, *BODY]
    assert clean(page).title == HEADLINE


def test_a_caption_or_a_label_among_menu_items_is_not_the_story_title():
    caption = "The two leaders spoke by video link on Wednesday."
    label = "Leaders agreed to expand trade, officials said:"
    for line in (caption, label):
        page = ["Menu", "Home", "News", line, "Follow us", "Search", *PROMOS, *HEADER, *BODY]
        assert clean(page).title == HEADLINE


def test_a_photo_caption_among_menu_items_is_not_the_story_title():
    # The photo over the story, its caption (no full stop) over its credit: the caption tells
    # the body's story as well as a title would, but it is the photo's.
    page = ["Menu", "Home", "News", OWN, "Jane Roe / AFP", "Search", *PROMOS, *HEADER, *BODY]
    assert clean(page).title == HEADLINE
    page = ["Menu", "Home", "Photo: Jane Roe", OWN, "Share", "Search", *PROMOS, *HEADER, *BODY]
    assert clean(page).title == HEADLINE


def test_a_line_between_long_lines_is_not_a_header_title():
    # The same words in a run of prose (a summary box above the story): no menu around it.
    summary = "In short: officials in both capitals say the leaders talked for an hour on trade."
    page = ["Menu", "Home", summary, OWN, summary.replace("In short", "Also"), *PROMOS, *HEADER, *BODY]
    assert clean(page).title == HEADLINE


def test_only_lines_above_the_headline_are_read():
    from tui.core.clean.measure import measured_lines

    _, lines, _ = measured_lines("\n".join(["Home", "News", *HEADER, *BODY, "More", OWN, "Share"]))
    at = next(i for i, line in enumerate(lines) if line.text == HEADLINE)
    body = next(i for i, line in enumerate(lines) if line.text == BODY[0])
    assert page_title.above(lines, at, len(lines), {}, body) is None
    _, lines, _ = measured_lines("\n".join(["Home", "News", OWN, "Share", *HEADER, *BODY]))
    at = next(i for i, line in enumerate(lines) if line.text == HEADLINE)
    assert lines[page_title.above(lines, at, len(lines), {}, at + 3)].text == OWN


def test_a_long_headline_over_its_labelled_byline_below_a_promo():
    # A promo for another story opens the block (two sentences, between menu items), then a
    # notice, then the story's long headline (two quotations) over "di NAME": the headline is
    # the story's, and the promo, which the block starts with, is no title of the page.
    promo = ("Mario Rossi: «Le città più care? Milano e Roma dopo il 2020. "
             "E gli affitti più alti d'Europa sono i nostri»")
    long_headline = ("Il sindaco dai ministri a Palazzo Chigi: «Buona riunione, pronti a collaborare». "
                     "La stampa: «Sul bilancio del porto il sindaco ha insistito molto»")
    body = ["Il sindaco è partito a sorpresa per Roma, dove i ministri lo hanno ricevuto a Palazzo Chigi "
            "per una riunione sul bilancio del porto con i loro collaboratori.",
            "«Una buona riunione, ringrazio per l'accoglienza. Pronti a collaborare», ha scritto poi il "
            "sindaco nella serata di lunedì, dopo l'incontro con i ministri.",
            "Secondo la stampa il sindaco ha insistito molto sul bilancio del porto, e i ministri gli hanno "
            "promesso una risposta nei prossimi giorni."]
    page = ["Politica", "Cronaca", "politica", promo, "I tuoi preferiti",
            "Salva questo articolo e leggilo quando vuoi. Il servizio è dedicato agli utenti registrati.",
            "Hai salvato un nuovo articolo", long_headline, "di Anna Bianchi", *body]
    article = clean(page)
    assert article.title == long_headline
    assert article.byline == "Anna Bianchi"


def test_a_text_files_heading_mark_is_no_part_of_its_headline():
    """"# Headline" in a text file with no other sign of Markdown (read as plain text): the mark
    is not shown in the header, the list or the exports."""
    from tests.pasted import clean

    article = clean(["# City council delays vote on budget plan",
                     "The council met on Tuesday to discuss the budget, and the members agreed that the plan needed more work.",
                     "Officials said the decision would be reviewed next month, after the public had a chance to comment."])
    assert article.kind == "text"
    assert article.title == "City council delays vote on budget plan"
