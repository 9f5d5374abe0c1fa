"""What a saved page says about itself: JSON-LD, OpenGraph and meta tags, <time>, <h1>, <title>.

Publishers describe the story for search engines and social networks in the page's head:
a JSON-LD object of an article type (alone, in a list, or in an ``@graph``; its ``author``
a string, an object, or a list of either, a person or an organisation), OpenGraph and
Twitter cards, ``article:published_time`` and the older ``author``/``date``/Dublin Core
tags. These are read once from the parsed page into :class:`PageMeta`; which value wins
for title, date and author is :mod:`.html_pick`'s job.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field

_ARTICLE_TYPE = re.compile(r"article|posting|report|blog", re.I)
_SPACE = re.compile(r"\s+")
_HOME = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w+)?$", re.I)  # "/", "https://site.example/"
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});", re.I)
# class, itemprop or rel of an element holding the byline, named in English or, as a whole part of
# the name, in the page's language ("firma__autor", "article-auteur", "autore")
_AUTHOR_MARK = re.compile(r"author|byline|(?:^|[\s_-])(?:autor|autore|auteur|firma|verfasser)(?:$|[\s_-])", re.I)
_EMPHASIS = ("strong", "b", "em", "i")
_PICTURE_MARK = re.compile(r"foto|photo|image|bild|picture", re.I)  # ...not a picture's author ("autor-foto")
AUTHOR_MARK_WORDS = 12  # longer: an author's box with a biography, not a byline
# ...or a link to the author's page: "<a href="/auteurs/thomas-reynaud">Thomas Reynaud</a>"
AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:es|en|in|i|e)?|auteurs?|journalists?|journalisten|redakteur(?:in|e)?)"
                          r"/[^/?#]+/?(?:[?#]|$)", re.I)
_MENU_CLASS = re.compile(r"menu|nav", re.I)
_CONTROL = re.compile(r"[\x00-\x1f]")  # raw newlines and tabs inside JSON strings break json.loads


def _in_menu(link) -> bool:
    """The link is a menu's item ("Columnists" / "Josh Brodesky" in the site's menu), not a byline's."""
    return any(el.tag in ("nav", "footer", "aside", "li") or _MENU_CLASS.search(el.get("class") or "")
               for el in link.iterancestors())


@dataclass
class Author:
    name: str
    organisation: bool = False


@dataclass
class PageMeta:
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property/itemprop -> content
    ld_headline: str | None = None
    ld_published: str | None = None
    ld_modified: str | None = None
    ld_authors: list[Author] = field(default_factory=list)
    ld_publisher: str | None = None
    times: list[tuple[str, str]] = field(default_factory=list)  # (datetime attribute, markers: class, itemprop)
    h1: list[str] = field(default_factory=list)
    title: str | None = None
    author_marks: list[str] = field(default_factory=list)  # short texts of elements marked author/byline
    signed: list[str] = field(default_factory=list)  # short paragraphs wholly in bold or italics

    def tag(self, *names: str) -> str | None:
        """The first of the named meta tags the page has, with text in it."""
        for name in names:
            value = self.meta.get(name)
            if value:
                return value
        return None


def text(value) -> str:
    """A value from a page's head as one clean line: entities decoded (twice where the page
    escaped them twice: "Mayor&amp;#8217;s"), whitespace joined."""
    value = html_lib.unescape(str(value))
    if "&" in value and _ENTITY.search(value):
        value = html_lib.unescape(value)
    return _SPACE.sub(" ", value).strip()


def read_page_meta(tree) -> PageMeta:
    """Everything the page's markup says about the story (tree: an lxml HTML tree, unchanged)."""
    page = PageMeta()
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and content.strip() and key not in page.meta:
            page.meta[key] = text(content)
    for obj in _ld_objects(tree):
        _read_ld(obj, page)
    for el in tree.iter("time"):
        stamp = el.get("datetime")
        if stamp:
            markers = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("pubdate") is not None and "pubdate",
                                             (el.getparent().get("class") if el.getparent() is not None else None))))
            page.times.append((stamp.strip(), markers.lower()))
    page.h1 = [line for line in (_heading(el) for el in tree.iter("h1") if not _logo(el)) if line]
    found = next(tree.iter("title"), None)
    page.title = text(found.text_content()) if found is not None else None
    page.author_marks = _author_marks(tree)
    page.signed = _emphasised(tree)
    return page


