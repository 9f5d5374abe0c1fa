"""Headline, byline and date on small pages written for the test, one per cause of error
seen on real pasted pages: a standfirst taken for the headline, a headline in Title Case
taken for a menu, a notice taken for the start of the body, a quoted headline opening the
body block, bylines in other shapes and places, relative and yearless dates.
"""

from __future__ import annotations

import pytest

from tests.pasted import clean_raw
from tests.test_metadata_pages import clean

BODY = [
    "The council voted on Tuesday evening to close the old bridge to cars from the first of March next year.",
    "Engineers had warned for months that the supports were failing and that heavy lorries made the damage worse.",
    "Shop owners on both banks said they feared losing customers, while cyclists welcomed the decision at the meeting.",
    "A new crossing is planned further downstream, but the council has not yet found the money to build it.",
]


MENU = ["Home", "News", "Local", "Sport", "Weather"]


def test_standfirst_under_the_headline_is_not_the_title():
    # The standfirst is longer, shares more words with the body and sits right above the
    # byline; the headline above it is still the title.
    headline = "Old bridge will close to cars, council decides"
    dek = "The council voted to close the old bridge to cars, as engineers warned the supports were failing"
    article = clean([*MENU, "Transport", headline, dek, "Author of the article:", "Jane Doe", "March 3, 2025", *BODY])
    assert article.title == headline
    assert article.byline == "Jane Doe"


def test_a_headline_in_title_case_is_not_a_menu_row():
    headline = "Council Gives Early Approval to Riverside Bridge Closure Plan, Citing Engineer Warnings"
    article = clean([*MENU, "Politics", headline, "Jane Doe", "March 3, 2025", *BODY])
    assert article.title == headline


def test_headline_over_a_labelled_byline_below_a_notice():
    # A "save this article" notice reads as the first sentence of the body; the headline
    # and its byline come after it.
    notice = "Save this article and read it whenever you like. This service is for registered users only."
    headline = "Old bridge to close to cars next spring"
    article = clean([*MENU, "Opinion: the best bridges in the county", notice, "You saved a new article",
                     headline, "by Jane Doe", *BODY])
    assert article.title == headline
    assert article.byline == "Jane Doe"


def test_quoted_headline_at_the_top_of_the_block():
    # A headline ending in a closing quote looks like a sentence and opens the body block.
    headline = 'Shop owners on the bridge closure: "We will lose customers. It is a disaster"'
    terms = "Terms and conditions of use"
    article = clean(["Skip to main content", terms, *MENU, terms, "Bridges", "Transport", headline, *BODY])
    assert article.title == headline


HEADLINE = "Old bridge will close to cars next spring"
LONG_BODY = BODY + [
    "The bridge was built in 1908 and has carried the main road into the town centre for more than a century.",
    "Traffic will be sent over the ring road, which the council says can take the extra cars without long delays.",
    "Buses will still be allowed to cross until the summer, when the engineers will decide whether that is safe.",
    "Residents can comment on the plan at the town hall until the end of the month, the council said on Tuesday.",
]


def test_byline_printed_after_the_story():
    # No byline by the headline; the author box follows the body and its related links.
    page = [*MENU, HEADLINE, "March 3, 2025", *LONG_BODY, "Related: Five bridges to visit this summer",
            "Audio and video on this topic", "Date 03.03.2025", "Author Jane Doe", "Topics: Transport, Council"]
    assert clean(page).byline == "Jane Doe"


def test_a_name_signing_off_the_body():
    page = [*MENU, HEADLINE, "March 3, 2025", *LONG_BODY, "Иван Петров", "Subscribe to the author"]
    assert clean(page).byline == "Иван Петров"


def test_news_agency_in_lower_case():
    page = [*MENU, HEADLINE, "Von dpa 30.04.2024, 18:58", *BODY]
    article = clean(page)
    assert article.byline == "dpa"
    assert article.published == "2024-04-30T18:58"


def test_a_phrase_after_a_label_is_no_agency():
    # "von unten" (from below) is a phrase: lower case after the label is an agency only
    # when it is a short name standing alone or before a date.
    page = [*MENU, HEADLINE, "Von unten gesehen", *BODY]
    assert clean(page).byline is None


