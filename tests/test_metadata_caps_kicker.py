"""A tabloid's kicker in capitals over its headline is no headline ("DRAMA AUF BAUSTELLE IN
DORTMUND" over "Kran kracht auf Rohbau – ..."), on a page copied without blank lines, its
picture's caption and credit under the headline; a headline a site sets in capitals, with its
standfirst under it, is still the headline. Pages written for the test."""

from __future__ import annotations

from tests.pasted import clean, clean_raw

BODY = [
    "Am Donnerstagnachmittag ist auf einer Baustelle in Dortmund-Hörde ein Kran auf einen Rohbau gestürzt, der "
    "Kranführer wurde in seiner Kabine eingeklemmt.",
    "Nachbarn kletterten über das Gerüst zu ihm und hielten ihn wach, bis die Feuerwehr nach zwanzig Minuten mit "
    "einer Drehleiter eintraf.",
    "Der Mann kam mit schweren Verletzungen ins Krankenhaus; die Polizei ermittelt, warum der Kran bei kaum Wind "
    "umkippen konnte.",
]
KICKER = "DRAMA AUF BAUSTELLE IN DORTMUND"
HEADLINE = "Kran kracht auf Rohbau – Nachbarn ziehen Kranführer aus den Trümmern"


def test_a_kicker_in_capitals_over_the_headline_is_no_headline():
    lines = ["Startseite", "Regional", "Dortmund", KICKER, HEADLINE,
             "Der umgestürzte Kran liegt quer über dem Rohbau in Dortmund-Hörde", "Foto: Markus Brandt/BLITZ",
             "Von Kevin Schmitz", "14.08.2025 - 17:43 Uhr", *BODY, "Impressum"]
    raw = "\n".join(lines)  # (no blank lines: the page was copied that way)
    article = clean_raw(raw)
    assert article.title == HEADLINE


def test_a_headline_set_in_capitals_over_its_standfirst_stays_the_headline():
    headline = "KRAN KRACHT AUF ROHBAU IN DORTMUND"
    standfirst = "Nachbarn ziehen den Kranführer aus den Trümmern, die Feuerwehr braucht zwanzig Minuten."
    article = clean(["Startseite", "Regional", headline, standfirst, "Von Kevin Schmitz", "14.08.2025", *BODY])
    assert article.title == headline
