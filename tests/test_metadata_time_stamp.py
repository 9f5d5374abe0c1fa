"""A headline with only a relative time stamp under it ("2 hours ago", the byline's name and
desk under that, the picture's credit and caption under those) is the headline: the stamp
marks the story's header as a dateline does, so the caption right above the body, which
repeats the lead's words, is not taken for it. Several stamps (a list of cards, each with
its own) mark nothing. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pasted import clean
from tui.core.cleaner import clean_article
from tui.core.models import Article

BODY = [
    "Hundreds of farmers drove their tractors into the centre of the capital on Monday, blocking roads around the building where ministers were meeting.",
    "The protesters, many of whom had travelled overnight from the provinces, say they are being squeezed by rising costs and cheap imports.",
    "Police used water cannon to disperse a group that set fire to tyres near the parliament, and several people were detained.",
    "Ministers are discussing changes to the subsidy rules, which critics say favour large businesses over small family farms.",
]
CAPTION = "Farmers drove tractors into the centre of the capital on Monday"


def test_the_headline_over_a_time_stamp_not_the_caption_over_the_body():
    article = clean(["Home", "News", "Sport", "Weather", "World", "Europe",
                     "Farmers block the capital's streets as ministers meet", "2 hours ago", "Share", "Save",
                     "Laura Gozzi", "Europe correspondent", "Getty Images", CAPTION, *BODY,
                     "Related", "Farmers' protests spread across the continent", "2 February 2024"])
    assert article.title == "Farmers block the capital's streets as ministers meet"
    assert article.byline == "Laura Gozzi"
    assert article.text.startswith(BODY[0])


def test_the_same_in_german():
    body = [
        "Hunderte Landwirte sind am Montag mit ihren Traktoren in die Innenstadt gefahren und haben die Straßen rund um das Ministerium blockiert.",
        "Die Demonstranten, von denen viele über Nacht angereist waren, klagen über steigende Kosten und billige Importe aus dem Ausland.",
        "Die Polizei setzte Wasserwerfer ein, als eine Gruppe vor dem Parlament Reifen anzündete, mehrere Menschen wurden festgenommen.",
        "Die Minister beraten über neue Regeln für die Subventionen, die nach Ansicht der Kritiker große Betriebe bevorzugen.",
    ]
    article = clean(["Startseite", "Politik", "Wirtschaft", "Bauern blockieren die Innenstadt, während die Minister tagen",
                     "vor 3 Stunden", "Teilen", "Merken", "Anna Weber", "Korrespondentin", "Foto: dpa",
                     "Landwirte fahren am Montag mit Traktoren in die Innenstadt", *body, "Impressum"])
    assert article.title == "Bauern blockieren die Innenstadt, während die Minister tagen"
    assert article.byline == "Anna Weber"


def test_stamps_of_a_list_of_cards_mark_no_header():
    cards = ["Most read", "Parliament passes the budget after a long night of votes", "2 hours ago",
             "Home side wins the cup final in extra time", "3 hours ago"]
    article = clean(["Home", "News", *cards, "Farmers block the capital's streets as ministers meet", *BODY])
    assert article.title == "Farmers block the capital's streets as ministers meet"


@pytest.mark.parametrize("label, date, stamp, iso", [
    ("Published: ", "February 24, 2025 8:14 PM", "4 days ago", "2025-02-24T20:14"),
    ("Artikel vom ", "24. Februar 2025, 20:14 Uhr", "vor 3 Stundenvor 3 Stunden", "2025-02-24T20:14"),
], ids=["published", "artikel vom"])
def test_a_time_stamp_by_the_headline_leaves_a_labelled_date_under_the_story_its_date(label, date, stamp, iso):
    # "4 days ago" by the byline gives no day; "Published: DATE" under the story says it is the
    # story's (the header copied without blank lines, a sign-up box under the date).
    head = ["News", "Nation", "Metro", "Business", "Nation", "Farmers block the capital's streets as ministers meet", "",
            "Paolo Mendoza | Reporter", stamp]
    more = ["Police said the march had been peaceful so far, although traffic in the centre of the city was at a "
            "standstill for most of the morning and several bus routes were suspended.",
            "Farm unions have said they will stay in the capital until the government agrees to review the import "
            "rules, which they say let in produce grown to lower standards than their own.",
            "The agriculture minister told reporters after the meeting that she understood the farmers' anger and "
            "that a package of measures would be presented to parliament within two weeks.",
            "Opposition parties accused the government of acting too late, saying the same demands had been made by "
            "farmers at a smaller protest in the capital last autumn."]
    raw = "\n".join(head) + "\n\n" + "\n\n".join([*BODY, *more, label + date, "Subscribe to our daily newsletter"])
    article = clean_article(Article(id="p", path=Path("p.txt"), raw=raw, sha256="", kind="text"))
    assert article.published == iso
    assert article.byline == "Paolo Mendoza"
