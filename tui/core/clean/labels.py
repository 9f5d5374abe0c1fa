"""Labelled lines: the same short label before a colon on several lines of one page.

"Les også: <headline>", "Legende: <caption>", "Foto: <name>", "READ MORE | <headline>" are
page furniture in whatever language the page is written: a site puts its label before each
promo, caption or credit, and the text after it reads as a headline, not a sentence. Told
by repetition and shape alone, never by the label's words. Lines that end like a sentence
keep their label (a question and answer, "She added: ..."), as do labels seen once.
"""

from __future__ import annotations

import re
from collections import Counter

from .lines import Line, shaped_score

# One to four words of letters, then a colon or a bar and the labelled text.
_LABEL = re.compile(r"([^\W\d_][^\W\d_ ]{0,24}(?: [^\W\d_]{1,24}){0,3})(?:\s?:|\s\|)\s+\S")
MIN_REPEATS = 2  # distinct lines with the same label


def mark_labels(lines: list[Line]) -> None:
    """Lines after a label the page repeats, that do not read as sentences, are furniture."""
    # text -> its label, for lines that are no sentences (a lead opening with its dateline,
    # "BENGALURU: The city ...", does not make "Bengaluru: <headline>" a label the page repeats)
    found: dict[str, str] = {}
    for line in lines:
        text = line.text
        if (":" in text or "|" in text) and (text.find(":", 0, 50) >= 0 or text.find("|", 0, 50) >= 0) \
                and not line.sentence and text not in found:  # (the first test is the quick one: most lines have neither)
            m = _LABEL.match(text)
            if m:
                found[text] = m.group(1).casefold()
    if len(found) < MIN_REPEATS:
        return
    counts = Counter(found.values())
    for line in lines:
        label = found.get(line.text)
        if label and counts[label] >= MIN_REPEATS and not line.shape:
            line.shape = "boilerplate"
            line.score = min(line.score, shaped_score(line.words))


# "Kessler: Das ist ..." - an answer's speaker before a colon: a name (or a word or two in
# capitals: "ALEX DOE:", "SZ:"), then the answer
_SPEAKER = re.compile(r"([^\W\d_][\w.'\u2019-]*(?: [^\W\d_][\w.'\u2019-]*){0,2})\s*:\s+\S")
ANSWER_SCORE = 8.0  # the answer under a question: a paragraph
QUESTION_WORDS = 4


def mark_interview(lines: list[Line]) -> None:
    """An interviewer's question in a promo's shape ("BLICKPUNKT: Und die Studierenden, die
    jetzt suchen?" - the outlet's name in capitals before it) is the story's when a paragraph
    answers it under another speaker's name ("Kessler: Denen rate ich, ...")."""
    for i in [k for k in range(1, len(lines) - 1) if lines[k].shape == "promo"]:  # (few lines are)
        line, answer = lines[i], lines[i + 1]
        # (under prose: an answer, the standfirst; a first question right under the byline and
        # date stays out, or it would be read as the headline)
        if "?" not in line.text or line.words < QUESTION_WORDS \
                or answer.score < ANSWER_SCORE or lines[i - 1].score <= 0:
            continue
        asker, speaker = _SPEAKER.match(line.text), _SPEAKER.match(answer.text)
        if asker and speaker and asker.group(1).lower() != speaker.group(1).lower():
            line.shape, line.score = None, float(line.words)
