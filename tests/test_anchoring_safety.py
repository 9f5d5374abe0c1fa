"""Re-anchoring never misplaces: spans end on word boundaries, a sentence deleted leaves an
orphan (never a move onto its neighbour), and identical files keep their own annotations."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.anchoring import context, locate
from tui.core.models import Annotation, Article
from tui.core.store import AnnotationStore

BEFORE = "The talks ended on Sunday. "
TAGGED = "Moscow has sharply escalated border tensions by moving more troops to the frontier. "
AFTER = "Putin denied any plan to invade. Kyiv asked for more help."
TEXT = BEFORE + TAGGED + AFTER


def ann(text: str, quote: str) -> Annotation:
    start = text.index(quote)
    prefix, suffix = context(text, start, start + len(quote))
    return Annotation(id="1", article_id="a", article_path="/c/a.txt", article_sha256="x", theme="Ukraine",
                      start=start, end=start + len(quote), quote=quote, prefix=prefix, suffix=suffix)


def test_an_edit_inside_the_sentence_keeps_whole_words():
    a = ann(TEXT, TAGGED.strip())
    edited = TEXT.replace("Moscow has sharply", "Russia's army has sharply")
    start, end = locate(a, edited)
    span = edited[start:end]
    assert edited[start - 1] == " " and span.endswith("frontier."), span  # never "'s sharply …"


def test_words_removed_do_not_pull_in_the_neighbours():
    a = ann(TEXT, TAGGED.strip())
    edited = TEXT.replace("has sharply escalated", "has escalated").replace("more troops", "troops")
    start, end = locate(a, edited)
    span = edited[start:end]
    assert span.startswith("Moscow") and span.endswith("frontier."), span
    # More words gone: the sentence itself, not a span running into "…Sunday." and "Putin…".
    edited = TEXT.replace("sharply escalated border tensions by moving", "escalated tensions, moving")
    start, end = locate(a, edited)
    assert edited[start:end] == "Moscow has escalated tensions, moving more troops to the frontier."


def test_a_deleted_sentence_is_orphaned_not_moved_to_its_neighbour():
    text = BEFORE + TAGGED + "Moscow has sharply escalated border tensions by moving more ships to the coast. " + AFTER
    a = ann(text, TAGGED.strip())
    assert locate(a, text.replace(TAGGED, "")) is None


def test_a_repeated_quote_whose_place_is_gone_is_orphaned():
    a = ann("Intro here. Sanctions now. Middle part of text goes on. Sanctions now. End.", "Sanctions now.")
    assert locate(a, "Other words entirely. Sanctions now. Different middle part. Sanctions now. Fin.") is None


SENTENCES = st.lists(st.sampled_from([
    "Troops massed at the border.", "The talks ended without a deal.", "Markets fell sharply on Monday.",
    "Officials declined to comment.", "A summit is planned for June.", "Sanctions were discussed at length.",
]), min_size=3, max_size=8)


@settings(max_examples=150, deadline=None)
@given(SENTENCES, st.data())
def test_a_placed_span_is_whole_words_of_one_passage_or_nothing(sentences, data):
    text = " ".join(sentences)
    i = data.draw(st.integers(0, len(sentences) - 1))
    quote = sentences[i]
    start = len(" ".join(sentences[:i])) + (1 if i else 0)
    prefix, suffix = context(text, start, start + len(quote))
    a = Annotation(id="1", article_id="a", article_path="", article_sha256="x", theme="t", start=start,
                   end=start + len(quote), quote=quote, prefix=prefix, suffix=suffix)
    del sentences[data.draw(st.integers(0, len(sentences) - 1))]
    new = " ".join(sentences)
    place = locate(a, new)
    if place is not None:
        s, e = place
        assert (s == 0 or new[s - 1] == " ") and (e == len(new) or new[e] == " ")
        assert new[s:e] == quote  # never a different sentence


def test_identical_files_keep_their_own_annotations_from_any_working_folder(db_path, tmp_path, monkeypatch):
    """wire_ap.txt and wire_copy.txt have the same bytes: annotations of wire_ap stay there,
    even when the folder is opened from another working folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "wire_ap.txt").write_text(TEXT)
    (folder / "wire_copy.txt").write_text(TEXT)
    monkeypatch.chdir(tmp_path)
    ap = Article(id="wire_ap", path=Path("corpus/wire_ap.txt"), raw=TEXT, sha256="same", text=TEXT)
    copy = Article(id="wire_copy", path=Path("corpus/wire_copy.txt"), raw=TEXT, sha256="same", text=TEXT)
    with AnnotationStore(db_path) as s:
        tag = s.add(ap, 0, 10, "Ukraine")
        assert Path(tag.article_path).is_absolute()
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with AnnotationStore(db_path) as s:
        s.article_present = {"wire_ap", "wire_copy"}.__contains__
        assert s.reanchor(copy) == []
        assert [a.id for a in s.annotations("wire_ap")] == [tag.id]
    with AnnotationStore(db_path) as s:  # without knowing the corpus: a stored path that exists is not gone
        assert s.reanchor(copy) == []


def test_a_renamed_file_still_finds_its_annotations_by_hash(db_path, tmp_path):
    old = Article(id="old", path=tmp_path / "old.txt", raw=TEXT, sha256="same", text=TEXT)
    new = Article(id="new", path=tmp_path / "new.txt", raw=TEXT, sha256="same", text=TEXT)
    with AnnotationStore(db_path) as s:
        s.add(old, 0, 10, "Ukraine")
        s.article_present = {"new"}.__contains__
        [moved] = s.reanchor(new)
        assert moved.article_id == "new"


def test_the_background_loader_never_empties_the_article_the_ui_shows(tmp_path):
    """The UI loads an article while load_all(light=True) loads the same index: the loader
    must not clear the raw text and removed lines of the UI's object."""
    from tui.core.corpus import Corpus
    from tui.core.loader import discover

    (tmp_path / "a.txt").write_text("Title\n\nSome body text that is long enough to keep.\n")
    corpus = Corpus(discover([tmp_path]))
    real_read = corpus._read
    shown = []

    def read_while_the_ui_loads(index):
        article = real_read(index)
        if not shown:  # the UI thread wins the race for this index, in the middle of the load
            corpus._read = real_read
            shown.append(corpus[index])
        return article

    corpus._read = read_while_the_ui_loads
    corpus.load_all(light=True)
    assert shown[0].raw and corpus[0] is shown[0] and corpus[0].raw
