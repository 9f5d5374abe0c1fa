"""Textual's Input and TextArea, keeping what an analyst types and pastes: every space and
every line, and no control character.

A no-break space (Option+Space on a Mac keyboard, easy to type by accident between two words)
or another Unicode space arrives as a key whose character is not printable to Python, and
Input and TextArea insert only printable characters: the space was dropped and two words
glued ("LeMonde"). Here such a key types a plain space, as the space bar does. Pasted text is
inserted as pasted (the store makes a title's or byline's spaces plain ones), less its control
characters (:func:`tui.core.safe_text.clean_control`: a bell, a backspace or a C1 code copied
with it was stored in a note or a title, and reached the CSV); and a one-line field takes every
line of it, joined by spaces, where Input kept the first line alone (a headline copied from a
page with its kicker on the line above came in as the kicker).
"""

from __future__ import annotations

import unicodedata

from textual import events
from textual.widgets import Input, TextArea

from ...core.safe_text import clean_control, has_control


class _TypedSpaces:
    """Key handling for both widgets: Textual calls each class's ``_on_key`` along the MRO,
    this one first; every other key goes on to the widget's own handler."""

    async def _on_key(self, event: events.Key) -> None:
        character = event.character
        if character and character != " " and len(character) == 1 and unicodedata.category(character) == "Zs":
            event.stop()
            event.prevent_default()  # (the widget's own handler would drop it)
            await super()._on_key(events.Key("space", " "))  # type: ignore[misc]


class TextEntry(_TypedSpaces, Input):
    """An Input in which any typed space is a space, and text pasted on several lines comes in
    whole, without control characters."""

    def _on_paste(self, event: events.Paste) -> None:
        lines = event.text.splitlines()
        cleaned = [clean_control(line) for line in lines]
        if len(lines) > 1 or cleaned != lines:
            event.stop()
            event.prevent_default()  # (Input's own handler keeps the first line, as pasted)
            super()._on_paste(events.Paste(" ".join(filter(None, map(str.strip, cleaned))) if len(cleaned) > 1
                                           else cleaned[0]))


class TextEntryArea(_TypedSpaces, TextArea):
    """A TextArea in which any typed space is a space, and pasted text comes without control
    characters (its line breaks, however written, as line breaks)."""

    async def _on_paste(self, event: events.Paste) -> None:
        if has_control(event.text):
            event.stop()
            event.prevent_default()  # (TextArea's own handler inserts the text as pasted)
            await super()._on_paste(events.Paste(clean_control(event.text.replace("\r\n", "\n").replace("\r", "\n"))))
