"""More furniture told by its words, each line checked alone: a Dutch picture credit ("Beeld
ANP"), a photographer over an agency ("NAME / AFP"), the button that skips an ad, a Russian "follow our news on Telegram" line, a Chinese
caption closed by its reporter's "picture" credit; and a card's author under a "read also"
headline, which is no subheading of the story, and a photographer's name in capitals under a
caption, which is no byline. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pasted import clean
from tui.core.clean.lines import features_of, reason_of
from tui.core.clean.vocabulary import ENGLISH, tokens
from tui.core.cleaner import clean_article
from tui.core.models import Article


@pytest.mark.parametrize("text, reason", [
    ("Beeld ANP", "caption"),
    ("Beeld Joost van den Broek", "caption"),
    ("MEHDI FEDOUACH / AFP", "caption"),  # a photographer and the agency in capitals
    ("Jan Jansen / ANP", "caption"),
    # a caption with its photographer in brackets, no full stop between
    ("Agentes de los Mossos d'Esquadra, en una estaci\u00f3n del metro de Barcelona (Jordi Casals)", "caption"),
    ("Passer la publicit\u00e9", "sponsor"),
    ("Werbung \u00fcberspringen", "sponsor"),
    ("\u0421\u043b\u0435\u0434\u0438\u0442\u0435 \u0437\u0430 \u043d\u043e\u0432\u043e\u0441\u0442\u044f\u043c\u0438 \u043e \u0433\u043b\u0430\u0432\u043d\u044b\u0445 "
     "\u0441\u043e\u0431\u044b\u0442\u0438\u044f\u0445 \u0432 \u0420\u043e\u0441\u0441\u0438\u0438 \u0438 \u043c\u0438\u0440\u0435 \u0432 Telegram-\u043a\u0430\u043d\u0430\u043b\u0435", "contact"),
    ("\u4e0a\u6d77\u67d0\u8001\u65e7\u5c0f\u533a\u52a0\u88c5\u7684\u7535\u68af\u3002\u6f8e\u6e43\u65b0\u95fb\u8bb0\u8005 \u5434\u4f73\u9896 \u56fe", "caption"),
])
def test_the_line_is_furniture(text, reason):
    shape = features_of(text, ENGLISH, tokens(text))[3]
    assert shape is not None and reason_of(shape) == reason


@pytest.mark.parametrize("text", [
    "Beeld van de stad is in de afgelopen jaren sterk veranderd.",  # "picture" as a word of the sentence
    "Mehr als 40 Menschen wurden verletzt, meldet die DPA / AFP",  # agencies the sentence names
    "Protesters marched through the capital on Sunday (Reuters)",  # one word in brackets: an agency, no name
    "He spoke at the conference on Tuesday in Madrid (Spain).",
    "\u5e02\u653f\u5e9c\u5e76\u516c\u5e03\u4e86\u65b0\u7684\u5730\u56fe",  # a map (\u5730\u56fe) is no credit
])
def test_the_same_words_in_a_sentence_are_not(text):
    assert features_of(text, ENGLISH, tokens(text))[3] is None


ES = [
    "Los Mossos d'Esquadra han desarticulado una banda que rob\u00f3 m\u00e1s de 400 tel\u00e9fonos m\u00f3viles en el metro "
    "de Barcelona durante los \u00faltimos seis meses, seg\u00fan ha informado este martes la polic\u00eda catalana.",
    "Los agentes han detenido a once personas, la mayor\u00eda de ellas con antecedentes, que actuaban en grupos de tres "
    "o cuatro en las estaciones m\u00e1s concurridas de la red.",
    "Seg\u00fan la investigaci\u00f3n, los tel\u00e9fonos se enviaban despu\u00e9s a otros pa\u00edses, donde se vend\u00edan "
    "en mercados de segunda mano.",
    "La polic\u00eda recomienda a los usuarios del metro que no lleven el m\u00f3vil en los bolsillos traseros ni en "
    "bolsos abiertos.",
]


def test_a_cards_author_under_a_read_also_headline_leaves_with_it():
    card = ["Lee tambi\u00e9n", "Barcelona registra el menor n\u00famero de hurtos en una d\u00e9cada, pero crecen los "
            "robos con violencia", "Jordi Sala Molins"]
    article = clean(["Portada", "Sucesos", "Los Mossos desarticulan una banda que rob\u00f3 m\u00e1s de 400 m\u00f3viles",
                     *ES[:2], *card, *ES[2:], "\u00a9 La Vanguardia"])
    assert article.text.split("\n\n") == ES


def test_a_caption_with_its_photographer_in_brackets_is_no_headline():
    headline = "Los Mossos desarticulan una banda que rob\u00f3 m\u00e1s de 400 m\u00f3viles en el metro de Barcelona"
    standfirst = ("Los agentes han detenido a once personas, la mayor\u00eda con antecedentes, que actuaban en las "
                  "estaciones m\u00e1s concurridas")
    caption = "Agentes de los Mossos d'Esquadra, en una estaci\u00f3n del metro de Barcelona (Jordi Casals)"
    # (copied without blank lines between, as the page was)
    raw = "\n".join(["Portada", "Participar", "Barcelona", "Sucesos", headline, standfirst, caption, "N\u00faria Ferrer Puig",
                     "Barcelona", "18/02/2025 12:35", "Actualizado a 18/02/2025 14:02", *ES, "\u00a9 La Vanguardia"])
    article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    assert article.title == headline
    assert caption not in article.text


def test_a_photographers_name_in_capitals_under_the_caption_is_not_the_byline():
    headline = "El alquiler se dispara un 11% en Madrid y ya supera los 20 euros por metro cuadrado"
    raw = "\n".join(["Portada", "Econom\u00eda", "Vivienda", headline,
                     "Los inquilinos destinan de media casi la mitad de su sueldo al pago de la renta",
                     "Carteles de 'Se alquila' en un edificio del centro de Madrid.", "JAVIER BARBANCHO",
                     "Luc\u00eda Carrasco", "Madrid", "Actualizado Martes, 11 marzo 2025 - 13:47", *ES, "\u00a9 El Mundo"])
    article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    assert article.byline == "Luc\u00eda Carrasco"
    assert article.title == headline
