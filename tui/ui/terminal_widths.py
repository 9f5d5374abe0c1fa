"""Character widths as terminals draw them, for text in Indic and other scripts with spacing marks.

A spacing combining mark (Unicode category Mc: the vowel sign in Hindi "का", Tamil "கா",
Bengali "কা") takes a cell of its own in xterm, VTE terminals, tmux and anything else that
asks the C library's ``wcwidth``; Rich's width tables count it as no cell at all. Laid out
by Rich's count and drawn by the terminal's, every line of a Hindi article came out a few
cells longer than the pane: its end overwrote the border and the next pane. Marks that do
not space (Mn, Me: the virama, the anusvara) stay at no cell, as terminals draw them too.
"""

from __future__ import annotations

import unicodedata


def _spacing_marks_split(widths: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """widths with every spacing mark taken out of the zero-width ranges: a code point in no
    range is one cell wide to Rich."""
    out: list[tuple[int, int, int]] = []
    for start, end, width in widths:
        # (the tags and variation selectors from U+E0000 have no spacing mark: 4,096 of the
        # 6,700 zero-width code points, not looked at one by one at every start)
        if width != 0 or start >= 0xE0000:
            out.append((start, end, width))
            continue
        categories = list(map(unicodedata.category, map(chr, range(start, end + 1))))
        if "Mc" not in categories:
            out.append((start, end, width))
            continue
        run_start = None
        for point, category in enumerate(categories, start):
            if category == "Mc":
                if run_start is not None:
                    out.append((run_start, point - 1, 0))
                    run_start = None
            elif run_start is None:
                run_start = point
        if run_start is not None:
            out.append((run_start, end, 0))
    return out


_DONE: set[int] = set()


def match_terminal_widths() -> bool:
    """Count spacing marks as one cell in Rich's (and so Textual's) width tables, once per
    process; False when Rich keeps its tables in a form this does not know (then nothing
    changes)."""
    try:
        from rich import cells
        from rich._unicode_data import load
    except ImportError:
        return False
    changed = False
    for version in ("auto", "latest"):
        table = load(version)
        if id(table) in _DONE or not isinstance(table.widths, list):
            continue
        table.widths[:] = _spacing_marks_split(table.widths)
        _DONE.add(id(table))
        changed = True
    if changed:  # widths measured before are cached
        cells.get_character_cell_size.cache_clear()
        cells.cached_cell_len.cache_clear()
    return bool(_DONE)
