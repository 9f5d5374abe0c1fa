"""Article attributes edited in the app: `I` on the open article (or in the article table
on the highlighted one) opens its attributes as one line, ``country=US; stance=critical``;
an emptied value removes that attribute. Stored in the attributes table in one undoable
step (`u`)."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from ..core.article_table import PairsError, format_pairs, parse_pairs
from ..core.safe_text import clean_line
from .screens.dialogs import PromptScreen
from .writes import try_write


class AttributesPrompt(PromptScreen):
    """The prompt with the cursor after the attributes, nothing selected: typing adds to
    the line rather than replacing it."""

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.select_on_focus = False
        box.focus()
        box.cursor_position = len(box.value)


def edit_attributes(owner, article_id: str, about: str, then: Callable[[], None] | None = None,
                    typed: str | None = None) -> None:
    """Ask for the article's attributes; ``typed`` (after a mistake) is put back in the box,
    so nothing typed is lost."""
    store = owner.store
    current = store.attributes().get(article_id, {})

    def done(text: str | None) -> None:
        if text is None:
            return
        try:
            values = parse_pairs(text)
        except PairsError as exc:
            owner.notify(str(exc), severity="error", timeout=8)
            edit_attributes(owner, article_id, about, then, text)
            return
        if values == current:
            return
        problem = try_write(store, lambda: store.set_article_attributes(
            article_id, values, f"set attributes of {article_id}"))
        if problem:
            owner.notify(problem, severity="error")
            return
        owner.notify(f"Attributes of {clean_line(about)}: {format_pairs(values) or 'none'} (u undoes)", timeout=4)
        if then is not None:
            then()

    title = f"Attributes of {clean_line(about)} (name=value; ...; an empty value removes one)"
    owner.app.push_screen(AttributesPrompt(title, format_pairs(current) if typed is None else typed,
                                 placeholder="country=US; stance=critical"), done)


def open_article_attributes(owner) -> None:
    pane = owner.focused_pane
    if pane is None or pane.article is None:
        owner.notify("No article open")
        return
    edit_attributes(owner, pane.article.id, f"\u201c{pane.article.label[:30]}\u201d")
