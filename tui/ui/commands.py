"""Command palette entries for every action of the reader's key table, found by its name
or by the words a user would type for it ("themes" finds the Codebook), and for tagging
with any theme."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from ..core.safe_text import clean_line
from .keys import APP_KEYS, APP_WIDE, VIEW_KEYS

SKIP = {"command_palette"}  # the palette itself


def entries(app) -> list[tuple[str, str, object, str]]:
    """(name, more words, callback, help) of every palette entry."""
    out = []
    for key in APP_KEYS:
        if key.action not in SKIP:
            # The reader's keys are the main screen's actions; quitting is the app's.
            run = partial(app.run_action, key.action) if key.action in APP_WIDE else partial(_main, app, key.action)
            out.append((key.description, key.words, run, f"key {key.shown}"))
    for key in VIEW_KEYS:
        if key.in_help and not key.action.startswith("tag("):
            out.append((key.description, key.words, partial(_view, app, key.action), f"key {key.shown}"))
    for i, theme in enumerate(app.store.themes(), start=1):
        name = f"Tag with {clean_line(theme.name)}"
        out.append((name, "theme code", partial(_view, app, f"tag({i})"),
                    f"key {i}  " * (i <= 9) + clean_line(theme.description)))
    return out


def _main(app, action: str):
    return app.run_action(action, app.main_screen)


def _view(app, action: str) -> None:
    app.main_screen.run_view_action(action)  # the focused pane's view runs it


class ActionCommands(Provider):
    """Command palette entries for every key's action, and tagging with any theme."""

    async def discover(self) -> Hits:
        for name, _words, callback, help_text in entries(self.app):
            yield DiscoveryHit(Content(name), callback, text=name, help=Content(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, words, callback, help_text in entries(self.app):
            by_name = matcher.match(name)
            # Found by one of its other words: a little below a match on its name.
            by_words = max((matcher.match(w) for w in words.split()), default=0) * 0.9
            score = max(by_name, by_words)
            if score > 0:
                shown = matcher.highlight(escape(name)) if by_name >= by_words else Content(name)
                extra = f"  ({words})" if by_words > by_name and words else ""
                yield Hit(score, shown, callback, text=name, help=Content(help_text + extra))
