"""Markdown read as Markdown: the cleaned text holds prose, the link targets go to a list.

Headings lose their "#" (and pandoc's "{#id .class}"), block quotes their ">", list items
their bullet; emphasis, strike and code marks go, as do pandoc's spans' braces ("[text]{.class}")
and the backslash before an escaped mark; a link keeps its text and gives its address to ``Article.links`` (a
reference link the address its label's definition gives: "[text][label]", "[text][]",
"[text]"); an image goes altogether (its alt text is a caption). Lines are classified on their raw form (links
and their density are evidence of menus), and only the kept text is rewritten.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?(?:\s*\{[#.][^{}\n]*\})?\s*$")  # (and pandoc's "{#id .class}")
# pandoc's bracketed span, "[Von Katrin Albers]{.author}", and a mark escaped to be itself, "\|"
_SPAN = re.compile(r"\[([^\[\]\n]+)\]\{[#.][^{}\n]*\}")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_QUOTE = re.compile(r"^(?:>\s?)+")
_BULLET = re.compile(r"^[-*+]\s+(?=\S)")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_CODE = re.compile(r"`([^`\n]+)`")
_EMPHASIS = re.compile(
    r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?!\w)")
# (a link's text and address hold no bracket, an autolink's no "<": each try stops at the next
# one, where "[a](" or "\\[" repeated along a line was scanned to its end from every bracket)
_LINK = re.compile(r"(!?)\[([^\[\]\n]*)\](?:\(\s*<?([^)\[\]\s>]*)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)|\[([^\[\]\n]*)\])")
# A reference link's definition ("[ÖBB]: https://www.oebb.at/"), and a shortcut reference
# ("... nach Angaben der [ÖBB] ..."): a link where the file defines the label.
_DEFINITION = re.compile(r"^\[([^\]\n]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*)?$")
_SHORTCUT = re.compile(r"(?<![!\]])\[([^\[\]\n]+)\](?![(\[:])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")


def _unemphasise(text: str) -> str:
    previous = None
    while previous != text:  # nested marks: ***both***, **_this_**
        previous = text
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)
    return text


def definitions(texts) -> dict[str, str]:
    """{label, lower case: address} of the reference links a file defines on lines of their own."""
    found = {}
    for text in texts:
        if text.startswith("[") and (m := _DEFINITION.match(text)):
            found[m.group(1).lower()] = m.group(2)
    return found


def plain_line(text: str, defined: dict[str, str] | None = None) -> tuple[str, list[tuple[str, str, int, int]]]:
    """(text without Markdown marks, [(link text, address, start, end)] with offsets into it).
    defined: the file's reference links (:func:`definitions`), whose labels are links too."""
    if _RULE.match(text) or (text.startswith("[") and _DEFINITION.match(text)):
        return "", []
    m = _HEADING.match(text)
    if m:
        text = m.group(1)
    text = _BULLET.sub("", _QUOTE.sub("", text))
    if "]{" in text:
        text = _SPAN.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _unemphasise(text)
    if defined and "[" in text:  # "[ÖBB]" where the file defines it: "[ÖBB][]", as the link pattern reads it
        text = _SHORTCUT.sub(lambda m: m.group(0) + "[]" if m.group(1).lower() in defined else m.group(0), text)
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
        address = m.group(3) or (defined.get((m.group(4) or label).lower()) if defined and m.group(4) is not None else None)
        if address:
            links.append((label, address, size, size + len(label)))
        size += len(label)
    out.append(text[last:])
    plain = "".join(out)
    if "\\" in plain:  # (after the links: an escaped bracket is no link's)
        plain, links = _unescaped(plain, links)
    stripped = plain.strip()
    if stripped != plain:  # an image removed at either end: offsets move with the left strip
        shift = len(plain) - len(plain.lstrip())
        links = [(t, u, s - shift, e - shift) for t, u, s, e in links]
        plain = stripped
    return plain, links


def _unescaped(plain: str, links: list[tuple[str, str, int, int]]) -> tuple[str, list[tuple[str, str, int, int]]]:
    """plain without the backslashes that escape marks, the links' offsets moved with the text."""
    cuts = [m.start() for m in _ESCAPED.finditer(plain)]
    if not cuts:
        return plain, links
    moved = [(t, u, s - sum(c < s for c in cuts), e - sum(c < e for c in cuts)) for t, u, s, e in links]
    return _ESCAPED.sub(r"\1", plain), moved


def join_markdown(kept: list[tuple[int, str]], defined: dict[str, str] | None = None) -> tuple[str, list[dict]]:
    """Body text and links of kept (line number, raw text) lines: adjacent lines form one paragraph.
    defined: the file's reference links (:func:`definitions`)."""
    paragraphs: list[str] = []
    links: list[dict] = []
    offset = 0  # length of the text so far, separators included
    previous = None
    for number, raw in kept:
        text, found = plain_line(raw, defined)
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
