"""Hard-wrapped text read as paragraphs: a page saved by a tool that breaks lines at a width.

pandoc (72 columns), html2text (78), lynx and w3m dumps, e-mail, and Markdown written in an
editor put each paragraph on several lines. The cleaner scores lines, and a paragraph's pieces
look like a menu's or a list's lines (not one ends like a sentence), so they would be lost:
such a page is read with each paragraph joined into one line first.

A line was broken by the tool when the next line's first word would not have fitted on it:
the page's width is one of its longest lines' lengths (a heading or a footer the tool left
whole may be longer), the one at which that holds for about as many lines as at any, and the
page counts as wrapped when the sentence goes on in lower case after several such breaks. A
line a little short of the width that stops mid-phrase goes on too (wrapped by hand, or a tab
counted as one column). Menus, labels and the last line of a paragraph are short, and stay
lines of their own. Text pasted from a browser has paragraphs longer than any tool's width,
and is left as it is, but for a drop cap: a paragraph's first letter floated beside it is
copied as a line of its own, and is joined back onto its paragraph.
"""

from __future__ import annotations

import re
from itertools import islice

from .vocabulary import ends_like_sentence

MIN_WIDTH, MAX_WIDTH = 40, 120  # the widths tools and editors wrap at
MIN_BREAKS = 5  # breaks at the width a page needs to count as wrapped...
MIN_LOWER = 4  # ...of which this many go on in lower case (none do on 210 unwrapped pages)...
BREAK_SHARE = 0.5  # ...or in a script without cases, where this share of its lines of about that width are breaks
LONGER = 2  # lengths of lines with a space beyond the width a wrapped page may have (a heading, a table's row)
NEARLY = 0.8  # the share of the most breaks any of those widths gives that the page's own width gives
NEAR = 25  # a line this close to the width may be a broken one
FUZZ = 12  # a line this close to the width that ends mid-sentence goes on on the next
SMALL_WORD = 4  # ...as it does after a word this short in lower case ("and", "the", "of")
# A byline under a headline that nearly fills the width opens a line of its own.
_BYLINE_STARTS = ("By ", "BY ", "Von ", "VON ", "Par ", "PAR ", "Por ", "POR ", "Door ", "Av ", "Af ", "Di ")
# Chinese and Japanese (Korean puts spaces between words)
_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
# Lines that open a block of their own in Markdown, and in most plain-text dumps: a heading,
# a quote, a list item, a table row, a fence.
_BLOCK_START = re.compile(r"(?:#{1,6}\s|>|[-*+]\s|\d{1,3}[.)]\s|\||```|~~~)")


def _first_word(text: str) -> int:
    space = text.find(" ")
    return len(text) if space < 0 else space


def _breaks(lengths: list[int], texts: list[str], width: int) -> tuple[int, int, int]:
    """(how many lines end where the next line's first word would not have fitted, how many of
    those the next line goes on in lower case, and how many in a letter without case)."""
    found = [texts[i + 1][:1] for i in range(len(texts) - 1) if _broken(texts[i], texts[i + 1], lengths[i], width)]
    lower = sum(1 for c in found if c.islower())
    return len(found), lower, sum(1 for c in found if c.isalpha() and not c.isupper() and not c.islower())


def _broken(text: str, following: str, length: int, width: int) -> bool:
    """text (length long, its indent aside) was broken at width: following's first word would not
    have fitted. A line of prose broken by a tool has words (a line of a script without spaces
    has none: it is not read as wrapped)."""
    return bool(following) and " " in text and length <= width < length + 1 + _first_word(following)


def _run_on(text: str, following: str, length: int, width: int) -> bool:
    """text, near the width and not ending like a sentence, goes on on the next line: a break
    by a hand or a tool that wrapped a little short ("... dropped to less than two miles, and" /
    "several flights were delayed.")."""
    if not (width - FUZZ <= length <= width and " " in text and following[:1].isalnum()) or ends_like_sentence(text):
        return False
    # ...in lower case, or after a comma or a small word ("Colorado and" / "Wyoming ..."): not a
    # headline over its byline
    last = text.rsplit(" ", 1)[-1]
    return following[:1].islower() or text.endswith(",") or (last.islower() and len(last) <= SMALL_WORD)


