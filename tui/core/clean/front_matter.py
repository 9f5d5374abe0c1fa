"""What a file states about itself in front matter: its author, publication date and site.

Web clippers and "save as Markdown" tools (Obsidian's clipper, MarkDownload, static-site
exports) open a saved page with a block between "---" lines (YAML; "+++" for TOML) whose
entries carry the page's meta tags. Like a saved page's meta tags, they outweigh what the
lines under them suggest. The clip's own dates ("created", "clipped", "updated") are not the
story's, and none of the block's lines is text of the article. The "title:" entry is handed
to the metadata reader, which weighs it with the page's other title evidence.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .dates import parse_date

if TYPE_CHECKING:
    from .lines import Line
    from .header_lines import Meta

REACH = 80  # lines read for the block's closing fence
FENCES = ("---", "+++")
_ENTRY = re.compile(r"^(?P<key>[A-Za-z_][\w.-]*)\s*[:=]\s*(?P<value>.*)$")
_ITEM = re.compile(r"^-\s+(?P<value>.*)$")
_FOLDED = ("|", "|-", "|+", ">", ">-", ">+")  # a YAML value written on the lines under its key
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")  # Obsidian's "[[Jane Roe]]", "[[people/jr|Jane Roe]]"
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ITEM_COMMA = re.compile(r",(?![^\[]*\]\])")  # a list's comma, not one inside a wiki link "[[Roe, Jane]]"
# Keys in the order they are believed: the first present wins.
AUTHOR_KEYS = ("author", "authors", "byline", "creator", "creators", "writer", "writers")
DATE_KEYS = ("published", "date_published", "datepublished", "published_at", "publishdate", "publish_date",
             "pubdate", "date")
SITE_KEYS = ("site", "site_name", "sitename", "publisher", "publication", "source", "url")


def read_block(lines: list["Line"]) -> tuple[int, dict[str, tuple[int, list[str]]]] | None:
    """(index of the closing fence, key -> (index of its line, values)) of the front matter
    the file opens with, or None. Keys are lower case; a list's items are its values. A
    block with a line that is neither an entry, a list item nor a folded value's text is no
    front matter (a page that opens with a rule): none of its lines is taken."""
    if not lines or lines[0].text not in FENCES:
        return None
    fence, entries, key, folded = lines[0].text, {}, None, False
    for i in range(1, min(len(lines), REACH)):
        text = lines[i].text
        if text == fence or (fence == "---" and text == "..."):
            return (i, entries) if entries else None
        item, entry = _ITEM.match(text), _ENTRY.match(text)
        if item and key is not None:
            entries[key][1].extend(_values(item["value"]))
        elif entry:
            key = entry["key"].casefold()
            folded = entry["value"].strip() in _FOLDED
            entries[key] = (i, [] if folded else _values(entry["value"]))
        elif not folded:
            return None
    return None


def _values(raw: str) -> list[str]:
    """The values one entry's text holds: a scalar, or an inline list "[a, b]", whose items
    may be wiki links ('["[[Jane Roe]]", "[[John Doe]]"]', "[[[Roe, Jane]], [[John Doe]]]")."""
    raw = raw.strip()
    listed = raw.startswith("[") and raw.endswith("]") and not _WIKI_LINK.fullmatch(raw)
    parts = _ITEM_COMMA.split(raw[1:-1]) if listed else [raw]
    out = []
    for part in parts:
        value = _MD_LINK.sub(r"\1", _WIKI_LINK.sub(r"\1", _unquoted(part))).strip()
        if value:
            out.append(value)
    return out


def _unquoted(raw: str) -> str:
    """A scalar without the quotes around it."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"')
    return value


def title(lines: list["Line"], block: tuple[int, dict] | None) -> tuple[int, str] | None:
    """(index, text) of the block's "title:" entry, as written (a title is one scalar: its
    brackets and commas are its own), or None."""
    at = block[1].get("title", (None,))[0] if block else None
    if at is None:
        return None
    entry = _ENTRY.match(lines[at].text)
    value = _unquoted(entry["value"]).strip() if entry else ""
    return (at, value) if value else None


