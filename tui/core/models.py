"""The data that flows through newsreader, in order:

files -> :class:`Article` -> :class:`Passage` spans -> :class:`Annotation` records -> exports.

Plain dataclasses and named tuples (the immutable ones: a frozen dataclass takes several
times as long to define, at import, and to make), no I/O and no Textual: every layer (CLI,
UI, tests) shares them.
All offsets are Python ``str`` indices (code points) into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

Kind = Literal["text", "markdown", "html"]


@dataclass(slots=True)
class Removed:
    """One raw line the cleaner left out of the body, and why.

    Slotted, not frozen: a page of furniture makes hundreds of these, and a frozen
    dataclass takes three times as long to make. Nothing changes one once made."""

    line: int  # 1-based line number in Article.raw
    text: str  # the line as it stands in raw (stripped)
    reason: str  # "navigation", "byline", "dateline", "caption", "promo", ...


DERIVED_WORDS = 8  # words of the body in the title of an untitled article


@dataclass
class Article:
    """One source file: raw text, cleaned body, metadata, and what cleaning removed."""

    id: str  # path relative to the opened folder, without suffix ("000_5cb0...")
    path: Path
    raw: str  # decoded text: BOM dropped, CRLF/CR normalised to LF
    sha256: str  # of the file's bytes on disk
    kind: Kind = "text"
    encoding: str = "utf-8"
    text: str = ""  # cleaned body: paragraphs separated by one blank line
    title: str | None = None
    byline: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cleaner_version: str = ""
    language: str | None = None  # ISO 639-1 code the cleaner detected, None when it could not tell
    links: list[dict] = field(default_factory=list)  # {text, url, start, end}: links whose markup left the text
    # Fields an analyst's correction replaced -> the cleaner's own value (what the articles
    # table keeps, so a correction removed later leaves no trace in exports).
    uncorrected: dict[str, str | None] = field(default_factory=dict)

    @property
    def title_derived(self) -> bool:
        """No title was found or given: :attr:`label` is made from the body."""
        return not self.title

    @property
    def label(self) -> str:
        """The article's title everywhere (list, header, CSV, stats): its title, else its first
        words in brackets, the mark of a title derived from the body."""
        if self.title:
            return self.title
        # Split off only the words needed (and one more, to tell whether there are more):
        # splitting a 300 KB body whole took some 3 ms, and the list redraws a label per tag.
        words = (self.text or self.raw).split(maxsplit=DERIVED_WORDS)
        if not words:
            return f"[{self.path.name}]"
        return "[" + " ".join(words[:DERIVED_WORDS]) + ("\u2026]" if len(words) > DERIVED_WORDS else "]")

    def to_json(self) -> dict:
        """The `newsreader clean --json` record."""
        return {
            "id": self.id,
            "path": str(self.path),
            "title": self.title,
            "byline": self.byline,
            "source": self.source,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "links": list(self.links),
            "removed": [asdict(r) for r in self.removed],
            "warnings": list(self.warnings),
        }


class Passage(NamedTuple):
    """A span of Article.text: a sentence or a paragraph. ``text[start:end]`` is the passage."""

    start: int
    end: int
    paragraph: int  # index of the paragraph it belongs to


@dataclass
class Theme:
    """A code in the codebook. Its number key is its 1-based position in the codebook."""

    name: str
    color: str  # any colour Rich understands: "#e5a50a", "red"
    description: str = ""
    patterns: list[str] = field(default_factory=list)  # keywords / regexes for suggestions
    order: int = 0
    parent: str = ""  # name of the parent theme ("" at the top): see tui/core/hierarchy.py


@dataclass
class Annotation:
    """One theme on one span of one article's cleaned text, anchored to survive re-cleaning."""

    id: str
    article_id: str
    article_path: str
    article_sha256: str
    theme: str
    start: int
    end: int
    quote: str  # == article.text[start:end] while anchored
    prefix: str  # ~32 characters before
    suffix: str  # ~32 characters after
    note: str = ""
    annotator: str = ""
    created_at: str = ""  # ISO 8601 UTC
    updated_at: str = ""
    cleaner_version: str = ""
    orphaned: bool = False  # could not be placed in the current text; kept, never dropped

    def to_doc(self) -> dict:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict) -> "Annotation":
        try:  # a stored document has exactly these fields: no filtering (1,000 per keypress)
            return cls(**doc)
        except TypeError:
            known = cls.__dataclass_fields__
            return cls(**{k: v for k, v in doc.items() if k in known})


class SpanRequest(NamedTuple):
    """A span to tag, as tag-all, accepting a suggestion, adopting, import and merge ask for it.
    ``annotator`` None: the store's current coder. The store adds it under coverage semantics."""

    article: Article
    start: int
    end: int
    theme: str
    annotator: str | None = None
    note: str = ""
