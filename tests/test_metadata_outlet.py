"""The outlet (source) of a pasted page: the company its copyright line names, without the
marks, years, legal forms and clauses around it; never a role after a byline's comma, nor a
place a byline or dateline gives that the story names. Lines and pages written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean
from tui.core.clean.outlet import copyright_holder, outlet_after_comma


@pytest.mark.parametrize("line, outlet", [
    ("© Copyright 2024 The Valley Courier Inc. All rights reserved.", "The Valley Courier"),
    ("© Musterverlag Gesellschaft m.b.H. 2024", "Musterverlag Gesellschaft"),
    ("© 2025 NOORDPERS N.V.", "NOORDPERS"),
    ("© 2024 Musterverlag GmbH & Co. KG. Alle Rechte vorbehalten.", "Musterverlag"),
    ("Copyright © valleynews 2024", "valleynews"),
    ("©Harbour Newspapers Limited in England No. 123456 Registered office: 1 Dock Road", "Harbour Newspapers"),
    ("© 2019 The Lakeside Times unless otherwise noted. All rights reserved. Privacy Policy", "The Lakeside Times"),
    ("© Copyright 2025 - Highland Times", "Highland Times"),
    ("La Veu de la Safor \u00a9 2025 \u00b7 Tots els drets reservats", "La Veu de la Safor"),  # the holder before the sign
    ("mbl.is/\u00c1rvakur hf. \u00a9 2025  |  H\u00e1degism\u00f3um 2, 110 Reykjav\u00edk", "mbl.is/\u00c1rvakur hf"),
    ("Copyright THE EVENING HERALD. All rights reserved.", "THE EVENING HERALD"),
    ("© 2023 Nordfunk WelleDatenschutzImpressumErklärung zur Barrierefreiheit", "Nordfunk Welle"),
    ("© 2024 a Harbour plc subsidiary", "Harbour"),
    ("© Valley Printers (Mysore) Private Limited", "Valley Printers (Mysore)"),
    ("© 2024 Экспресс-Медиа. Все права защищены.", "Экспресс-Медиа"),
    ("© 2024 Wydawnictwo Przykładowe Sp. z o.o. Wszelkie prawa zastrzeżone.", "Wydawnictwo Przykładowe"),
    ("© 2024 Örnek Medya A.Ş. Tüm hakları saklıdır.", "Örnek Medya"),
    ("© 2024 Vydavatelství Vzor s.r.o.", "Vydavatelství Vzor"),
    ("© Contoh Media Sdn. Bhd.", "Contoh Media"),
    ("© স্বত্ব প্রথম আলো ১৯৯৮ - ২০২৪", "প্রথম আলো"),  # "copyright" in Bengali after the sign
    ("© 2024 มติชนออนไลน์ สงวนลิขสิทธิ์", "มติชนออนไลน์"),  # ...and rights reserved in Thai
    ("© 2024 Primjer.hr. Sva prava pridržana.", "Primjer.hr"),
    ("© 2024 Példa Média Kft. Minden jog fenntartva.", "Példa Média"),
    ("© 2024 Contoh.com. Hak cipta dilindungi undang-undang", "Contoh.com"),
    ("Hak cipta dilindungi undang-undang", None),
    ("© RIPRODUZIONE RISERVATA", None),
    ("© 2026 جميع الحقوق محفوظة", None),
    ("Copyright Policy", None),
    ("Copyright © 2002-2019 - Designed by Studio Nine - Powered by Pressly", None),
])
def test_the_outlet_a_copyright_line_names(line, outlet):
    assert copyright_holder(line) == outlet


@pytest.mark.parametrize("after, outlet", [
    ("The Valley Courier", "The Valley Courier"), ("IGN Staff", "IGN"), ("AP National Political Writer", "AP"),
    ("Ap Sports Writer", None), ("Online-Redakteurin", None), ("Correspondant", None),
])
def test_a_role_after_a_bylines_comma_is_no_outlet(after, outlet):
    assert outlet_after_comma(after) == outlet


BODY_DE = [
    "Hunderte Landwirte sind am Montag mit ihren Traktoren ins Zentrum von Brüssel gefahren und haben die Straßen blockiert.",
    "Die Demonstranten, von denen viele über Nacht angereist waren, klagen über steigende Kosten und billige Importe.",
    "Die Polizei setzte Wasserwerfer ein, um eine Gruppe auseinanderzutreiben, die Reifen angezündet hatte.",
]
BODY_ES = [
    "Cientos de agricultores condujeron sus tractores hasta el centro de Bruselas este lunes y bloquearon las calles.",
    "Los manifestantes, muchos de los cuales habían viajado durante la noche, aseguran que están asfixiados por los costes.",
    "La policía utilizó cañones de agua para dispersar a un grupo que prendió fuego a neumáticos cerca del Parlamento.",
]


def test_a_place_after_the_bylines_comma_is_not_the_outlet_the_copyright_line_is():
    article = clean(["Startseite", "Ausland", "Traktoren legen das EU-Viertel lahm", "Von Markus Becker, Brüssel",
                     "26.02.2024, 18.25 Uhr", *BODY_DE, "Impressum", "© 2024 Musterverlag GmbH & Co. KG. Alle Rechte vorbehalten."])
    assert article.byline == "Markus Becker"
    assert article.source == "Musterverlag"


def test_a_datelines_place_is_not_the_outlet():
    article = clean(["Internacional", "Los agricultores colapsan Bruselas mientras los ministros debaten las ayudas",
                     "Manuel V. Gómez", "Bruselas - 26 feb 2024 - 18:25 CET", *BODY_ES, "Archivado En"])
    assert article.published == "2024-02-26T18:25"
    assert article.source is None


def test_an_outlet_in_capitals_stays_though_the_story_names_it():
    article = clean(["News", "Reviews", "The best handheld consoles of the year, tested and ranked", "By Eric Song, IGN Staff",
                     "Mar 5, 2024 10:42 AM",
                     "We spent three months with every handheld console released this year, and IGN tested each one at length.",
                     "Battery life varied more than we expected, from four hours on the smallest model to eleven on the largest.",
                     "The screens were the biggest surprise: the cheapest console had the brightest display of the whole group."])
    assert article.byline == "Eric Song"
    assert article.source == "IGN"


def test_the_sites_name_over_the_page_is_no_headline_when_the_copyright_line_names_it_first():
    # ("NAME © 2025": the holder before the sign; the page's first line is the same name)
    headline = "Gandia tancar\u00e0 el tr\u00e0nsit al passeig Mar\u00edtim els diumenges d'estiu"
    body = ["L'Ajuntament de Gandia tancar\u00e0 al tr\u00e0nsit rodat el passeig Mar\u00edtim tots els diumenges de juny a "
            "setembre, de huit del mat\u00ed a dos de la vesprada, per a vianants i ciclistes.",
            "La mesura, que ja es va assajar el setembre passat durant la Setmana de la Mobilitat, es posar\u00e0 en marxa "
            "el primer diumenge de juny, segons ha explicat el regidor de Mobilitat.",
            "Els comer\u00e7os de la platja han rebut la not\u00edcia amb opinions dividides, i alguns demanen m\u00e9s "
            "aparcament a les entrades del barri."]
    page = ["La Veu de la Safor", "Dimecres, 9 d'abril de 2025", "Inici", "La Safor", "Gandia", "Esports", "MOBILITAT",
            headline, "Per Pau Estruch", "Gandia | 09/04/2025 \u00b7 07:45", *body,
            "La Veu de la Safor \u00a9 2025 \u00b7 Tots els drets reservats", "Av\u00eds legal"]
    article = clean(page)
    assert (article.title, article.source) == (headline, "La Veu de la Safor")
