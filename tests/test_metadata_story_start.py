"""The story's start when the body block opens with other stories' cards.

Lines written for the test: a list of cards (a section, a headline, a one-sentence teaser)
that the body block took in, then the story's headline, "By NAME", its date and its
paragraphs. The metadata reader starts the story under that byline, so the headline, byline
and date are the story's; with a byline above the block, or the byline near the block's top,
the block is the story from its top.
"""

from __future__ import annotations

from tui.core.clean import metadata
from tui.core.clean.measure import measured_lines

CARDS = []
for n, (section, head) in enumerate([("Malaysia", "Helmets handed out free at the anniversary fair in the capital"),
                                     ("World", "Police arrest dozens in raids on gambling dens across three states"),
                                     ("Sports", "Mixed doubles pair book their tickets to the finals in China"),
                                     ("Malaysia", "Hundreds queue for cut-price traffic fines on the first day"),
                                     ("Singapore", "Court hears appeal of man accused of assaulting an elderly woman")]):
    CARDS += [f"{section} / {n + 2} h ago", head,
              f"The {n + 1}th teaser says in one long sentence what the other story is about and why it matters today."]
STORY = ["Companies did not pay for the minister's trips abroad, spokesman says",
         "A file photograph shows the spokesman speaking at a press conference in Putrajaya.", "By Jane Doe",
         "Friday, 22 Nov 2024 4:55 PM MYT",
         "PUTRAJAYA, Nov 22 — Private companies did not pay for the minister's trips abroad, the spokesman said today.",
         "He said the government still covered the cost of the delegation while companies paid their own way."]


def lines_of(texts: list[str]):
    return measured_lines("\n".join(texts))[1]


def test_story_starts_under_its_byline_past_the_cards():
    lines = lines_of([*CARDS, *STORY])
    start = metadata._body_start(lines, 0, len(lines))
    assert lines[start].text == STORY[4]
    meta = metadata.extract(lines, 0, len(lines))
    assert meta.title == STORY[0]
    assert meta.byline == "Jane Doe"
    assert meta.published == "2024-11-22T16:55"


def test_a_byline_above_the_block_keeps_its_top():
    lines = lines_of(["By Jane Doe", *CARDS, *STORY])
    assert metadata._body_start(lines, 1, len(lines)) == 1 + next(
        i for i, text in enumerate(CARDS) if text.endswith("matters today."))


def test_a_byline_near_the_top_is_read_as_before():
    # One card above the story: the headline over its byline is found as it was, and the
    # reader's start is not moved down to the paragraph under the byline.
    lines = lines_of([*CARDS[:3], *STORY])
    assert metadata._body_start(lines, 0, len(lines)) < 3 + 4
    assert metadata.extract(lines, 0, len(lines)).title == STORY[0]
