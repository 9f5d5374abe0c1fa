"""newsreader: a keyboard-first terminal reader and annotator for news coverage.

`tui.core` is the headless core (loading, cleaning, passages, store, export); `tui.ui` is
the Textual app over it.
"""

__version__ = "0.1.0"
