"""Metadata read from the lines around the body: title, dek, byline, source, date.

Synthetic pages only; each test states one pattern and what the text does or does not say.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.cleaner import clean_article
from tui.core.metadata import parse_date, person_name
from tui.core.models import Article

BODY = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
]


def clean(top: list[str], bottom: list[str] = ()) -> Article:
    raw = "\n\n".join(list(top) + BODY + list(bottom))
    return clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256=""))


def reasons(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


@pytest.mark.parametrize("text, iso", [
    ("Wednesday, December 15, 2021", "2021-12-15"),
    ("Dec. 15, 2021", "2021-12-15"),
    ("November 19th, 2019 at 8:40 AM", "2019-11-19T08:40"),
    ("February 4, 2022 at 4:20 a.m.", "2022-02-04T04:20"),
    ("Feb 4, 2022 at 12:05 p.m.", "2022-02-04T12:05"),
    ("20 November 2019 11:42, UK", "2019-11-20T11:42"),
    ("Posted 2019-11-18 07:45", "2019-11-18T07:45"),
    ("2019-13-45", None),
    ("The year 2019 was long", None),
    # impossible dates, with and without a time, are never emitted
    ("February 31, 2022 at 4:20 p.m.", None),
    ("31.02.2022, 10:15 Uhr", None),
    ("February 29, 2023", None),
    ("February 29, 2024", "2024-02-29"),
    ("June 3, 2022 at 25:10", "2022-06-03"),
    ("June 3, 2022 at 13:10 p.m.", "2022-06-03"),
    # datelines of other languages and numeric forms
    ("3. Mai 2024, 17:47 Uhr", "2024-05-03T17:47"),
    ("Stand: 28.04.2023 17:23 Uhr", "2023-04-28T17:23"),
    ("Publié le 18 juil. 2024 à 08:01", "2024-07-18T08:01"),
    ("dinsdag 9 juli 2024 om 17:25", "2024-07-09T17:25"), ("9 de julho de 2024 às 17:25", "2024-07-09T17:25"),
    ("Madrid, 15 de mayo de 2025", "2025-05-15"),
    ("Publicado: septiembre 21 de 2023 - 07:30 a. m.", "2023-09-21T07:30"),  # Colombian: the month first, "de" before the year
    ("13/01/2025 10:22 Actualizado a 13/01/2025 15:43", "2025-01-13T10:22"),
    ("14 мая 2025, 20:28", "2025-05-14T20:28"),
    ("2025年1月13日 21時37分", "2025-01-13T21:37"),
    ("2025/1/21 20:50", "2025-01-21T20:50"),
    ("12/25/2021", "2021-12-25"),
    # a twelve-hour clock or a US zone after slashed digits: month first, as American pages print it
    ("03/12/2024 05:00 AM EDT", "2024-03-12T05:00"), ("Updated 03/12/2024 5:00 PM", "2024-03-12T17:00"),
    ("03/12/2024 17:00 EST", "2024-03-12T17:00"), ("03/12/2024 14:00", "2024-12-03T14:00"),
    ("8 Yuni 2024", "2024-06-08"),  # Hausa
    ("8 \u0394\u03b5\u03ba\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5 2021, 10:25", "2021-12-08T10:25"),  # Greek
    ("8 decembrie 2021", "2021-12-08"),  # Romanian
    ("8 Desemba 2021", "2021-12-08"),  # Swahili
    ("8 \u05d1\u05d3\u05e6\u05de\u05d1\u05e8 2021", "2021-12-08"),  # Hebrew, "in December"
    ("1.5 million in 2022", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("who, name", [
    ("Jane Doe", "Jane Doe"),
    ("By Jane Doe", "Jane Doe"),
    ("Jane Doe@janedoe Nov 19, 2019, 7:53pm EST", "Jane Doe"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven"),
    ("JANE DOE and JOHN ROE", "JANE DOE and JOHN ROE"),
    ("Karan Mehta & Sneha Iyer", "Karan Mehta & Sneha Iyer"),
    ("Food & Drink", None),
    ("Manchester United in December 2018", None),  # "sacked by Manchester United in ..."
    ("webeditor7", None),
    ("The Staff", None),
    ("Example News Staff", None),
    ("Sport", None),
])
def test_person_name(who, name):
    assert person_name(who) == name


def test_title_dek_byline_dateline_leave_the_body():
    article = clean(["Home", "World", "Leaders pledge closer ties after video call",
                     "The call was a signal of unity amid rising tensions with the West",
                     "By Jane Doe", "March 7, 2022 at 9:05 a.m."])
    assert article.title == "Leaders pledge closer ties after video call"
    assert (article.byline, article.published) == ("Jane Doe", "2022-03-07T09:05")
    r = reasons(article)
    assert r["Leaders pledge closer ties after video call"] == "title"
    assert r["The call was a signal of unity amid rising tensions with the West"] == "dek"
    assert r["By Jane Doe"] == "byline"
    assert r["March 7, 2022 at 9:05 a.m."] == "dateline"
    assert article.text == "\n\n".join(BODY)


def test_title_is_the_headline_nearest_the_byline_not_the_first_menu_item():
    article = clean(["Skip to content", "Got a news tip for our team?", "Top Stories", "Markets",
                     "Leaders pledge closer ties after video call", "Share this story", "Jane Doe @janedoe",
                     "By Jane Doe", "Updated March 7, 2022"])
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "Jane Doe"


def test_long_standfirst_between_title_and_byline_is_the_dek():
    dek = ("Both governments used the call to signal that they will stand together against what they describe as "
           "interference in their internal affairs.")
    article = clean(["Leaders pledge closer ties", dek, "By Jane Doe"])
    assert article.title == "Leaders pledge closer ties"
    assert reasons(article)[dek] == "dek"


def test_no_headline_no_title():
    article = clean(["Home", "Menu"])
    assert article.title is None


def test_outlet_before_date_is_the_source():
    article = clean(["- The Example Herald - Monday, March 7, 2022"])
    assert (article.source, article.published) == ("The Example Herald", "2022-03-07")


def test_name_comma_outlet_line():
    article = clean(["Leaders pledge closer ties", "John Q. Public, Example News"])
    assert (article.byline, article.source) == ("John Q. Public", "Example News")
    assert reasons(article)["John Q. Public, Example News"] == "byline"


def test_by_line_with_outlet_in_capitals():
    article = clean(["Leaders pledge closer ties", "Talks go on by JANE DOE THE EXAMPLE PRESS"])
    assert (article.byline, article.source) == ("Jane Doe", "The Example Press")


def test_by_inside_a_sentence_is_not_a_byline():
    line = "The former coach had been out of work since being sacked by Manchester United in December 2018."
    article = clean(["Coach agrees deal with new club", line])
    assert article.byline is None
    assert reasons(article).get(line) != "byline"


def test_closing_contact_line_gives_byline_and_is_contact():
    article = clean([], ["Jane Doe can be reached at jdoe@example.com."])
    assert article.byline == "Jane Doe"
    assert reasons(article)["Jane Doe can be reached at jdoe@example.com."] == "contact"


def test_copyright_holder_is_the_source_when_nothing_else_says():
    article = clean([], ["Copyright \u00a9 2024 Example Media Group. All rights reserved."])
    assert article.source == "Example Media Group"


def test_updated_line_stands_in_only_when_no_publication_date():
    article = clean(["Leaders pledge closer ties", "Updated: March 9, 2022 2:38pm"])
    assert article.published == "2022-03-09T14:38"  # the revision's day, nearer than none
    article = clean(["Leaders pledge closer ties", "Updated: March 9, 2022 2:38pm", "March 7, 2022"])
    assert article.published == "2022-03-07"
    assert reasons(article)["Updated: March 9, 2022 2:38pm"] == "dateline"
    # ...its time, zone and weekday before the date ("Updated 10:01 pm PST, Tuesday, ...")
    for line in ("Updated 10:42 AM EDT, Tue March 8, 2022", "Updated 10:01 pm PST, Tuesday, March 8, 2022"):
        assert clean(["Leaders pledge closer ties", line]).published == "2022-03-08"
    assert clean(["Leaders pledge closer ties",
                  "Updated figures show the minister resigned on March 8, 2022 after weeks of pressure"]).published is None


def test_body_dates_are_not_publication_dates():
    article = clean([])
    assert (article.title, article.byline, article.source, article.published) == (None, None, None, None)


def test_standfirst_then_dateline_is_header():
    dek = ("Both governments used the call to signal that they will stand together against what they describe as "
           "interference in their internal affairs.")
    article = clean(["Leaders pledge closer ties", dek, "March 7, 2022 at 9:05 a.m."])
    assert (article.title, article.published) == ("Leaders pledge closer ties", "2022-03-07T09:05")
    assert reasons(article)[dek] == "dek"


def test_short_sentence_with_a_date_after_the_first_paragraph_stays_body():
    line = "The vote is set for March 7, 2022."
    raw = "\n\n".join(["Leaders pledge closer ties", BODY[0], line] + BODY[1:])
    article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256=""))
    assert article.text.startswith(BODY[0]) and line in article.text


def test_a_name_under_the_tags_label_is_a_tag_not_the_byline():
    # (the story signed by nobody; under it "Tags:" and two tags that read as names)
    article = clean(["Home", "World", "Leaders pledge closer ties after video call", "March 7, 2022"],
                    ["Tags:", "Kerala Rain", "Idukki Dam", "Share", "Facebook"])
    assert article.byline is None
    # ...while the name under "About the author" is the story's author's
    article = clean(["Home", "World", "Leaders pledge closer ties after video call", "March 7, 2022"],
                    ["About the author", "Jane Doe", "Jane Doe covers diplomacy from Washington."])
    assert article.byline == "Jane Doe"
