"""KeyBar: one line naming the keys of a screen, made from the key tables (keys.py).

It stands in for Textual's Footer, which mounts a widget per key and took about a fifth of
the time to first paint; this is one widget rendering one line. It shows as many whole
items as fit, never half of one: when some do not fit, `›` at the end (and `‹` at the
start) scroll the items; `?` (every key) is always shown. A click on a key presses it.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.widget import Widget

from ..keys import Key, footer_keys

MORE, LESS = " \u203a", "\u2039 "


class KeyBar(Widget):
    """The keys with a ``footer`` name in keys.py for one screen ("reader" by default)."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    DEFAULT_CSS = """
    KeyBar {
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-bar--key { color: $footer-key-foreground; text-style: bold; }
        .key-bar--description { color: $footer-description-foreground; }
    }
    KeyBar#keys { dock: bottom; }
    """

    first = reactive(0)  # index of the first item shown (scrolled by ‹ ›): a change redraws

    def __init__(self, screen: str = "reader", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.keys: list[Key] = footer_keys(screen)
        self._spans: list[tuple[int, int, str]] = []  # (first cell, end cell, key to press or ‹ ›)

    @staticmethod
    def item(key: Key) -> tuple[str, str]:
        return f" {key.shown} ", f"{key.footer} "

    def visible(self, width: int) -> tuple[list[Key], bool, bool]:
        """The items that fit whole in `width` cells from `first`, and whether ‹ and › show."""
        help_key = next((k for k in self.keys if k.action == "help"), None)
        rest = [k for k in self.keys if k is not help_key]
        first = min(self.first, max(0, len(rest) - 1))
        tail = sum(map(len, self.item(help_key))) if help_key else 0
        room = width - tail - (len(LESS) if first else 0)
        shown: list[Key] = []
        for i, key in enumerate(rest[first:], start=first):
            size = sum(map(len, self.item(key)))
            more_after = i + 1 < len(rest)
            if size + (len(MORE) if more_after else 0) > room:
                break
            shown.append(key)
            room -= size
        more = first + len(shown) < len(rest)
        return shown + ([help_key] if help_key else []), first > 0, more

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        shown, less, more = self.visible(self.size.width or 200)
        text = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        if less:
            text.append(LESS, style=key_style)
            self._spans.append((0, len(LESS), "\u2039"))
        for index, key in enumerate(shown):
            if more and index == len(shown) - 1 and key.action == "help":
                self._spans.append((text.cell_len, text.cell_len + len(MORE), "\u203a"))
                text.append(MORE, style=key_style)
            start = text.cell_len
            label, name = self.item(key)
            text.append(label, style=key_style)
            text.append(name, style=description_style)
            self._spans.append((start, text.cell_len, key.first_key))
        return text

    def key_at(self, x: int) -> str | None:
        """The key whose label covers cell x, if any (‹ or › for the scroll marks)."""
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x)
        if key == "\u203a":
            self.first += 1
        elif key == "\u2039":
            self.first = max(0, self.first - 1)
        elif key is not None:
            self.app.simulate_key(key)
