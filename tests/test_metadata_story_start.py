"""The story's start when the body block opens with other stories' cards.

Lines written for the test: a list of cards (a section, a headline, a one-sentence teaser)
that the body block took in, then the story's headline, "By NAME", its date and its
paragraphs. The metadata reader starts the story under that byline, so the headline, byline
and date are the story's; with a byline above the block, or the byline near the block's top,
the block is the story from its top. A question over a long standfirst over its byline is the
headline there too; two sentences ending in a question are a standfirst.
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


# Cards with a summary of one long line (no full stop) and the author's bare name under it,
# then the story's header: a question for a headline, a standfirst with no full stop either
# (longer than a headline over a byline ever is).
CARDS_UNSIGNED = []
for head, who in [("Floods in the delta: farmers left alone with the damage", "Laura Field"),
                  ("Abortion ban in the islands: women die of dangerous pills", "Rebecca Stone")]:
    CARDS_UNSIGNED += [head, f"In the islands the rules on {head.split()[0].lower()} are among the strictest in the "
                             "world and for most people who live there the only choice left is an unsafe one", who]
QUESTION = ["Guest of honour at the book fair: what do the islands read?",
            "The islands are the guest of honour at the book fair this year and a nation of readers and "
            "of people who cannot read at all shows the fair what it reads and writes",
            "By Leonard Laber", "19.10.2025",
            "Early on Sunday the tarmac still shines wet, it rained in the night and the islands read on.",
            "The book fair invited the islands two years ago, and the publishers of the islands read the list."]


def test_a_question_over_a_standfirst_over_its_byline_is_the_headline():
    lines = lines_of([*CARDS_UNSIGNED, *QUESTION])
    meta = metadata.extract(lines, 0, len(lines))
    assert meta.title == QUESTION[0]
    assert meta.byline == "Leonard Laber"
    assert meta.published == "2025-10-19"


def test_two_sentences_over_a_byline_are_a_standfirst_not_the_headline():
    # "... ended. What is left?" opening the block over its byline closes a summary; the
    # headline is the line over the date above the block.
    head = "Inquiry into the flood: two resignations and many open questions"
    summary = "The inquiry sat for the last time this week and heard its last witness. What is left of the case?"
    lines = lines_of(["Home", "News", head, "Updated: 28.04.2023 17:23", summary, "Reporter: Christine Jordan",
                      "Forty sittings, six thousand pages and two hundred witnesses: the inquiry into the flood "
                      "has heard its case, and the report is due in the summer.", *QUESTION[4:]])
    meta = metadata.extract(lines, 4, len(lines))
    assert meta.title == head
