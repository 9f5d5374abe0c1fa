"""Theme x theme co-occurrence: how often two themes code overlapping passages, and in how
many articles both occur.

- passages[a][b] (a != b): pairs of annotations, one of theme a and one of theme b, in the
  same article, whose spans overlap (share at least one character), whoever coded them.
  The diagonal passages[a][a] is the number of annotations of theme a.
- articles[a][b]: articles holding both themes (the diagonal: articles holding a).

Orphaned annotations are left out (their place in the text is not known).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from .safe_text import clean_control, clean_line


@dataclass
class Cooccurrence:
    themes: list[str]
    passages: dict[str, dict[str, int]]
    articles: dict[str, dict[str, int]]


def _theme_order(store, docs: list[dict]) -> list[str]:
    themes = [t.name for t in store.themes()]
    known = set(themes)
    for d in docs:
        if d["theme"] not in known:
            known.add(d["theme"])
            themes.append(d["theme"])
    return themes


def cooccurrence(store, docs: list[dict] | None = None) -> Cooccurrence:
    """The two matrices over the store's annotations (or the documents given)."""
    docs = [d for d in (store.documents() if docs is None else docs)
            if not d.get("orphaned") and isinstance(d.get("start"), int) and isinstance(d.get("end"), int)]
    themes = _theme_order(store, docs)
    passages = {a: dict.fromkeys(themes, 0) for a in themes}
    articles = {a: dict.fromkeys(themes, 0) for a in themes}
    by_article: dict[str, list[dict]] = {}
    for d in docs:
        by_article.setdefault(d["article_id"], []).append(d)
    for spans in by_article.values():
        present = sorted({d["theme"] for d in spans})
        for a in present:
            for b in present:
                articles[a][b] += 1
        _count_overlaps(spans, passages)
    return Cooccurrence(themes, passages, articles)


def _count_overlaps(spans: list[dict], passages: dict[str, dict[str, int]]) -> None:
    """A sweep by start: each annotation meets the ones still open where it starts."""
    spans = sorted(spans, key=lambda d: d["start"])
    active: list[dict] = []
    for d in spans:
        passages[d["theme"]][d["theme"]] += 1
        active = [o for o in active if o["end"] > d["start"]]
        for o in active:
            if o["theme"] != d["theme"]:
                passages[d["theme"]][o["theme"]] += 1
                passages[o["theme"]][d["theme"]] += 1
        active.append(d)


def write_csv(matrix: Cooccurrence, fh) -> None:
    """Tidy CSV: one row per ordered pair of themes. Printed to terminals too: no control
    characters in text cells."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(["theme_a", "theme_b", "overlapping_passages", "articles_with_both"])
    for a in matrix.themes:
        for b in matrix.themes:
            writer.writerow([clean_control(a), clean_control(b), matrix.passages[a][b], matrix.articles[a][b]])


def print_table(matrix: Cooccurrence) -> None:
    """Both matrices as tables; themes numbered, the columns by number (long names stay whole)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    for title, cells in (("Overlapping passages (diagonal: passages of the theme)", matrix.passages),
                         ("Articles with both themes (diagonal: articles with the theme)", matrix.articles)):
        console.print(title, highlight=False)
        table = Table()
        table.add_column("theme")
        for i, _ in enumerate(matrix.themes, start=1):
            table.add_column(str(i), justify="right")
        for i, a in enumerate(matrix.themes, start=1):
            table.add_row(Text(f"{i} {clean_line(a)}"), *(str(cells[a][b]) if cells[a][b] else "\u00b7"
                                                        for b in matrix.themes))
        console.print(table)
