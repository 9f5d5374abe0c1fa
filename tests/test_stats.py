"""The theme x article matrix over a duck-typed store (no database) and over the real store."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tui.core.models import Annotation, Article, Theme
from tui.core.stats import Matrix, bar, print_matrix, theme_matrix, write_matrix_csv
from tui.core.store import AnnotationStore

MATRIX_HEADER = ["article_id", "title", "source", "theme", "passages", "characters"]


def ann(i: int, article: str, theme: str, start: int, end: int) -> Annotation:
    return Annotation(id=f"x{i}", article_id=article, article_path=f"/c/{article}.txt", article_sha256="h",
                      theme=theme, start=start, end=end, quote="q" * (end - start), prefix="", suffix="")


class FakeStore:
    """Only what the contract promises: themes(), annotations(), articles() (plus what stats asks)."""

    def __init__(self, annotations, meta=None, themes=("Olympic boycott", "Ukraine", "alliance")):
        self._annotations = annotations
        self._meta = meta or {}
        self._themes = [Theme(name, "red", order=i) for i, name in enumerate(themes)]

    def themes(self):
        return list(self._themes)

    def annotations(self, article_id=None, theme=None):
        return [a for a in self._annotations
                if (article_id is None or a.article_id == article_id) and (theme is None or a.theme == theme)]

    def articles(self):
        return dict(self._meta)

    def rejected(self, article_id):
        return set()

    def rejected_count(self):
        return {}


def sample() -> FakeStore:
    return FakeStore(
        [ann(1, "a", "Ukraine", 0, 10), ann(2, "a", "Ukraine", 20, 25), ann(3, "a", "alliance", 0, 4),
         ann(4, "b", "Olympic boycott", 5, 105), ann(5, "b", "Ukraine", 0, 1), ann(6, "c", "extra", 0, 3)],
        meta={"a": {"id": "a", "title": "Alpha", "source": "Wire"}, "b": {"id": "b", "title": "Beta", "source": "Daily"}},
    )


def test_counts_characters_totals_and_unknown_theme_column():
    matrix = theme_matrix(sample())
    assert isinstance(matrix, Matrix)
    assert matrix.themes == ["Olympic boycott", "Ukraine", "alliance", "extra"]  # codebook order, then the rest
    rows = {r.article_id: r for r in matrix.rows}
    assert rows["a"].passages == {"Ukraine": 2, "alliance": 1}
    assert rows["a"].characters == {"Ukraine": 15, "alliance": 4}
    assert (rows["a"].title, rows["a"].source) == ("Alpha", "Wire")
    assert rows["c"].title == "c" and rows["c"].source == ""  # no metadata: the id stands in
    assert rows["b"].characters["Olympic boycott"] == 100
    assert matrix.totals() == {"Olympic boycott": 1, "Ukraine": 3, "alliance": 1, "extra": 1}
    assert rows["a"].total == 3


def test_articles_restrict_and_order_rows_and_name_them():
    articles = [Article(id="b", path=Path("b.txt"), raw="", sha256="h", title="Beta (cleaned)", source="D"),
                Article(id="z", path=Path("z.txt"), raw="", sha256="h", title="Zed")]
    matrix = theme_matrix(sample(), articles)
    assert [r.article_id for r in matrix.rows] == ["b", "z"]  # a and c left out, z kept with zeros
    assert matrix.rows[0].title == "Beta (cleaned)" and matrix.rows[0].source == "D"
    assert matrix.rows[1].total == 0


def test_sorting_by_theme_and_total():
    matrix = theme_matrix(sample())
    assert [r.article_id for r in matrix.sorted_by(None)] == ["a", "b", "c"]
    assert [r.article_id for r in matrix.sorted_by("Olympic boycott")][0] == "b"
    assert [r.article_id for r in matrix.sorted_by("Ukraine", descending=False)] == ["c", "b", "a"]


def test_matrix_csv_is_tidy_and_round_trips():
    matrix = theme_matrix(FakeStore([ann(1, "a", "Ukraine", 0, 7)],
                                    meta={"a": {"title": 'Comma, "quote"\nnewline', "source": "S"}}))
    buffer = io.StringIO()
    write_matrix_csv(matrix, buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert rows[0][:6] == MATRIX_HEADER  # extra columns (suggestion counts) may follow
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert len(body) == 3  # one row per article and theme
    ukraine = next(r for r in body if r["theme"] == "Ukraine")
    assert (ukraine["title"], ukraine["passages"], ukraine["characters"]) == ('Comma, "quote"\nnewline', "1", "7")


def test_print_matrix_shows_bars_and_totals(capsys):
    print_matrix(theme_matrix(sample()))
    out = capsys.readouterr().out
    assert "Alpha" in out and "total" in out and "\u2588" in out
    assert bar(0, 10) == "" and bar(10, 10, width=8) == "\u2588" * 8 and bar(1, 100) == "\u2588"


def test_matrix_from_real_store(db_path):
    text = "First sentence here. Second one."
    art = Article(id="a1", path=Path("/c/a1.txt"), raw=text, sha256="h", text=text, title="T", source="S")
    with AnnotationStore(db_path) as store:
        store.add(art, 0, 20, "Ukraine")
        store.add(art, 21, 32, "Ukraine")
        matrix = theme_matrix(store)
    [row] = matrix.rows
    assert row.passages == {"Ukraine": 2} and row.characters == {"Ukraine": 31} and row.title == "T"
