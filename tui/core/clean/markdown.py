"""Markdown read as Markdown: the cleaned text holds prose, the link targets go to a list.

Headings lose their "#", block quotes their ">", list items their bullet; emphasis, strike
and code marks go; a link keeps its text and gives its address to ``Article.links``; an image
goes altogether (its alt text is a caption). Lines are classified on their raw form (links
and their density are evidence of menus), and only the kept text is rewritten.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_QUOTE = re.compile(r"^(?:>\s?)+")
_BULLET = re.compile(r"^[-*+]\s+(?=\S)")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_CODE = re.compile(r"`([^`\n]+)`")
_EMPHASIS = re.compile(
    r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?!\w)")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\](?:\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")


def _unemphasise(text: str) -> str:
    previous = None
    while previous != text:  # nested marks: ***both***, **_this_**
        previous = text
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)
    return text


def plain_line(text: str) -> tuple[str, list[tuple[str, str, int, int]]]:
    """(text without Markdown marks, [(link text, address, start, end)] with offsets into it)."""
    if _RULE.match(text):
        return "", []
    m = _HEADING.match(text)
    if m:
        text = m.group(1)
    text = _BULLET.sub("", _QUOTE.sub("", text))
    text = _CODE.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _unemphasise(text)
    out: list[str] = []
    links: list[tuple[str, str, int, int]] = []
    size, last = 0, 0
    for m in _LINK.finditer(text):
        before = text[last:m.start()]
        out.append(before)
        size += len(before)
        last = m.end()
        if m.group(1):  # an image: no prose in it
            continue
        label = m.group(2)
        out.append(label)
        if m.group(3):
            links.append((label, m.group(3), size, size + len(label)))
        size += len(label)
    out.append(text[last:])
    plain = "".join(out)
    stripped = plain.strip()
    if stripped != plain:  # an image removed at either end: offsets move with the left strip
        shift = len(plain) - len(plain.lstrip())
        links = [(t, u, s - shift, e - shift) for t, u, s, e in links]
        plain = stripped
    return plain, links


def join_markdown(kept: list[tuple[int, str]]) -> tuple[str, list[dict]]:
    """Body text and links of kept (line number, raw text) lines: adjacent lines form one paragraph."""
    paragraphs: list[str] = []
    links: list[dict] = []
    offset = 0  # length of the text so far, separators included
    previous = None
    for number, raw in kept:
        text, found = plain_line(raw)
        if not text:
            continue
        if paragraphs and previous is not None and number == previous + 1:
            paragraphs[-1] += "\n" + text
            start = offset + 1
        else:
            start = offset + (2 if paragraphs else 0)
            paragraphs.append(text)
        links.extend({"text": t, "url": u, "start": start + s, "end": start + e} for t, u, s, e in found)
        offset = start + len(text)
        previous = number
    return "\n\n".join(paragraphs), links