def test_several_authors_on_one_line():
    page = [*MENU, HEADLINE, "Ann Lee Jan Michael Marchart Eva Berg", "March 3, 2025", *BODY]
    assert clean(page).byline == "Ann Lee Jan Michael Marchart Eva Berg"
    page = [*MENU, HEADLINE, "Ann LEE, Eva BERG", "March 3, 2025", *BODY]
    assert clean(page).byline == "Ann LEE, Eva BERG"


def test_name_then_place_keeps_the_name():
    page = [*MENU, HEADLINE, "Ann Lee und Eva Berg, Nairobi", "March 3, 2025", *BODY]
    assert clean(page).byline == "Ann Lee und Eva Berg"


def test_korean_reporter_line_with_places_and_mail():
    body = ["시의회는 화요일 저녁 내년 3월부터 옛 다리의 차량 통행을 막기로 결정했다고 밝혔다. 기술자들은 지지대가 약해지고 있다고 경고했다.",
            "다리 양쪽의 상인들은 손님을 잃을까 걱정했고 자전거 이용자들은 결정을 환영했다고 회의에서 말했다고 전했다.",
            "새 다리는 하류에 지어질 계획이지만 시의회는 아직 건설 비용을 마련하지 못했다고 관계자가 설명했다고 밝혔다."]
    page = ["홈", "뉴스", "옛 다리 내년 봄부터 차량 통행 금지", *body, "순천, 광양 홍길동 기자 hong@example.com", "공유"]
    assert clean(page).byline == "홍길동"


def test_a_web_address_is_no_name():
    page = [*MENU, HEADLINE, "March 3, 2025", *BODY, "Via SyndiGate.info"]
    assert clean(page).byline is None


def test_a_photo_date_in_brackets_is_not_the_publication_date():
    caption = "Soldiers at the old bridge in the years it carried tanks over the river (Kabul, 6.12.2010)"
    page = [*MENU, HEADLINE, "Issue of 26.04.2024, page 1", caption, *BODY]
    assert clean(page).published == "2024-04-26"
    page = [*MENU, HEADLINE, caption, *BODY]
    assert clean(page).published is None


def test_dateline_printed_under_the_story():
    page = [*MENU, HEADLINE, *LONG_BODY, "Publisert: 05.08.24 kl. 14:47", "Share"]
    assert clean(page).published == "2024-08-05T14:47"


@pytest.mark.parametrize("said, iso", [
    ("Dit artikel verscheen op dinsdag 9 juli 2024 om 17:25.", "2024-07-09T17:25"),
    ("This article was first published on Tuesday, July 9, 2024 at 5:25 PM.", "2024-07-09T17:25"),
    ("Article publi\u00e9 le samedi 9 novembre 2024 \u00e0 07h00", "2024-11-09T07:00"),
    ("This entry was posted in Food & Drink and tagged bakeries, openings on Tuesday, July 9, 2024.", "2024-07-09"),
    ("Dieser Artikel erschien am Dienstag, 9. Juli 2024, in der gedruckten Ausgabe.", "2024-07-09"),
])
def test_a_sentence_under_the_story_that_says_when_it_appeared_dates_it(said, iso):
    article = clean([*MENU, HEADLINE, *LONG_BODY, said, "Share"])
    assert article.published == iso and said not in article.text


