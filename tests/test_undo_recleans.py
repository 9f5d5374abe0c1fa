"""Undo cleans the open articles again when the step changed the cleaning, whatever its label."""

from __future__ import annotations

from tui.core.models import Article
from tui.core.store import AnnotationStore

TEXT = "Ukraine and its allies met in Brussels. Menu\nThe alliance agreed on more aid."


def test_a_step_that_changes_the_cleaning_says_so_on_undo_and_redo(tmp_path):
    with AnnotationStore(tmp_path / "a.json") as s:
        s.set_override("a1", "Menu", "keep")
        assert s.undo() is not None and s.last_step_recleans
        assert s.redo() is not None and s.last_step_recleans
        assert s.undo() is not None and s.last_step_recleans


def test_a_tag_whose_label_says_cleaning_does_not_reclean(tmp_path):
    article = Article(id="a1", path=tmp_path / "a1.txt", raw=TEXT, sha256="f" * 64, text=TEXT, title="Title",
                      source="Outlet", cleaner_version="1.0")
    with AnnotationStore(tmp_path / "a.json") as s:
        s.add_theme("cleaning")
        s.add(article, 0, 7, "cleaning")
        label = s.undo()
        assert "cleaning" in label and not s.last_step_recleans
        assert s.undo() is not None and not s.last_step_recleans  # the theme added
