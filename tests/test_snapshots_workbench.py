"""Snapshots of the theme picker (T) and the article table (B) at 80x24 and 160x45, in the
dark theme: `pytest tests/test_snapshots_workbench.py --snapshot-update` after a
deliberate change."""

from __future__ import annotations

import pytest

from tests.test_snapshots import here, matches  # noqa: F401  (fixture)

SCREENS: dict[str, tuple[str, ...]] = {
    "picker": ("T",),
    "picker_filtered": ("T", *"an"),
    "article_table": ("d", "I", *"country=US; stance=critical", "enter", "B", "l", "l", "s"),
}
CASES = [(s, size) for s in SCREENS for size in ((80, 24), (160, 45))]


@pytest.mark.parametrize("screen, size", CASES, ids=[f"{s}-{w}x{h}" for s, (w, h) in CASES])
def test_screen(snap_compare, here, screen, size):  # noqa: F811
    assert matches(snap_compare, here, SCREENS[screen], size)
