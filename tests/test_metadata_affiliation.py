"""A byline names the reporter, not the outlet she wrote for or her role: "By JESSICA FLYNN
FOR MAILONLINE", "By Jane Doe, Staff Writer", "By JANE DOE, CHIEF REPORTER". Pages written
for the test: a headline, the byline, the date and a short story."""

from __future__ import annotations

import pytest

from tests.pasted import clean

BODY = [
    "The council met on Tuesday evening and voted to approve the new budget for the coming year after a long debate.",
    "Residents who attended the meeting said they were pleased with the outcome but wanted more money for parks.",
    "The mayor said the budget would be reviewed again in the spring when the state announces its funding plans.",
]


@pytest.mark.parametrize("byline, name", [
    ("By JESSICA FLYNN FOR MAILONLINE", "JESSICA FLYNN"),
    ("By Jessica Flynn for MailOnline", "Jessica Flynn"),
    ("By JESSICA FLYNN, CHIEF REPORTER", "JESSICA FLYNN"),
    ("By Jane Doe, Staff Writer", "Jane Doe"),
    ("By Jane Doe and John Roe for Reuters", "Jane Doe and John Roe"),
    ("By Ann Lee, Bo Chan", "Ann Lee, Bo Chan"),  # two authors: both stay
    ("By Ann Lee, Bo Chan, g1 Campinas e Região", "Ann Lee, Bo Chan"),  # ...before the desk
])
def test_the_outlet_and_the_role_are_no_part_of_the_name(byline, name):
    page = ["Home", "News", "Council approves new budget after long debate", byline,
            "Published: 13:05 GMT, 3 February 2024", *BODY]
    assert clean(page).byline == name
