"""The theme x article matrix: how many passages and characters each article gives each theme."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field

from .safe_text import clean_control, clean_line


@dataclass
class Row:
    article_id: str
    title: str
    source: str
    passages: dict[str, int] = field(default_factory=dict)  # theme -> count
    characters: dict[str, int] = field(default_factory=dict)  # theme -> sum of passage lengths
    suggested: dict[str, int] = field(default_factory=dict)  # theme -> open suggestions (articles given)
    own_total: int | None = None  # passages before counts rolled up to parent themes

    @property
    def total(self) -> int:
        return self.own_total if self.own_total is not None else sum(self.passages.values())


@dataclass
class Matrix:
    themes: list[str]
    rows: list[Row]
    rejected: dict[str, int] = field(default_factory=dict)  # theme -> rejected suggestions
    done: dict[str, int] = field(default_factory=dict)  # coder -> articles marked done (of these rows)
    suggestions_counted: bool = True  # False when made without the articles: open ones unknown
    labels: dict[str, str] = field(default_factory=dict)  # theme -> its path ("alliance/military")

    def label(self, theme: str) -> str:
        return self.labels.get(theme, theme)

    def done_line(self) -> str:
        """"articles marked done: ann 3, bob 1" (empty when none is)."""
        if not self.done:
            return ""
        return "articles marked done: " + ", ".join(f"{coder} {n}" for coder, n in sorted(self.done.items()))

    def totals(self) -> dict[str, int]:
        return {t: sum(r.passages.get(t, 0) for r in self.rows) for t in self.themes}

    def suggestion_totals(self) -> dict[str, tuple[int, int, int]]:
        """Per theme: (open suggestions, accepted = tagged passages, rejected suggestions)."""
        totals = self.totals()
        return {t: (sum(r.suggested.get(t, 0) for r in self.rows), totals[t], self.rejected.get(t, 0)) for t in self.themes}

    def sorted_by(self, theme: str | None = None, descending: bool = True) -> list[Row]:
        """Rows by a theme's passage count (None: by total)."""
        key = (lambda r: r.total) if theme is None else (lambda r: r.passages.get(theme, 0))
        return sorted(self.rows, key=lambda r: (key(r), r.article_id) if not descending else (-key(r), r.article_id))


def theme_matrix(store, articles=None) -> Matrix:
    """The matrix from the store; with articles, one row per article in their order."""
    themes = [t.name for t in store.themes()]
    annotations = store.annotations()
    for a in annotations:
        if a.theme not in themes:
            themes.append(a.theme)
    meta = store.articles()
    rows: dict[str, Row] = {}
    if articles is not None:
        for article in articles:
            rows[article.id] = Row(article.id, article.title or article.label, article.source or "")
    for a in annotations:
        row = rows.get(a.article_id)
        if row is None:
            if articles is not None:
                continue
            m = meta.get(a.article_id, {})
            row = rows[a.article_id] = Row(a.article_id, m.get("title") or a.article_id, m.get("source") or "")
        row.passages[a.theme] = row.passages.get(a.theme, 0) + 1
        row.characters[a.theme] = row.characters.get(a.theme, 0) + (a.end - a.start)
    if articles is not None:
        from .passages import split_passages
        from .suggest import suggest

        theme_list = store.themes()
        for article in articles:
            if article.text:
                found = suggest(article.text, split_passages(article.text), theme_list,
                                store.annotations(article.id), store.rejected(article.id))
                for s in found:
                    rows[article.id].suggested[s.theme] = rows[article.id].suggested.get(s.theme, 0) + 1
    _roll_up(rows.values(), store.themes())
    rejected = store.rejected_count() if hasattr(store, "rejected_count") else {}
    done: dict[str, int] = {}
    for mark in store.done_marks() if hasattr(store, "done_marks") else []:
        if articles is None or mark.get("article_id") in rows:
            coder = mark.get("annotator") or "unknown"
            done[coder] = done.get(coder, 0) + 1
    from .hierarchy import paths

    return Matrix(themes, list(rows.values()), rejected, done, suggestions_counted=articles is not None,
                  labels=paths(store.themes()))


