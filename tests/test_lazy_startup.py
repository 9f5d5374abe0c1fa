"""What the first paint leaves for later still works when it is first needed: the key bar
(mounted after the first frame) and the article list (drawn from the second), the raw view
(imported on the first `r`), the windows' stylesheet (read when the first window opens),
the Markdown reader (imported for a Markdown article only). Run in a fresh interpreter,
where nothing the tests imported before has loaded these modules already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import asyncio, json, sys
from pathlib import Path

from tui.core.workspace import Workspace
from tui.ui.app import NewsreaderApp

RAW, MARKDOWN = "tui.ui.widgets.raw_view", "tui.core.clean.markdown"
seen = {}


def dialog_rules(app):
    return any(str(path).endswith("dialogs.tcss") for path, _ in app.stylesheet.source)


async def main(db):
    workspace = Workspace.open([Path(sys.argv[1])], Path(db), annotator="tester", read_ahead=200)
    app = NewsreaderApp(workspace.articles, workspace.store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        seen["first"] = {"raw": RAW in sys.modules, "markdown": MARKDOWN in sys.modules,
                         "dialog_rules": dialog_rules(app), "text": bool(screen.focused_pane.view.article.text)}
        bar = screen.query_one("#keys")  # mounted after the first frame, along the bottom
        await pilot.press("slash")
        search = screen.query_one("#search")
        seen["bars"] = {"keys_at": bar.region.y, "search_above": search.region.bottom <= bar.region.y,
                        "list": screen.query_one("#articles").visible}  # drawn from the second frame
        await pilot.press("escape")
        await pilot.press("r")
        pane = screen.focused_pane
        seen["raw_shown"] = pane.raw.display and type(app.focused).__name__ == "RawView"
        promo = next(n for n, reason in pane.raw.removed.items() if reason == "promo")
        before = screen._status_line
        pane.raw.cursor = promo - 1
        await pilot.press("j")  # RawView.Moved: the status line follows the raw cursor
        await pilot.pause()
        seen["status_follows_raw"] = screen._status_line != before
        pane.raw.cursor = promo - 1
        line = pane.raw.lines[promo - 1].strip()
        await pilot.press("x")  # RawView.OverrideRequested: stored, the article cleaned again
        await pilot.pause()
        seen["override"] = app.store.overrides(pane.article.id) == {line: "keep"} and line in pane.article.text
        await pilot.press("r", "question_mark")
        await pilot.pause()
        box = app.screen.query_one(".dialog")
        seen["dialog"] = {"rules": dialog_rules(app), "width": box.styles.width.value,
                          "unit": box.styles.width.unit.name, "border": box.styles.border_top[0]}
        await pilot.press("escape")
    app.store.close()


asyncio.run(main(sys.argv[2]))
print(json.dumps(seen))
"""

MARKDOWN_SCRIPT = r"""
import sys
from pathlib import Path
from tui.core.workspace import Workspace

folder = Path(sys.argv[1])
with Workspace.open([folder], None) as ws:
    text, links = ws.articles[0].text, ws.articles[0].links
import json
print(json.dumps({"imported": "tui.core.clean.markdown" in sys.modules, "text": text, "links": links}))
"""


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]


def test_what_the_first_paint_leaves_for_later_works_when_first_needed(tmp_path):
    seen = json.loads(_run(SCRIPT, str(ROOT / "seeds"), str(tmp_path / "db.json")))
    # Not loaded for the first paint of plain-text articles...
    assert seen["first"] == {"raw": False, "markdown": False, "dialog_rules": False, "text": True}
    # ...and each works when first asked for.
    assert seen["bars"] == {"keys_at": 39, "search_above": True, "list": True}
    assert seen["raw_shown"] and seen["status_follows_raw"] and seen["override"]
    assert seen["dialog"] == {"rules": True, "width": 80.0, "unit": "WIDTH", "border": "thick"}


def test_a_markdown_article_is_read_as_markdown(tmp_path):
    (tmp_path / "note.md").write_text("# A heading\n\nSome **bold** prose with [a link](https://example.org/x) "
                                      "in it, long enough to be the body of the article.\n", encoding="utf-8")
    seen = json.loads(_run(MARKDOWN_SCRIPT, str(tmp_path)))
    assert seen["imported"]
    assert "**" not in seen["text"] and "[a link]" not in seen["text"] and "bold prose with a link" in seen["text"]
    assert [link["url"] for link in seen["links"]] == ["https://example.org/x"]
