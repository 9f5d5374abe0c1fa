"""Hostile content for the reader: escape sequences and markup in files, names and databases,
and a check of what the app would write to the terminal."""

from __future__ import annotations

import re
from pathlib import Path

from tui.core.store import AnnotationStore

TITLE_ESC = "\x1b]0;PWNED\x07"  # sets the terminal title
CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"  # OSC 52: writes the clipboard
CLEAR = "\x1b[2J"  # clears the screen
C1 = "\x9b31m"  # C1 CSI: some terminals obey it without ESC
HOSTILE_THEME = f"[/]bad{TITLE_ESC}"
CLICK_ME = "[@click=app.quit]CLICKME[/]"
HOSTILE_NOTE = f"see [/] here {CLEAR}"

ARTICLE = (
    f"Olympic [/] delegation {TITLE_ESC}\n\n"
    "Share [/x] Tweet\n\n"
    f"The delegation arrived in Beijing on Friday for the opening [/x] ceremony of the Games {CLIPBOARD}. "
    f"Officials said the team would stay for the whole of the Winter Games in the city {CLEAR}{C1}. "
    "Russia and China pledged closer ties at the meeting, officials in both capitals said on Friday.\n\n"
    "The boycott by the United States drew a sharp reply from Beijing, which called it a political show.\n"
)
PLAIN = (
    "A quiet article\n\n"
    "The delegation arrived in Beijing on Friday for the opening ceremony of the Games, officials said. "
    "Nothing else happened on the day, and the weather in the city stayed cold and dry for the week.\n"
)

# What Textual itself writes: colours and attributes (SGR) and cursor moves. Anything else
# that is a control character came from content.
_OWN_SEQUENCES = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\d+;\d+H")
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def hostile_folder(root: Path) -> Path:
    folder = root / "articles"
    folder.mkdir()
    (folder / f"a{TITLE_ESC}{CLEAR}.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(PLAIN, encoding="utf-8")
    return folder


def hostile_db(path: Path) -> Path:
    """A database whose fourth theme and a note carry markup and escape sequences."""
    with AnnotationStore(path, annotator="tester") as store:
        store.add_theme(HOSTILE_THEME, description=CLICK_ME, patterns=["delegation"])
    return path


def terminal_output(app) -> str:
    """What the app would write to the terminal for a full repaint of the current screen."""
    return app.screen._compositor.render_full_update().render_segments(app.console)


def foreign_controls(app) -> list[str]:
    """Control characters in the terminal output that Textual did not put there itself."""
    return _CONTROL.findall(_OWN_SEQUENCES.sub("", terminal_output(app)))
