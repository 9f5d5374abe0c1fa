"""The article table: one row per article with its title, source, date, folder, whether the
current coder marked it done, and its attributes; sorted by any column and filtered.

A filter is words and ``name=value`` conditions, all of which must hold: a word is found
in the title, source, folder or any attribute value (case aside); a condition compares as
``--where`` does (tui/core/where.py: case aside, ``published``/``date`` by prefix), and
``done=yes`` / ``done=no`` picks by the done mark.

Attributes typed in the app are ``name=value`` pairs separated by ``;`` (see
:func:`parse_pairs`). Pure Python: no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from .safe_text import clean_line

FIXED = ("done", "title", "source", "date", "folder")
YES = {"yes", "y", "true", "1", "done", "\u2713"}


@dataclass
class ArticleRow:
    index: int  # position in the corpus
    article_id: str
    title: str
    source: str
    date: str
    folder: str
    done: bool
    attributes: dict[str, str] = field(default_factory=dict)

    def cell(self, column: str) -> str:
        if column == "done":
            return "\u2713" if self.done else ""
        if column in FIXED:
            return getattr(self, column)
        return self.attributes.get(column, "")


def folder_of(article_id: str) -> str:
    """The folder part of an article id ("2021/dec/a1" -> "2021/dec"; "" at the top)."""
    parent = str(PurePath(article_id).parent)
    return "" if parent == "." else parent


def make_rows(corpus, store) -> list[ArticleRow]:
    """A row per article of the corpus (articles not cleaned yet: their file name)."""
    attributes = store.attributes() if hasattr(store, "attributes") else {}
    done_ids = {m.get("article_id") for m in store.done_marks() if m.get("annotator") == store.annotator}
    rows = []
    for index in range(len(corpus)):
        article = corpus.peek(index)
        if article is None:
            path = corpus.path(index)
            aid, title, source, date = path.stem, path.name, "", ""
        else:
            aid, title, source, date = article.id, article.label, article.source or "", (article.published or "")[:10]
        rows.append(ArticleRow(index, aid, clean_line(title), clean_line(source), clean_line(date), folder_of(aid),
                               aid in done_ids, {clean_line(k): clean_line(v) for k, v in attributes.get(aid, {}).items()}))
    return rows


def attribute_names(rows: list[ArticleRow]) -> list[str]:
    """Every attribute name that some row has, sorted (case aside)."""
    return sorted({name for row in rows for name in row.attributes}, key=str.casefold)


def sort_rows(rows: list[ArticleRow], column: str, descending: bool = False) -> list[ArticleRow]:
    """Rows by one column (case aside; empty cells last either way), then by corpus order."""
    ordered = sorted(rows, key=lambda r: r.index)
    filled = [r for r in ordered if r.cell(column)]
    empty = [r for r in ordered if not r.cell(column)]
    filled.sort(key=lambda r: r.cell(column).casefold(), reverse=descending)  # stable: ties in corpus order
    return filled + empty


def parse_filter(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """(words, [(name, value)]) of a filter; quotes keep spaces: source="The Times"."""
    import shlex

    try:
        tokens = shlex.split(text)
    except ValueError:  # an open quote, while typing
        tokens = text.split()
    words, conditions = [], []
    for token in tokens:
        name, sep, value = token.partition("=")
        if sep and name:
            conditions.append((name.casefold(), value))
        else:
            words.append(token.casefold())
    return words, conditions


def _holds(row: ArticleRow, name: str, want: str) -> bool:
    if name == "done":
        return row.done == (want.casefold() in YES)
    if name in ("published", "date"):
        return row.date.startswith(want)
    fields = {"title": row.title, "source": row.source, "folder": row.folder}
    fields.update({k.casefold(): v for k, v in row.attributes.items()})
    return fields.get(name, "").casefold() == want.casefold()


def filter_rows(rows: list[ArticleRow], text: str) -> list[ArticleRow]:
    words, conditions = parse_filter(text)
    out = []
    for row in rows:
        if not all(_holds(row, name, value) for name, value in conditions):
            continue
        haystack = " ".join((row.title, row.source, row.folder, *row.attributes.values())).casefold()
        if all(word in haystack for word in words):
            out.append(row)
    return out


# ---------------------------------------------------------------------- attributes typed in
class PairsError(ValueError):
    """Attributes typed in that cannot be read, in one line."""


def format_pairs(values: dict[str, str]) -> str:
    """"country=US; stance=critical", as the prompt shows an article's attributes."""
    return "; ".join(f"{name}={value}" for name, value in sorted(values.items(), key=lambda kv: kv[0].casefold()))


def parse_pairs(text: str) -> dict[str, str]:
    """An article's attributes as typed: ``name=value`` items separated by ``;``. Control
    characters and line breaks are removed; an empty value drops the attribute (it is left
    out of the result); a name twice: the last one wins."""
    out: dict[str, str] = {}
    for item in clean_line(text).split(";"):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name:
            raise PairsError(f"{item.strip()!r}: write name=value, e.g. country=US; stance=critical")
        out.pop(name, None)
        if value:
            out[name] = value
    return out
