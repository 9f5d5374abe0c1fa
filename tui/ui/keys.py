"""Every key of every screen, as data: the bindings, the help screen, the command palette,
the key bars and the README's key table are all made from these tables.

Each key has an id ("reader.next_article", "list.down") that a user's keys file can bind
to other keys (see keymap.py); an id shared by several screens ("list.*", "modal.*")
rebinds the key on all of them. `python -m tui.ui.keys` prints the README's key table.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from textual.binding import Binding

# Key ids a user has rebound, with the keys they chose (set by keymap.use_keymap).
REBOUND: dict[str, str] = {}


class Key(NamedTuple):
    """One key of one table. (A named tuple: a frozen dataclass took about a millisecond to
    define and make the 137 of, before the first paint.)"""

    keys: str  # Textual key names, comma-separated
    action: str
    description: str
    group: str
    footer: str = ""  # its name in the key bar; empty: not shown there
    label: str = ""  # how the help screen writes the key, if not derived from keys
    in_help: bool = True  # False for keys the help screen lists under a sibling ("1-9")
    id: str = ""  # the binding id a keys file rebinds
    words: str = ""  # more words the command palette finds it by

    @property
    def shown(self) -> str:
        if self.id in REBOUND:
            return display(REBOUND[self.id])
        return self.label or display(self.keys)

    @property
    def first_key(self) -> str:
        return (REBOUND.get(self.id) or self.keys).split(",")[0].strip()

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.description, show=bool(self.footer), id=self.id or None)


_NAMES = {
    "down": "Down", "up": "Up", "left": "Left", "right": "Right", "home": "Home", "end": "End",
    "pagedown": "PgDn", "pageup": "PgUp", "space": "Space", "enter": "Enter", "escape": "Esc",
    "tab": "Tab", "delete": "Del", "backspace": "Backspace", "slash": "/", "question_mark": "?",
    "equals_sign": "=", "left_square_bracket": "[", "right_square_bracket": "]", "colon": ":",
    "full_stop": ".", "comma": ",", "minus": "-", "plus": "+",
}


def display(keys: str) -> str:
    """Textual key names as a user reads them: "j,down" -> "j / Down"."""
    out = []
    for key in (k.strip() for k in keys.split(",")):
        *mods, base = key.split("+")
        out.append("+".join([*(m.capitalize() for m in mods), _NAMES.get(base, base.upper() if mods else base)]))
    return " / ".join(out)


def _ids(scope: str, keys: list[Key]) -> list[Key]:
    """The keys, given ids "scope.action" (arguments joined with "_": "tag(3)" -> "tag_3")."""
    return [key._replace(id=f"{scope}.{key.id or _id_of(key.action)}") for key in keys]


def _id_of(action: str) -> str:
    return re.sub(r"\W+", "_", action.replace("'", "")).strip("_")


VIEW_KEYS: list[Key] = _ids("reader", [
    Key("j,down", "cursor(1)", "Next passage", "Read", id="next_passage"),
    Key("k,up", "cursor(-1)", "Previous passage", "Read", id="previous_passage"),
    Key("J,shift+down", "extend(1)", "Extend selection", "Tag", id="extend"),
    Key("K,shift+up", "extend(-1)", "Shrink selection", "Tag", id="shrink"),
    Key("v", "toggle_unit", "Move by sentence / paragraph / word", "Read", words="unit paragraphs sentences words"),
    Key("pagedown,space", "page(1)", "Page down", "Read", id="page_down"),
    Key("pageup", "page(-1)", "Page up", "Read", id="page_up"),
    Key("home", "edge(0)", "First passage", "Read", id="first"),
    Key("end", "edge(1)", "Last passage", "Read", id="last"),
    Key("1", "tag(1)", "Tag with a theme", "Tag", footer="Tag", label="1-9"),
    *[Key(str(n), f"tag({n})", f"Tag theme {n}", "Tag", in_help=False) for n in range(2, 10)],
    Key("m", "note", "Note (asks which when several)", "Tag", footer="Note", words="comment memo"),
    Key("d", "done", "Mark the article done / not done for you", "Tag", words="finished read coded"),
    Key("L", "others", "Show / hide other coders' annotations", "Tag", words="coders layers annotators"),
    Key("C", "adopt", "Adopt the other coder's annotation here", "Tag", words="copy coder layer"),
    Key("right_square_bracket", "jump(1)", "Next annotation", "Tag", id="next_annotation"),
    Key("left_square_bracket", "jump(-1)", "Previous annotation", "Tag", id="previous_annotation"),
    Key("escape", "clear", "Clear selection / filter / search", "Read"),
    Key("slash", "search", "Search article", "Search", footer="Search", words="find"),
    Key("enter", "accept", "Next hit / accept suggestion", "Search"),
    Key("N,shift+enter", "previous_hit", "Previous hit", "Search"),
    Key("x", "reject", "Reject suggestion", "Search"),
    Key("g", "toggle_suggestions", "Show / hide suggestions", "Search", words="keywords"),
    Key("equals_sign", "counterpart", "Jump to shared passage", "Compare", words="overlap linked"),
])

APP_KEYS: list[Key] = _ids("reader", [
    Key("n", "next_article", "Next article", "Articles", footer="Next"),
    Key("p", "previous_article", "Previous article", "Articles"),
    Key("b", "toggle_list", "Show / hide the article list", "Articles", footer="List", words="sidebar collapse"),
    Key("c", "compare", "Compare: open next beside", "Compare", footer="Compare", words="side by side pane"),
    Key("w", "close_pane", "Close pane", "Compare"),
    Key("l", "focus_next", "Next pane", "Compare", id="next_pane", label="l / Tab"),
    Key("h", "focus_previous", "Previous pane", "Compare", id="previous_pane", label="h / Shift+Tab"),
    Key("r", "raw", "Raw text / cleaned", "Articles", footer="Raw", words="source cleaning removed lines"),
    Key("i", "correct", "Correct title, byline, source, date", "Articles", words="metadata edit author headline"),
    Key("I", "attributes", "Attributes of this article (name=value)", "Articles",
        words="attributes country stance variables"),
    Key("B", "article_table", "Article table: columns, sort, filter", "Articles",
        words="articles list columns sort filter done attributes"),
    Key("T", "pick_theme", "Tag with any theme: type to find it", "Tag", words="themes picker choose more"),
    Key("u", "undo", "Undo", "Tag", footer="Undo"),
    Key("U,ctrl+r", "redo", "Redo", "Tag"),
    Key("a", "annotation_list", "Annotation list", "Tag", words="tags coding"),
    Key("t", "codebook", "Codebook", "Tag", footer="Codebook", words="themes keywords colours"),
    Key("e", "export", "Export", "Analysis", words="csv save write qdpx"),
    Key("s", "stats", "Theme x article matrix", "Analysis", words="stats statistics counts table"),
    Key("F,ctrl+f", "corpus_search", "Search all articles", "Search", words="find corpus"),
    Key("o", "overlap", "Shared passages across the corpus", "Compare", words="duplicates pairs"),
    Key("A", "agreement", "Inter-coder agreement per theme", "Analysis", words="kappa alpha reliability coders"),
    Key("R", "retrieve", "Coded segments with context (retrieve)", "Analysis",
        words="retrieval segments quotes passages coded report"),
    Key("X", "cooccurrence", "Theme x theme co-occurrence", "Analysis",
        words="cooccurrence overlap pairs together"),
    Key("G", "charts", "Charts: themes by outlet and over time", "Analysis",
        words="charts graphs plot bars lines outlets sources dates time trend"),
    Key("M", "article_memo", "Memo on this article", "Analysis", words="memo article comment"),
    Key("P", "project_memo", "Memo on the project", "Analysis", words="memo project journal"),
    Key("D", "adjudicate", "Adjudicate coders' disagreements", "Analysis", words="disagreements resolve team coders"),
    Key("question_mark", "help", "Keys of this screen", "App", footer="Keys", words="help"),
    Key("colon,ctrl+p", "command_palette", "Command palette: every action", "App", footer="Palette"),
    Key("q", "quit", "Quit", "App", footer="Quit", words="exit"),
])

# The keys of APP_KEYS bound on the app itself (every other one is the main screen's).
APP_WIDE = frozenset({"quit", "command_palette"})

RAW_KEYS: list[Key] = _ids("raw", [
    Key("j,down", "cursor(1)", "Next line", "Raw text", id="next_line"),
    Key("k,up", "cursor(-1)", "Previous line", "Raw text", id="previous_line"),
    Key("pagedown,space", "page(1)", "Page down", "Raw text", id="page_down"),
    Key("pageup", "page(-1)", "Page up", "Raw text", id="page_up"),
    Key("home", "edge(0)", "First line", "Raw text", id="first"),
    Key("end", "edge(1)", "Last line", "Raw text", id="last"),
    Key("x", "toggle_line", "Restore a removed line / drop a kept one", "Raw text", footer="Restore / drop"),
    Key(",".join("123456789"), "no_tagging", "Theme keys: tagging works in the cleaned text", "Raw text",
        label="1-9", id="no_tagging"),
])

ARTICLE_LIST_KEYS: list[Key] = _ids("articles", [
    Key("enter", "select", "Open the highlighted article (list on the left)", "Articles", id="open"),
])

# Every list in every window: the annotation list, codebook, matrix, hits, pairs.
LIST_KEYS: list[Key] = _ids("list", [
    Key("j,down", "list('down')", "Next row", "Move", id="down"),
    Key("k,up", "list('up')", "Previous row", "Move", id="up"),
    Key("pagedown", "list('page_down')", "Page down", "Move", id="page_down"),
    Key("pageup", "list('page_up')", "Page up", "Move", id="page_up"),
    Key("home", "list('top')", "First row", "Move", id="top"),
    Key("end", "list('bottom')", "Last row", "Move", id="bottom"),
])

# Every window over the reader.
MODAL_KEYS: list[Key] = _ids("modal", [
    Key("u", "undo", "Undo", "Window", footer="Undo", id="undo"),
    Key("U,ctrl+r", "redo", "Redo", "Window", id="redo"),
    Key("question_mark", "help", "Keys of this window", "Window", footer="Keys", id="help"),
    Key("escape,q", "close", "Close", "Window", footer="Close", id="close"),
])

ANNOTATION_LIST_KEYS: list[Key] = _ids("annotations", [
    Key("enter", "choose", "Go to the passage", "Annotations", footer="Go to"),
    Key("1", "filter(1)", "Show one theme", "Annotations", footer="Theme", label="1-9"),
    *[Key(str(n), f"filter({n})", f"Show theme {n}", "Annotations", in_help=False) for n in range(2, 10)],
    Key("0", "filter(0)", "Show all themes", "Annotations", footer="All"),
])

CODEBOOK_KEYS: list[Key] = _ids("codebook", [
    Key("a", "add", "Add a theme", "Codebook", footer="Add"),
    Key("r", "rename", "Rename", "Codebook", footer="Rename"),
    Key("c", "recolour", "Colour", "Codebook", footer="Colour"),
    Key("d", "describe", "Describe", "Codebook", footer="Describe"),
    Key("e", "patterns", "Edit keywords", "Codebook", footer="Keywords"),
    Key("K,shift+up", "move(-1)", "Move up: one number key lower", "Codebook", footer="Move", id="move_up"),
    Key("J,shift+down", "move(1)", "Move down: one number key higher", "Codebook", id="move_down"),
    Key("x,delete", "delete", "Delete", "Codebook", footer="Delete"),
    Key("p", "parent", "Put under another theme (sub-theme) / at the top", "Codebook", footer="Parent"),
    Key("m", "merge", "Merge into another theme (one step: u undoes)", "Codebook", footer="Merge"),
])

PICKER_KEYS: list[Key] = _ids("picker", [
    Key("", "", "Type to filter: every word must match", "Theme picker", label="letters", id="type"),
    Key("down", "move(1)", "Next theme", "Theme picker", id="down"),
    Key("up", "move(-1)", "Previous theme", "Theme picker", id="up"),
    Key("enter", "", "Choose the highlighted theme", "Theme picker", footer="Choose", id="choose"),
    Key("escape", "cancel", "Cancel", "Theme picker", footer="Cancel"),
])

ARTICLE_TABLE_KEYS: list[Key] = _ids("article_table", [
    Key("enter", "open", "Open the article", "Article table", footer="Open"),
    Key("h,left", "column(-1)", "Previous column", "Article table", id="left"),
    Key("l,right", "column(1)", "Next column", "Article table", id="right"),
    Key("s", "sort", "Sort by the cursor's column (again: reverse)", "Article table", footer="Sort"),
    Key("slash", "filter", "Filter: words, name=value (source, attributes, done=yes)", "Article table",
        footer="Filter"),
    Key("I", "attributes", "Attributes of the highlighted article", "Article table", footer="Attributes"),
])

MATRIX_KEYS: list[Key] = _ids("matrix", [
    Key("h,left", "cell('left')", "Previous column", "Matrix", id="left"),
    Key("l,right", "cell('right')", "Next column", "Matrix", id="right"),
    Key("s", "sort", "Sort by the cursor's column", "Matrix", footer="Sort"),
    Key("enter", "choose", "Open the article showing that theme", "Matrix", footer="Open"),
])

CORPUS_SEARCH_KEYS: list[Key] = _ids("search_all", [
    Key("enter", "", "Search / open the hit", "Search all", footer="Open", id="open"),
    Key("1", "tag(1)", "Tag the hit's sentence", "Search all", footer="Tag", label="1-9"),
    *[Key(str(n), f"tag({n})", f"Tag theme {n}", "Search all", in_help=False) for n in range(2, 10)],
    Key("A", "tag_all", "Tag every hit (then 1-9)", "Search all", footer="Tag all"),
])

OVERLAP_KEYS: list[Key] = _ids("overlap", [
    Key("enter", "choose", "Compare the pair side by side", "Shared passages", footer="Compare"),
])

EXPORT_KEYS: list[Key] = _ids("export", [
    Key("ctrl+s", "export", "Export (Enter in the path too)", "Export", footer="Export"),
    Key("escape", "cancel", "Cancel", "Export", footer="Cancel"),
])

NOTE_KEYS: list[Key] = _ids("note", [
    Key("ctrl+s", "save", "Save the note", "Note", footer="Save"),
    Key("escape", "cancel", "Cancel", "Note", footer="Cancel"),
])

CONFIRM_KEYS: list[Key] = _ids("confirm", [
    Key("y,enter", "answer(True)", "Yes", "Question", footer="Yes", id="yes"),
    Key("n,escape", "answer(False)", "No", "Question", footer="No", id="no"),
])

PROMPT_KEYS: list[Key] = _ids("prompt", [
    Key("enter", "", "OK", "Prompt", footer="OK", id="ok"),
    Key("escape", "cancel", "Cancel", "Prompt", footer="Cancel"),
])

AGREEMENT_KEYS: list[Key] = _ids("agreement", [
    Key("v", "unit", "Sentences / characters as units", "Agreement", footer="Unit"),
    Key("a", "all", "Articles every coder marked done / every annotated article", "Agreement", footer="Articles"),
])

ADJUDICATE_KEYS: list[Key] = _ids("adjudicate", [
    Key("n,j,down", "step(1)", "Next open disagreement", "Adjudicate", footer="Next", id="next"),
    Key("p,k,up", "step(-1)", "Previous open disagreement", "Adjudicate", id="previous"),
    Key("a", "take(0)", "Take the first coder's tagging (b the second's, c, d)", "Adjudicate", footer="Take",
        label="a-d"),
    *[Key(letter, f"take({i})", f"Take coder {letter.upper()}'s", "Adjudicate", in_help=False)
      for i, letter in enumerate("bcd", start=1)],
    Key("o", "take_all", "Take both (every coder's)", "Adjudicate", footer="Both"),
    Key("x", "neither", "Neither: leave the passage untagged", "Adjudicate", footer="Neither"),
    Key("enter", "open", "Open the passage in the reader", "Adjudicate", footer="Open"),
])

RETRIEVE_KEYS: list[Key] = _ids("retrieve", [
    Key("enter", "open", "Go to the passage in the reader", "Segments", footer="Go to"),
    Key("m", "note", "Edit the segment's note", "Segments", footer="Note"),
    Key("slash", "filter", "Filter: theme: coder: source: from: to:", "Segments", footer="Filter"),
    Key("1", "theme(1)", "Add / remove a theme in the filter", "Segments", footer="Theme", label="1-9"),
    *[Key(str(n), f"theme({n})", f"Theme {n} in the filter", "Segments", in_help=False) for n in range(2, 10)],
    Key("0", "theme(0)", "Every theme", "Segments"),
    Key("e", "export(False)", "Export the result: CSV and Markdown report", "Segments", footer="Export",
        id="export"),
    Key("E", "export(True)", "Export, the CSV for Excel (BOM, CRLF)", "Segments", id="export_excel"),
])

COOCCURRENCE_KEYS: list[Key] = _ids("cooccurrence", [
    Key("v", "switch", "Overlapping passages / articles with both", "Co-occurrence", footer="Passages / articles"),
])

CHARTS_KEYS: list[Key] = _ids("charts", [
    Key("v", "switch", "Themes by outlet / over time", "Charts", footer="Outlet / time"),
    Key("b", "style", "Bars / lines", "Charts", footer="Bars / lines"),
    Key("a", "unit", "Count passages / articles with the theme", "Charts", footer="Passages / articles"),
])

HELP_KEYS: list[Key] = _ids("help", [
    Key("escape,q,question_mark", "dismiss", "Close", "Help", footer="Close", id="close"),
])


class Screen:
    """A screen's keys, as help, the key bars and the keys file see them. A plain class: a
    dataclass took half a millisecond to define before the first paint, for 19 tables."""

    __slots__ = ("title", "keys", "lists", "modal", "order")

    def __init__(self, title: str, keys: list[Key], lists: bool = False, modal: bool = True,
                 order: list[str] | None = None) -> None:
        self.title = title
        self.keys = keys
        self.lists = lists  # has a list: LIST_KEYS apply
        self.modal = modal  # a window over the reader: MODAL_KEYS apply
        self.order = order or []  # group order in help

    def all_keys(self) -> list[Key]:
        return [*self.keys, *(LIST_KEYS if self.lists else []), *(MODAL_KEYS if self.modal else [])]


READER_GROUPS = ["Read", "Tag", "Articles", "Compare", "Search", "Analysis", "App"]
SCREENS: dict[str, Screen] = {
    "reader": Screen("Reader", [*VIEW_KEYS, *APP_KEYS, *ARTICLE_LIST_KEYS], modal=False, order=READER_GROUPS),
    "raw": Screen("Raw text (r)", RAW_KEYS, modal=False),
    "annotations": Screen("Annotation list (a)", ANNOTATION_LIST_KEYS, lists=True),
    "codebook": Screen("Codebook (t)", CODEBOOK_KEYS, lists=True),
    "matrix": Screen("Theme x article matrix (s)", MATRIX_KEYS, lists=True),
    "search_all": Screen("Search all articles (F)", CORPUS_SEARCH_KEYS, lists=True),
    "overlap": Screen("Shared passages across the corpus (o)", OVERLAP_KEYS, lists=True),
    "export": Screen("Export (e)", EXPORT_KEYS, modal=False),
    "note": Screen("Note (m)", NOTE_KEYS, modal=False),
    "confirm": Screen("Questions", CONFIRM_KEYS, modal=False),
    "prompt": Screen("Prompts", PROMPT_KEYS, modal=False),
    "agreement": Screen("Inter-coder agreement (A)", AGREEMENT_KEYS, lists=True),
    "charts": Screen("Charts (G)", CHARTS_KEYS),
    "adjudicate": Screen("Adjudicate disagreements (D)", ADJUDICATE_KEYS),
    "retrieve": Screen("Coded segments (R)", RETRIEVE_KEYS, lists=True),
    "cooccurrence": Screen("Theme x theme co-occurrence (X)", COOCCURRENCE_KEYS, lists=True),
    "picker": Screen("Theme picker (T)", PICKER_KEYS, modal=False),
    "article_table": Screen("Article table (B)", ARTICLE_TABLE_KEYS, lists=True),
    "help": Screen("Help (?)", HELP_KEYS, modal=False),
}


def bindings(screen: str) -> list[Binding]:
    """The bindings of a window: its own keys and the window keys it shares (the list
    keys are bound on the lists themselves, widgets/lists.py)."""
    spec = SCREENS[screen]
    return [k.binding() for k in (*spec.keys, *(MODAL_KEYS if spec.modal else [])) if k.action]


def list_bindings() -> list[Binding]:
    return [k.binding() for k in LIST_KEYS]


def help_rows(screen: str = "reader") -> list[tuple[str, str, str]]:
    """(group, key, description) for every key of a screen, in help-screen order."""
    spec = SCREENS[screen]
    rows = [(k.group, k.shown, k.description) for k in spec.all_keys() if k.in_help]
    if screen == "reader":
        rows += [(k.group, k.shown, k.description) for k in RAW_KEYS]
    order = spec.order or list(dict.fromkeys(group for group, _, _ in rows))
    return sorted(rows, key=lambda r: order.index(r[0]) if r[0] in order else len(order))


def footer_keys(screen: str) -> list[Key]:
    return [k for k in SCREENS[screen].all_keys() if k.footer]


def _row(key: Key) -> str:
    shown = " / ".join(f"`{part}`" for part in key.shown.split(" / "))
    return f"| {shown} | {key.description} |"


def readme_table() -> str:
    """The README's key table: one table per screen, then the keys every list and window share."""
    parts = []
    for name, spec in SCREENS.items():
        shared = [label for label, on in (("every list", spec.lists), ("every window", spec.modal)) if on]
        rows = [_row(k) for k in sorted((k for k in spec.keys if k.in_help),
                                        key=lambda k: spec.order.index(k.group) if k.group in spec.order else 0)]
        tail = f"\n\nand the keys of {' and '.join(shared)}." if shared else ""
        parts.append(f"**{spec.title}**\n\n| key | what it does |\n|---|---|\n" + "\n".join(rows) + tail)
    for title, keys in (("Every list (annotations, codebook, matrix, hits, pairs)", LIST_KEYS),
                        ("Every window over the reader", MODAL_KEYS)):
        parts.append(f"**{title}**\n\n| key | what it does |\n|---|---|\n" + "\n".join(map(_row, keys)))
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    print(readme_table(), end="")
