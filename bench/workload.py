"""The reader's heavy workload for the UI benchmarks: long articles and a big database.

`build_workload(folder)` writes (once; reused when complete):
- `articles/`: LONG_ARTICLES articles of about 300 KB each, made of the seeds' sentences in
  different mixes (so every pair shares many sentences: the worst case for comparing), and
- `db.json`: 100,000 annotations, of which 1,000 in each long article by four coders
  (a quarter each, three themes), the rest spread over 4,850 other (short) articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus_gen import make_long_article  # noqa: E402

from tui.core.models import Article  # noqa: E402
from tui.core.passages import split_passages  # noqa: E402
from tui.core.store import AnnotationStore  # noqa: E402

LONG_ARTICLES = 4
ARTICLE_SIZE = 300_000
TOTAL = 100_000
IN_ARTICLE = 1_000
CODERS = ("ana", "ben", "chloe", "dev")
VERSION = 3  # bumped when the articles change: a folder built before is built again
FILLER = "The leaders met on Wednesday and discussed the Olympic boycott, NATO and their partnership. " * 40


def drop_history(store) -> None:
    """One history step holding every document would dwarf the database: start clean."""
    for key in list(store._tables["history"]):
        store._set("history", key, None)
    store._changed()


def open_corpus(folder: Path):
    from tui.core.workspace import Workspace

    corpus = Workspace.open([folder / "articles"]).articles
    corpus.load_all()
    return corpus


def build_workload(folder: Path, total: int = TOTAL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-v{VERSION}-{total}"
    if marker.exists():
        return folder
    articles_dir = folder / "articles"
    articles_dir.mkdir(exist_ok=True)
    for i in range(LONG_ARTICLES):
        make_long_article(articles_dir / f"long{i}.txt", ARTICLE_SIZE, seed=11 + i)
    corpus = open_corpus(folder)
    db = folder / "db.json"
    db.unlink(missing_ok=True)
    with AnnotationStore(db, annotator=CODERS[0]) as store:
        themes_of = [t.name for t in store.themes()][:3]
        per_coder = IN_ARTICLE // len(CODERS)
        for c, coder in enumerate(CODERS):
            store.annotator = coder
            items = []
            for article in corpus:
                # Every third passage from the coder's own start: spans of one coder and
                # theme never overlap or touch.
                passages = split_passages(article.text)[c::3][:per_coder]
                items += [(article, p.start, p.end, themes_of[(c + k) % 3]) for k, p in enumerate(passages)]
            store.add_many(items)
        rest = total - IN_ARTICLE * LONG_ARTICLES
        fillers = [Article(id=f"f{i:05d}", path=Path(f"f{i:05d}.txt"), raw=FILLER, sha256=str(i), text=FILLER,
                           title=f"Article {i}", source="Outlet") for i in range(max(1, rest // 20))]
        store.annotator = "filler"
        items = []
        for n in range(rest):  # 20 an article, none overlapping or touching
            start = (n // len(fillers)) % 20 * 180
            items.append((fillers[n % len(fillers)], start, start + 50, themes_of[n % 3]))
        store.add_many(items)
        drop_history(store)
    marker.write_text("")
    return folder


if __name__ == "__main__":
    import tempfile

    where = build_workload(Path(tempfile.gettempdir()) / "newsreader-workload")
    print(where, (where / "db.json").stat().st_size / 1e6, "MB")
