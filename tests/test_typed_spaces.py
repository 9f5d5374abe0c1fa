"""A space typed as a no-break space (Option+Space on a Mac keyboard) or another Unicode space
is a space in every text field: Textual's Input and TextArea take only printable characters,
and dropped it, gluing two words ("LeMonde"). Typed as a terminal delivers it: the bytes
read by Textual's own input parser, its key events sent through the driver."""

from __future__ import annotations

from textual._xterm_parser import XTermParser

from tui.core.store import AnnotationStore

from .apps import running  # noqa: F401  (the fixture)
from .test_corrections import UNTITLED, dialog_open

NBSP, THIN, IDEOGRAPHIC = "\u00a0", "\u2009", "\u3000"


async def typed(app, pilot, text: str) -> None:
    """text typed at the terminal. (Pilot's press names a no-break space's key but gives it no
    character, which the terminal's key event carries.)"""
    for event in XTermParser().feed(text):
        app._driver.send_message(event)
        await pilot.pause()


async def test_a_note_typed_with_other_spaces_keeps_them_as_spaces(running):  # noqa: F811
    app, pilot = running
    await pilot.press("1", "m")
    await typed(app, pilot, f"Le{NBSP}Monde{THIN}et{IDEOGRAPHIC}AFP")
    await pilot.press("ctrl+s")
    [annotation] = app.store.annotations()
    assert annotation.note == "Le Monde et AFP"


async def test_a_title_typed_with_a_no_break_space_is_stored_with_a_space(db_path):
    async with dialog_open(db_path) as (app, pilot):
        await typed(app, pilot, f"Le{NBSP}Monde")
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.focused_pane.article.title == "Le Monde"
    store = AnnotationStore(db_path)
    assert store.corrections(UNTITLED) == {"title": "Le Monde"}
    store.close()


async def test_the_search_field_too(running):  # noqa: F811
    app, pilot = running
    await pilot.press("slash")
    await typed(app, pilot, f"Vladimir{NBSP}")
    assert app.main_screen.search_input.value == "Vladimir "


async def test_a_title_pasted_on_two_lines_comes_in_whole(db_path):
    """A headline copied from a page with its kicker on the line above: Input kept the first line alone."""
    async with dialog_open(db_path) as (app, pilot):
        app.screen.query_one("#correct-title").value = ""
        await typed(app, pilot, "\x1b[200~Minderheit in Syrien\r\n  Drusen fordern Teilhabe\n\x1b[201~")
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.focused_pane.article.title == "Minderheit in Syrien Drusen fordern Teilhabe"


async def test_a_title_pasted_with_control_characters_is_stored_without_them(db_path):
    """A bell and a C1 code inside a bracketed paste reach the field as text (an escape would end
    the paste): stored, they went on to the CSV."""
    async with dialog_open(db_path) as (app, pilot):
        app.screen.query_one("#correct-title").value = ""
        await typed(app, pilot, "\x1b[200~Putin\x07 snubs\x9b boycott\x1b[201~")
        await pilot.press("enter")
        await pilot.pause()
    store = AnnotationStore(db_path)
    assert store.corrections(UNTITLED) == {"title": "Putin snubs boycott"}
    store.close()


async def test_a_note_pasted_with_control_characters_keeps_its_lines_without_them(running):  # noqa: F811
    app, pilot = running
    await pilot.press("1", "m")
    await typed(app, pilot, "\x1b[200~first\x07 line\r\nsecond\x08 line\rthird\x1b[201~")
    await pilot.press("ctrl+s")
    [annotation] = app.store.annotations()
    assert annotation.note == "first line\nsecond line\nthird"
