"""A headline written in Title Case with no small words, right over the story's dateline.

Pages written for the test: a row of capitalised words with no small words between is
usually a menu ("Home News Sport Business Culture Travel"), and such a row is never the
headline; but a headline in Title Case can read the same, and the dateline or byline right
under it says it is the story's. Only the row's shape and its place are read, in any
language.
"""

from __future__ import annotations

import pytest

from tests.pasted import clean

PAGES = {
    "en": {
        "menu": ["Platform", "Features", "Networks", "Publishers", "Blog", "Careers", "Contact", "Menu"],
        "headline": "Native Ad Platform Names Mobile Marketing Pioneer Chief Strategy Officer",
        "dateline": "July 2, 2018",
        "date": "2018-07-02",
        "body": [
            "New York, NY – With engagement moving from desktop to mobile devices, the native ad platform "
            "said on Monday that it has named a mobile marketing pioneer as its chief strategy officer.",
            "The new officer served as the chief executive of a mobile marketing company for ten years, "
            "where he built one of the first messaging services for brands and their customers.",
            "The platform said it expects the officer to lead its strategy as it grows its business with "
            "publishers and agencies in Europe and in Asia over the coming year.",
        ],
    },
    "fr": {
        "menu": ["Accueil", "Plateforme", "Annonceurs", "Éditeurs", "Blog", "Carrières", "Contact"],
        "headline": "Nouvelle Plateforme Publicitaire Nomme Pionnier Marketing Mobile Directeur Stratégie",
        "dateline": "2 juillet 2018",
        "date": "2018-07-02",
        "body": [
            "Paris – Alors que la publicité quitte les ordinateurs pour les téléphones, la plateforme "
            "publicitaire a annoncé lundi la nomination d'un pionnier du marketing mobile à sa stratégie.",
            "Le nouveau directeur a dirigé pendant dix ans une entreprise de marketing mobile, où il a "
            "lancé l'un des premiers services de messages pour les marques et leurs clients.",
            "La plateforme compte sur lui pour conduire sa stratégie alors qu'elle développe ses affaires "
            "avec les éditeurs et les agences en Europe et en Asie au cours de l'année.",
        ],
    },
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_title_case_headline_over_its_dateline_is_the_title(lang):
    page = PAGES[lang]
    article = clean([*page["menu"], page["headline"], page["dateline"], *page["body"]])
    assert article.title == page["headline"]
    assert article.published == page["date"]
    assert page["headline"] not in article.text


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_menu_row_over_the_dateline_is_no_title(lang):
    # The menu copied as one row right over the date, the headline missing from the copy:
    # the row's words are not the story's, so the page has no title rather than the menu.
    page = PAGES[lang]
    menu = " ".join(page["menu"])
    article = clean([menu, page["dateline"], *page["body"]])
    assert article.title is None
    assert article.published == page["date"]
