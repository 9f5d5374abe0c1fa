"""A picture's caption written as a plain sentence: the line just above the picture's credit.

Pages print a picture's caption and then its credit ("Photo: Name, AP", "Name/Getty Images",
"Image: Name"). The credit has a shape the cleaner knows in any language; the caption is a
sentence like any other ("Delegates pass a plane at the air show in Dubai, Nov. 18, 2019.").
A sentence or two right above a short credit is that caption; a long paragraph there is the
story's, above a picture that has a credit only.
"""

from __future__ import annotations

from .lines import Line

CREDIT_WORDS = 8  # a credit line: a label and a name or two, an agency
CAPTION_WORDS = 40  # a caption is a sentence or two
CAPTION_BREAKS = 1  # sentence breaks inside a caption, at most


def mark_captions(lines: list[Line]) -> None:
    """Mark the line above each short picture credit as a caption, when it is short enough."""
    for i in range(1, len(lines)):
        line = lines[i]
        if line.shape != "caption" or line.words > CREDIT_WORDS:
            continue
        above = lines[i - 1]
        if above.shape or above.score <= 0 or above.words > CAPTION_WORDS:
            continue
        text = above.text
        if text.count(". ") + text.count("! ") + text.count("? ") > CAPTION_BREAKS:
            continue
        above.shape = "caption"
        above.score = -max(4.0, above.words * 0.5)
