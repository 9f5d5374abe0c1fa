"""A reporter's name on its own line over her role ("Lea Hartmann" / "Redaktorin Politik",
"Andrea Pérez" / "Periodista") signs the story: the role vouches for the name, above the
headline with the dates between, or under the picture; and the points of a summary box under
its heading ("Darum gehts") are no headline. Pages written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean

ES_BODY = [
    "Un tranvía de la línea 4 ha descarrilado este martes a primera hora de la mañana en la avenida del Puerto de "
    "Valencia. El incidente no ha causado heridos, según han informado los servicios de emergencias.",
    "En el momento del descarrilamiento viajaban en el convoy unas treinta personas, que han sido desalojadas sin "
    "incidencias por el personal de la empresa.",
    "Según las primeras hipótesis, el descarrilamiento podría deberse a un fallo en un cambio de agujas situado "
    "junto al cruce con la calle principal.",
]
DE_BODY = [
    "Die Stadt Zürich will auf der Hardstrasse durchgehend Tempo 30 einführen. Das hat der Stadtrat am Montag "
    "bekannt gegeben, nachdem es dort immer wieder zu Unfällen gekommen war.",
    "Auslöser für den Entscheid ist unter anderem ein schwerer Unfall im Februar, bei dem eine Velofahrerin von "
    "einem abbiegenden Lastwagen erfasst und schwer verletzt worden war.",
    "Der Gewerbeverband hat bereits angekündigt, sich gegen die Pläne zu wehren, weil er längere Fahrzeiten für "
    "Lieferwagen und Handwerker befürchtet.",
]


def test_a_name_over_its_role_above_the_headline_and_the_dates():
    headline = "Un tranvía descarrila en el centro de Valencia sin causar heridos"
    page = ["Valencia", "Última hora", "Andrea Pérez", "Periodista", "12.03.2024 - 11:20h",
            "Actualizado: 12.03.2024 - 13:05h", headline, "Escuchar", "Compartir", *ES_BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Andrea Pérez"
    assert article.published == "2024-03-12T11:20"


def test_a_name_over_its_role_under_the_picture():
    headline = "Stadt Zürich will Tempo 30 auf der Hardstrasse einführen"
    page = ["Blick", "Schweiz", "Zürich", headline, "Publiziert: 11.03.2024 um 17:32 Uhr", "Teilen", "Anhören",
            "Bei der Hardbrücke kam es in den letzten Jahren immer wieder zu Unfällen mit Velofahrenden.",
            "Foto: Siggi Bucher", "Lea Hartmann", "Redaktorin Politik", *DE_BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Lea Hartmann"


@pytest.mark.parametrize("heading", ["Darum gehts", "Toplines"])
def test_the_points_of_a_summary_box_are_no_headline(heading):
    # "Darum gehts" over three points, the first shaped like a headline and nearer the body
    headline = "Stadt Zürich will Tempo 30 auf der Hardstrasse einführen"
    page = ["Blick", "Schweiz", "Zürich", "Nach Unfall am Hardplatz", headline, "Publiziert: 11.03.2024 um 17:32 Uhr",
            "|", "Aktualisiert: 12.03.2024 um 09:15 Uhr", "Teilen", "Anhören", "Kommentare",
            "Bei der Hardbrücke kam es in den letzten Jahren immer wieder zu Unfällen mit Velofahrenden.",
            "Foto: Siggi Bucher", "Lea Hartmann", "Redaktorin Politik", heading,
            "Stadt Zürich plant Tempo 30 auf der ganzen Hardstrasse",
            "Auslöser ist ein schwerer Unfall mit einer Velofahrerin im Februar", "Gewerbeverband kündigt Widerstand an",
            *DE_BODY]
    assert clean(page).title == headline
