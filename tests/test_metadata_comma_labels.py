"""Labels followed by a comma, as a BBC page prints its header in every language it is
published in: "Author, NAME", "Image source, AGENCY" over "Image caption, ..." (Hausa
"Marubuci, NAME", "Asalin hoton, ...", "Bayanan hoto, ..."). The caption was the title and the
byline was missed, or kept its label. Pages written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean

PAGES = {
    "ha": ("Manoman tumatur a Kano sun koka kan faɗuwar farashi", "Marubuci, Mansur Abubakar", "Aiko rahoto daga, Kano",
           "3 Yuni 2024", "Asalin hoton, BBC",
           "Bayanan hoto, Wasu manoma suna zubar da tumatur a kasuwa saboda rashin masu saye", [
               "Manoman tumatur a jihar Kano da ke arewacin Najeriya sun ce suna tafka asara sakamakon faɗuwar "
               "farashin tumatur a kasuwanni, inda wasu ke zubar da amfanin gonarsu.",
               "A babbar kasuwar tumatur ta arewacin ƙasar, kwandon tumatur da aka sayar kan naira dubu arba'in a "
               "watan Fabrairu yanzu ana sayar da shi ƙasa da naira dubu takwas.",
               "Wani manomi da ya shafe shekaru ashirin yana noman tumatur ya shaida wa BBC cewa ba zai iya mayar da "
               "ko rabin kuɗin da ya kashe ba.",
           ]),
    "en": ("Tomato farmers in Kano count their losses as prices collapse", "Author, Mansur Abubakar",
           "Reporting from, Kano", "3 June 2024", "Image source, Getty Images",
           "Image caption, Some farmers are dumping tomatoes at the market for lack of buyers", [
               "Tomato farmers in Kano state in northern Nigeria say they are making heavy losses as prices fall in "
               "the markets, with some throwing away their harvest.",
               "At the region's biggest tomato market, a basket that sold for forty thousand naira in February now "
               "sells for less than eight thousand.",
               "One farmer who has grown tomatoes for twenty years told the BBC he would not recover even half of "
               "what he spent this season.",
           ]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_labels_before_a_comma_sign_and_caption_the_story(lang):
    headline, author, reporting, date, source, caption, body = PAGES[lang]
    article = clean(["BBC News", "Labarai", headline, author, reporting, date, source, caption, *body])
    assert article.title == headline
    assert article.byline == "Mansur Abubakar"
    assert article.published == "2024-06-03"
    assert caption not in article.text