CZECH_PAGE = ("Zpravodaj Vyso\u010diny\n"
              "Zpr\u00e1vy\n"
              "Jihlava\n"
              "T\u0159eb\u00ed\u010d\n"
              "\u017d\u010f\u00e1r\n"
              "Havl\u00ed\u010dk\u016fv Brod\n"
              "Pelh\u0159imov\n"
              "Sport\n"
              "Kultura\n"
              "Krimi\n"
              "P\u0159edplatn\u00e9\n"
              "P\u0159ihl\u00e1sit\n"
              "\n"
              "Zpr\u00e1vy \u203a Krimi\n"
              "\n"
              "KRIMI\n"
              "\n"
              "Exstarosta Doln\u00edho Radimova dostal za zneu\u017eit\u00ed dotac\u00ed t\u0159i roky podm\u00edn\u011bn\u011b\n"
              "\n"
              "Petra Hor\u00e1kov\u00e1\n"
              "\n"
              "Sd\u00edlet\n"
              "Facebook\n"
              "X\n"
              "E-mail\n"
              "Kop\u00edrovat odkaz\n"
              "\n"
              "B\u00fdval\u00fd starosta Ji\u0159\u00ed K. (vpravo) se sv\u00fdm obh\u00e1jcem u jihlavsk\u00e9 pobo\u010dky krajsk\u00e9ho soudu.\n"
              "Foto: Zpravodaj Vyso\u010diny/Petra Hor\u00e1kov\u00e1\n"
              "\n"
              "Jihlavsk\u00e1 pobo\u010dka Krajsk\u00e9ho soudu v Brn\u011b ve \u010dtvrtek uznala b\u00fdval\u00e9ho starostu Doln\u00edho Radimova na T\u0159eb\u00ed\u010dsku vinn\u00fdm z dota\u010dn\u00edho podvodu a poru\u0161en\u00ed povinnosti p\u0159i spr\u00e1v\u011b ciz\u00edho majetku. Ji\u0159\u00ed K. dostal t\u0159i roky v\u011bzen\u00ed s podm\u00edn\u011bn\u00fdm odkladem na p\u011bt let a mus\u00ed obci a st\u00e1tu nahradit \u0161kodu p\u0159es 2,4 milionu korun. Rozsudek zat\u00edm nen\u00ed pravomocn\u00fd.\n"
              "\n"
              "Podle ob\u017ealoby obec v letech 2019 a\u017e 2021 \u010derpala dotaci na rekonstrukci kulturn\u00edho domu a stavbu d\u011btsk\u00e9ho h\u0159i\u0161t\u011b. \u010c\u00e1st pen\u011bz v\u0161ak skon\u010dila u firmy, kterou vlastnil starost\u016fv \u0161vagr, a pr\u00e1ce za n\u011b podle znalc\u016f nikdy nebyly provedeny.\n"
              "\n"
              "\u201eOb\u017ealovan\u00fd v\u011bdom\u011b p\u0159edkl\u00e1dal poskytovateli dotace faktury za pr\u00e1ce, kter\u00e9 neprob\u011bhly, nebo prob\u011bhly v podstatn\u011b men\u0161\u00edm rozsahu,\u201c uvedla v z\u00e1v\u011bre\u010dn\u00e9 \u0159e\u010di st\u00e1tn\u00ed z\u00e1stupkyn\u011b Lenka \u0160\u0165astn\u00e1. Navrhovala \u010dty\u0159i roky nepodm\u00edn\u011bn\u011b.\n"
              "\n"
              "Ji\u0159\u00ed K. vinu od za\u010d\u00e1tku odm\u00edtal. Tvrdil, \u017ee pen\u00edze pouze \u201ep\u0159esunul\u201c na jin\u00e9 obecn\u00ed akce, kter\u00e9 byly podle n\u011bj pro obec nal\u00e9hav\u011bj\u0161\u00ed. \u201eNikdy jsem si nevzal ani korunu. V\u0161echno, co jsem d\u011blal, bylo pro lidi v obci,\u201c \u0159ekl soudu p\u0159ed vyhl\u00e1\u0161en\u00edm rozsudku.\n"
              "\n"
              "Reklama\n"
              "\n"
              "Sen\u00e1t p\u0159edsedy Martina Dvo\u0159\u00e1ka jeho obhajobu nep\u0159ijal. \u201eStarosta nem\u016f\u017ee s \u00fa\u010delov\u011b v\u00e1zan\u00fdmi pen\u011bzi nakl\u00e1dat podle vlastn\u00edho uv\u00e1\u017een\u00ed, i kdyby to myslel dob\u0159e,\u201c uvedl soudce v od\u016fvodn\u011bn\u00ed. K podm\u00edn\u011bn\u00e9mu trestu podle n\u011bj soud p\u0159istoupil mimo jin\u00e9 proto, \u017ee ob\u017ealovan\u00fd nebyl dosud trest\u00e1n a \u010d\u00e1st \u0161kody u\u017e uhradil.\n"
              "\n"
              "P\u0159e\u010dt\u011bte si tak\u00e9: Policie obvinila dal\u0161\u00edho starostu z T\u0159eb\u00ed\u010dska. Jde o zak\u00e1zku na opravu silnice\n"
              "\n"
              "Spolu s b\u00fdval\u00fdm starostou st\u00e1l p\u0159ed soudem i jednatel stavebn\u00ed firmy Pavel M. Ten dostal dva roky s podm\u00edn\u011bn\u00fdm odkladem a pen\u011b\u017eit\u00fd trest 200 tis\u00edc korun.\n"
              "\n"
              "St\u00e1tn\u00ed z\u00e1stupkyn\u011b si ponechala lh\u016ftu na rozmy\u0161lenou. Obh\u00e1jce Ji\u0159\u00edho K. ohl\u00e1sil odvol\u00e1n\u00ed k Vrchn\u00edmu soudu v Olomouci.\n"
              "\n"
              "Publikov\u00e1no: 22. 5. 2025, 14:35 | Aktualizov\u00e1no: 22. 5. 2025, 16:10\n"
              "\n"
              "T\u00e9mata:\n"
              "soud\n"
              "dotace\n"
              "Doln\u00ed Radimov\n"
              "T\u0159eb\u00ed\u010dsko\n"
              "\n"
              "Mohlo by v\u00e1s zaj\u00edmat\n"
              "T\u0159eb\u00ed\u010d chyst\u00e1 rekonstrukci n\u00e1m\u011bst\u00ed, pr\u00e1ce za\u010dnou na podzim\n"
              "\u0158idi\u010d bez pap\u00edr\u016f uj\u00ed\u017ed\u011bl policii p\u0159es p\u016fl Vyso\u010diny\n"
              "Nemocnice v Jihlav\u011b otev\u0159ela nov\u00fd urgentn\u00ed p\u0159\u00edjem\n")


