"""The README's recipes do what it says: its pandas line reads every cell as written."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd  # noqa: F401  (the recipe uses it as pd)

from tui.core.corpus import Corpus
from tui.core.export import write_export
from tui.core.store import AnnotationStore

ROOT = Path(__file__).resolve().parent.parent


def test_readme_pandas_recipe_keeps_versions_and_codes_as_text(tmp_path):
    recipe = re.search(r"`(pd\.read_csv\(\"coding\.csv\"[^`]*)`", (ROOT / "README.md").read_text()).group(1)
    corpus, _ = Corpus.open([ROOT / "seeds"])
    article = corpus[0]
    with AnnotationStore(tmp_path / "db.json", annotator="tester") as store:
        ann = store.add(article, 0, article.text.index(". ") + 1, "Ukraine")
        store.set_note(ann.id, "0042")
        out = tmp_path / "coding.csv"
        write_export(store, out, raw=True)
    frame = eval(recipe.replace('"coding.csv"', repr(str(out))))  # noqa: S307 - the README's own line
    assert frame["note"].tolist() == ["0042"]
    assert frame["cleaner_version"].tolist() == [article.cleaner_version]
    assert "." in article.cleaner_version  # "1.12": a number to pandas unless read as text
