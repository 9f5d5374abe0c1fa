"""A heading copied over two lines: the kicker on one, the headline on the next opening with
the colon that joined them ("Stuttgart hat's drauf" over ": Stadt der Superlative").

Pages written for the test: a menu, the two-line heading, a standfirst, the byline and date,
an audio player's label and the body. The title is the whole heading, and neither of its
lines stays in the body.
"""

from __future__ import annotations

from tests.pasted import clean

BODY = [
    "Harbour town has been named the sunniest port on the coast for the third year running, the weather office said.",
    "The town council plans to mark the sunny record with a street party on the harbour front next weekend.",
    "Hotels along the harbour say they are fully booked for the summer, and the ferry adds two crossings a day.",
]
MENU = ["Home", "News", "Sport", "Weather", "Services", "Imprint"]
TAIL = ["Commentary by", "Jane Doe", "11.07.2026, 09:30", "Listen to the harbour report in the app"]


def test_a_heading_split_before_its_colon_is_one_title():
    page = [*MENU, "Harbour town shines", ": Sunniest port on the coast", *TAIL, *BODY]
    article = clean(page)
    assert article.title == "Harbour town shines: Sunniest port on the coast"
    assert article.byline == "Jane Doe"
    assert "Sunniest port on the coast" not in article.text
    assert "Harbour town shines" not in article.text


def test_a_line_opening_with_a_colon_is_never_a_title_alone():
    # Under a sentence the colon's line joins nothing: it is no headline either way.
    page = [*MENU, "Harbour town shines on the coast", "The port said so.", ": Sunniest port", *TAIL, *BODY]
    assert clean(page).title == "Harbour town shines on the coast"
