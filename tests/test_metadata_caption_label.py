"""A picture between the headline and the byline, copied as its credit over its labelled
caption ("Image source, ..." over "Image caption, ..."): the caption is no headline, and the
credit under the headline is the picture's, not a sign that the headline is a caption.
Hand-written pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.cleaner import clean_article
from tui.core.models import Article

EN = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
]
DE = [
    "Die beiden Regierungschefs sprachen am Mittwoch mehr als eine Stunde per Video miteinander, hieß es aus beiden Hauptstädten.",
    "Sie vereinbarten, den Handel auszuweiten und ihre Positionen bei den Vereinten Nationen in den kommenden Monaten abzustimmen.",
    "Beobachter werteten das Gespräch als Signal an Washington, das seit langem versucht, beide Regierungen zu isolieren.",
]


def clean(lines: list[str]) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw="\n".join(lines), sha256=""))


@pytest.mark.parametrize("title, picture, byline, body", [
    ("Leaders pledge closer trade ties after long video call",
     ["Image source, Getty Images", "Image caption, The two leaders spoke by video link for an hour on Wednesday"],
     "By Jane Doe", EN),
    ("Regierungschefs vereinbaren engere Zusammenarbeit im Handel",
     ["Bildquelle: dpa", "Bildunterschrift: Die beiden Regierungschefs sprachen am Mittwoch per Video miteinander"],
     "Von Anna Schmidt", DE),
])
def test_labelled_caption_under_the_headline_is_no_title(title, picture, byline, body):
    article = clean(["Home", "World", title, *picture, byline, "7 March 2022"] + body)
    assert article.title == title
    assert article.byline == byline.split(" ", 1)[1]
