"""What every part of the store shares: the error, timestamps, ids, table names, defaults."""

from __future__ import annotations

from datetime import datetime, timezone

from ..models import Theme

SCHEMA_VERSION = 2
HISTORY_LIMIT = 1000

DEFAULT_THEMES = [
    Theme("Olympic boycott", "#e5a50a", "Diplomatic or sporting boycott of the Beijing Winter Olympics.",
          ["boycott", "Olympics", "Olympic", "Games"]),
    Theme("Ukraine", "#3584e4", "Ukraine, NATO expansion, troops at the border, security guarantees.",
          ["Ukraine", "NATO", "troops", "border", '"security guarantees"']),
    Theme("alliance", "#2ec27e", "Russia-China alignment: partnership, cooperation, treaties.",
          ["alliance", "partnership", '"closer than allies"', "cooperation", "treaty"]),
]
PALETTE = ["#e5a50a", "#3584e4", "#2ec27e", "#e01b24", "#9141ac", "#ff7800", "#00b4b4", "#c061cb", "#865e3c"]

TABLES = ("meta", "themes", "annotations", "articles", "overrides", "suggestions", "history",
          "done", "corrections", "attributes", "memos")


class StoreError(Exception):
    """A database problem, said in one line that names the file."""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_id() -> str:
    import uuid  # here, not at start-up: it imports platform, a few ms before the first paint

    return str(uuid.uuid4())


def stored_path(article) -> str:
    """An article's path as stored: absolute, so it means the same from any working folder."""
    import os

    return os.path.abspath(article.path) if str(article.path) else ""
