"""A text browser's dump (lynx, elinks) numbers each link, "[12]Leeds", and lists the
addresses under "References": the numbers leave the body and the byline, the list leaves as
navigation; brackets with numbers on a page without such a list stay. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

from tui.core.clean.link_numbers import unnumbered
from tui.core.cleaner import clean_article
from tui.core.models import Article

BODY = [
    "The council voted on Tuesday to replace the old bridge over the river, ending a debate that had lasted "
    "for more than three years and divided the [6]neighbourhoods on either bank of the town.",
    "Supporters said a new bridge would cut commuting times for thousands of residents in the eastern districts "
    "and bring shoppers back to the market in the [7]old town, which has lost trade since the closure.",
    "Opponents argued that the cost, estimated at forty million euros, was far too high for a city that is "
    "already struggling to pay for its schools, its buses and its two hospitals this year.",
    "The mayor said that work could begin as early as next spring, once the final designs have been approved "
    "by the regional authorities and the river agency has given its consent to the plans.",
]
HEAD = ["#[1]City Times RSS", "[2]Skip to main content", "* [3]News", "* [4]Sport",
        "Council votes to replace the old river bridge", "By [5]Jane Roe", "March 4, 2025"]
REFERENCES = ["References", "", "   1. https://citytimes.example/rss", "   2. #main",
              "   3. https://citytimes.example/news", "   4. https://citytimes.example/sport",
              "   5. https://citytimes.example/authors/jane-roe", "   6. https://citytimes.example/tag/east",
              "   7. https://citytimes.example/tag/old-town"]


def page(raw: str) -> Article:
    return clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]


def test_a_lynx_dump_reads_without_its_link_numbers():
    art = page("\n\n".join(HEAD + BODY) + "\n\n" + "\n".join(REFERENCES) + "\n")
    assert art.byline == "Jane Roe"
    assert art.title == "Council votes to replace the old river bridge"
    assert "[" not in art.text and "https://" not in art.text
    assert "divided the neighbourhoods on either bank" in art.text
    assert art.text.split("\n\n") == [line.replace("[6]", "").replace("[7]", "") for line in BODY]


def test_numbers_in_brackets_stay_without_a_list_of_addresses():
    lines = ["A claim[1]stays", "References", "none listed here"]
    assert unnumbered(lines) is None
    art = page("\n\n".join(["Council votes to replace the old river bridge", "By Jane Roe"] + BODY))
    assert "[6]neighbourhoods" in art.text


def test_only_numbers_the_list_has_leave():
    lines = ["See [2]this and [40]that", "References", "", "1. https://a.example/", "2. https://b.example/"]
    assert unnumbered(lines) == ["See this and [40]that"] + lines[1:]
