"""Headline, byline and date on pasted pages shaped like the ones that fooled the cleaner.

Each page is written for the test (no real page is copied): a photo caption above the
headline, the byline before the headline, a Markdown page with a "# " headline and an
italic byline, a Russian page with a photo credit, datelines in several languages, and
dates that cannot exist.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.clean.dates import parse_date, valid
from tui.core.cleaner import clean_article
from tui.core.models import Article

BODY = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
]


def clean(lines: list[str], kind: str = "text", name: str = "page") -> Article:
    raw = "\n\n".join(lines)
    suffix = ".md" if kind == "markdown" else ".txt"
    return clean_article(Article(id=name, path=Path(name + suffix), raw=raw, sha256="", kind=kind))  # type: ignore[arg-type]


def reasons(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def test_caption_above_the_headline_is_not_the_title():
    # A news site's page: menu, the photo's caption and credit, then headline, date, body.
    caption = "The leaders met by video link after months of tension between the two capitals"
    page = ["Home", "News", "World", "Asia", caption, "Getty Images",
            "Leaders pledge closer ties after video call", "15 December 2021", *BODY, "Related Topics", "China"]
    article = clean(page)
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.published == "2021-12-15"
    assert caption not in article.text and article.text.startswith(BODY[0])


def test_byline_first_then_headline():
    # The byline and the author's role come before the headline and the standfirst.
    page = ["Skip to main content", "World news", "Jane Doe in Beijing", "Wed 15 Dec 2021 09.12 GMT",
            "Leaders pledge closer ties after video call",
            "The meeting was meant to show unity in the face of pressure from Washington", *BODY]
    article = clean(page)
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "Jane Doe"
    assert article.published == "2021-12-15T09:12"
    assert "Jane Doe in Beijing" not in article.text


def test_markdown_headline_and_italic_byline():
    page = ["[Skip to content](#main) [World](/world) [Business](/business)",
            "# Leaders pledge closer ties after video call",
            "*By Jane Doe and John Roe, Reuters*", "December 15, 2021 9:12 AM GMT", *BODY,
            "[Read more](https://example.com/more)"]
    article = clean(page, kind="markdown")
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "Jane Doe and John Roe"
    assert article.published == "2021-12-15T09:12"
    assert "#" not in article.text and "*" not in article.text


RU_BODY = [
    "Президенты двух стран провели переговоры по видеосвязи в среду, сообщили в обеих столицах.",
    "Они договорились расширить торговлю и согласовывать позиции в Организации Объединенных Наций.",
    "По словам аналитиков, разговор был сигналом для Вашингтона, который пытается изолировать оба правительства.",
]


def test_russian_page_with_a_photo_credit_above_the_headline():
    page = ["Главная", "Политика", "Фото: Иван Петров/ТАСС", "Лидеры двух стран договорились о сближении",
            "15 декабря 2021, 09:12", "От Андрея Колесникова", *RU_BODY, "Читайте также"]
    article = clean(page)
    assert article.title == "Лидеры двух стран договорились о сближении"
    assert article.published == "2021-12-15T09:12"
    assert article.byline == "Андрея Колесникова"
    assert article.text.startswith(RU_BODY[0])


@pytest.mark.parametrize("byline, dateline, who, iso", [
    ("Von Anna Schmidt", "3. Mai 2024, 17:47 Uhr", "Anna Schmidt", "2024-05-03T17:47"),
    ("Par Marie Dupont", "Publié le 18 juil. 2024 à 08:01", "Marie Dupont", "2024-07-18T08:01"),
    ("Por Luis García", "15 de mayo de 2025, 10:30", "Luis García", "2025-05-15T10:30"),
    ("Jane Doe|Published 4 hours ago", "Friday, 22 Nov 2024 4:55 PM", "Jane Doe", "2024-11-22T16:55"),
    ("记者 王小明", "2025年1月13日 08:30", "王小明", "2025-01-13T08:30"),
    ("撰文：陳家俊\n編輯：黃凱琳", "2024年3月8日 18:02", "陳家俊", "2024-03-08T18:02"),  # "written by", over the editor
    ("Oleh Budi Santoso", "8 Desember 2021, 10:25", "Budi Santoso", "2021-12-08T10:25"),
    ("Laporan: Dimas Saputra, Bayu Nugroho", "Sabtu, 23 Nov 2024 19:02 WIB", "Dimas Saputra, Bayu Nugroho",
     "2024-11-23T19:02"),  # Indonesian "report:"
    ("Teksti: Matti Virtanen", "8.12.2021 10:25", "Matti Virtanen", "2021-12-08T10:25"),
    ("Autor\u0117: Rasa Budrien\u0117", "2025 m. vasario 3 d. 15:20", "Rasa Budrien\u0117", "2025-02-03T15:20"),  # Lithuanian, a woman
    ("Autorka: Lucia Hrabovsk\u00e1", "6. m\u00e1ja 2024, 10:15", "Lucia Hrabovsk\u00e1", "2024-05-06T10:15"),
    ("Text a foto: Lucia Hrabovsk\u00e1", "6. m\u00e1ja 2024, 10:15", "Lucia Hrabovsk\u00e1", "2024-05-06T10:15"),  # text and photo
    ("Text und Bilder: Anna Schmidt", "3. Mai 2024, 17:47 Uhr", "Anna Schmidt", "2024-05-03T17:47"),
    ("Tekst i zdj\u0119cia: Jan Kowalski", "3 maja 2024, 17:47", "Jan Kowalski", "2024-05-03T17:47"),
    ("Von unserem Redakteur J\u00f6rg Maier", "3. Mai 2024, 17:47 Uhr", "J\u00f6rg Maier", "2024-05-03T17:47"),
    ("Kritik: Paul Eder", "3. Mai 2024, 17:47 Uhr", "Paul Eder", "2024-05-03T17:47"),  # a review's critic
    ("Interview: Jana Rei\u00df \u00b7 Fotos: Oliver Kern", "3. Mai 2024, 17:47 Uhr", "Jana Rei\u00df", "2024-05-03T17:47"),
    ("\u0628\u0642\u0644\u0645: \u0623\u062d\u0645\u062f \u0645\u062d\u0645\u0648\u062f", "08.12.2021",
     "\u0623\u062d\u0645\u062f \u0645\u062d\u0645\u0648\u062f", "2021-12-08"),  # Arabic "by the pen of"
    ("\u05de\u05d0\u05ea: \u05d3\u05e0\u05d4 \u05db\u05d4\u05df", "08.12.2021 10:25", "\u05d3\u05e0\u05d4 \u05db\u05d4\u05df",
     "2021-12-08T10:25"),  # Hebrew "by"
    ("\u0932\u0947\u0916\u0915: \u0930\u093e\u0939\u0941\u0932 \u0936\u0930\u094d\u092e\u093e", "08.12.2021",
     "\u0930\u093e\u0939\u0941\u0932 \u0936\u0930\u094d\u092e\u093e", "2021-12-08"),  # Hindi "author"
    ("\u0930\u093f\u092a\u094b\u0930\u094d\u091f: \u0930\u093e\u0939\u0941\u0932 \u0936\u0930\u094d\u092e\u093e", "08.12.2021",
     "\u0930\u093e\u0939\u0941\u0932 \u0936\u0930\u094d\u092e\u093e", "2021-12-08"),  # Hindi "report"
    # as Indian sites print a byline, in English over a page in Hindi too
    ("Published by: \u0905\u092e\u0928 \u0915\u092a\u0942\u0930", "Updated Tue, 04 Mar 2025 12:03 PM IST",
     "\u0905\u092e\u0928 \u0915\u092a\u0942\u0930", "2025-03-04T12:03"),
    ("Written By: Priya Menon", "Updated Tue, 04 Mar 2025 12:03 PM IST", "Priya Menon", "2025-03-04T12:03"),
    ("WRITER: Apinya Wongsuwan", "PUBLISHED : 11 Feb 2025 at 14:25", "Apinya Wongsuwan", "2025-02-11T14:25"),
])
def test_bylines_and_datelines_in_several_languages(byline, dateline, who, iso):
    article = clean(["Menu", "Leaders pledge closer ties after video call", byline, dateline, *BODY])
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == who
    assert article.published == iso


def test_a_pieces_kind_before_its_subject_is_no_byline():
    # "Interview:" and "Kritik:" take a person's name only: a headline's subject after them is none
    for line in ("Interview: Olaf Scholz \u00fcber Europa", "Kritik: Die Inszenierung \u00fcberzeugt nicht"):
        assert clean(["Menu", "Leaders pledge closer ties after video call", line, "3. Mai 2024", *BODY]).byline is None


ID_BODY = [
    "Banjir setinggi hingga 60 sentimeter merendam Jalan Raya Kaligawe sejak Selasa pagi setelah hujan deras mengguyur kota.",
    "Kepala dinas pekerjaan umum mengatakan pompa air sudah dinyalakan, tetapi debit air dari hulu masih terlalu besar.",
    "Polisi mengalihkan kendaraan dari luar kota ke jalan tol agar antrean di jalur pantai utara tidak semakin panjang.",
]


def test_a_headline_with_a_comma_is_no_name_and_outlet_and_a_slashed_credit_ends_a_caption():
    # An Indonesian headline ("Name, Outlet" in shape but for a small word and a number) over
    # the dateline; under it a caption whose credit is "(OUTLET/PHOTOGRAPHER)" and the byline
    headline = "Banjir Rendam Kaligawe Semarang, Jalur Pantura Macet hingga 8 Kilometer"
    caption = ("Sejumlah kendaraan menerobos banjir di Jalan Raya Kaligawe, Kota Semarang, Jawa Tengah, "
               "Selasa (4/3/2025).(KOMPAS.com/ARDIANSYAH WIBOWO)")
    article = clean(["Regional", "Jawa Tengah", headline, "Kompas.com, 4 Maret 2025, 12:03 WIB", "Lihat Foto", caption,
                     "Penulis Ardiansyah Wibowo", *ID_BODY, "Copyright 2008 - 2025 PT. Kompas Cyber Media"])
    assert article.title == headline
    assert article.byline == "Ardiansyah Wibowo"
    assert article.published == "2025-03-04T12:03"
    assert reasons(article)[caption] == "caption"


def test_a_long_caption_under_the_headline_is_no_credit_of_it():
    # The photo's caption, credit and all, between the headline and the byline; a menu's
    # "More" over the headline, a share bar before the date (its screen reader's copy glued on)
    headline = "Outback town's only GP retires after 41 years, leaving 1,200 residents without a doctor"
    page = ["Sydney", "Brisbane", "Perth", "More", headline,
            "Photo: Dr Graham Whitely has been the only doctor in the town since 1984. (ABC Western Qld: Lucy Cornwall)",
            "By Lucy Cornwall and Tom Haddad", "ABC Western Qld", "Topic:Rural Health", "Share", "Copy link", "Facebook",
            "X (formerly Twitter)", "Posted Tue 4 Mar 2025 at 4:04pmTuesday 4 Mar 2025 at 4:04pm", *BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Lucy Cornwall and Tom Haddad"
    assert article.published == "2025-03-04T16:04"


@pytest.mark.parametrize("second", [
    "They agreed to expand trade and to coordinate their positions at the United Nations",
    # a point telling what the body says further down: the points tell the story on average
    "Interpreters worked in shifts while officials in both capitals listened",
], ids=["each point", "on average"])
def test_the_points_of_a_summary_under_the_headline_are_not_the_headline(second):
    # A tabloid's long headline, three points without full stops telling the story, the byline
    headline = "Leaders pledge closer ties after a long video call that officials in both capitals hailed as a success"
    points = ["The two leaders spoke for more than an hour by video link on Wednesday", second,
              "Analysts said the call was meant as a signal to Washington"]
    page = ["Home", "News", "Advertisement", headline, *points, "By JANE DOE FOR EXAMPLEONLINE",
            "Published: 15:42 BST, 2 July 2025 | Updated: 18:05 BST, 2 July 2025", *BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline.lower() == "jane doe"  # (in the page's capitals)


def test_a_list_of_other_headlines_over_the_byline_is_no_summary():
    # Promos for other stories, none about this one, over the story's headline and byline
    headline = "Aides bring impeachment inquiry directly into the White House"
    promos = ["Why you should always close the door before you go to bed",
              "The man whose duvet nearly killed him: How this medical mystery was solved",
              "New electric car is the most hardcore model the brand has ever built"]
    body = ["The inquiry moved closer to the president on Tuesday as two senior aides were asked to testify about the call.",
            "House investigators want to know who listened to the call and what the aides did after it ended.",
            "The White House has said it will not cooperate with an inquiry it calls illegitimate and partisan."]
    article = clean(["Home", "News", *promos, headline, "By Jane Doe, Example News", "2 July 2025", *body])
    assert article.title == headline


NL_BODY = [
    "Bijna vier op de tien gemeenten hebben vorig jaar niet genoeg huizen geregeld voor statushouders, asielzoekers die een "
    "verblijfsvergunning hebben gekregen. Daardoor wachten ruim 17.000 mensen in een asielzoekerscentrum op een woning.",
    "Gemeenten krijgen elk halfjaar een taakstelling van het Rijk: een aantal statushouders dat ze moeten huisvesten. In de "
    "tweede helft van 2024 ging het om 23.000 mensen.",
    "Het COA noemt de situatie \"zorgwekkend\". \"Elke statushouder die in een azc blijft wonen, bezet een bed dat we nodig "
    "hebben voor nieuwe asielzoekers\", zegt een woordvoerder. Het aanmeldcentrum in Ter Apel zat opnieuw vol.",
]


def test_a_caption_with_its_agency_under_the_header_is_no_headline_and_the_name_over_its_role_signs():
    # The reporter over her role (no "Door"), the section and date, the update, then the
    # photo's caption and its agency in capitals right over the first paragraph
    headline = "Gemeenten ver achter met huisvesting statushouders, duizenden wachten in azc"
    page = ["NOS Nieuws", "Binnenland", headline, "Marieke Janssen", "verslaggever Binnenland",
            "Binnenland\u202221 jan. 2025, 06:00", "Aangepast 21 jan. 2025, 09:48", "Een azc in Ter Apel", "ANP", *NL_BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Marieke Janssen"
    assert article.published == "2025-01-21T06:00"


def test_an_agency_under_the_headline_still_signs_a_wire_story():
    article = clean(["Home", "World", "Leaders pledge closer ties after video call", "AFP", *BODY])
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "AFP"


def test_a_credit_over_its_caption_under_the_headline_makes_neither_the_headline_a_caption_nor_the_caption_a_title():
    # The picture's credit first, its caption of two sentences under it, then the byline
    headline = "Rentner-Paar verliert 84 000 Euro an falschen Bankberater"
    caption = "Heinz (78) und Gisela S. (75) vor ihrem Haus in Oldenburg. Das Ersparte von Jahrzehnten ist weg"
    body = ["Oldenburg \u2013 Es sollte ein ganz normaler Dienstagnachmittag werden. Doch dann klingelte bei Heinz (78) und "
            "Gisela S. (75) das Telefon, und eine freundliche Stimme meldete sich angeblich von ihrer Sparkasse.",
            "Zwei Stunden sp\u00e4ter war das Ersparte eines ganzen Lebens verschwunden, \u00fcberwiesen auf ein Konto, "
            "das die Betr\u00fcger kurz zuvor er\u00f6ffnet hatten.",
            "\u201eIch sch\u00e4me mich so\u201c, sagt Gisela S. \u201eWir haben immer gedacht, uns passiert so etwas "
            "nicht, und jetzt ist alles weg.\u201c"]
    page = ["News", "Inland", "Telefon-Abzocke in Oldenburg", headline, "Foto: Henning Brauer", caption, "Artikel anh\u00f6ren",
            "Teilen", "Von: Jana Kolberg und Mirko Stenzel", "11.02.2025 - 17:42 Uhr", *body]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Jana Kolberg und Mirko Stenzel"


COCOA = [
    "Chocolate makers in Europe processed the least cocoa in more than a decade in the third quarter, the latest sign "
    "that record bean prices are eroding demand for candy bars and baking chocolate.",
    "Grindings in the region fell 7% from a year earlier, the European Cocoa Association said Tuesday, as shoppers "
    "bought less candy after makers raised their prices again.",
    "Cocoa futures have roughly tripled since the start of last year after disease and erratic weather slashed the "
    "harvests in Ivory Coast and Ghana.",
]


def test_summary_points_over_a_caption_over_the_byline_are_not_the_headline():
    headline = "Cocoa Grinders Cut Output as Record Prices Crush Chocolate Demand"
    page = ["Markets", "Commodities", headline, "European processing drops 7% in third quarter, biggest since 2012",
            "Shoppers are buying less candy after makers raised prices",
            "Cocoa pods at a farm near Soubr\u00e9, Ivory Coast. Photographer: Marc Ouattara/Bloomberg",
            "By Anouk de Vries and Kwame Asante", "November 19, 2024 at 6:00 AM EST", "Save", "Listen", *COCOA]
    assert clean(page).title == headline


def test_glued_skip_links_and_an_old_storys_notice_are_no_headline():
    # "Accessibility statement" and the skip link run together on the first line; over the
    # headline, the notice that the story is old, and only its revision dated
    headline = "Cocoa grinders cut output as record prices crush chocolate demand"
    page = ["Accessibility statementSkip to main content", "Democracy Dies in Darkness", "Sign in", "Markets",
            "This was published 3 months ago", headline, "By Anouk de Vries",
            "Updated November 19, 2024 \u2014 6.12pm, first published at 5.00am", *COCOA]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Anouk de Vries"
    assert article.published.startswith("2024-11-19")


def test_an_update_label_alone_over_its_date_makes_it_no_publication_date():
    page = ["Home", "Asia", "Leaders pledge closer ties after video call", "Jane Doe", "Transport Correspondent",
            "Updated", "Mar 07, 2025, 09:12 AM", "Published", "Mar 04, 2025, 01:30 PM", *BODY]
    assert clean(page).published == "2025-03-04T13:30"


def test_the_publication_date_after_an_update_on_one_line_is_the_storys():
    page = ["Home", "Reviews", "Leaders pledge closer ties after video call", "By Dan Okafor",
            "Updated September 5, 2024 | Published September 3, 2024", *BODY]
    assert clean(page).published == "2024-09-03"


@pytest.mark.parametrize("line, who, iso", [
    ("Publi\u00e9 le 5 novembre 2023 par Claire Vasseur", "Claire Vasseur", "2023-11-05"),
    ("Ver\u00f6ffentlicht am 5. November 2023 von Anna Schmidt", "Anna Schmidt", "2023-11-05"),
    ("Publicado el 5 de noviembre de 2023 por Luis Garc\u00eda", "Luis Garc\u00eda", "2023-11-05"),
])
def test_the_author_after_the_date_with_the_label_of_the_pages_language(line, who, iso):
    article = clean(["Menu", "Leaders pledge closer ties after video call", line, *BODY])
    assert article.byline == who
    assert article.published == iso


def test_the_date_by_the_headline_wins_over_a_caption_and_a_promo_above():
    page = ["Archive photo (16.08.2024): a street in the capital", "Video available until 06.05.2024",
            "Leaders pledge closer ties after video call", "Stand: 22.04.2024, 06:00 Uhr", *BODY]
    assert clean(page).published == "2024-04-22T06:00"


def test_byline_under_the_standfirst_inside_the_body_leaves_the_text():
    standfirst = "After months of tension the two leaders spoke again, and both sides called the talks a success."
    page = ["Leaders pledge closer ties after video call", "Stand: 28.04.2023 17:23 Uhr", standfirst,
            "Von Christin Jordan", *BODY]
    article = clean(page)
    assert article.byline == "Christin Jordan"
    assert reasons(article)["Von Christin Jordan"] == "byline"


def test_menu_phrases_are_not_bylines():
    page = ["Hilfe und Kontakt", "Leaders pledge closer ties after video call", "Web Share", *BODY]
    assert clean(page).byline is None


@pytest.mark.parametrize("text", [
    "30 February 2024", "31.04.2023", "2023-02-29", "29. Februar 2023", "April 31, 2022 at 9:00 a.m.",
    "2025年2月30日", "31 июня 2024", "32.01.2024 10:00", "12/45/2022",
])
def test_impossible_dates_are_never_emitted(text):
    assert parse_date(text) is None
    assert clean(["Leaders pledge closer ties after video call", text, *BODY]).published is None


@given(st.integers(1890, 2110), st.integers(0, 13), st.integers(0, 32),
       st.sampled_from(["{d}.{m}.{y}", "{y}-{m:02d}-{d:02d}", "{d}/{m}/{y}", "{y}年{m}月{d}日"]))
def test_a_parsed_date_always_exists(year, month, day, form):
    iso = parse_date(form.format(d=day, m=month, y=year))
    if iso is not None:
        y, m, d = map(int, iso[:10].split("-"))
        assert valid(y, m, d)


def test_untitled_article_gets_one_derived_label():
    article = clean(BODY)
    assert article.title is None and article.title_derived
    assert article.label.startswith("[The two leaders") and article.label.endswith("]")
