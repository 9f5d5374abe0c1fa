"""Wrapping never loses a character: every seed drawn at every width from 30 to 200
columns shows every character of its cleaned text, in order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textual.app import App
from textual.containers import VerticalScroll

from tests.test_ui import SEEDS
from tui.core.corpus import Corpus
from tui.core.store import AnnotationStore
from tui.ui.widgets.article_view import ArticleView
from tui.ui.wrap import cells, wrap


def visible_text(view) -> str:
    """Every character the view draws right of its margin, top to bottom, spaces dropped."""
    out: list[str] = []
    height = view.size.height
    total = len(view._lines)
    gutter = view._gutter + 1
    for top in range(0, max(total, 1), height):
        view.scroll_to(y=top, animate=False, force=True)
        shown = view.scroll_offset.y  # a reactive: read once per page, not per line
        for y in range(height):
            if shown + y >= total or shown + y < top:
                continue
            line = view.render_line(y).text
            out.append(line[gutter:])
    return "".join("".join(out).split())


WIDTHS = range(10, 201)  # 30..200 columns of terminal, and the panes three of them make
# Every width, in four interleaved bands: four tests the workers can run side by side.
BANDS = [WIDTHS[k::4] for k in range(4)]


class Views(App):
    """One article view per width, stacked: one layout sizes them all."""

    CSS = "ArticleView { height: 12; }"

    def __init__(self, store, widths) -> None:
        super().__init__()
        self.widths = widths
        self.views = [ArticleView(store) for _ in widths]

    def compose(self):
        with VerticalScroll():
            for width, view in zip(self.widths, self.views):
                view.styles.width = width
                yield view


def test_the_bands_cover_every_width():
    assert sorted(w for band in BANDS for w in band) == list(WIDTHS)


@pytest.mark.parametrize("band", range(len(BANDS)))
async def test_every_seed_at_every_width_shows_every_character(db_path, band):
    corpus, _ = Corpus.open([SEEDS])
    corpus.load_all()
    store = AnnotationStore(db_path, annotator="tester")
    app = Views(store, BANDS[band])
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        for article in corpus:
            expected = "".join(article.text.split())
            for width, view in zip(app.widths, app.views):
                assert view.size.width == width
                view.show(article)
                view._rewrap()
                assert visible_text(view) == expected, (width, article.id)
    store.close()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\u4e2d\u00e9\u200b-")), max_size=120), st.integers(1, 30))
def test_wrapped_lines_fit_and_cover_the_text(text, width):
    covered: set[int] = set()
    for start, end in wrap(text, width):
        if start < 0:
            continue
        line = text[start:end].rstrip()
        assert cells(line) <= width or len(line) == 1
        covered.update(range(start, end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


async def test_narrow_panes_never_scroll_sideways_or_crop(db_path):
    """Opening a second pane narrows the margin first: the text must still fit, unscrolled."""
    from tests.test_ui import make_app

    app = make_app(db_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("c", "c")
        await pilot.pause()
        for pane in app.main_screen.panes:
            view = pane.view
            assert view.scroll_offset.x == 0 and view.virtual_size.width <= view.size.width
            assert visible_text(view) == "".join(view.article.text.split())
    app.store.close()
