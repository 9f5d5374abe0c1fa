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


def test_labels_alone_on_their_lines_over_the_caption_and_the_name():
    # BBC Persian: "Image source, Getty Images", "Image caption," / the caption, "Author," / the name
    headline = "\u06a9\u0645\u0628\u0648\u062f \u0628\u0631\u0642 \u0648 \u06af\u0627\u0632\u061b \u06a9\u0627\u0631\u062e\u0627\u0646\u0647\u200c\u0647\u0627 \u0686\u0646\u062f \u0631\u0648\u0632 \u062a\u0639\u0637\u06cc\u0644 \u0645\u06cc\u200c\u0634\u0648\u0646\u062f"
    caption = "\u06cc\u06a9 \u06a9\u0627\u0631\u06af\u0627\u0647 \u062a\u0648\u0644\u06cc\u062f\u06cc \u062f\u0631 \u062d\u0627\u0634\u06cc\u0647 \u062a\u0647\u0631\u0627\u0646 \u062f\u0631 \u0633\u0627\u0639\u062a \u0642\u0637\u0639 \u0628\u0631\u0642"
    body = [
        "\u0628\u0627 \u0627\u062f\u0627\u0645\u0647 \u06a9\u0645\u0628\u0648\u062f \u0628\u0631\u0642 \u0648 \u06af\u0627\u0632 \u062f\u0631 \u0627\u06cc\u0631\u0627\u0646\u060c \u0628\u0633\u06cc\u0627\u0631\u06cc \u0627\u0632 \u06a9\u0627\u0631\u062e\u0627\u0646\u0647\u200c\u0647\u0627 \u062f\u0631 \u0634\u0647\u0631\u06a9\u200c\u0647\u0627\u06cc \u0635\u0646\u0639\u062a\u06cc "
        "\u0646\u0627\u0686\u0627\u0631 \u0634\u062f\u0647\u200c\u0627\u0646\u062f \u0647\u0641\u062a\u0647\u200c\u0627\u06cc \u062f\u0648 \u06cc\u0627 \u0633\u0647 \u0631\u0648\u0632 \u062a\u0639\u0637\u06cc\u0644 \u06a9\u0646\u0646\u062f \u0648 \u06a9\u0627\u0631\u06af\u0631\u0627\u0646 \u0631\u0627 \u0628\u0647 \u062e\u0627\u0646\u0647 \u0628\u0641\u0631\u0633\u062a\u0646\u062f.",
        "\u06cc\u06a9\u06cc \u0627\u0632 \u0645\u062f\u06cc\u0631\u0627\u0646 \u0634\u0647\u0631\u06a9 \u0635\u0646\u0639\u062a\u06cc \u0639\u0628\u0627\u0633\u200c\u0622\u0628\u0627\u062f \u0628\u0647 \u0628\u06cc\u200c\u0628\u06cc\u200c\u0633\u06cc \u0641\u0627\u0631\u0633\u06cc \u06af\u0641\u062a \u06a9\u0647 \u062a\u0648\u0644\u06cc\u062f \u0627\u06cc\u0646 \u0648\u0627\u062d\u062f\u0647\u0627 "
        "\u062f\u0631 \u06cc\u06a9 \u0645\u0627\u0647 \u06af\u0630\u0634\u062a\u0647 \u0628\u0647 \u0646\u0635\u0641 \u0631\u0633\u06cc\u062f\u0647 \u0627\u0633\u062a \u0648 \u0628\u0633\u06cc\u0627\u0631\u06cc \u0627\u0632 \u0622\u0646\u0647\u0627 \u0642\u0631\u0627\u0631\u062f\u0627\u062f\u0647\u0627\u06cc \u062e\u0648\u062f \u0631\u0627 \u0627\u0632 \u062f\u0633\u062a \u062f\u0627\u062f\u0647\u200c\u0627\u0646\u062f.",
    ]
    article = clean(["BBC News \u0641\u0627\u0631\u0633\u06cc", "\u0627\u0642\u062a\u0635\u0627\u062f", headline,
                     "\u0645\u0646\u0628\u0639 \u062a\u0635\u0648\u06cc\u0631, Getty Images", "\u062a\u0648\u0636\u06cc\u062d \u062a\u0635\u0648\u06cc\u0631,", caption,
                     "\u0646\u0648\u06cc\u0633\u0646\u062f\u0647,", "\u0646\u06af\u0627\u0631 \u0645\u0631\u0627\u062f\u06cc", "\u0646\u0642\u0634,",
                     "\u0628\u06cc\u200c\u0628\u06cc\u200c\u0633\u06cc \u0641\u0627\u0631\u0633\u06cc", "\u06f1\u06f1 \u0645\u0627\u0631\u0633 \u06f2\u06f0\u06f2\u06f5", *body])
    assert article.title == headline
    assert article.byline == "\u0646\u06af\u0627\u0631 \u0645\u0631\u0627\u062f\u06cc"
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("label, byline", [
    ("Article r\u00e9dig\u00e9 par Pauline Lecomte - franceinfo", "Pauline Lecomte"),
    ("Escrito por Ana Ruiz", "Ana Ruiz"),
    ("Rapport ta\u2019 Marija Borg", "Marija Borg"),
    ("Verfasst von Jonas Berg", "Jonas Berg"),
])
def test_written_by_labels(label, byline):
    headline, _, _, date, _, _, body = PAGES["en"]
    article = clean(["News", "World", headline, label, date, *body])
    assert article.byline == byline
    assert article.title == headline


def test_the_paragraph_over_a_credit_that_opens_its_labelled_caption_stays():
    # "Image source, AGENCY" / "Image caption," / the caption: the credit is the caption's below it
    headline, author, reporting, date, source, caption, body = PAGES["ha"]
    picture = ["Asalin hoton, Getty Images", "Bayanan hoto,", "Wata kasuwar tumatur a birnin Kano"]
    article = clean(["BBC News", "Labarai", headline, author, reporting, date, source, caption, body[0], body[1],
                     *picture, body[2]])
    assert article.text.split("\n\n") == body
