"""Small things a page's widgets, notices and addresses did to its metadata, on pages written
for the test: a "Text Size" button read as the label "Text" and the byline "Size"; a German
share bar ("Teilen Merken Drucken") or a Romanian "follow us" line read as a name; a
reporter's e-mail address in the bio under the story ("lucas.powers@cbc.ca") made his name
two common words; a lead opening with its dateline ("BENGALURU: The city ...") made the
headline's "Bengaluru:" a label the page repeats; and an old story's notice or a chart's
credit over the headline was taken for it."""

from __future__ import annotations

from tests.pasted import clean

BODY = [
    "The city corporation and the district administration on Tuesday announced a cap on the prices private water "
    "tankers can charge, as several parts of the city grapple with acute shortages.",
    "Officials said the cap would apply to all tanker operators registered in the city, and that those found "
    "charging more would lose their licence for the rest of the summer.",
    "Residents' associations welcomed the move but said the supply itself remained the main problem in the "
    "eastern suburbs, where borewells have run dry.",
]


def test_a_text_size_button_is_no_byline():
    page = ["News", "City News", "Water tanker prices capped as the city faces its worst summer shortage",
            "March 6, 2024", "Share", "AA", "Text Size", "Small", "Medium", "Large", *BODY]
    assert clean(page).byline is None


def test_a_share_bar_s_words_in_german_are_no_byline():
    page = ["Startseite", "Wirtschaft", "Wasserpreise für private Tankwagen werden begrenzt", "21.02.2024, 11:30 Uhr",
            "Teilen Merken Drucken", *BODY]
    assert clean(page).byline is None


def test_a_follow_us_line_in_romanian_is_no_byline():
    page = ["Acasă", "Social", "Prețul apei livrate cu cisterna va fi plafonat", "05.02.2024, 14:37", *BODY,
            "Urmărește Gazeta Națională pe Google News"]
    assert clean(page).byline is None


def test_an_address_in_the_bio_leaves_the_reporter_s_name_a_name():
    page = ["News", "Toronto", "Ontario to scrap licence plate sticker refunds as drivers wait for cheques",
            "Lucas Powers · CBC News ·", "Posted: Nov 02, 2023 4:00 AM EDT", "Social Sharing", "Facebook", "Email",
            *BODY, "Lucas Powers is a senior writer with CBC News in Toronto. You can reach him at "
            "lucas.powers@cbc.ca."]
    assert clean(page).byline == "Lucas Powers"


def test_a_lead_s_dateline_does_not_make_the_headline_s_place_a_label():
    headline = "Bengaluru: BBMP to cap water tanker prices as city faces worst summer shortage in years"
    lead = "BENGALURU: " + BODY[0]
    page = ["News", "City News", headline, "TOI City Desk / TNN / Updated: Mar 6, 2024, 10:48 IST", lead, *BODY[1:]]
    article = clean(page)
    assert article.title == headline
    assert headline not in [r.text for r in article.removed if r.reason == "boilerplate"]


def test_an_old_story_s_notice_and_a_chart_s_credit_are_no_headline():
    headline = "Otters return to every county in England for the first time since the 1950s"
    for over in (["This article is more than 1 month old"],
                 ["Data: Heating and Refrigeration Institute; Chart: Example Visuals"]):
        page = ["News", "Environment", *over, headline, "Helena Marsh", "Tue 12 Mar 2024 06.00 GMT", "Share",
                *over, *BODY]
        assert clean(page).title == headline


def test_a_dateline_far_above_the_body_still_vouches_for_the_headline_over_it():
    # Text-size and share buttons push the body nine lines under the dateline; the picture's
    # caption right above the body reads like a headline too
    headline = "Water tanker prices capped as the city faces its worst summer shortage in years"
    page = ["News", "City News", headline, "TOI City Desk / TNN / Updated: Mar 6, 2024, 10:48 IST", "Share", "AA",
            "Text Size", "Small", "Medium", "Large", "Follow us", "Water tankers at a filling point in Whitefield on Tuesday",
            *BODY]
    assert clean(page).title == headline
