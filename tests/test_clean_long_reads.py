"""A long read's furniture and a regional site's boxes, each found on a page written for it:
the table of contents repeats the subheadings (both copies had gone as a button the page
repeats), "Words by NAME" names the author, a magazine's author bio of a paragraph follows
the story; a regional site's newsletter small print, "Do you have a story for us? Email ...",
its WhatsApp community, "Ad Feedback" under an ad and an AI summary's note are no story."""

from __future__ import annotations

from tests.pasted import clean

HEADLINE = "The last ferry: how one island fought to keep its lifeline"
PARTS = {
    "The morning the boat didn\u2019t come": [
        "At twenty to seven on a Tuesday in February, the island's shellfish farmers stood on the slipway and waited for "
        "a ferry that never came, because the boat had broken down again on the mainland.",
        "For the farmers, who send their catch to the mainland every morning, a day without the ferry is a day without "
        "any income at all, and February had already brought four of them.",
    ],
    "A fleet past its prime": [
        "The island's experience is not unusual. Across the west coast, the ferries that serve small islands are older "
        "than most of the people who work on them, and spare parts are made to order.",
        "Smaller islands have borne the brunt of it. When a larger vessel breaks down, the operator moves a smaller "
        "boat from a quieter route, and the quieter route goes without a ferry for weeks.",
    ],
    "What comes next": [
        "The government has promised two new boats by the end of the decade, though the islanders have heard such "
        "promises before and say they will believe them when the ships are in the water.",
        "Until then the action group will keep counting the days without a ferry, and will send the figures to every "
        "member of parliament who represents a coastal seat, whatever their party.",
    ],
}
BIO = ("Ewan Galbraith is a writer based in Argyll. His last piece for the magazine was about the return of the sea "
       "eagle to Mull. Before he turned to writing he spent twenty years as a deckhand and then a mate on the ferries "
       "of the west coast, which he still knows better than any road. His book on the island crossings, written over "
       "three winters and published last spring, was shortlisted for a prize for writing about the sea. He lives with "
       "his family in a house above a harbour that no ferry has called at since 1974.")


LEAD = ("For as long as anyone on the island can remember, the ferry has been late in winter. This year it stopped "
        "coming at all, and the island began to count what a day without it costs.")


def story() -> list[str]:
    return [LEAD, *(line for heading, paragraphs in PARTS.items() for line in (heading, *paragraphs))]


def test_subheadings_listed_in_the_contents_stay_in_the_story():
    page = ["Home", "Long reads", HEADLINE, "Words by Ewan Galbraith", "6 September 2025", "12 min read",
            "Table of contents", *PARTS, *story(), BIO, "Read next", "Become a member"]
    article = clean(page)
    assert article.text.split("\n\n") == story()
    assert article.byline == "Ewan Galbraith"
    assert {r.text: r.reason for r in article.removed}[BIO] == "byline"  # the author's, not the story's


def test_a_label_the_page_repeats_between_paragraphs_still_leaves():
    lines = [p for paragraphs in PARTS.values() for p in paragraphs]
    label = "Story continues below advertisement"
    page = ["Home", "News", HEADLINE, "6 September 2025", *lines[:2], label, *lines[2:4], label, *lines[4:], "\u00a9 2025"]
    assert clean(page).text.split("\n\n") == lines


def test_a_regional_sites_boxes_leave_the_story():
    lines = [p for paragraphs in PARTS.values() for p in paragraphs]
    boxes = ["We use your sign-up to provide content in ways you've consented to and improve our understanding of you. "
             "This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any "
             "time. More info",
             "Do you have a story for us? Email newsdesk@islandbeacon.co.uk or message us on Facebook.",
             "Get the biggest stories from across the islands straight to your phone by joining our WhatsApp community here.",
             "Ad Feedback",
             "These takeaways were generated with the help of AI and reviewed by an editor."]
    page = ["Home", "News", HEADLINE, "6 September 2025", *lines[:2], *boxes[:2], *lines[2:4], *boxes[2:], *lines[4:],
            "\u00a9 2025"]
    article = clean(page)
    assert article.text.split("\n\n") == lines
    # ...while a story's sentences that name such things stay
    said = ["The report on the crossings was written with the help of the island's school, the council said on Monday.",
            "A resident who joined a WhatsApp group for the crossing said the news spread there before the operator's."]
    assert clean(["Home", "News", HEADLINE, *lines[:2], *said, *lines[2:]]).text.split("\n\n") == [*lines[:2], *said,
                                                                                                  *lines[2:]]
