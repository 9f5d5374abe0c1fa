"""Datelines with the month's short form, as many sites print them: "5 ago 2024" (Italian,
Spanish, Portuguese), "5 sie 2024" (Polish), "5 Ağu 2024" (Turkish), "5 авг. 2024" (Russian).

Pages written for the test: the headline, the byline and the dateline over the body. A short
form is read only between a day and a year, as a month's full name is; a word that happens
to be one ("set", "out") elsewhere in a line is no date.
"""

from __future__ import annotations

import pytest

from tests.pasted import clean
from tui.core.metadata import parse_date

PAGES = {
    "it": ("Il governo approva la riforma delle pensioni dopo un lungo dibattito", "di Mario Rossi", "5 ago 2024, 14:30", [
        "Il Consiglio dei ministri ha approvato lunedì sera la riforma delle pensioni, dopo settimane di trattative "
        "con i sindacati e con i partiti della maggioranza.",
        "La riforma alza gradualmente l'età di uscita dal lavoro e introduce nuove regole per chi ha iniziato a "
        "lavorare prima dei diciotto anni.",
        "I sindacati hanno annunciato una mobilitazione per il mese di settembre, mentre le opposizioni chiedono un "
        "voto del Parlamento prima dell'estate.",
    ]),
    "pl": ("Rząd przyjął reformę emerytalną po długiej debacie w parlamencie", "Autor: Jan Kowalski", "5 sie 2024, 14:30", [
        "Rada Ministrów przyjęła w poniedziałek wieczorem reformę emerytalną, po tygodniach negocjacji ze związkami "
        "zawodowymi i partiami koalicji.",
        "Reforma stopniowo podnosi wiek przejścia na emeryturę i wprowadza nowe zasady dla osób, które zaczęły "
        "pracować przed ukończeniem osiemnastu lat.",
        "Związki zawodowe zapowiedziały protesty we wrześniu, a opozycja domaga się głosowania w Sejmie jeszcze przed "
        "wakacjami.",
    ]),
    "tr": ("Hükümet uzun bir tartışmanın ardından emeklilik reformunu kabul etti", "Yazar: Ayşe Yılmaz", "5 Ağu 2024 14:30", [
        "Bakanlar Kurulu pazartesi akşamı, sendikalar ve koalisyon partileriyle haftalar süren müzakerelerin ardından "
        "emeklilik reformunu kabul etti.",
        "Reform emeklilik yaşını kademeli olarak yükseltiyor ve on sekiz yaşından önce çalışmaya başlayanlar için "
        "yeni kurallar getiriyor.",
        "Sendikalar eylül ayında eylem yapacaklarını duyurdu, muhalefet ise yaz tatilinden önce mecliste oylama "
        "yapılmasını istiyor.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_dateline_with_a_short_month_dates_the_story(lang):
    headline, byline, dateline, body = PAGES[lang]
    article = clean(["Home", "Politica", headline, byline, dateline, *body])
    assert article.title == headline
    assert article.published == "2024-08-05T14:30"
    assert dateline not in article.text


@pytest.mark.parametrize("text, iso", [
    ("5 ago 2024", "2024-08-05"), ("12 dic. 2023", "2023-12-12"), ("1 gen 2025", "2025-01-01"),  # Italian, Spanish
    ("7 out 2024", "2024-10-07"), ("3 fev 2024", "2024-02-03"),  # Portuguese
    ("17 lis 2024", "2024-11-17"), ("2 paź 2024", "2024-10-02"),  # Polish
    ("9 Eki 2024", "2024-10-09"), ("14 Şub 2024", "2024-02-14"),  # Turkish
    ("5 авг. 2024", "2024-08-05"), ("5 серп. 2024", "2024-08-05"),  # Russian, Ukrainian
    ("5. des. 2024", "2024-12-05"),  # Norwegian, Danish
    ("31 set 2024", None),  # September has 30 days
    ("We set 5 records in 2024", None),  # a word, not between a day and a year
    ("Ran out 5, 2024 times", None),
])
def test_short_month_forms(text, iso):
    assert parse_date(text) == iso