def wrap_width(texts: list[str]) -> int | None:
    """The width the page was wrapped at, or None when it was not wrapped. texts: the page's
    lines stripped, measured without their indent (lynx indents every line alike, wire copy
    the first line of a paragraph, with a tab that is one column to some tools and eight to
    others)."""
    # Most pages have paragraphs longer than any width (a line of prose has a space): found
    # without measuring the rest.
    longer = (text for text in texts if len(text) > MAX_WIDTH and " " in text)
    if next(islice(longer, LONGER, None), None) is not None:  # (the first LONGER + 1 of them, not all)
        return None
    lengths = list(map(len, texts))
    spaced = sorted({n for n, text in zip(lengths, texts) if n <= MAX_WIDTH and " " in text}, reverse=True)
    if not spaced or spaced[0] < MIN_WIDTH:
        return None
    # The width is one of the longest lengths of lines with a space (lines of at most LONGER
    # other lengths may be longer: a heading the tool leaves whole, a footer it wrapped on its
    # own): the longest at which nearly as many lines were broken as at any (a width a little
    # under the true one breaks as many, and leaves the lines as long as the true one whole).
    tried = [(width, _breaks(lengths, texts, width)) for width in spaced[:LONGER + 1] if width >= MIN_WIDTH]
    most = max(found[0] for _, found in tried)
    width, (breaks, lower, caseless) = next((w, found) for w, found in tried if found[0] >= NEARLY * most)
    if breaks < MIN_BREAKS:
        return None
    # A sentence going on in lower case on the next line is the sign of a break (a menu's and a
    # list's lines start with capitals); in a script without cases, that most lines of about
    # the width followed by another were broken.
    if lower >= MIN_LOWER:
        return width
    if caseless < MIN_LOWER:
        return None
    near = sum(1 for i in range(len(texts) - 1) if texts[i + 1] and width - NEAR < lengths[i] <= width)
    return width if breaks >= BREAK_SHARE * near else None


def _joins(text: str, following: str) -> str:
    """What goes between a broken line and the next: nothing after a word broken at its hyphen
    ("well-" / "known") or between two Chinese or Japanese characters, else a space."""
    if text.endswith("-") and text[-2:-1].isalpha() and following[:1].isalpha():
        return ""
    if _UNSPACED.match(text[-1:]) and _UNSPACED.match(following[:1]):
        return ""
    return " "


def paragraphs(texts: list[str]) -> tuple[list[str], dict[int, list[int]]] | None:
    """(texts with each broken paragraph joined on its first line and its other lines left
    blank, {first line's number: the other lines' numbers}), or None when the page was not
    wrapped. texts: the page's lines, stripped. Line numbers are 1-based, as
    :class:`.lines.Line`'s."""
    width = wrap_width(texts)
    if width is None:
        return None
    lengths = list(map(len, texts))
    out = list(texts)
    joined: dict[int, list[int]] = {}
    head = None
    for i in range(len(texts) - 1):
        text, following = texts[i], texts[i + 1]
        if not (_broken(text, following, lengths[i], width) or _run_on(text, following, lengths[i], width)) \
                or _BLOCK_START.match(following) or following.startswith(_BYLINE_STARTS):
            head = None
            continue
        if head is None:
            head = i
            joined[head + 1] = []
        out[head] += _joins(out[head], following) + following
        out[i + 1] = ""
        joined[head + 1].append(i + 2)
    return out, joined


DROP_CAP_WORDS = 8  # the paragraph a drop cap opens: prose, not a label under a letter


def drop_caps(texts: list[str], joined: dict[int, list[int]]) -> None:
    """Join a paragraph's first letter printed apart back onto it, in texts and joined (as
    :func:`paragraphs` gives them): a drop cap floated beside the paragraph is copied as a line
    of its own ("J" / "anet Kessler keeps a steel block ..."), a blank line between at most."""
    for i in [i for i, text in enumerate(texts) if len(text) == 1]:
        k = i + 1 if i + 1 < len(texts) and texts[i + 1] else i + 2
        if k >= len(texts) or not texts[i].isupper():
            continue
        following = texts[k]
        if following[:1].islower() and len(following.split(None, DROP_CAP_WORDS)) > DROP_CAP_WORDS:
            texts[i] += following
            texts[k] = ""
            joined[i + 1] = [k + 1, *joined.pop(k + 1, [])]


def pieces(raw: str, joined: dict[int, list[int]]) -> dict[int, list[tuple[int, str]]]:
    """{a joined line's number: (number, stripped raw text) of each raw line it was made of}."""
    raw_lines = raw.split("\n")
    return {head: [(n, raw_lines[n - 1].strip()) for n in (head, *rest)] for head, rest in joined.items()}


def joined_overrides(texts: dict[int, str], parts: dict[int, list[tuple[int, str]]], keep: frozenset[str],
                     drop: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """keep and drop with each joined line (texts: by number) that has a raw line in them:
    the analyst keeps or drops a raw line, and the paragraph it is part of goes with it."""
    add_keep, add_drop = set(), set()
    for head, made_of in parts.items():
        found = {text for _, text in made_of}
        if not found.isdisjoint(drop):
            add_drop.add(texts[head])
        elif not found.isdisjoint(keep):
            add_keep.add(texts[head])
    return keep | add_keep, drop | add_drop


def per_raw_line(removed: list, parts: dict[int, list[tuple[int, str]]]) -> list:
    """removed with a record for each raw line of a joined line: the raw view marks every
    line of a removed paragraph, each with its own text."""
    out = []
    for record in removed:
        made_of = parts.get(record.line)
        if made_of is None:
            out.append(record)
        else:
            out.extend(type(record)(n, text, record.reason) for n, text in made_of)
    return out
