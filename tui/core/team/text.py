"""Text from databases reaches the screen without control characters."""

from __future__ import annotations

import re

try:
    from ..safe_text import clean_control  # type: ignore[import-not-found]
except ImportError:  # until the project-wide helper is there: the same rule, here
    _CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

    def clean_control(text: str) -> str:
        """Drop C0 controls except tab and newline, DEL and C1 controls."""
        return _CONTROL.sub("", text)

__all__ = ["clean_control"]