def _emphasised(tree) -> list[str]:
    """The short paragraphs that are one bold or italic element and nothing else: subheadings,
    or a signature (:mod:`.html_signed`)."""
    out = []
    for paragraph in tree.iter("p"):
        children = list(paragraph)
        if (len(children) == 1 and children[0].tag in _EMPHASIS and not (paragraph.text or "").strip()
                and not (children[0].tail or "").strip()):
            line = text(paragraph.text_content())
            if line and len(line.split()) <= AUTHOR_MARK_WORDS:
                out.append(line)
    return out


def _author_marks(tree) -> list[str]:
    """The texts of short elements the page marks as its author or byline ("article__author",
    itemprop="author", rel="author"), in page order, each once."""
    marked = [el for el in tree.xpath("//body//*[@class or @itemprop or @rel or @href]")
              if el.tag not in ("script", "style") and ((_AUTHOR_MARK.search(names := " ".join(
                  filter(None, (el.get("class"), el.get("itemprop"), el.get("rel"))))) and not _PICTURE_MARK.search(names))
                  or (el.tag == "a" and AUTHOR_PAGE.search(el.get("href") or "") and not _in_menu(el)))]
    inner = {id(el) for el in marked}
    outer = {id(parent) for el in marked for parent in el.iterancestors() if id(parent) in inner}
    out: list[str] = []
    for el in marked:
        if id(el) in outer:  # "By Jane Doe" and "Associated Press" each marked inside one byline box
            continue
        line = _heading(el)
        if line and len(line.split()) <= AUTHOR_MARK_WORDS and line not in out:
            out.append(line)
    return out


def _heading(h1) -> str:
    """The element's text, a space where two elements' words meet ("<span>Sport</span><span>
    Liverpool lose</span>" is "Sport Liverpool lose", not "SportLiverpool lose")."""
    out = ""
    for piece in h1.itertext():
        if out and piece and out[-1].isalnum() and piece[0].isalnum():
            out += " "
        out += piece
    return text(out)


def _logo(h1) -> bool:
    """An <h1> that links to the home page, or sits in such a link, is the site's name."""
    links = [*h1.iterancestors("a"), *h1.iter("a")]
    return any(_HOME.match(href) for href in ((link.get("href") or "").strip() for link in links) if href)


def _ld_objects(tree) -> list[dict]:
    """The JSON-LD objects of the page, flattened out of lists, ``@graph`` and ``mainEntity``."""
    out: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip().removeprefix("<!--").removesuffix("-->")
        try:
            data = json.loads(_CONTROL.sub(" ", raw))
        except (ValueError, RecursionError):
            continue  # a broken block says nothing (nor one nested deeper than the parser goes)
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                out.append(item)
                for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                    if isinstance(item.get(key), (list, dict)):
                        stack.append(item[key])
    return out


def _types(obj: dict) -> str:
    kind = obj.get("@type")
    return " ".join(map(str, kind)) if isinstance(kind, list) else str(kind or "")


def _read_ld(obj: dict, page: PageMeta) -> None:
    """Fields of the first article-typed object that has them (a page may describe its
    website, breadcrumbs and videos too: their names are not the story's)."""
    if not _ARTICLE_TYPE.search(_types(obj)):
        return
    if page.ld_headline is None and obj.get("headline"):
        page.ld_headline = text(obj["headline"])
    if page.ld_published is None and obj.get("datePublished"):
        page.ld_published = text(obj["datePublished"])
    if page.ld_modified is None and obj.get("dateModified"):
        page.ld_modified = text(obj["dateModified"])
    if not page.ld_authors and obj.get("author"):
        page.ld_authors = authors(obj["author"])
    publisher = obj.get("publisher")
    if page.ld_publisher is None and isinstance(publisher, dict) and publisher.get("name"):
        page.ld_publisher = text(publisher["name"])


def authors(value) -> list[Author]:
    """The authors a JSON-LD ``author`` names: a string, an object, or a list of either."""
    items = value if isinstance(value, list) else [value]
    out: list[Author] = []
    for item in items:
        if isinstance(item, str):
            name, organisation = item, False
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(map(str, name))
            organisation = "organization" in _types(item).lower()
        else:
            continue
        name = text(name or "")
        if name and not name.lower().startswith(("http://", "https://")):
            out.append(Author(name, organisation))
    return out
