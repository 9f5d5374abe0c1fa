"""RetrievalScreen: every coded segment of some themes (coders, outlets, dates), one line
each; the highlighted one shown in full with a sentence of context before and after.
Enter goes to it in the reader, m edits its note, e exports the result (CSV and Markdown)."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from ...core.retrieve import Contexts, Filter, FilterError, export_result, parse_filter, segments
from ...core.safe_text import clean_line
from ..safe import colour_style, one_line, plain
from ..widgets.segment_list import SegmentList
from ..writes import try_write
from .base import KeyedScreen
from ..widgets.text_entry import TextEntry


class RetrievalScreen(KeyedScreen):
    """Dismisses with (article_id, start, end) of the chosen segment."""

    KEYS = "retrieve"

    DEFAULT_CSS = """
    RetrievalScreen #retrieve-preview { height: 9; border-top: solid $primary-darken-2; overflow-y: auto; }
    RetrievalScreen #retrieve-filter { border: none; height: 1; padding: 0 1; margin-bottom: 1; }
    RetrievalScreen .dialog-title { margin-bottom: 0; }
    """

    def __init__(self, store, corpus, flt: Filter | None = None) -> None:
        super().__init__()
        self.store = store
        self.corpus = corpus
        self.filter = flt or Filter()
        self.contexts = Contexts(self._text_of)
        self._meta: dict[str, dict] = {}
        self._colours: dict[str, str] = {}

    def _index(self, article_id: str) -> int | None:
        index_of = getattr(self.corpus, "index_of", None)
        return index_of(article_id) if index_of else next(
            (i for i, a in enumerate(self.corpus) if a.id == article_id), None)

    def _text_of(self, article_id: str) -> str | None:
        index = self._index(article_id)
        return None if index is None else self.corpus[index].text

    def _title(self, article_id: str) -> str:
        """The title the database recorded, else the open article's (not loaded: its id)."""
        title = self._meta.get(article_id, {}).get("title")
        if not title:
            index = self._index(article_id)
            peek = getattr(self.corpus, "peek", None)
            article = None if index is None else (peek(index) if peek else self.corpus[index])
            title = article.label if article is not None else article_id
            self._meta.setdefault(article_id, {})["title"] = title
        return title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Coded segments", id="retrieve-title", classes="dialog-title")
            yield TextEntry(self.filter.text(), placeholder="filter: theme:Ukraine coder:root source:Reuters from:2021-12 "
                            "to:2022 \u2014 Enter applies", id="retrieve-filter")
            yield SegmentList(self._label, id="retrieve-list")
            yield Static(id="retrieve-preview")
            yield self.key_bar()

    def on_mount(self) -> None:
        self.fill()
        self.query_one(SegmentList).focus()

    @property
    def rows(self) -> list[dict]:
        return self.query_one(SegmentList).rows

    def fill(self, keep: int | None = None) -> None:
        self._meta = self.store.articles()
        self._colours = {t.name: t.color for t in self.store.themes()}
        seglist = self.query_one(SegmentList)
        seglist.set_rows(segments(self.store, self.filter))
        if keep:
            seglist.move_to(keep)
        what = self.filter.text() or "every theme"
        self.query_one("#retrieve-title", Label).update(one_line(f"Coded segments \u2014 {what} ({len(self.rows)})"))
        self.show_preview()

    def _label(self, doc: dict) -> Text:
        title = clean_line(self._title(doc.get("article_id", "")))[:28]
        coder = doc.get("annotator") or "unknown"
        note = "\u270e " if doc.get("note") else "  "
        return Text.assemble(
            (f"{title:<28} ", "dim"),
            (f"{clean_line(doc.get('theme') or '')[:18]:<18} ", colour_style(self._colours.get(doc.get("theme"), ""))),
            (f"{clean_line(coder)[:10]:<10} ", "bold" if coder == self.store.annotator else "italic"),
            note, clean_line(" ".join(str(doc.get("quote") or "").split())[:200]), no_wrap=True)

    def current(self) -> dict | None:
        seglist = self.query_one(SegmentList)
        return seglist.rows[seglist.cursor] if 0 <= seglist.cursor < len(seglist.rows) else None

    def show_preview(self) -> None:
        doc = self.current()
        preview = self.query_one("#retrieve-preview", Static)
        if doc is None:
            preview.update(Text("No segment matches: / changes the filter, 0 shows every theme", style="dim"))
            return
        before, passage, after = self.contexts.of(doc)
        meta = self._meta.get(doc.get("article_id", ""), {})
        head = " \u00b7 ".join(clean_line(v) for v in (self._title(doc.get("article_id", "")), meta.get("source"),
                                                        (meta.get("published") or "")[:10]) if v)
        text = Text.assemble((head, "bold"), "\n")
        # Context on lines of its own, dim: the passage stands out in any terminal.
        text.append_text(plain("\u2026 " + before + "\n" if before else "", "dim italic"))
        text.append_text(plain(passage, colour_style(self._colours.get(doc.get("theme"), "")) + Style(bold=True)))
        text.append_text(plain("\n" + after + " \u2026" if after else "", "dim italic"))
        if doc.get("note"):
            text.append("\n\u270e ")
            text.append_text(plain(doc["note"], "italic"))
        preview.update(text)

    def on_segment_list_highlighted(self, event: SegmentList.Highlighted) -> None:
        event.stop()
        if self.is_mounted:
            self.show_preview()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            self.filter = parse_filter(event.value)
        except FilterError as exc:
            self.notify(str(exc), severity="warning")
            return
        self.fill()
        self.query_one(SegmentList).focus()

    def action_filter(self) -> None:
        self.query_one("#retrieve-filter", Input).focus()

    def action_theme(self, number: int) -> None:
        themes = self.store.themes()
        if number == 0:
            chosen: tuple[str, ...] = ()
        elif 0 < number <= len(themes):
            name = themes[number - 1].name
            old = self.filter.themes
            chosen = tuple(t for t in old if t != name) if name in old else (*old, name)
        else:
            self.notify(f"No theme {number}", severity="warning")
            return
        self.filter = Filter(chosen, *(getattr(self.filter, f) for f in ("coders", "sources", "date_from", "date_to")))
        self.query_one("#retrieve-filter", Input).value = self.filter.text()
        self.fill()

    def action_open(self) -> None:
        doc = self.current()
        if doc is not None:
            self.dismiss((doc.get("article_id"), doc.get("start"), doc.get("end")))

    def action_note(self) -> None:
        from .dialogs import NoteScreen

        doc = self.current()
        if doc is None:
            return
        ann_id, old = doc.get("id"), doc.get("note") or ""

        def save(text: str) -> str | None:
            return None if text == old else try_write(self.store, lambda: self.store.set_note(ann_id, text))

        def saved(text: str | None) -> None:
            if text is not None and text != old:
                self.notify("Note saved")
                self.fill(keep=self.query_one(SegmentList).cursor)

        quote = clean_line(str(doc.get("quote") or "")[:60])
        self.app.push_screen(NoteScreen(old, title=f"Note on {clean_line(doc.get('theme') or '')}: \u201c{quote}\u201d",
                                        save=save), saved)

    def action_export(self, excel: bool) -> None:
        from ...core.export import ExportError

        try:
            csv_path, md_path = export_result(self.store, self.rows, self.contexts, self.filter,
                                              self.store.path.parent, excel=excel)
        except (ExportError, OSError) as exc:
            self.notify(f"Not exported: {exc}", severity="error")
            return
        self.notify(f"Exported {len(self.rows)} segments: {csv_path.name}, {md_path.name} (in {csv_path.parent})",
                    timeout=8)

    def store_changed(self) -> None:
        self.fill(keep=self.query_one(SegmentList).cursor)
