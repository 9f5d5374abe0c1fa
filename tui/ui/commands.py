"""Command palette entries for every key's action, and for tagging with any theme."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from ..core.safe_text import clean_line

from .keys import APP_KEYS, VIEW_KEYS


class ActionCommands(Provider):
    """Command palette entries for every key's action, and tagging with any theme."""

    def _commands(self):
        app = self.app
        for key in APP_KEYS:
            yield key.description, partial(app.run_action, key.action), f"key {key.shown}"
        for key in VIEW_KEYS:
            if key.in_help and not key.action.startswith("tag("):
                yield key.description, partial(app.run_view_action, key.action), f"key {key.shown}"
        for i, theme in enumerate(app.store.themes(), start=1):
            yield f"Tag with {clean_line(theme.name)}", partial(app.run_view_action, f"tag({i})"), clean_line(theme.description)

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=Content(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                # highlight() reads its argument as markup: escaped, a theme name is shown as written.
                yield Hit(score, matcher.highlight(escape(name)), callback, text=name, help=Content(help_text))
