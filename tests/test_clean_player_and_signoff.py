"""Furniture around an English story that reads almost like its sentences: an audio player's
label, a paywall's sentence that tells the reader to subscribe, a call to download the app, an editor's credit after dashes,
a reprint contact, a comment community's welcome, a sponsor's label, a newsletter's share prompt,
a columnist's follow button, an opinion piece's disclaimer, a picture's courtesy credit, a long tags line. Pages written for the test; each line also
checked alone, so that none of them passes by its place on the page."""

from __future__ import annotations

import pytest

from tests.pasted import clean
from tui.core.clean.lines import features_of
from tui.core.clean.vocabulary import ENGLISH, tokens

BODY = [
    "The Ninth Circuit on Wednesday revived a proposed class action accusing a ride-hailing company of misclassifying "
    "its drivers, holding that a lower court had read the arbitration agreement too broadly.",
    "In a unanimous opinion, the three-judge panel said the agreement did not cover claims that arose before the drivers "
    "signed it, and sent the case back to the district court for further proceedings.",
    "The company said it disagreed with the ruling and was considering its options, including a petition for rehearing "
    "by the full court.",
]
FURNITURE = [
    ("Listen to this article", "notice"),
    ("Access to Premium articles requires a Premium subscription. Subscribe now to listen.", "subscribe"),
    ("Download The Chronicle App to get Daily Market Updates & Live Business News.", "subscribe"),
    ("SPONSORED BY VOLTLINE ANALYTICS", "sponsor"),
    ("Unlimited online access to articles from across Canada with one account.", "subscribe"),
    ("The Monetary Ledger is a reader-supported publication. To receive new posts and support my work, consider "
     "becoming a free or paid subscriber.", "subscribe"),
    ("Enjoyed this issue? Share The Grid Brief with a colleague.", "share"),
    ("Share or comment on this article:", "share"),
    ("Follow Rachel Ng", "contact"),
    ("Have an opinion on this? Submit a letter to the editor.", "contact"),
    ("The views expressed in this commentary are the author's own and do not necessarily reflect those of the "
     "institute.", "notice"),
    ("Photo courtesy of Voltera", "caption"),
    ("Topics: Electrification | Fleet Management | Charging Infrastructure", "related"),
    ("--Editing by Nicole Bleier.", "credit"),
    ("For a reprint of this article, please contact reprints@example.com.", "contact"),
    ("Welcome to our comment community. This is a space where subscribers can engage with each other and our staff.",
     "comments"),
]


@pytest.mark.parametrize("text, shape", FURNITURE)
def test_the_line_has_its_shape(text, shape):
    assert features_of(text, ENGLISH, tokens(text))[3] == shape


def test_a_story_among_them_keeps_its_paragraphs_only():
    article = clean(["Law", "Appeals court revives drivers' class action", "By Jane Roe", "March 5, 2025",
                     FURNITURE[0][0], FURNITURE[1][0], *BODY, FURNITURE[2][0], FURNITURE[3][0], FURNITURE[4][0]])
    assert article.text.split("\n\n") == BODY


def test_a_sentence_about_listening_or_subscribing_stays_prose():
    for text in ("Listen to the story of how she survived the flood, told in her own words by her grandson.",
                 "He urged everyone to hang up if a caller asks them to log in to their bank account.",
                 "Follow the money, the prosecutor told the jury on the first day of the trial.",
                 "The team was sponsored by a local bakery for most of the season."):
        assert features_of(text, ENGLISH, tokens(text))[3] is None


@pytest.mark.parametrize("text", [
    "Se vuoi restare aggiornato sulle notizie di Milano e della Lombardia iscriviti gratis alla newsletter di Corriere "
    "Milano. Arriva ogni giorno nella tua casella di posta alle 7 del mattino. Basta cliccare qui.",
    "Sign up for our free morning newsletter and we will send the most important stories of the day from the city "
    "council and the courts straight to your inbox before breakfast.",
])
def test_a_newsletter_boxs_long_blurb_is_a_sign_up_prompt(text):
    assert features_of(text, ENGLISH, tokens(text))[3] == "subscribe"


def test_a_story_sentence_about_a_newsletter_is_prose():
    text = ("The company, which sends its newsletter to more than two million readers every morning, said on Tuesday "
            "that it would ask them to sign up again under the new privacy rules.")
    assert features_of(text, ENGLISH, tokens(text))[3] is None


@pytest.mark.parametrize("text", ["Nieuwsbrief", "Ontvang onze nieuwsbrief", "Nyhetsbrev", "Tilaa uutiskirje"])
def test_newsletter_in_dutch_the_nordic_languages_and_finnish_is_a_sign_up_prompt(text):
    assert features_of(text, frozenset(), tokens(text))[3] == "subscribe"
