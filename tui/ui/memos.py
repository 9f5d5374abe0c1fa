"""Memos from the reader: M edits your memo on the open article, P your project memo
(the store's memos table; an emptied memo is deleted; u undoes)."""

from __future__ import annotations

from ..core.safe_text import clean_line


def edit_memo(owner, article_id: str | None, about: str) -> None:
    from .screens.dialogs import NoteScreen
    from .writes import try_write

    store = owner.store
    old = store.memo(article_id)

    def save(text: str) -> str | None:  # a problem keeps the dialog open, the text in it
        return None if text == old else try_write(store, lambda: store.set_memo(article_id, text))

    def saved(text: str | None) -> None:
        if text is not None and text != old:
            owner.notify("Memo saved" if text else "Memo deleted", timeout=2)

    owner.app.push_screen(NoteScreen(old, title=f"Memo on {clean_line(about)} (yours; empty deletes it)", save=save), saved)


def article_memo(owner) -> None:
    pane = owner.focused_pane
    if pane is None or pane.article is None:
        owner.notify("No article open")
        return
    edit_memo(owner, pane.article.id, f"\u201c{pane.article.label[:50]}\u201d")


def project_memo(owner) -> None:
    edit_memo(owner, None, "the project")
