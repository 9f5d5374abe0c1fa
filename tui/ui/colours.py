"""Colours made from the Textual theme in use, checked for contrast.

A theme's tint is its colour blended into the background the text is drawn on (the
widget's own, so light themes get light tints), as strongly as the text stays readable on
it: WCAG contrast of at least TEXT_CONTRAST. Margin labels in a theme's colour are moved
toward the text colour until they reach LABEL_CONTRAST. On 16-colour terminals
(TERM=screen, the Linux console) truecolour would be rounded to the nearest of 16 colours
("bright white on yellow"): there the tint is that nearest colour and the text on it is
black or bright white, whichever reads better in the standard palette.

Roles for the other marks (search hits, shared passages, raw-view reasons) come from the
theme's own variables: warning, accent, success.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import NamedTuple

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.style import Style
from rich.terminal_theme import DEFAULT_TERMINAL_THEME
from textual.color import Color

TEXT_CONTRAST = 4.5  # WCAG AA for body text
LABEL_CONTRAST = 3.0  # WCAG AA for large or bold text: margin labels, marks
STRONGEST_TINT = 0.45  # share of the theme colour in a tint, at most


class Palette(NamedTuple):
    """What text is drawn with: background and text colour (hex), and whether the
    terminal has only 16 colours. (A named tuple: a frozen dataclass took half a millisecond
    to define before the first paint.)"""

    background: str
    text: str
    low_colour: bool = False


def palette_of(widget) -> Palette:
    """The palette a widget draws with, from its computed (theme) style."""
    style = widget.rich_style
    background = Color.from_rich_color(style.bgcolor) if style.bgcolor else Color.parse("#1e1e1e")
    text = Color.from_rich_color(style.color) if style.color else background.get_contrast_text(1.0)
    if background.ansi is not None or text.ansi is not None:
        # An ANSI theme: the terminal's own colours, unknown here. Marks are drawn as on a
        # 16-colour terminal, with both their colours set, so they read on any background.
        dark = widget.app.current_theme.dark
        return Palette("#000000" if dark else "#ffffff", "#ffffff" if dark else "#000000", True)
    return Palette(background.hex, text.hex, low_colour(widget.app))


def low_colour(app) -> bool:
    """Whether the terminal shows 16 colours (NEWSREADER_COLOURS=16 says so when the
    terminal claims more)."""
    if os.environ.get("NEWSREADER_COLOURS") == "16":
        return True
    return not app.is_headless and app.console.color_system in ("standard", "windows")  # rich names it


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _luminance(c: Color) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def wanted(text: Color, background: Color, minimum: float = TEXT_CONTRAST) -> float:
    """The contrast a tint must keep: `minimum`, or 90% of the theme's own text on its page
    when the theme itself stays below that (solarized-light: 4.2)."""
    return min(minimum, 0.9 * contrast(text, background))


def tint(colour: Color, background: Color, text: Color, minimum: float = TEXT_CONTRAST) -> Color:
    """`colour` blended into `background`, as strongly as keeps `text` readable on it."""
    minimum = wanted(text, background, minimum)
    for step in range(int(STRONGEST_TINT * 100), 0, -1):
        blended = background.blend(colour, step / 100)
        if contrast(text, blended) >= minimum:
            return blended
    return background  # no tint keeps the text readable: the margin label alone marks it


def readable(colour: Color, background: Color, toward: Color, minimum: float = LABEL_CONTRAST) -> Color:
    """`colour`, moved toward `toward` (the text colour) until it reads on `background`."""
    share = 0.0
    while share < 1.0:
        candidate = colour.blend(toward, share)
        if contrast(candidate, background) >= minimum:
            return candidate
        share += 0.1
    return toward


def standard(colour: Color) -> tuple[RichColor, Color]:
    """The nearest of the 16 standard colours, and its RGB in the standard palette."""
    downgraded = colour.rich_color.downgrade(ColorSystem.STANDARD)
    triplet = downgraded.get_truecolor(DEFAULT_TERMINAL_THEME)
    return downgraded, Color(*triplet)


BLACK, BRIGHT_WHITE = RichColor.from_ansi(0), RichColor.from_ansi(15)


def on_standard(colour: Color) -> tuple[RichColor, RichColor]:
    """(background, text) in 16 colours for a tint of `colour`: black or bright white text,
    whichever reads better."""
    background, rgb = standard(colour)
    black = contrast(Color(*BLACK.get_truecolor(DEFAULT_TERMINAL_THEME)), rgb)
    white = contrast(Color(*BRIGHT_WHITE.get_truecolor(DEFAULT_TERMINAL_THEME)), rgb)
    return background, BLACK if black >= white else BRIGHT_WHITE


@lru_cache(maxsize=256)
def theme_styles(colour: str, palette: Palette) -> tuple[Style, Style, Style]:
    """(background tint, underline for a second theme on the same text, margin label) of a
    theme colour, for text drawn in `palette`."""
    try:
        parsed = Color.parse(colour)
    except Exception:  # a colour the database holds that no terminal knows
        parsed = Color.parse("#888888")
    background, text = Color.parse(palette.background), Color.parse(palette.text)
    if palette.low_colour:
        bg, fg = on_standard(parsed)
        solid = Style(bgcolor=bg, color=fg)
        return solid, Style(underline=True, bold=True), solid + Style(bold=True)
    shade = tint(parsed, background, text)
    label = readable(parsed, background, text)
    return (Style(bgcolor=shade.rich_color), Style(underline=True, color=label.rich_color),
            Style(color=label.rich_color, bold=True))


@lru_cache(maxsize=64)
def role_style(role: str, palette: Palette, variables: tuple[tuple[str, str], ...]) -> Style:
    """The style of a mark from the theme's variables: "hit" (search hits: solid warning
    colour), "shared" (italic, accent), "reason" and "kept" (raw view: warning, success)."""
    theme = dict(variables)
    source = {"hit": "warning", "shared": "accent", "reason": "warning", "kept": "success"}[role]
    colour = Color.parse(theme.get(source, "#f6d32d"))
    background, text = Color.parse(palette.background), Color.parse(palette.text)
    if role == "hit":
        if palette.low_colour:
            bg, fg = on_standard(colour)
            return Style(bgcolor=bg, color=fg)
        return Style(bgcolor=colour.rich_color, color=colour.get_contrast_text(1.0).rich_color)
    if palette.low_colour:
        return Style(italic=True, underline=True) if role == "shared" else Style(bold=role == "kept")
    shown = readable(colour, background, text, wanted(text, background) if role == "shared" else LABEL_CONTRAST)
    return Style(color=shown.rich_color, italic=role in ("shared", "reason"))


def theme_variables(app) -> tuple[tuple[str, str], ...]:
    """The current theme's colour variables (hashable, for the caches above)."""
    variables = app.get_css_variables()
    return tuple(sorted((k, v) for k, v in variables.items() if k in ("warning", "accent", "success")))


def mark_style(widget, role: str) -> Style:
    """role_style for the palette `widget` draws with and the app's current theme."""
    return role_style(role, palette_of(widget), theme_variables(widget.app))
