"""The margin left of the article text, and its legend.

Every theme has a fixed column: theme 1 in the first, 2 in the second, up to 9 (themes
past the ninth share a `+` column). A line shows the number of every theme of the current
coder's annotations on it, in the theme's colour, so no name can push another out; a
suggested theme not yet tagged there shows `?` in its column. Then `✎` when an annotation
starting on the line has a note, then the other coders' marks (their initial and theme
numbers, italic) when they are shown. A line with nothing else shows the whole name of a
suggestion, as `?theme`.
"""

from __future__ import annotations

from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from ...core.models import Theme
from ...core.safe_text import clean_line

WIDTH = 16  # columns before the one blank column that separates margin and text
SLOTS = 10  # theme columns: nine numbered themes and one "+"
NOTE_COLUMN = 10
OTHERS_COLUMN = 12  # others' marks: columns 12-15
NOTE_MARK = "\u270e"


@lru_cache(maxsize=128)
def mark_style(colour: str, other: bool = False) -> Style:
    return Style(color=colour, bold=not other, italic=other)


def slot_of(order: int) -> tuple[int, str]:
    """The column and character for a theme at this position of the codebook."""
    return (order, str(order + 1)) if order < 9 else (9, "+")


def make_gutter(own: list, noted: bool, others: list, suggested: list, themes: dict[str, Theme],
                base: Style, width: int = WIDTH) -> list[Segment]:
    """The margin of one line as width + 1 cells (a narrow pane's margin packs the marks,
    theme numbers first).

    own, others: annotation spans overlapping the line (.label: theme name, .coder);
    noted: an own annotation with a note starts on the line; suggested: suggestion spans
    starting on it (.label: "?theme"). themes: name -> Theme (order: position)."""
    cells: list[tuple[str, Style]] = [(" ", base)] * (WIDTH + 1)
    marked = False
    for span in own:
        theme = themes.get(span.label)
        if theme is None:
            continue
        column, char = slot_of(theme.order)
        cells[column] = (char, base + mark_style(theme.color))
        marked = True
    if noted:
        cells[NOTE_COLUMN] = (NOTE_MARK, base + Style(bold=True))
    column = OTHERS_COLUMN
    last_coder = None
    for span in sorted(others, key=lambda s: (s.coder, themes[s.label].order if s.label in themes else 99)):
        theme = themes.get(span.label)
        if theme is None or column >= WIDTH:
            continue
        if span.coder != last_coder:
            if last_coder is not None and column < WIDTH:
                column += 1
            if column >= WIDTH:
                break
            cells[column] = (clean_line(span.coder)[:1] or "?", base + Style(italic=True, dim=True))
            column += 1
            last_coder = span.coder
        if column < WIDTH:
            cells[column] = (slot_of(theme.order)[1], base + mark_style(theme.color, other=True))
            column += 1
    for span in suggested:
        theme = themes.get(span.label[1:])
        if theme is None:
            continue
        slot, _ = slot_of(theme.order)
        if cells[slot][0] == " ":
            if not marked and not others:
                return _suggestion_label(span, base, width)
            cells[slot] = ("?", base + Style(color=theme.color, italic=True))
    if width < WIDTH:
        packed = [cell for cell in cells[:WIDTH] if cell[0] != " "][:width]
        cells = packed + [(" ", base)] * (width + 1 - len(packed))
    return _merge(cells)


def _suggestion_label(span, base: Style, width: int) -> list[Segment]:
    label = clean_line(span.label)[:width]
    style = base + span.label_style if span.label_style else base
    return [Segment(label, style), Segment(" " * (width + 1 - len(label)), base)]


def _merge(cells: list[tuple[str, Style]]) -> list[Segment]:
    out: list[Segment] = []
    for char, style in cells:
        if out and out[-1].style == style:
            out[-1] = Segment(out[-1].text + char, style)
        else:
            out.append(Segment(char, style))
    return out


def legend(themes: list[Theme], coder: str, others: list[str], others_shown: bool) -> Text:
    """One line naming each theme's number, the note mark and the coder layers."""
    text = Text(end="")  # wraps in a narrow pane: no name is cut off
    for theme in themes:
        _, char = slot_of(theme.order)
        text.append(char, style=mark_style(theme.color))
        text.append(f" {clean_line(theme.name)}  ")
    text.append(f"{NOTE_MARK} note  ", style="dim")
    text.append(f"you: {clean_line(coder)}", style="bold")
    if others:
        names = clean_line(", ".join(others))
        text.append(f" \u00b7 {names}: {'italics' if others_shown else 'hidden'} (L)", style="dim")
    return text
