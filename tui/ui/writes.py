"""Store writes started by a key: a read-only or failing store is said in one notification,
never a traceback, and what the analyst typed is not thrown away."""

from __future__ import annotations

from collections.abc import Callable

from ..core.store import StoreError


def read_only_message(store) -> str:
    notice = getattr(store, "notice", None)
    return f"Read-only: {notice}" if notice else "Read-only: changes are not possible here"


def try_write(store, change: Callable[[], object]) -> str | None:
    """Run ``change``; None when it was made, else one line saying why not."""
    if store.read_only:
        return read_only_message(store)
    try:
        change()
    except StoreError as exc:
        return str(exc)
    return None


def write(widget, store, change: Callable[[], object]) -> bool:
    """Run ``change``; on failure notify (from ``widget``) and return False."""
    problem = try_write(store, change)
    if problem is not None:
        widget.notify(problem, severity="warning" if store.read_only else "error")
        return False
    return True
