"""Rich renderings for the headless commands (`newsreader clean` without --json)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from .models import Article
from .safe_text import clean_line

T = TypeVar("T")

_out = Console(highlight=False)
_err = Console(stderr=True)

PROGRESS_THRESHOLD = 30  # more files than this get a progress bar on stderr


def progress(items: list[T], label: str = "cleaning") -> Iterator[T]:
    """Iterate items, with a progress bar on stderr when there are many and stderr is a terminal."""
    if len(items) <= PROGRESS_THRESHOLD or not _err.is_terminal:
        yield from items
        return
    from rich.progress import track

    yield from track(items, description=label, console=_err, transient=True)


def print_article(article: Article, console: Console | None = None) -> None:
    console = console or _out
    meta = Text()
    title = Text(clean_line(str(article.path)))
    for label, value in (
        ("title", article.title),
        ("byline", article.byline),
        ("source", article.source),
        ("published", article.published),
    ):
        meta.append(f"{label:>9}: ", style="bold")
        meta.append(value or "-", style="" if value else "dim")
        meta.append("\n")
    body = Text(article.text)
    removed = Text()
    for r in article.removed:
        removed.append(f"{r.line:>4} {r.reason:<12} ", style="yellow")
        removed.append(r.text[:100] + "\n", style="dim")
    parts: Iterable = (meta, Text("\n"), body)
    console.print(Panel(Text.assemble(*parts), title=title, title_align="left"))
    if article.removed:
        console.print(Panel(removed, title="removed", title_align="left", border_style="dim"))
    for warning in article.warnings:
        console.print(Text.assemble(("warning:", "yellow"), " ", clean_line(warning)))
