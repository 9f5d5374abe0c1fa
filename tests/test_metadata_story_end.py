"""A byline printed under the story is looked for under its last paragraph, not under the
end of the block the story was found in: a block that runs on over a share bar, a list of
related headlines and the site's standing appeals (long lines of prose, packed with no blank
line between them) left the byline more lines above its end than a closing byline is looked
for. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article

HEADER = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Kontakt", "Stadtrat beschließt neue Brücke über den Fluss"]
STORY = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte Brücke über den Fluss abzureißen und durch einen Neubau zu ersetzen.",
    "Die Ingenieure hatten seit Jahren gewarnt, dass die Stahlkonstruktion den heutigen Verkehr nicht mehr lange tragen werde.",
    "Geschäftsleute auf beiden Seiten des Flusses fürchten, während der zweijährigen Bauzeit Kunden zu verlieren, und fordern Unterstützung.",
    "Der Bürgermeister versprach einen kostenlosen Pendelbus und eine provisorische Fußgängerbrücke, bevor die Sperrung beginnt.",
    "Die Kosten des Neubaus werden auf rund vierzig Millionen Euro geschätzt, von denen das Land einen großen Teil übernehmen soll.",
    "Mit den Arbeiten soll im kommenden Frühjahr begonnen werden, wenn die Ausschreibung rechtzeitig abgeschlossen ist.",
    "Die Opposition kritisierte, dass andere Möglichkeiten wie eine Sanierung der alten Brücke nie ernsthaft geprüft worden seien.",
    "Ein Gutachten aus dem vergangenen Jahr war zu dem Schluss gekommen, dass eine Sanierung kaum billiger wäre als ein Neubau.",
    "Anwohner sollen in den kommenden Wochen bei mehreren Versammlungen über die Pläne informiert werden und Fragen stellen können.",
    "Die Verkehrsbetriebe prüfen, ob während der Bauzeit zusätzliche Busse auf den Umleitungsstrecken eingesetzt werden können.",
    "Auch die Feuerwehr muss ihre Einsatzpläne anpassen, weil der Weg in die Altstadt während der Sperrung deutlich länger wird.",
    "Die neue Brücke soll breiter werden als die alte und neben zwei Fahrspuren auch einen getrennten Rad- und Fußweg erhalten.",
]
APPEAL = "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied."
FOOTER = [  # packed, as a page's boxes are copied
    "Tweet", "Facebook 0 Twitter 0 LinkedIn", "Ähnliche Artikel:",
    "Neue Radwege für die Innenstadt geplant", "Bahnhof wird bis zum Sommer umgebaut",
    "Streit um Parkgebühren geht weiter", "Hochwasserschutz kostet mehr als erwartet",
    "Von Stadtanzeiger am 21/02/2021. Abgelegt unter Politik, Stadt, Verkehr. Sie können alle Antworten auf diesen Eintrag über den Feed verfolgen.",
    "Durch einen technischen Fehler ist die Kommentarfunktion derzeit nicht verfügbar.",
    "Leserkommentare geben nicht die Meinung der Redaktion wieder, die Redaktion behält sich vor, Kommentare zu löschen, die gegen unsere Regeln verstoßen, und wir bitten um einen respektvollen Ton.",
    "Mitglied beim Stadtanzeiger werden.",
    "Sie lesen gerne den Stadtanzeiger? Dann unterstützen Sie unabhängigen Journalismus mit einer Mitgliedschaft, denn nur mit der Hilfe unserer Leserinnen und Leser können wir weiterhin jeden Tag über die Stadt berichten, ohne Bezahlschranke und ohne Werbung, und dafür danken wir Ihnen.",
    "Neueste Beiträge", "Neue Radwege für die Innenstadt geplant", "Bahnhof wird bis zum Sommer umgebaut",
    "Impressum", "Datenschutz",
]


def clean(signed: str) -> Article:
    raw = "\n\n".join([*HEADER, *STORY, signed, APPEAL]) + "\n\n" + "\n".join(FOOTER)
    return clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]


def test_a_desk_signing_off_above_the_sites_closing_boxes_is_the_byline():
    article = clean("Stadt-Redaktion")
    assert article.title == "Stadtrat beschließt neue Brücke über den Fluss"
    assert article.byline == "Stadt-Redaktion"
    assert "Stadt-Redaktion" not in article.text
    assert article.text.startswith(STORY[0]) and STORY[-1] in article.text


def test_an_agency_signing_off_there_likewise():
    article = clean("dpa/lni")
    assert article.byline == "dpa/lni"
    assert "dpa/lni" not in article.text


# The story's facts in a box under its related stories, each label over its value, as a saved
# page's elements give them ("Autorin/Autor" / "NAME"); a heading over the related stories
# opens with the desk's word ("Die Redaktion empfiehlt": the editors recommend).
RECOMMENDED = [
    "Die Redaktion empfiehlt",
    "Neue Radwege für die Innenstadt geplant",
    "Die Stadt will bis zum Herbst drei neue Radwege bauen. Die Anwohner sind geteilter Meinung.",
    "Bahnhof wird bis zum Sommer umgebaut",
    "Der Umbau des Bahnhofs soll im Sommer abgeschlossen sein. Pendler müssen sich bis dahin gedulden.",
    "Streit um Parkgebühren geht weiter",
    "Die Gebühren sollen steigen. Der Handel warnt vor leeren Innenstädten.",
    "Audio und Video zum Thema",
    "Stadtrat: Die Debatte im Video",
    "Datum",
    "28.04.2023",
    "Autorin/Autor",
    "Marta Kowalczyk",
    "Themenseiten",
    "Stadt, Verkehr",
]


def test_a_name_under_its_label_at_the_end_of_the_closing_lines_is_the_byline():
    raw = "\n".join([*HEADER, *STORY, *RECOMMENDED, *FOOTER[-2:]])
    article = clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    assert article.byline == "Marta Kowalczyk"
    assert article.text.startswith(STORY[0]) and STORY[-1] in article.text


def test_a_heading_with_the_desks_word_in_a_phrase_signs_nothing():
    raw = "\n".join([*HEADER, *STORY, *RECOMMENDED[:7], *FOOTER[-2:]])
    article = clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    assert article.byline is None


def test_asian_news_agencies_sign_off_too():
    for agency in ("KYODO", "Jiji", "Yonhap", "Xinhua", "AAP", "Bernama"):
        assert clean(agency).byline == agency
