"""Shared passages per article pair: computed on a background thread, cached, recomputed only
when the pair or a text changes; in the reader, tags and focus changes never recompute."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from tui.core.compare import shared_passages
from tui.core.compare_cache import SharedPassageCache
from tui.core.corpus import Corpus
from tui.core.store import AnnotationStore
from tui.ui.app import NewsreaderApp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@dataclass
class Doc:
    id: str
    text: str


def seed_docs() -> list[Doc]:
    corpus, _ = Corpus.open([SEEDS])
    corpus.load_all()
    return [Doc(a.id, a.text) for a in corpus]


def test_links_are_those_of_shared_passages_computed_off_the_calling_thread():
    a, b = seed_docs()[:2]
    threads = []

    def compute(x: str, y: str):
        threads.append(threading.get_ident())
        return shared_passages(x, y)

    cache = SharedPassageCache(compute)
    done = threading.Event()
    assert cache.request(a, b, lambda key: done.set()) is None
    assert done.wait(10)
    assert threads and threads[0] != threading.get_ident()
    assert cache.request(a, b) == shared_passages(a.text, b.text)
    assert cache.computed == 1


def test_same_pair_and_texts_are_computed_once_a_changed_text_again():
    a, b = seed_docs()[:2]
    cache = SharedPassageCache()
    cache.request(a, b)
    assert cache.wait(10)
    for _ in range(5):
        assert cache.request(a, b) is not None
    assert cache.computed == 1
    edited = Doc(a.id, a.text.replace("Wednesday", "Thursday"))  # re-cleaned: same id, new text
    assert cache.request(edited, b) is None
    assert cache.wait(10)
    assert cache.get(edited, b) == shared_passages(edited.text, b.text)
    assert cache.computed == 2


def test_a_newer_request_replaces_one_still_waiting():
    docs = seed_docs()
    release, started = threading.Event(), threading.Event()
    computed = []

    def slow(x: str, y: str):
        started.set()
        release.wait(10)
        computed.append((x, y))
        return []

    cache = SharedPassageCache(slow)
    cache.request(docs[0], docs[1])  # running, held
    assert started.wait(10)
    cache.request(docs[0], docs[2])  # waits...
    cache.request(docs[0], docs[3])  # ...and is replaced by this one
    release.set()
    assert cache.wait(10)
    assert computed == [(docs[0].text, docs[1].text), (docs[0].text, docs[3].text)]
    assert cache.get(docs[0], docs[2]) is None


def test_a_failing_computation_gives_no_links_and_the_thread_goes_on():
    docs = seed_docs()

    def broken(x: str, y: str):
        raise RuntimeError("boom")

    cache = SharedPassageCache(broken)
    cache.request(docs[0], docs[1])
    assert cache.wait(10)
    assert cache.get(docs[0], docs[1]) == []
    cache.request(docs[0], docs[2])
    assert cache.wait(10)
    assert cache.computed == 2


async def test_tagging_and_switching_panes_never_recompute(tmp_path):
    corpus, _ = Corpus.open([SEEDS])
    corpus.load_all()
    store = AnnotationStore(tmp_path / "db.json", annotator="tester")
    app = NewsreaderApp(corpus, store)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("c")
        cache = app.main_screen._shared_marks.cache
        assert cache.wait(10)
        await pilot.pause()
        left, right = app.main_screen.panes
        assert left.view.links and right.view.links
        for key in ("1", "j", "2", "tab", "1", "j", "shift+tab", "3", "u"):
            await pilot.press(key)
        assert cache.computed == 1
        assert left.view.links and right.view.links
        await pilot.press("n")  # the focused pane shows another article: a new pair
        assert cache.wait(10)
        await pilot.pause()
        assert cache.computed == 2
        assert left.view.links or right.view.links
    store.close()


def test_in_the_reader_pairs_are_compared_in_a_worker_process():
    a, b = seed_docs()[:2]
    cache = SharedPassageCache(processes=True)
    try:
        cache.request(a, b)
        assert cache.wait(60)
        assert cache._pool is not None and cache._pool.poll() is None  # a live worker process did it
        assert cache.get(a, b) == shared_passages(a.text, b.text)
    finally:
        cache.close()
    assert cache._pool is None
