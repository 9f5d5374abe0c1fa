"""The headline under a "Read also" label standing alone on its line, in the middle of a
story, is a promo for another story and leaves the text with its label, in any language the
label is known in; a subheading with no such label over it stays. Pages written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean

RU = [
    "МОСКВА, 5 марта. /ТАСС/. Кремль пока не видит предпосылок для начала переговоров по урегулированию ситуации. Об этом заявил журналистам пресс-секретарь президента.",
    "\"Мы пока не видим никаких предпосылок для того, чтобы говорить о переговорах\", - сказал он, отвечая на вопрос журналистов.",
    "По словам пресс-секретаря, позиция Москвы по этому вопросу хорошо известна и неоднократно излагалась президентом.",
    "Он также отметил, что Кремль внимательно следит за заявлениями западных политиков о возможных переговорах.",
]
DE = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte Brücke über den Fluss abzureißen und neu zu bauen.",
    "Die Ingenieure hatten seit Jahren gewarnt, dass die Stahlkonstruktion den heutigen Verkehr nicht mehr lange tragen werde.",
    "Geschäftsleute auf beiden Seiten des Flusses fürchten, während der zweijährigen Bauzeit Kunden zu verlieren.",
    "Der Bürgermeister versprach einen kostenlosen Pendelbus und eine provisorische Fußgängerbrücke für die Bauzeit.",
]


@pytest.mark.parametrize("head, body, label, promo", [
    (["ТАСС", "Политика", "Экономика", "Кремль не видит предпосылок для переговоров"], RU,
     "Читайте также", "Президент провел совещание с постоянными членами Совбеза"),
    (["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss"], DE,
     "Lesen Sie auch", "Neue Radwege für die Innenstadt geplant"),
])
def test_a_lone_read_also_label_takes_its_headline_out(head, body, label, promo):
    article = clean([*head, *body[:2], label, promo, *body[2:], "Impressum"])
    for paragraph in body:
        assert paragraph in article.text
    assert label not in article.text and promo not in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[label] == reasons[promo] == "promo"


def test_a_subheading_without_the_label_stays():
    article = clean(["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss", *DE[:2],
                     "Kosten von vierzig Millionen Euro", *DE[2:], "Impressum"])
    assert "Kosten von vierzig Millionen Euro" in article.text


def test_a_box_of_headlines_under_the_label_goes_whole_and_the_story_goes_on():
    # "Mehr zum Thema" over three headlines, one a question: all three are other stories'
    box = ["Bahnstreik: Welche Rechte haben Fahrgäste?", "Schlichtung gescheitert: Wie geht es weiter im Tarifstreit?",
           "Kommentar: Die GDL überspannt den Bogen"]
    article = clean(["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss", *DE[:2],
                     "Mehr zum Thema", *box, *DE[2:], "Impressum"])
    for paragraph in DE:
        assert paragraph in article.text
    for headline in box:
        assert headline not in article.text


def test_the_subheading_under_a_read_also_box_stays():
    # The label and another story's headline, then this story's subheading over its next part
    # (of two words: a longer line under the headline may be the box's next headline)
    article = clean(["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss", *DE[:2],
                     "Lesen Sie auch", "Neue Radwege für die Innenstadt geplant", "Kosten steigen", *DE[2:], "Impressum"])
    assert "Kosten steigen" in article.text
    assert "Neue Radwege für die Innenstadt geplant" not in article.text
