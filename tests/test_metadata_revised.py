"""A revision's date when the page prints no other, and labels that are not bylines: words of
a dateline ("Actualizado Lunes") and one of a family of labels ("Top Stories" among "Top
Videos" and "Top Picks"), and a name-shaped line over the headline with no date by it.
Hand-written pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.cleaner import clean_article
from tui.core.models import Article

from .test_metadata_cut_titles import BODY

CUERPO = [
    "Los dos dirigentes hablaron durante más de una hora por videoconferencia el miércoles, según fuentes oficiales.",
    "Acordaron ampliar el comercio y coordinar sus posiciones en las Naciones Unidas durante los próximos meses.",
    "Los analistas dijeron que la llamada era una señal para Washington, que intenta aislar a ambos gobiernos.",
]
HEADLINE = "Leaders pledge closer trade ties after long video call"


def clean(lines: list[str]) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw="\n".join(lines), sha256=""))


@pytest.mark.parametrize("top, body, iso", [
    (["Home", HEADLINE, "By Jane Doe", "Updated March 7, 2022 at 9:05 a.m."], BODY, "2022-03-07T09:05"),
    (["Inicio", "Los líderes prometen lazos comerciales más estrechos", "Actualizado Lunes, 2 diciembre 2024 - 02:24"],
     CUERPO, "2024-12-02T02:24"),
])
def test_revision_date_when_no_other(top, body, iso):
    article = clean(top + body)
    assert article.published == iso
    assert article.byline in (None, "Jane Doe")  # "Actualizado Lunes" names no one


def test_publication_date_wins_over_revision():
    article = clean(["Home", HEADLINE, "Updated March 9, 2022", "Published March 7, 2022"] + BODY)
    assert article.published == "2022-03-07"


def test_label_of_a_family_is_no_byline():
    article = clean(["Home", "Top Videos", "Top Picks", "World", HEADLINE, "Top Stories", "March 7, 2022"] + BODY)
    assert article.title == HEADLINE
    assert article.byline is None
    assert article.published == "2022-03-07"


def test_author_named_again_is_still_the_byline():
    article = clean(["Home", "World", HEADLINE, "Jane Doe", "March 7, 2022"] + BODY
                    + ["More from Jane Doe", "Jane Doe covers trade for the paper"])
    assert article.byline == "Jane Doe"


def test_name_shaped_label_over_the_headline_with_no_date_by_it_is_no_byline():
    article = clean(["Home", "Scores", "Tennis Live", "Evening Tennis", HEADLINE] + BODY)
    assert article.title == HEADLINE
    assert article.byline is None


def test_name_over_a_section_and_a_date_over_the_headline_is_the_byline():
    article = clean(["Home", "Jane Doe", "World", "March 7, 2022 10:00 AM", HEADLINE] + BODY)
    assert (article.title, article.byline, article.published) == (HEADLINE, "Jane Doe", "2022-03-07T10:00")


def test_name_with_its_place_over_the_headline_is_the_byline():
    article = clean(["World", "Trade", "Jane Doe in Beijing", HEADLINE,
                     "Both sides said they would coordinate at the UN in the coming months",
                     "Mon 7 Mar 2022 09.05 GMT"] + BODY)
    assert (article.title, article.byline) == (HEADLINE, "Jane Doe")
