"""Where the story starts, on a small page written for the test: a story whose opening part is
cut off from its longer rest by a box of related headlines (one of them a full sentence, which
scores like a short paragraph) keeps its opening part."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


def paragraph(subject: str) -> str:
    return (f"{subject} told us that the union had been preparing for months, and that the members who came to the "
            "rally in the early morning knew exactly what they were asking for and why it mattered to them, "
            "because the contract they work under now was forced on them by a vote they never had a say in.")


OPENING = [paragraph(name) for name in ("The driver", "His steward")]
RELATED = ["Related Articles", "Should the Labor Movement Prioritize the Push for Sectoral Bargaining?",
           "Jane Example and John Example", "Queering the Labor Movement", "Anne Example",
           "How Open Bargaining Led to a Better Contract", "Joan Example"]
REST = [paragraph(name) for name in ("A retired driver", "The organizer", "One of the managers", "A new hire",
                                     "The secretary-treasurer", "A part-time worker", "The shop steward")]


def test_the_storys_opening_cut_off_by_a_box_of_related_headlines_stays():
    text = "\n\n".join(["Home", "Labor", "Politics", "The union gets ready for a fight"] + OPENING + RELATED + REST
                       + ["Privacy policy", "\u00a9 2023 Example Magazine"])
    article = clean(text)
    for p in OPENING + REST:
        assert p in article.text
    assert "Sectoral Bargaining" not in article.text


def test_the_lead_above_a_related_box_inside_a_short_story_stays():
    # ("Related Articles" and two headlines under the lead: a list's heading, which ends a block)
    from tests.pasted import clean

    lead = ("WICHITA, Kan. — A 16-inch water main broke Tuesday afternoon along the Kellogg frontage road near Rock "
            "Road, flooding several lanes and leaving homes in east Wichita with little or no water pressure.")
    rest = ["City of Wichita spokesperson Elaine Porter said crews were able to isolate the break by early evening, but "
            "repairs would take until at least Wednesday morning because the pipe sits under a busy intersection.",
            "Customers in the affected area may see cloudy or discolored water once service returns, and the city "
            "recommends running cold water taps for several minutes before drinking it."]
    article = clean(["News", "Weather", "Water main break floods Kellogg frontage road", "Author: Danielle Ortiz",
                     "Published: 5:47 PM CDT April 2, 2024", lead, "Related Articles",
                     "Wichita water rates set to rise 6% next year", "Water main breaks spike as temperatures swing, city says",
                     *rest, "Before You Leave, Check This Out", "Wichita police identify man killed in weekend crash"])
    assert article.text.split("\n\n") == [lead, *rest]
