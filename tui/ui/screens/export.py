"""ExportScreen: where and how to export; asks before replacing a file."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select

from . import DIALOG_CSS
from ..keys import bindings
from ..widgets.key_bar import KeyBar

from ..safe import clean_line, one_line

from ...core.export import FORMATS, ExportError, write_export
from .dialogs import ConfirmScreen
from ...core.wording import plural
from ..widgets.text_entry import TextEntry


class ExportScreen(ModalScreen[str | None]):
    """Dismisses with a message saying where it wrote and how many rows, or None."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = bindings("export")

    def __init__(self, store, default_path: Path) -> None:
        super().__init__()
        self.store = store
        self.default_path = Path(default_path)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Export annotations", classes="dialog-title")
            yield TextEntry(clean_line(str(self.default_path)), id="path")
            with Horizontal(classes="export-options"):
                yield Select([("CSV", "csv"), ("JSON Lines", "jsonl"), ("W3C Web Annotation", "w3c"),
                              ("REFI-QDA project (.qdpx)", "qdpx")], value="csv",
                             allow_blank=False, id="format")
                yield Checkbox("Excel (BOM, CRLF)", id="excel")
                yield Checkbox("Raw cells (pandas/R)", id="raw")
            yield Label("", id="export-error")
            yield KeyBar("export", classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        path_input = self.query_one("#path", Input)
        path = Path(path_input.value)
        for suffix in sorted(FORMATS.values(), key=len, reverse=True):
            if path.name.endswith(suffix):
                path = path.with_name(path.name[: -len(suffix)] + FORMATS[str(event.value)])
                break
        path_input.value = str(path)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def action_export(self, force: bool = False) -> None:
        given = self.query_one("#path", Input).value.strip()
        if not given:
            self._error("Name the file to write, e.g. annotations.csv")
            return
        path = Path(given).expanduser()
        try:
            exists = path.exists()
        except OSError as exc:  # a name too long
            self._error(f"{path}: {exc.strerror or exc}")
            return
        if exists and not force:
            def answer(yes: bool | None) -> None:
                if yes:
                    self.action_export(force=True)

            self.app.push_screen(ConfirmScreen(f"{path} exists. Replace it?"), answer)
            return
        try:
            rows = write_export(self.store, path, fmt=str(self.query_one("#format", Select).value),
                                excel=self.query_one("#excel", Checkbox).value,
                                raw=self.query_one("#raw", Checkbox).value, force=force)
        except ExportError as exc:
            self._error(str(exc))
            return
        except OSError as exc:
            self._error(f"{path}: {exc.strerror or exc}")
            return
        self.dismiss(f"Wrote {plural(rows, 'row')} to {path}")

    def _error(self, message: str) -> None:
        self.query_one("#export-error", Label).update(one_line(message, "red"))

    def action_cancel(self) -> None:
        self.dismiss(None)
