"""Correct the open article's title, byline, source and date (key i).

One line per field, filled with what the article shows now; the cleaner's own value is the
placeholder. Enter saves every changed field, Escape cancels; emptying a field gives it back
to the cleaner. Corrections go to the database's corrections table, survive re-cleaning and
restarts, and reach every export.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from . import DIALOG_CSS
from ...core.corrections import FIELDS, CorrectionError, normalise
from ...core.store import StoreError
from ..keys import bindings
from ..safe import clean_line, plain
from ..widgets.key_bar import KeyBar
from ..widgets.text_entry import TextEntry

LABELS = {"title": "Title", "byline": "Byline", "source": "Source", "published": "Date (2022-02-04 or 2022-02-04T10:15)"}


class CorrectionsScreen(ModalScreen[dict[str, str | None] | None]):
    """Edit four fields; returns {field: value, or None to remove the correction} for the changed ones."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = bindings("prompt")

    def __init__(self, current: dict[str, str | None], cleaned: dict[str, str | None], corrected: set[str]) -> None:
        super().__init__()
        self.current = current
        self.cleaned = cleaned
        self.corrected = corrected

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Correct this article's metadata", classes="dialog-title")
            for field in FIELDS:
                mark = " (corrected)" if field in self.corrected else ""
                yield Label(plain(LABELS[field] + mark))
                yield TextEntry(clean_line(self.current.get(field) or ""), id=f"correct-{field}",
                                placeholder=clean_line(self.cleaned.get(field) or "not found in the text"))
            yield KeyBar("prompt", classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def changes(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for field in FIELDS:
            value = self.query_one(f"#correct-{field}", Input).value.strip()
            if value == (self.current.get(field) or ""):
                continue
            if not value or value == (self.cleaned.get(field) or ""):
                out[field] = None  # back to what the cleaner found
            else:
                out[field] = normalise(field, value)
        return out

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            changes = self.changes()
        except CorrectionError as exc:
            self.notify(str(exc), severity="warning", timeout=8)
            return
        self.dismiss(changes)

    def action_cancel(self) -> None:
        self.dismiss(None)


def open_corrections(owner, pane) -> None:
    """Show the dialog for the pane's article; store what changed and show it everywhere."""
    article = pane.article
    store = owner.store
    corrected = store.corrections(article.id)
    current = {field: getattr(article, field) for field in FIELDS}
    cleaned = dict(current)
    if corrected and getattr(owner.corpus, "reclean", None) is not None:
        cleaned = _cleaned_values(owner, pane.index, corrected)

    def saved(changes: dict[str, str | None] | None) -> None:
        if not changes:
            return
        try:
            for field, value in changes.items():
                store.set_correction(article.id, field, value)
        except StoreError as exc:
            owner.notify(str(exc), severity="error")
            return
        owner.reclean(pane.index)
        store.refresh_article(owner.corpus[pane.index])
        owner.notify("Corrected: " + ", ".join(changes))

    owner.app.push_screen(CorrectionsScreen(current, cleaned, set(corrected)), saved)


def _cleaned_values(owner, index: int, corrected: dict[str, str]) -> dict[str, str | None]:
    """What the cleaner itself found, under the corrections."""
    from ...core.cleaner import clean_article
    from ...core.models import Article

    article = owner.corpus[index]
    if not article.raw:
        return {field: getattr(article, field) for field in FIELDS}
    copy = clean_article(Article(id=article.id, path=article.path, raw=article.raw, sha256=article.sha256,
                                 kind=article.kind))
    return {field: getattr(copy, field) for field in FIELDS}
