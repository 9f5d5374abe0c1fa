"""A list of other stories' cards above the headline, each title cut short with dots.

Pages written for the test: the cards' titles end "..", "..." or "\u2026" where the site cut them
mid-phrase; they are never the headline, while a headline that trails off after a question
mark or a quotation ("... have?...") still can be.
"""

from __future__ import annotations

import pytest

from tests.pasted import clean

BODY = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
]
HEADLINE = "Leaders spoke by video for an hour and agreed on trade"


@pytest.mark.parametrize("dots", ["..", " ..", "...", "\u2026", ",.."])
def test_cards_cut_short_are_not_the_headline(dots):
    cards = [f"Leaders of both capitals spoke about the video call and trade{dots}",
             f"Officials said the coming months would bring a signal to{dots}"]
    page = ["Home", "World", "Top stories", *cards, HEADLINE, "15 December 2021", *BODY]
    article = clean(page)
    assert article.title == HEADLINE
    assert article.published == "2021-12-15"


def test_a_headline_trailing_off_after_a_question_is_kept():
    question = "Will the leaders who spoke by video for an hour agree on trade?..."
    page = ["Home", "World", question, "15 December 2021", *BODY]
    assert clean(page).title == question
