"""The Textual user interface over `tui.core`."""
