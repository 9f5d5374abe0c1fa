"""A German paywall's offer under a story cut short, and a byline after what the piece is
("Eine Analyse von NAME"). Pages written for the test."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article

HEAD = ["Startseite", "Wirtschaft", "Wohnungsbau", "Die Baukrise erreicht die Mittelschicht"]
STORY = [
    "Auf dem Grundstück am Stadtrand wächst inzwischen Gras. Eigentlich sollte hier im vergangenen Herbst der Rohbau "
    "eines Einfamilienhauses stehen, doch die Familie hat ihre Pläne aufgegeben, weil die Zinsen gestiegen sind.",
    "Geschichten wie diese hört man derzeit überall im Land. Nach Angaben des Statistischen Bundesamts wurden im "
    "Februar so wenige Wohnungen genehmigt wie seit vielen Jahren nicht mehr, und ein Ende ist nicht in Sicht.",
    "Lange galt die Wohnungsnot als Problem von Menschen mit kleinen Einkommen. Das ändert sich gerade, denn auch gut "
    "verdienende Familien finden kaum noch bezahlbare Grundstücke und verschieben den Bau auf unbestimmte Zeit.",
]
OFFER = [
    "Dieser Artikel ist Teil von Z+, unserem digitalen Abo.",
    "Jetzt weiterlesen mit Z+",
    "Mit Z+ lesen Sie alle Inhalte auf unserer Seite und die aktuelle Ausgabe der Zeitung als E-Paper und in der App.",
    "4 Wochen kostenlos testen",
    "Danach 3,99 € pro Woche · Jederzeit kündbar",
    "Sie haben bereits ein Digitalabo?",
    "Hier anmelden",
]
FOOT = ["Mehr zum Thema", "Impressum", "Datenschutz"]


def clean(lines: list[str]) -> Article:
    raw = "\n\n".join(lines)
    return clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]


def test_a_paywalls_offer_under_the_story_leaves_and_the_story_stays():
    article = clean([*HEAD, "Eine Analyse von Katharina Lenz", "29. April 2024, 14:05 Uhr", *STORY, *OFFER, *FOOT])
    paragraphs = article.text.split("\n\n")
    assert paragraphs == STORY
    assert article.byline == "Katharina Lenz"
    assert article.title == "Die Baukrise erreicht die Mittelschicht"


def test_a_sentence_of_the_story_about_a_subscription_stays():
    sentence = ("Viele Pendler fragen sich nun, ob sich das Deutschlandticket-Abo für sie noch lohnt, wenn der Preis "
                "im Januar erneut steigt.")
    article = clean([*HEAD, "Von Katharina Lenz", *STORY, sentence, *FOOT])
    assert sentence in article.text


def test_a_link_from_a_word_or_two_to_a_site_names_no_author():
    # ("Zur Übersicht von Play SRF": no piece named before "von", and no person after it)
    article = clean(["Zur Übersicht von Play SRF", *HEAD, *STORY, *FOOT])
    assert article.byline is None