def apply(lines: list["Line"], meta: "Meta", block: tuple[int, dict[str, tuple[int, list[str]]]]) -> None:
    """Set meta's byline, date and source from the front matter :func:`read_block` read, and
    mark its lines as removed (a line that gave a field under that field's reason)."""
    end, entries = block
    reasons: dict[int, str] = {}
    author = _first(entries, AUTHOR_KEYS)
    site = _first(entries, SITE_KEYS)
    # (a byline the page prints, not the block's own "author:" line read as one)
    printed = meta.byline and author and _unquoted(meta.byline) not in author[1]
    if author and not (printed and (site and _names_site(author[1], site[1][0]) or _holds_rights(author[1], lines))):
        meta.byline = ", ".join(dict.fromkeys(author[1]))
    if author:  # (the site's own name as the author: the byline the page prints names the person)
        reasons[author[0]] = "byline"
    elif any(meta.lines.get(lines[i].number) == "byline" for i in range(1, end)):
        meta.byline = None  # a tag or a key's value read as a byline ("tags:", "- Osaka"): the block names no author
    dated = _dated(entries)
    if dated:
        meta.published = dated[1]
        reasons[dated[0]] = "dateline"
    elif meta.published in {parse_date(lines[i].text) for i in range(1, end)}:
        # a clip's "created:" date, read as the story's: the story's is the dateline the page
        # prints under the block, if it has one
        meta.published = next((found for line in lines[end + 1:] if meta.lines.get(line.number) == "dateline"
                               and (found := parse_date(line.text))), None)
    if site:
        meta.source = _site(site[1][0]) or meta.source
    if "title" in entries:  # weighed with the page's other title evidence by the metadata reader
        reasons[entries["title"][0]] = meta.lines.get(lines[entries["title"][0]].number, "front-matter")
    for i in range(end + 1):
        meta.lines[lines[i].number] = reasons.get(i, "front-matter")
    if author:  # a list's items sit on the lines under its key
        for i in range(author[0] + 1, end):
            if _ITEM.match(lines[i].text) is None:
                break
            meta.lines[lines[i].number] = "byline"


def _first(entries: dict[str, tuple[int, list[str]]], keys: tuple[str, ...]) -> tuple[int, list[str]] | None:
    return next((entries[k] for k in keys if entries.get(k, (0, []))[1]), None)


def _dated(entries: dict[str, tuple[int, list[str]]]) -> tuple[int, str] | None:
    """(line index, ISO date) of the first publication date entry that holds a real date."""
    for key in DATE_KEYS:
        at, values = entries.get(key, (0, []))
        found = next(filter(None, map(parse_date, values)), None)
        if found:
            return at, found
    return None


def _names_site(authors: list[str], site: str) -> bool:
    """The authors are the site itself: one name, its letters those of the site's name or of
    its address's host ("Coastwatch News", "https://www.coastwatchnews.com.au/...")."""
    if len(authors) != 1:
        return False
    letters = _letters(authors[0])
    return len(letters) >= SITE_LETTERS and letters in _letters(_site(site) or "")


SITE_LETTERS = 4  # a shorter name is found in too many hosts


def _holds_rights(authors: list[str], lines: list["Line"]) -> bool:
    """The one author is the site: its copyright line names it ("© 2024 صدى الساحل", "Copyright ©
    2024 江城晚报社"), in a script no host's letters spell."""
    name = authors[0].strip("[] ") if len(authors) == 1 else ""
    return len(name) >= 2 and any(name in line.text for line in lines if line.shape == "copyright")


def _letters(text: str) -> str:
    """text's letters and digits, lower case, without accents: how a host spells a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def _site(value: str) -> str | None:
    """A site's name, or the host of an address ("https://www.example.com/a" -> "example.com")."""
    if "://" not in value:
        return value if len(value.split()) <= 6 else None
    host = urlsplit(value).hostname or ""
    return host.removeprefix("www.") or None
