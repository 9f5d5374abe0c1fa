"""KeyBar: one line at the bottom naming the main keys, made from the key tables (keys.py).

It stands in for Textual's Footer, which mounts a widget per key and took about a fifth of
the time to first paint; this is one widget rendering one line. A click on a key presses it.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widget import Widget

from ..keys import APP_KEYS, BUILTIN_KEYS, VIEW_KEYS, Key


class KeyBar(Widget):
    """The keys with a ``footer`` name in keys.py: the view's, the app's, then Textual's."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-bar--key { color: $footer-key-foreground; text-style: bold; }
        .key-bar--description { color: $footer-description-foreground; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: list[Key] = [k for k in (*VIEW_KEYS, *APP_KEYS, *BUILTIN_KEYS) if k.footer]
        self._spans: list[tuple[int, int, str]] = []  # (first cell, end cell, key to press)

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        text = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        for key in self.keys:
            start = text.cell_len
            text.append(f" {key.shown} ", style=key_style)
            text.append(f"{key.footer} ", style=description_style)
            self._spans.append((start, text.cell_len, key.keys.split(",")[0]))
        return text

    def key_at(self, x: int) -> str | None:
        """The key whose label covers cell x, if any."""
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x)
        if key is not None:
            self.app.simulate_key(key)
