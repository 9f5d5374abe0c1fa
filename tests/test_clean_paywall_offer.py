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


# A short story cut by its paywall, in languages whose prompts name the subscriber, not the
# subscription's brand: (lines of the page above the story, the story, the prompt).
CUT_SHORT = {
    "cs": (["Zprávy", "Kraj", "Doprava", "Most v centru města se na měsíc uzavře"],
           ["Silničáři od pondělí opraví poškozenou mostovku a most bude pro auta zcela uzavřen až do poloviny "
            "července, chodci mohou využít provizorní lávku vedle mostu.",
            "Objížďka povede přes Spojovací ulici a nový most u nemocnice, autobusy pojedou podle výlukového "
            "jízdního řádu a dvě linky nebudou zastavovat v centru."],
           ["Tento článek je dostupný pouze pro předplatitele",
            "Celý text a všechny články si přečtete s předplatným. Zrušit ho můžete kdykoli.",
            "Již máte předplatné? Přihlaste se"]),
    "pl": (["Wiadomości", "Region", "Gmina zamyka basen miejski na cały sezon letni"],
           ["Basen miejski przy ulicy Sportowej nie zostanie otwarty tego lata, ponieważ remont niecki przeciągnął "
            "się o kilka miesięcy, poinformował w poniedziałek burmistrz.",
            "Mieszkańcy będą mogli korzystać z kąpieliska w sąsiedniej gminie, do którego w weekendy pojedzie "
            "bezpłatny autobus spod ratusza."],
           ["Ten artykuł jest dostępny tylko dla prenumeratorów.", "Wykup prenumeratę, aby czytać dalej.",
            "Masz już prenumeratę? Zaloguj się"]),
    "ro": (["Știri", "Local", "Primăria închide parcarea din centru pentru lucrări"],
           ["Parcarea din spatele primăriei va fi închisă timp de două luni, începând de luni, pentru lucrări de "
            "asfaltare și pentru montarea unor stâlpi noi de iluminat.",
            "Șoferii pot folosi parcarea de lângă piață, unde au fost amenajate alte optzeci de locuri, au "
            "transmis reprezentanții primăriei."],
           ["Acest articol este disponibil doar pentru abonați.", "Abonează-te acum pentru a citi tot articolul.",
            "Ai deja un abonament? Autentifică-te"]),
}


def test_a_paywalls_prompt_under_a_short_story_leaves_in_other_languages():
    for lang, (head, story, prompt) in CUT_SHORT.items():
        article = clean([*head, *story, *prompt, *FOOT])
        kept = article.text.split("\n\n")
        assert all(paragraph in kept for paragraph in story), lang
        assert not any(line in kept for line in prompt), (lang, kept)
