"""Every key of the reader, as data: the bindings, the help screen, the command palette and
the README's key table are all made from these tables.

``VIEW_KEYS`` act on the focused article pane (cursor, tagging); ``APP_KEYS`` anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    keys: str  # Textual key names, comma-separated
    action: str
    description: str
    group: str
    footer: str = ""  # its name in the key bar at the bottom; empty: not shown there
    label: str = ""  # how the help screen writes the key, if not keys
    in_help: bool = True  # False for keys the help screen lists under a sibling ("1-9")

    @property
    def shown(self) -> str:
        return self.label or self.keys

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.description, show=bool(self.footer))


VIEW_KEYS: list[Key] = [
    Key("j,down", "cursor(1)", "Next passage", "Read", label="j / Down"),
    Key("k,up", "cursor(-1)", "Previous passage", "Read", label="k / Up"),
    Key("J,shift+down", "extend(1)", "Extend selection", "Tag", label="J / Shift+Down"),
    Key("K,shift+up", "extend(-1)", "Shrink selection", "Tag", label="K / Shift+Up"),
    Key("v", "toggle_unit", "Sentence / paragraph", "Read"),
    Key("pagedown,space", "page(1)", "Page down", "Read", label="PgDn / Space"),
    Key("pageup", "page(-1)", "Page up", "Read", label="PgUp"),
    Key("home", "edge(0)", "First passage", "Read"),
    Key("end", "edge(1)", "Last passage", "Read"),
    Key("1", "tag(1)", "Tag with a theme", "Tag", footer="Tag", label="1-9"),
    *[Key(str(n), f"tag({n})", f"Tag theme {n}", "Tag", in_help=False) for n in range(2, 10)],
    Key("m", "note", "Note", "Tag", footer="Note"),
    Key("right_square_bracket", "jump(1)", "Next annotation", "Tag", label="]"),
    Key("left_square_bracket", "jump(-1)", "Previous annotation", "Tag", label="["),
    Key("escape", "clear", "Clear selection / filter / search", "Read", label="Esc"),
    Key("slash", "search", "Search article", "Search", footer="Search", label="/"),
    Key("enter", "accept", "Next hit / accept suggestion", "Search", label="Enter"),
    Key("shift+enter", "previous_hit", "Previous hit", "Search", label="Shift+Enter"),
    Key("x", "reject", "Reject suggestion", "Search"),
    Key("g", "toggle_suggestions", "Show / hide suggestions", "Search"),
    Key("equals_sign", "counterpart", "Jump to shared passage", "Compare", label="="),
]

APP_KEYS: list[Key] = [
    Key("n", "next_article", "Next article", "Articles", footer="Next article"),
    Key("p", "previous_article", "Previous article", "Articles"),
    Key("c", "compare", "Compare: open next beside", "Compare", footer="Compare"),
    Key("w", "close_pane", "Close pane", "Compare"),
    Key("r", "raw", "Raw text / cleaned", "Articles", footer="Raw"),
    Key("u", "undo", "Undo", "Tag", footer="Undo"),
    Key("ctrl+r", "redo", "Redo", "Tag", label="Ctrl+R"),
    Key("a", "annotation_list", "Annotation list", "Tag"),
    Key("t", "codebook", "Codebook", "Tag"),
    Key("e", "export", "Export", "Analysis"),
    Key("s", "stats", "Theme x article matrix", "Analysis"),
    Key("ctrl+f", "corpus_search", "Search all articles", "Search", label="Ctrl+F"),
    Key("o", "overlap", "Shared passages across the corpus", "Compare"),
    Key("A", "agreement", "Inter-coder agreement per theme", "Analysis"),
    Key("D", "adjudicate", "Adjudicate coders' disagreements", "Analysis"),
    Key("question_mark", "help", "Keys", "App", footer="Keys", label="?"),
    Key("q", "quit", "Quit", "App", footer="Quit"),
]

RAW_KEYS: list[Key] = [
    Key("j,down", "cursor(1)", "Next line", "Raw text", label="j / Down"),
    Key("k,up", "cursor(-1)", "Previous line", "Raw text", label="k / Up"),
    Key("x", "toggle_line", "Restore a removed line / drop a kept one", "Raw text"),
]

# Keys Textual gives for free, listed so the help screen is complete.
BUILTIN_KEYS: list[Key] = [
    Key("tab", "", "Next pane", "Compare", label="Tab"),
    Key("shift+tab", "", "Previous pane", "Compare", label="Shift+Tab"),
    Key("ctrl+p", "", "Command palette: every action", "App", footer="Palette", label="Ctrl+P"),
]


def help_rows() -> list[tuple[str, str, str]]:
    """(group, key, description) for every key, in help-screen order."""
    rows = []
    for table in (VIEW_KEYS, APP_KEYS, RAW_KEYS, BUILTIN_KEYS):
        for key in table:
            if key.in_help:
                rows.append((key.group, key.shown, key.description))
    order = ["Read", "Tag", "Articles", "Compare", "Search", "Analysis", "Raw text", "App"]
    return sorted(rows, key=lambda r: order.index(r[0]) if r[0] in order else len(order))
