"""The theme picker's uses: `T` in the reader (tag with any theme, however many there
are), and in the codebook choosing a parent or the theme to merge into."""

from __future__ import annotations

from ..core.hierarchy import descendants, leaves, paths
from .screens.theme_picker import Choice, ThemePickerScreen


def theme_choices(themes, only=None, counts: dict[str, int] | None = None) -> list[Choice]:
    """Choices for themes (those in ``only`` when given), labelled by path, noting the
    number key of the first nine and the count when given."""
    path_of = paths(themes)
    keep = None if only is None else {t.name for t in only}
    out = []
    for number, theme in enumerate(themes, start=1):
        if keep is not None and theme.name not in keep:
            continue
        notes = [f"key {number}"] if number <= 9 else []
        if counts is not None:
            notes.append(f"{counts.get(theme.name, 0)} tags")
        out.append(Choice(theme.name, path_of[theme.name], theme.color, " \u00b7 ".join(notes)))
    return out


def pick_and_tag(owner) -> None:
    """`T`: tag the focused pane's selection with a theme chosen from the picker."""
    from .tagging import tag_theme

    pane = owner.focused_pane
    if pane is None or pane.article is None:
        return
    if pane.raw_mode:
        owner.notify("Theme keys work in the cleaned text: r goes back to it", severity="warning")
        return
    themes = owner.store.themes()
    if not themes:
        owner.notify("No themes yet: press t to add one to the codebook", severity="warning")
        return
    view = pane.view

    def chosen(name: str | None) -> None:
        if name:
            tag_theme(view, name)

    owner.app.push_screen(ThemePickerScreen("Tag the selection with", theme_choices(themes, leaves(themes))), chosen)


def parent_choices(store, name: str) -> list[Choice]:
    """Where theme ``name`` can go: the top level, or any theme not itself or below it."""
    themes = store.themes()
    blocked = descendants(name, themes) | {name}
    top = Choice("", "(top level: no parent)")
    return [top, *theme_choices(themes, [t for t in themes if t.name not in blocked])]


def merge_choices(store, name: str) -> list[Choice]:
    """The themes ``name`` can be merged into (every other one), with their counts."""
    themes = store.themes()
    return theme_choices(themes, [t for t in themes if t.name != name], store.theme_counts())
