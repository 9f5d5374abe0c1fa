"""Headline, byline and date on small pages written for the test, one per cause of error
seen on real pasted pages: a standfirst taken for the headline, a headline in Title Case
taken for a menu, a notice taken for the start of the body, a quoted headline opening the
body block, bylines in other shapes and places, relative and yearless dates.
"""

from __future__ import annotations

import pytest

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
    ("Dieser Artikel erschien am Dienstag, 9. Juli 2024, in der gedruckten Ausgabe.", "2024-07-09"),
])
def test_a_sentence_under_the_story_that_says_when_it_appeared_dates_it(said, iso):
    article = clean([*MENU, HEADLINE, *LONG_BODY, said, "Share"])
    assert article.published == iso and said not in article.text


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