def _roll_up(rows, themes) -> None:
    """A parent theme's passages and characters include its sub-themes' (each row's total
    still counts every passage once)."""
    from .hierarchy import parents, roll_up

    if not parents(themes):
        return
    for row in rows:
        row.own_total = sum(row.passages.values())
        row.passages = {t: n for t, n in roll_up(row.passages, themes).items() if n}
        row.characters = {t: n for t, n in roll_up(row.characters, themes).items() if n}


def bar(value: int, top: int, width: int = 8) -> str:
    if top <= 0 or value <= 0:
        return ""
    return "\u2588" * max(1, round(width * value / top))


def print_matrix(matrix: Matrix) -> None:
    """The matrix as a table. Theme names head their columns when every column fits the
    terminal; otherwise the columns are numbered and a legend under the table names each
    theme in full. Nothing is cut: a cell too long for its column wraps (long words fold)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    top = max((r.passages.get(t, 0) for r in matrix.rows for t in matrix.themes), default=0)
    rows = matrix.sorted_by(None)
    cells = {t: [f"{bar(n, top)} {n} ({r.characters.get(t, 0)})" if (n := r.passages.get(t, 0)) else "\u00b7"
                 for r in rows] for t in matrix.themes}
    names = [clean_line(matrix.label(t)) for t in matrix.themes]  # a sub-theme by its path
    numbered = not _names_fit(matrix, rows, cells, names, console.width)
    table = Table(title="Passages (characters) per theme per article", show_lines=False)
    table.add_column("article", overflow="fold")
    table.add_column("source", style="dim", overflow="fold")
    for i, name in enumerate(names, start=1):
        table.add_column(Text(str(i) if numbered else name), justify="left", overflow="fold")
    for j, row in enumerate(rows):
        table.add_row(Text(_title(row.title)), Text(clean_line(row.source)), *(cells[t][j] for t in matrix.themes))
    totals = matrix.totals()
    table.add_row("[b]total[/b]", "", *[f"[b]{totals[t]}[/b]" for t in matrix.themes])
    sums = matrix.suggestion_totals()
    table.add_row("[dim]suggestions[/dim]", "", *[f"[dim]{_open(s, matrix)}{a} tagged, {r} rejected[/dim]"
                                                   for s, a, r in (sums[t] for t in matrix.themes)])
    console.print(table)
    if numbered:
        console.print(Text("themes: " + "  ".join(f"{i} {name}" for i, name in enumerate(names, start=1))))
    if matrix.done_line():
        console.print(matrix.done_line(), markup=False, highlight=False)
    if not matrix.suggestions_counted:
        Console(stderr=True).print("Open suggestions are not counted without the articles: "
                                   "newsreader stats PATH ...", style="dim", highlight=False)


def _names_fit(matrix: Matrix, rows: list[Row], cells: dict[str, list[str]], names: list[str], width: int) -> bool:
    """Theme names as headers, unless a name is wider than the cells under it and the table
    would not fit the width (numbers would then make room)."""
    if all(len(name) <= max(map(len, cells[theme]), default=1) for theme, name in zip(matrix.themes, names)):
        return True
    need = 1 + 3 + max([7, *(min(50, len(clean_line(r.title))) for r in rows)])
    need += 3 + max([6, *(len(clean_line(r.source)) for r in rows)])
    for theme, name in zip(matrix.themes, names):  # the suggestions row may wrap: not counted
        need += 3 + max([len(name), *(len(c) for c in cells[theme])])
    return need <= width


def _title(title: str, limit: int = 50) -> str:
    """A title for the article column: past limit characters it ends in "…" (the CSV has it whole)."""
    title = clean_line(title)
    return title if len(title) <= limit else title[: limit - 1] + "\u2026"


def _open(count: int, matrix: Matrix) -> str:
    return f"{count} open, " if matrix.suggestions_counted else "open not counted, "


def write_matrix_csv(matrix: Matrix, fh) -> None:
    """Tidy CSV: one row per article and theme; `suggested` is empty (not known) when the
    matrix was made without the articles. It is printed to a terminal as often as to a file:
    text cells hold no control characters (see safe_text)."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(["article_id", "title", "source", "theme", "passages", "characters", "suggested"])
    for row in matrix.rows:
        for theme in matrix.themes:
            writer.writerow([clean_control(row.article_id), clean_control(row.title), clean_control(row.source),
                             clean_control(theme), row.passages.get(theme, 0), row.characters.get(theme, 0),
                             row.suggested.get(theme, 0) if matrix.suggestions_counted else ""])
