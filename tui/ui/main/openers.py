"""Screen routing: opening the other screens (imported on first use) and acting on their results."""

from __future__ import annotations




class OpenersMixin:
    """Screen openers of the main screen (self is MainScreen)."""

    def action_help(self) -> None:
        from ..screens.help import HelpScreen

        pane = self.focused_pane
        self.app.push_screen(HelpScreen.of("raw" if pane is not None and pane.raw_mode else "reader", self.store))

    def _screen(self, module: str, name: str):
        import importlib

        # Imported on first use: keeps them out of start-up.
        return getattr(importlib.import_module(f"tui.ui.screens.{module}"), name)

    def action_correct(self) -> None:
        pane = self.focused_pane
        if pane is not None and pane.article is not None:
            self._screen("corrections", "open_corrections")(self, pane)

    def action_codebook(self) -> None:
        screen = self._screen("codebook", "CodebookScreen")
        self.app.push_screen(screen(self.store), lambda _: self.after_store_change())

    def action_annotation_list(self) -> None:
        screen = self._screen("annotations", "AnnotationListScreen")
        self.app.push_screen(screen(self.store, self.corpus), self._jump_to)

    def action_retrieve(self) -> None:
        screen = self._screen("retrieve", "RetrievalScreen")
        self.app.push_screen(screen(self.store, self.corpus), self._after_corpus_search)

    def action_cooccurrence(self) -> None:
        self.app.push_screen(self._screen("cooccurrence", "CooccurrenceScreen")(self.store))

    def action_charts(self) -> None:
        self.app.push_screen(self._screen("charts", "ChartsScreen")(self.store))

    def action_pick_theme(self) -> None:
        from ..theme_pick import pick_and_tag

        pick_and_tag(self)

    def action_attributes(self) -> None:
        from ..attributes import open_article_attributes

        open_article_attributes(self)

    def action_article_table(self) -> None:
        screen = self._screen("article_table", "ArticleTableScreen")
        self.app.push_screen(screen(self.store, self.corpus), self._open_index)

    def _open_index(self, index: int | None) -> None:
        self.after_store_change()  # attributes or done marks edited there
        if index is not None:
            self.open_article(index)

    def action_article_memo(self) -> None:
        from ..memos import article_memo

        article_memo(self)

    def action_project_memo(self) -> None:
        from ..memos import project_memo

        project_memo(self)

    def _jump_to(self, result) -> None:
        if not result:
            return
        article_id, start = result[0], result[1]
        index = self._index_of(article_id)
        if index is None:
            self.notify(f"{article_id} is not among the open articles", severity="warning")
            return
        self.open_article(index, start)

    def _index_of(self, article_id: str) -> int | None:
        return self.corpus.index_of(article_id)

    def action_export(self) -> None:
        screen = self._screen("export", "ExportScreen")
        default = self.store.path.with_suffix(".csv")
        self.app.push_screen(screen(self.store, default), lambda msg: msg and self.notify(msg, timeout=6))

    def action_stats(self) -> None:
        screen = self._screen("stats", "StatsScreen")
        self.app.push_screen(screen(self.store, self.corpus), self._open_filtered)

    def _open_filtered(self, result) -> None:
        if not result:
            return
        article_id, theme = result
        index = self._index_of(article_id)
        if index is None:
            return
        self.open_article(index)
        pane = self.focused_pane
        if pane is not None and theme:
            pane.view.filter_theme(theme)
            anns = [a for a in pane.view.annotations if a.theme == theme]
            if anns:
                pane.view.move_to_offset(anns[0].start)
            self.notify(f"Showing {theme} only: Esc shows all")

    def action_corpus_search(self) -> None:
        screen = self._screen("corpus_search", "CorpusSearchScreen")
        self.app.push_screen(screen(self.store, self.corpus, self.store.themes()), self._after_corpus_search)

    def _after_corpus_search(self, result) -> None:
        self.after_store_change()
        self._jump_to(result)

    def action_agreement(self) -> None:
        self.app.push_screen(self._screen("agreement", "AgreementScreen")(self.store, self.corpus))

    def action_adjudicate(self) -> None:
        screen = self._screen("adjudicate", "AdjudicateScreen")
        self.app.push_screen(screen(self.store, self.corpus), self._after_corpus_search)

    def action_overlap(self) -> None:
        screen = self._screen("overlap", "OverlapScreen")
        self.app.push_screen(screen(self.corpus), self._open_pair)

    async def _open_pair(self, result) -> None:
        if not result:
            return
        a, b = (self._index_of(x) for x in result)
        if a is None or b is None:
            return
        self.open_article(a)
        panes = self.panes
        if len(panes) < 2:
            await self.open_pane(b)
        else:
            self._show(panes[1], b)