def test_a_dateline_under_the_story_with_its_update_after_a_bar():
    # a Czech court report (a page written for the test) whose only date is under it, the revision after a bar
    article = clean_raw(CZECH_PAGE)
    assert article.published == "2025-05-22T14:35"


def test_a_list_of_dates_under_the_story_is_no_dateline():
    # Comments (or cards for other stories) each carry their own date.
    comments = []
    for day, who in ((8, "Ann"), (9, "Bob"), (10, "Cy")):
        comments += [who, f"August {day}, 2018 at 3:17 pm", "Great piece, thanks for writing it."]
    page = [*MENU, HEADLINE, *LONG_BODY, "Comments (3)", "Sign in to comment", "Newest first", *comments]
    assert clean(page).published is None


def test_a_sentence_broken_over_lines_is_no_headline():
    # A video player's notice, split where the page put a link, repeated on the page.
    notice = ["We apologize, but this video has failed to load.", "Try refreshing your browser, or",
              "tap here to see other videos from our team."]
    lead = "Try your luck on the new ferry: refreshing views, and a browser of timetables on the quay."
    page = [*MENU, *notice, *notice, "Play Video", lead, *BODY]
    assert clean(page).title != "Try refreshing your browser, or"


def test_relative_date_counted_from_the_newest_day_the_page_prints():
    latest = ["Latest", "Ferry timetable changes for the summer", "March 3, 2025"]
    page = [*MENU, HEADLINE, "Jane Doe | Published 5 hours ago", *LONG_BODY, *latest]
    article = clean(page)
    assert article.published == "2025-03-03"
    assert article.byline == "Jane Doe"
    page = [*MENU, HEADLINE, "vor 1 Tag", *LONG_BODY, *latest]
    assert clean(page).published == "2025-03-02"
    page = [*MENU, HEADLINE, "Heute, 12:37 Uhr", *LONG_BODY, *latest]
    assert clean(page).published == "2025-03-03"


def test_relative_date_counted_from_the_day_the_files_name_gives():
    # A page saved as "<outlet>-2024_08_28.txt": the day it was saved, when the page prints
    # no newer one (a related story's older date counts for less)
    page = [*MENU, HEADLINE, "Published 3 seconds ago", *LONG_BODY]
    assert clean(page, name="globe-2024_08_28").published == "2024-08-28"
    older = ["Latest", "Ferry timetable changes for the summer", "August 20, 2024"]
    assert clean([*MENU, HEADLINE, "vor 1 Tag", *LONG_BODY, *older], name="2024-08-28 story").published == "2024-08-27"
    assert clean(page, name="globe-2024_02_30").published is None  # (no such day)


def test_relative_date_without_a_day_to_count_from_stays_unknown():
    assert clean([*MENU, HEADLINE, "Published 5 hours ago", *LONG_BODY]).published is None
    latest = ["Latest", "Ferry timetable changes for the summer", "March 3, 2025"]
    # Months ago is no day.
    assert clean([*MENU, HEADLINE, "Published 4 months ago", *LONG_BODY, *latest]).published is None
