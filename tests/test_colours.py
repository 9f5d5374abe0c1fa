"""Colours come from the Textual theme in use and stay legible: every built-in theme, light
ones included, and 16-colour terminals (TERM=screen)."""

from __future__ import annotations

import pytest
from rich.color import ColorType
from rich.terminal_theme import DEFAULT_TERMINAL_THEME
from textual.color import Color

from tests.test_ui import make_app
from tui.core.store import PALETTE
from tui.ui.colours import (LABEL_CONTRAST, TEXT_CONTRAST, Palette, contrast, on_standard, palette_of,
                            role_style, theme_styles, theme_variables, wanted)

COLOURS = [*PALETTE, "white", "black", "#888888", "#ffff00", "#000080"]


def rgb(colour) -> Color:
    """A rich colour as the terminal shows it (standard colours in the default palette)."""
    return Color(*colour.get_truecolor(DEFAULT_TERMINAL_THEME))


def check_palette(palette: Palette, variables) -> None:
    background, text = Color.parse(palette.background), Color.parse(palette.text)
    for colour in COLOURS:
        tint, _underline, label = theme_styles(colour, palette)
        on_tint = rgb(tint.color) if tint.color else text  # 16 colours: the tint sets its text colour
        assert contrast(on_tint, rgb(tint.bgcolor)) >= wanted(text, background), (palette, colour)
        on = rgb(label.bgcolor) if label.bgcolor else background
        assert contrast(rgb(label.color), on) >= LABEL_CONTRAST, (palette, colour)
    hit = role_style("hit", palette, variables)
    assert contrast(rgb(hit.color), rgb(hit.bgcolor)) >= TEXT_CONTRAST, palette
    if palette.low_colour:  # the other marks are underline, italic or bold in the text's colour
        return
    shared = role_style("shared", palette, variables)
    assert contrast(rgb(shared.color), background) >= wanted(text, background), palette
    for role in ("reason", "kept"):
        assert contrast(rgb(role_style(role, palette, variables).color), background) >= LABEL_CONTRAST


async def test_every_builtin_theme_keeps_tints_and_marks_legible(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.main_screen.focused_pane.view
        themes = list(app.available_themes)
        assert "textual-light" in themes and len(themes) > 10
        for name in themes:
            app.theme = name
            await pilot.pause()
            palette = palette_of(view)
            page = Color.from_rich_color(view.rich_style.bgcolor)
            assert palette.background == page.hex or (page.ansi is not None and palette.low_colour)
            check_palette(palette, theme_variables(app))
    app.store.close()


async def test_tints_follow_a_light_theme(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1")
        view = app.main_screen.focused_pane.view
        dark = view._ann_layer.spans[0].style.bgcolor
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light = view._ann_layer.spans[0].style.bgcolor
        assert light != dark
        background = Color.from_rich_color(view.rich_style.bgcolor)
        assert background.brightness > 0.5 and rgb(light).brightness > 0.5  # a light tint on a light page
    app.store.close()


@pytest.mark.parametrize("colour", COLOURS)
def test_sixteen_colour_tints_are_black_or_white_on_a_standard_colour(colour):
    background, text = on_standard(Color.parse(colour))
    assert background.type == ColorType.STANDARD and text.number in (0, 15)
    assert contrast(rgb(background), rgb(text)) >= TEXT_CONTRAST


async def test_sixteen_colour_terminal_draws_tags_in_standard_colours(db_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_COLOURS", "16")
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1")
        view = app.main_screen.focused_pane.view
        assert palette_of(view).low_colour
        tint = view._ann_layer.spans[0].style
        assert tint.bgcolor.type == ColorType.STANDARD and tint.color.number in (0, 15)
        check_palette(palette_of(view), theme_variables(app))
    app.store.close()


def test_a_sixteen_colour_console_is_recognised(monkeypatch):
    """The console names its colour system as text ("standard"), as rich reports it."""
    from types import SimpleNamespace

    from tui.ui.colours import low_colour

    monkeypatch.delenv("NEWSREADER_COLOURS", raising=False)
    for system, low in (("standard", True), ("windows", True), ("256", False), ("truecolor", False)):
        app = SimpleNamespace(is_headless=False, console=SimpleNamespace(color_system=system))
        assert low_colour(app) is low
