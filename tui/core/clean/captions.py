"""A picture's caption written as a plain sentence: the line just above the picture's credit.

Pages print a picture's caption and then its credit ("Photo: Name, AP", "Name/Getty Images",
"Image: Name"). The credit has a shape the cleaner knows in any language; the caption is a
sentence like any other ("Delegates pass a plane at the air show in Dubai, Nov. 18, 2019.").
A sentence or two right above a short credit is that caption; a long paragraph there is the
story's, above a picture that has a credit only. On a page copied without blank lines between
its paragraphs a credit-only picture is as likely as a captioned one, so there the line above
the credit is left as it is. A credit that names its picture as the page's main one ("Main
image credit: Getty", "Titelbild: dpa") belongs to the picture over the headline, not to the
line above it.
"""

from __future__ import annotations

import re

from .lines import Line, shaped_score
from .title import caption_label, label_alone

CREDIT_WORDS = 8  # a credit line: a label and a name or two, an agency
LABEL_WORDS = 3  # a caption's label alone on its line ("Image caption,", "Bayanan hoto,")
_LABEL_ENDS = frozenset(",:\u060c\uff0c\uff1a")
CAPTION_WORDS = 40  # a caption is a sentence or two
CAPTION_BREAKS = 1  # sentence breaks inside a caption, at most
UNENDED_WORDS = 6  # a caption without a full stop, at least
_TABLOID_LABEL = re.compile(r"[^\s:!]+(?: [^\s:!]+){0,2}[:!] ")  # "Engaged! ", "Happy couple: "
# The page's main picture named in its credit: "Main image credit: ...", "Top photo: ...".
_MAIN_PICTURE = re.compile(r"\W*(?:(?:main|top|header|featured|lead|cover|hero|title)\s+(?:image|photo|picture|pic)\b|"
                           r"titelbild|aufmacher(?:bild|foto)|image principale|photo principale|imagen principal|"
                           r"foto principal|immagine principale|foto di copertina)", re.I)
_OWN_CAPTION = re.compile(r"\w{4,}[.!?]\s+\S")  # a sentence ends before the credit
SPACED_PROSE = 0.5  # share of the prose lines with a blank line above them on a page that spaces paragraphs


# A commissioned photographer's credit on its own line: "NAME for OUTLET" ("Marcus Lintz for
# Keystone Business"). Headlines and menu items have the same shape ("Sign Up for Our
# Newsletter"); a credit sits under its caption, a sentence.
_COMMISSIONED = re.compile(r"(?:[A-Z][\w'\u2019.-]+ ){1,2}[A-Z][\w'\u2019-]+ for (?:the |The )?[A-Z][\w'\u2019&-]+(?: [A-Z][\w'\u2019&-]+){0,4}")
COMMISSIONED_WORDS = (4, 10)  # such a credit's words: two or three of a name, "for", the outlet's


def mark_commissioned(lines: list[Line]) -> None:
    """Mark each commissioned photographer's credit under a sentence as a credit ("caption"),
    so that :func:`mark_captions` finds the caption above it."""
    low, high = COMMISSIONED_WORDS
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if line.shape is None and low <= line.words <= high and " for " in line.text and not line.sentence \
                and above.sentence and above.score > 0 and _COMMISSIONED.fullmatch(line.text):
            line.shape = "caption"
            line.score = shaped_score(line.words)


def mark_captions(lines: list[Line]) -> None:
    """Mark the line above each short picture credit as a caption, when it is short enough;
    and the line under a caption's label alone ("Bayanan hoto," / the caption)."""
    for i in range(len(lines) - 1):
        line, under = lines[i], lines[i + 1]
        if line.shape == "caption" and line.words <= LABEL_WORDS and line.text[-1:] in _LABEL_ENDS \
                and under.shape is None and under.words <= CAPTION_WORDS and caption_label(line.text):
            under.shape = "caption"
            under.score = shaped_score(under.words)
        elif line.words <= 2 and under.shape is None and (m := label_alone(line.text)) \
                and under.words <= (CREDIT_WORDS if m.group(1) else CAPTION_WORDS):
            # "Credit" / "NAME for OUTLET", "Image caption" / its text: the label alone over them
            for credit in (line, under):
                credit.shape, credit.score = "caption", shaped_score(credit.words)
    # (the credit's shape asked first, here: most lines are no credit, and a call a line cost more)
    found = [i for i in range(1, len(lines))
             if lines[i].shape == "caption" and (_caption_above(lines, i) or _said_again(lines, i))]
    if found and not _spaced(lines):  # (a labelled phrase over a credit is its caption on any page)
        found = [i for i in found if _labelled_phrase(lines[i - 1])]
    for i in found:
        above = lines[i - 1]
        above.shape = "caption"
        above.score = shaped_score(above.words)


def _caption_above(lines: list[Line], i: int) -> bool:
    """Whether lines[i], a credit, is short and has a sentence or two above it."""
    line, above = lines[i], lines[i - 1]
    if line.words > CREDIT_WORDS or _MAIN_PICTURE.match(line.text) or _OWN_CAPTION.search(line.text):
        return False  # (a credit after a caption of its own: "Zdjęcie ilustracyjne. Fot. Adobe Stock")
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is not None and (caption_label(below.text) or below.shape == "caption" and "\uff1d" in below.text):
        # the credit over its labelled caption ("Image source, AFP" / "Image caption, ..."), a
        # picture's label over its caption ("写真・図版" / "...＝DATE, NAME撮影")
        return False
    if above.shape or above.words > CAPTION_WORDS:
        return False
    # (a tabloid's caption opens with a label and need not end like a sentence, "Engaged! NAME,
    # 29, showed off her ring", "Bling: The diamond is ...": a phrase that neither builds nor
    # breaks the story; an unlabelled one over a credit may be the story's subheading)
    if above.score < 0 or (above.score == 0 and not _labelled_phrase(above)):
        return False
    text = above.text
    return text.count(". ") + text.count("! ") + text.count("? ") <= CAPTION_BREAKS


def _labelled_phrase(line: Line) -> bool:
    """A tabloid's caption: a label, then a phrase that does not end like a sentence."""
    return not line.sentence and line.words >= UNENDED_WORDS and _TABLOID_LABEL.match(line.text) is not None


_SHOWS = re.compile(r"(?:photo|image) shows\s+", re.I)


def _said_again(lines: list[Line], i: int) -> bool:
    """lines[i] says the caption above it again for a screen reader: "Photo shows " and the same words."""
    said = _SHOWS.match(lines[i].text)
    return said is not None and lines[i].text[said.end():] == lines[i - 1].text


def _spaced(lines: list[Line]) -> bool:
    """Whether most of the page's prose lines have a blank line above them."""
    return mostly_spaced(lines, [i for i in range(1, len(lines)) if lines[i].score > 0])


def mostly_spaced(lines: list[Line], prose: list[int]) -> bool:
    """Whether at least SPACED_PROSE of the lines at the indices prose (none the first) have a
    blank line above them."""
    return sum(lines[i - 1].number < lines[i].number - 1 for i in prose) >= SPACED_PROSE * len(prose)
