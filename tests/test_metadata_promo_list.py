"""A list of other stories' headlines on top of the page, the story's headline further down.

Pages written for the test: each promo in the list is followed by a longer one, which reads
like a headline's standfirst (a longer line under a shorter one). A standfirst is a
sentence, or tells the story the body tells, so a longer headline-shaped line counts for the
line over it only when the body uses its words; a list of other stories does not. Only words
shared with the body and the line's closing stop are read, in any language.
"""

from __future__ import annotations

import pytest

from tests.pasted import clean

PAGES = {
    "en": {
        "promos": ["Red Dead Redemption 2 guide, walkthrough and tips for every platform",
                   "Release dates: every game confirmed for the consoles and computers next year",
                   "Pokemon Evolution explained: how to get every one of the rarest creatures"],
        "menu": ["PC", "Consoles", "Guides", "Reviews"],
        "headline": "Space adventure review: a clever mix of old ideas, lands among the stars",
        "body": [
            "Even if its parts are owed to other games, the space adventure finds a reason for each of them "
            "and builds something that feels fresh from its first hour to its last.",
            "The adventure is many things to different people: a story about a young pilot in hiding, a "
            "puzzle game across five planets, and a fighting game that demands careful timing.",
            "Where it is easy to call the game an unoriginal mix, it is better read as a successful attempt "
            "to bring the best of its genre together under one roof.",
        ],
    },
    "es": {
        "promos": ["Guía del nuevo título de carreras con trucos y secretos",
                   "Fechas de lanzamiento: todos los juegos confirmados para las consolas el año próximo",
                   "Evoluciones explicadas: cómo conseguir cada una de las criaturas más raras"],
        "menu": ["PC", "Consolas", "Guías", "Análisis"],
        "headline": "Análisis de la aventura espacial: ideas antiguas que aterrizan entre las estrellas",
        "body": [
            "Aunque sus piezas vengan de otros juegos, la aventura espacial encuentra una razón para cada "
            "una de ellas y construye algo fresco desde la primera hora hasta la última.",
            "La aventura es muchas cosas para distintas personas: la historia de un joven piloto escondido, "
            "un juego de enigmas en cinco planetas y un juego de lucha que exige precisión.",
            "Donde es fácil llamar al juego una mezcla sin originalidad, conviene leerlo como un intento "
            "logrado de reunir lo mejor de su género bajo un mismo techo.",
        ],
    },
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_promo_over_a_longer_promo_is_not_the_headline(lang):
    page = PAGES[lang]
    article = clean(["Subscribe to the", "newsletter!", *page["promos"], *page["menu"], page["headline"], *page["body"]])
    assert article.title == page["headline"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_headline_over_its_standfirst_is_still_the_title(lang):
    # The standfirst under the headline tells the body's story: the headline keeps its evidence.
    page = PAGES[lang]
    standfirst = page["body"][1]
    article = clean([*page["menu"], page["headline"], standfirst, page["body"][0], page["body"][2]])
    assert article.title == page["headline"]
