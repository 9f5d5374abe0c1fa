"""Text in scripts with spacing vowel signs (Hindi, Tamil, Bengali) is laid out as wide as a
terminal draws it: every row of the screen is exactly the terminal's width, never longer
(a longer row overwrites the pane border and the next pane)."""

from __future__ import annotations

import unicodedata

import pytest
from rich.cells import cell_len

from tui.core.workspace import Workspace
from tui.ui.app import NewsreaderApp
from tui.ui.terminal_widths import match_terminal_widths

HINDI = ("भारत ने ओलंपिक बहिष्कार पर अपना रुख स्पष्ट किया\n\nनई दिल्ली, 5 मार्च 2024\n\n"
         + "विदेश मंत्रालय ने मंगलवार को कहा कि भारत खेलों का राजनीतिकरण करने के किसी भी प्रयास का "
           "विरोध करता है। मंत्रालय के प्रवक्ता ने संवाददाताओं से कहा कि खिलाड़ियों को राजनीति का शिकार "
           "नहीं बनाया जाना चाहिए और सभी देशों को ओलंपिक भावना का सम्मान करना चाहिए।\n\n"
         + "उन्होंने कहा कि यूक्रेन के संघर्ष पर भारत की स्थिति सर्वविदित है और बातचीत तथा कूटनीति ही "
           "आगे का रास्ता है। विश्लेषकों का मानना है कि यह बयान गठबंधन की राजनीति के बीच संतुलन "
           "बनाने का प्रयास है।\n")
TAMIL = ("இந்தியா ஒலிம்பிக் புறக்கணிப்பு குறித்து தனது நிலைப்பாட்டை தெளிவுபடுத்தியது\n\n"
         + "வெளியுறவு அமைச்சகம் செவ்வாய்க்கிழமை கூறியது, விளையாட்டுகளை அரசியலாக்கும் எந்த முயற்சியையும் "
           "இந்தியா எதிர்க்கிறது. விளையாட்டு வீரர்கள் அரசியலுக்கு பலியாகக் கூடாது என்று செய்தித் தொடர்பாளர் "
           "செய்தியாளர்களிடம் தெரிவித்தார், எல்லா நாடுகளும் ஒலிம்பிக் உணர்வை மதிக்க வேண்டும்.\n")


def drawn_width(text: str) -> int:
    """Cells a terminal advances for text, as the C library's wcwidth counts them (xterm, VTE,
    tmux): marks that do not space and format characters none, East Asian wide two, else one."""
    width = 0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


@pytest.mark.parametrize("text", ["का", "கா", "কা", "क्ष", "कं", "ก้า", "中文", "e\u0301", "Straße",
                                  HINDI.splitlines()[0], TAMIL.splitlines()[0]])
def test_widths_as_drawn(text):
    match_terminal_widths()
    assert cell_len(text) == drawn_width(text)


def test_idempotent():
    match_terminal_widths()
    from rich._unicode_data import load

    before = list(load("auto").widths)
    assert match_terminal_widths()
    assert load("auto").widths == before


@pytest.mark.parametrize("size", [(80, 24), (120, 30), (61, 20)])
async def test_rows_as_wide_as_the_terminal(tmp_path, size):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "hindi.txt").write_text(HINDI, encoding="utf-8")
    (folder / "tamil.txt").write_text(TAMIL, encoding="utf-8")
    workspace = Workspace.open([folder], tmp_path / "annotations.json", annotator="tester")
    corpus, store = workspace.articles, workspace.store
    corpus.load_all()
    app = NewsreaderApp(corpus, store)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for keys in ([], ["c"], ["n", "n"]):  # one article, two side by side, the cursor moved
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            rows = [strip.text for strip in app.screen._compositor.render_strips()]
            assert any("ओलंपिक" in row for row in rows)
            assert [drawn_width(row) for row in rows] == [size[0]] * size[1]


def test_command_line_tables_as_wide_as_drawn(tmp_path):
    import os
    import subprocess
    import sys

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "hindi.txt").write_text(HINDI, encoding="utf-8")
    Workspace.open([folder], tmp_path / "a.json", annotator="tester").close()  # the database stats reads
    env = {**os.environ, "COLUMNS": "80", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "tui.cli", "stats", str(folder), "--db", str(tmp_path / "a.json")],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = [row for row in done.stdout.splitlines() if row.startswith(("│", "┃", "┏", "└"))]
    assert any("ओलंपिक" in row for row in rows)
    assert {drawn_width(row) for row in rows} == {80}
