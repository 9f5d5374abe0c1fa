"""Saved HTML with a second extractor: where trafilatura's text disagrees with the plain-text
cleaner's reading of the page, readability-lxml's text is taken if it agrees better; where
they agree, trafilatura's stands. Small pages written for the test."""

from __future__ import annotations

from tui.core.clean.extractors import agreement, choose, readability_text, shingles

STORY = [
    "The council voted on Tuesday night to close the old library on Main Street at the end of the year, after a long "
    "debate in which members on both sides spoke about what the building has meant to the town.",
    "Members said the building needs repairs that would cost more than the town can spend this decade, and that the "
    "money would do more good in the schools, where the new reading room will be built.",
    "A new reading room will open in the school next spring, the mayor told residents at the meeting, and the old "
    "collection of maps and records will move to the county archive before the summer.",
]
RELATED = ["Road works on the bridge start in May and will last until the autumn",
           "The swimming pool opens one hour earlier from next week on",
           "Five things to do in town this weekend if the weather holds"]
PAGE = ("<html><head><title>Library to close</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Library to close at the end of the year</h1>" + "".join(f"<p>{p}</p>" for p in STORY) +
        "</article><aside><h2>Related</h2><ul>" + "".join(f"<li><a href='/x'>{r}</a></li>" for r in RELATED) +
        "</ul></aside></body></html>")


def test_readability_taken_where_trafilatura_disagrees_with_the_page_lines():
    wrong = "\n".join(RELATED)  # trafilatura took the related links for the body
    chosen = choose(PAGE, wrong, "\n\n".join(STORY))
    for paragraph in STORY:
        assert paragraph in chosen
    assert "swimming pool" not in chosen


def test_trafilatura_stands_where_it_agrees_with_the_page_lines():
    ours = "\n".join(STORY[:2])
    assert choose(PAGE, ours, "\n\n".join(STORY[:2])) == ours
    # readability's text would agree better, but not by the margin a switch needs
    assert choose(PAGE, "\n".join(STORY), "\n\n".join(STORY)) == "\n".join(STORY)


def test_agreement_is_two_for_one_text_and_zero_for_none_shared():
    a = shingles(STORY[0])
    assert agreement(a, a) == 2.0
    assert agreement(a, shingles(STORY[1])) < 0.2
    assert agreement(a, shingles("")) == 0.0


def test_readability_failure_is_no_opinion_and_writes_nothing(capfd):
    assert readability_text("") is None
    out, err = capfd.readouterr()
    assert out == "" and err == ""
