"""A saved page's visible lines, one a block as a browser lays them out; which are links, captions.

The lines are what the raw view shows and what the plain-text cleaner reads. A line whose
text is nearly all link text ("Read more: ...", "MORE: ...", "Les også: ...", a related
story's headline, "Subscribe now!") points away from the story, in any language; a line
shown only inside a ``<figure>``, or inside a short element whose class names a caption, a
credit or a copyright, is a caption or a picture credit. The body drops both.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field

BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "header",
          "footer", "nav", "aside", "figure", "figcaption", "blockquote", "ul", "ol", "table", "form", "title")
CAPTION_WORDS = 60  # a caption element longer than this is a layout box named after one
_CAPTION_CLASS = re.compile(r"caption|credit|copyright|sr-only|visually-?hidden|screen-?reader|offscreen|"
                            r"element-invisible", re.I)
LINKED = 0.8  # share of a line's letters inside links at which it is a link, not prose
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks around link text, gone before anyone sees a line
_MARKS = re.compile(f"([{_OPEN}{_CLOSE}])")
_LOCAL = threading.local()


def parse(html: str):
    """The page's lxml tree (comments dropped), or None where lxml cannot read it."""
    try:
        from lxml import html as lxml_html

        return lxml_html.document_fromstring(html, parser=_parser())
    except Exception:  # an empty page, an XML declaration in a str, broken bytes: no tree
        return None


def _parser():
    """One parser a thread: lxml parsers keep state while they parse."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        from lxml import html as lxml_html

        parser = _LOCAL.parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    return parser


@dataclass
class PageLines:
    lines: list[str] = field(default_factory=list)
    linked: set[str] = field(default_factory=set)  # lines that are links (:data:`LINKED`)
    captions: set[str] = field(default_factory=set)  # lines shown only in figures, captions, screen-reader text


def visible_lines(html) -> list[str]:
    """The page's text lines (cheap, no layout). html: the page's text, or its tree from
    :func:`parse` (which this changes)."""
    return read_lines(html).lines


def read_lines(html) -> PageLines:
    """The page's text lines, and which of them are links and captions."""
    tree = parse(html) if isinstance(html, str) else html
    if tree is None:
        return PageLines()
    try:
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        for link in tree.iter("a"):
            if (link.get("href") or "").startswith("#"):
                continue  # a table of contents: its entries point into the story
            link.text = _OPEN + (link.text or "")
            link.tail = _CLOSE + (link.tail or "")
        for block in tree.iter(*BLOCKS):  # one line per block, as a browser lays them out
            block.tail = "\n" + (block.tail or "")
        text = tree.text_content()
        figures = [el.text_content() for el in tree.iter("figure", "figcaption")
                   if next(el.iterancestors("figure", "figcaption"), None) is None]
        figures += _captions(tree)
    except Exception:  # a tree lxml cannot walk: nothing to list
        return PageLines()
    lines, linked = _split(text)
    return PageLines(lines, linked, _only_in(figures, lines) if figures else set())


def _captions(tree) -> list[str]:
    """The texts of short elements a class names a caption or a picture credit ("bi-image__
    caption-wrapper", "image-credit", "copyright"), outside figures: pages put them next to
    the picture as often as inside its <figure>; and of text for screen readers only
    ("sr-only", "visually-hidden": "Box aufklappen", "Article content"), which no one sees."""
    out = []
    for el in tree.xpath("//*[@class]"):
        if _CAPTION_CLASS.search(el.get("class")) and next(el.iterancestors("figure", "figcaption"), None) is None:
            content = el.text_content()
            if len(content.split()) <= CAPTION_WORDS:
                out.append(content)
    return out


def _only_in(figures: list[str], lines: list[str]) -> set[str]:
    """The lines every showing of which is inside a figure."""
    inside = Counter(line for figure in figures for line in _split(figure)[0])
    everywhere = Counter(line for line in lines if line in inside)
    return {line for line, n in inside.items() if n >= everywhere[line]}


def _split(text: str) -> tuple[list[str], set[str]]:
    """Lines without the marks, and the lines mostly inside them (links may span lines); a
    line the page also shows outside a link (a subheading a contents box links to) is not."""
    lines: list[str] = []
    linked: set[str] = set()
    unlinked: set[str] = set()
    depth = 0
    parts: list[str] = []
    letters = inside = 0
    for piece in _MARKS.split(text):
        if piece == _OPEN:
            depth += 1
            continue
        if piece == _CLOSE:
            depth = max(0, depth - 1)
            continue
        chunks = piece.split("\n")
        for i, chunk in enumerate(chunks):
            if i:  # a line ends
                _close_line(parts, letters, inside, lines, linked, unlinked)
                parts, letters, inside = [], 0, 0
            if chunk:
                parts.append(chunk)
                count = len("".join(chunk.split()))
                letters += count
                inside += count if depth else 0
    _close_line(parts, letters, inside, lines, linked, unlinked)
    return lines, linked - unlinked


def _close_line(parts: list[str], letters: int, inside: int, lines: list[str], linked: set[str],
                unlinked: set[str]) -> None:
    line = "".join(parts).strip()
    if line:
        lines.append(line)
        (linked if inside >= LINKED * letters else unlinked).add(line)
