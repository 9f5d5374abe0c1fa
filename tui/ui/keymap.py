"""Keys a user rebinds in a file of their own.

The file is TOML, one line per key id (the ids are in the README's key table, or
`python -m tui.ui.keymap` lists them):

    # ~/.config/newsreader/keys.toml
    "reader.next_article" = "n,right"
    "list.down" = "j,down,ctrl+n"

It is read from $NEWSREADER_KEYS if set, else $XDG_CONFIG_HOME/newsreader/keys.toml
(~/.config/newsreader/keys.toml). Bindings are replaced through Textual's keymap (binding
ids), so every screen, the help, the key bars and the palette show the keys chosen.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import keys as key_tables


def keys_file() -> Path:
    if os.environ.get("NEWSREADER_KEYS"):
        return Path(os.environ["NEWSREADER_KEYS"])
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "newsreader" / "keys.toml"


def known_ids() -> dict[str, key_tables.Key]:
    out: dict[str, key_tables.Key] = {}
    for spec in key_tables.SCREENS.values():
        for key in spec.all_keys():
            if key.id:
                out.setdefault(key.id, key)
    return out


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """(key id -> keys, problems) from the keys file; a missing file is no keymap."""
    path = path or keys_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{path}: not read ({exc})"]
    # Imported only for a file that exists: most users have none, and it is a few
    # milliseconds before the first paint.
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"{path}: not read ({exc})"]
    data = data.get("keys", data)  # a [keys] table or bare lines
    known = known_ids()
    keymap, problems = {}, []
    for key_id, value in data.items():
        if key_id not in known:
            problems.append(f"{path}: no key id {key_id!r}")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f"{path}: {key_id} needs keys as text, e.g. \"n,right\"")
        else:
            keymap[key_id] = ",".join(k.strip() for k in value.split(",") if k.strip())
    return keymap, problems


def use_keymap(keymap: dict[str, str]) -> None:
    """Show the rebound keys in help, key bars, palette (Textual rebinds the bindings)."""
    key_tables.REBOUND.clear()
    key_tables.REBOUND.update(keymap)


if __name__ == "__main__":
    for key_id, key in sorted(known_ids().items()):
        print(f"{key_id:34} {key.keys:24} {key.description}")
