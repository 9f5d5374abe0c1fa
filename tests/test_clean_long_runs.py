"""A page cleans at once whatever it holds: a long word without spaces in a script without
capitals, where a headline, a byline, a paragraph or a sign-off stands (a pattern that could part
such a run in many ways tried every way before it failed: a 25-letter Devanagari run before a
comma took seconds in the byline reader); a long story pasted without blank lines."""

from __future__ import annotations

import time

import pytest

from tests.pasted import clean, clean_raw

STORY = [
    "The council met on Tuesday to discuss the budget, and the members agreed that the plan needed more work.",
    "Officials said the decision would be reviewed next month, after the public had a chance to comment.",
    "Residents who attended the meeting raised concerns about the cost of the project and its effect on traffic.",
]
HEADLINE = "City council delays vote on budget plan"
# Letters and vowel signs of scripts without capitals, each repeated into a run of 28 characters
RUNS = {
    "Devanagari": "\u091c\u0948\u0930\u092e\u092f\u0941\u090f\u0908\u0947\u0921\u0907\u0915\u0902\u0927",
    "Bengali": "\u0995\u09be\u09b0\u09cd\u09af\u09c7\u09b2\u09df\u09bf\u09a8\u09c0\u09ac\u09c1\u09b8",
    "Tamil": "\u0b95\u0bbe\u0bb0\u0bcd\u0baf\u0bc7\u0bb2\u0bbf\u0ba9\u0bc0\u0bb5\u0bc1\u0bb8\u0bc8",
    "Malayalam": "\u0d2e\u0d32\u0d2f\u0d3e\u0d33\u0d02\u0d15\u0d4d\u0d30\u0d3f\u0d37\u0d4d\u0d23\u0d41",
    "Sinhala": "\u0dc3\u0dd4\u0db1\u0dd2\u0dbd\u0dca\u0db4\u0dca\u200d\u0dbb\u0db1\u0dcf\u0db1\u0dca",
    "Thai": "\u0e01\u0e32\u0e23\u0e40\u0e21\u0e37\u0e2d\u0e07\u0e44\u0e17\u0e22\u0e48\u0e49\u0e31",
    "Arabic": "\u0643\u062a\u0628\u064e\u0627\u0644\u0645\u0648\u0650\u0637\u0646\u064f\u0631\u064a",
    "Hebrew": "\u05db\u05ea\u05d1\u05b8\u05d4\u05de\u05d3\u05b4\u05d9\u05e0\u05b8\u05d4\u05e8\u05e9",
    "Georgian": "\u10e5\u10d0\u10e0\u10d7\u10e3\u10da\u10d8\u10de\u10e0\u10d4\u10e1\u10d0\u10db\u10d2",
    "Ethiopic": "\u12a0\u12f2\u1235\u12a0\u1260\u1263\u12e8\u12a2\u1275\u12ee\u1335\u12eb\u12ed\u1218",
}
POSITIONS = {
    "headline": lambda run: [run, *STORY],
    "byline": lambda run: [HEADLINE, run, *STORY],
    "paragraph": lambda run: [HEADLINE, *STORY[:2], run, *STORY[2:]],
    "sign-off": lambda run: [HEADLINE, *STORY, run],
}


@pytest.mark.parametrize("script", RUNS)
def test_a_long_run_of_letters_is_cleaned_at_once(script):
    run = (RUNS[script] * 2)[:28]
    for ending in (",", "", " \u0967", "."):
        for where, page in POSITIONS.items():
            start = time.process_time()
            clean(page(run + ending))
            assert time.process_time() - start < 1.0, f"{script} run ending {ending!r} as the {where}"


def test_a_long_story_without_blank_lines_is_cleaned_at_once():
    """A transcript or a report pasted without blank lines: 4,000 lines of one story, each line
    looked up the run for the paragraph introducing its list, to the top (seconds)."""
    lines = [f"Speaker {k % 7} said the committee would return to item {k} after the break, as agreed."
             for k in range(4000)]
    start = time.process_time()
    article = clean_raw("\n".join(["Committee hearing on the water supply, full record", *lines]))
    assert time.process_time() - start < 1.5
    assert "item 2000 after the break" in article.text


@pytest.fixture(scope="module")
def detector_loaded():
    """The language detector's model loaded (a second or two, once), not timed with a page."""
    clean(["Der Gemeinderat hat am Dienstag über den Haushalt beraten, und die Mitglieder waren sich einig."])


@pytest.mark.parametrize("piece", ["[a](", "](", "\\[", "![", "<http://a", "\u00a9 "])
@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_a_line_of_one_mark_repeated_is_cleaned_at_once(piece, kind, detector_loaded):
    """A link's or a copyright's opening repeated along one line: each try of a pattern from
    one of them ran to the line's end and failed, from every one (4,000 took seconds)."""
    start = time.process_time()
    article = clean_raw("\n\n".join([HEADLINE, piece * 4000, *STORY]), kind)
    assert time.process_time() - start < 1.0, repr(piece)
    assert STORY[1] in article.text


def test_a_long_line_that_is_no_prose_does_not_decide_the_language():
    """A Markdown clip's picture inlined as data, a long address or a long row of words on a
    line of its own is the page's longest line but no prose: the page is read as the English it
    is, its story kept."""
    blob = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg" * 40
    story = [*STORY, "The mayor said she expected a final vote before the end of the year, once the changes were made."]
    for kind, line in (("markdown", f"![Council chamber](data:image/png;base64,{blob})"),
                       ("text", "https://example.com/archive?ids=" + "1234567890," * 300),
                       ("text", "Tags: " + "ABC XYZ " * 300)):  # (a row of words without a clause's mark)
        article = clean_raw("\n\n".join(["# " + HEADLINE, "By Jane Doe", story[0], line, *story[1:]]), kind)
        assert article.language == "en", kind
        for sentence in story:
            assert sentence in article.text, kind
