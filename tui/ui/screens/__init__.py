"""The windows over the reader: dialogs, tables, charts, help."""

from pathlib import Path

# The windows' stylesheet. Textual reads a screen's CSS_PATH when the screen is first shown,
# so the reader's first paint does not parse these rules. Absolute: a window subclassed in
# another folder (tui/ui/attributes.py) finds it too.
DIALOG_CSS = str(Path(__file__).resolve().parent.parent / "dialogs.tcss")
