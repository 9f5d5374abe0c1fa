"""The command's entry point: the plain `newsreader FOLDER` read without click gives exactly
what click would read, anything else goes to click; the collector is off until the first
frame and back on after it, or at once when the reader never opens."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.cli import cli
from tui.cli_open import OpenError, run_reader
from tui.entry import SUBCOMMANDS, quick_open
from tui.ui import collector
from tui.ui.app import NewsreaderApp

from .test_startup_order import _app

ROOT = Path(__file__).resolve().parent.parent


def click_reads(args: list[str]):
    """(paths, db, recursive, annotator) as click parses `newsreader ARGS` for `open`, or
    None when click would not open the reader with them (an error, help, a subcommand)."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # help and version print
            ctx = cli.make_context("newsreader", list(args))
            name, command, rest = cli.resolve_command(ctx, [*ctx._protected_args, *ctx.args])
            if name != "open":
                return None
            params = command.make_context(name, rest, parent=ctx).params
    except (Exception, SystemExit):  # click's usage errors, --help and --version exiting
        return None
    return tuple(params["paths"]), params["db"], params["recursive"], params["annotator"]


def test_the_subcommands_known_to_the_entry_are_clicks():
    assert SUBCOMMANDS == set(cli.commands) - {"open"}


# Words a command line is made of: paths that exist or not, a folder, an unreadable file,
# every option of `open` in its forms, help, subcommand names, separators.
@pytest.fixture(scope="module")
def words(tmp_path_factory) -> list[str]:
    base = tmp_path_factory.mktemp("entry")
    (base / "folder").mkdir()
    (base / "db.json").write_text("{}")
    locked = base / "locked.json"
    locked.write_text("{}")
    locked.chmod(0)
    paths = [str(base / "folder"), str(base / "db.json"), str(base / "missing"), str(locked), "seeds", "a b"]
    options = ["--db", "--annotator", "-r", "--recursive", "--db=x.json", "-rh", "-h", "--help", "--version",
               "--", "-", "", "--nope", "open", "clean", "export", "stats", "ann"]
    return paths + options


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_fast_reading_is_clicks_reading(words, data):
    args = data.draw(st.lists(st.sampled_from(words), max_size=6))
    fast = quick_open(args)
    if fast is not None:  # read here only what click reads the same way
        assert fast == click_reads(args)


def test_the_everyday_forms_are_read_without_click(tmp_path):
    db = str(tmp_path / "a.json")
    assert quick_open(["seeds"]) == ((Path("seeds"),), Path("annotations.json"), False, None)
    assert quick_open(["open", "seeds", "--db", db, "-r", "--annotator", "ana"]) == (
        (Path("seeds"),), Path(db), True, "ana")
    assert quick_open([]) == ((), Path("annotations.json"), False, None)
    assert quick_open(["seeds", "-r"]) == click_reads(["seeds", "-r"]) is not None
    for other in (["clean", "seeds"], ["--db=x", "seeds"], ["seeds", "--help"], ["--db", str(tmp_path)]):
        assert quick_open(other) is None


def test_click_and_the_fast_path_say_the_same_error(tmp_path):
    """The same bad folder, once by the fast path and once through click (--db=...)."""
    missing = str(tmp_path / "nowhere")
    db = str(tmp_path / "db.json")
    run = [sys.executable, "-m", "tui"]
    fast = subprocess.run([*run, missing, "--db", db], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    slow = subprocess.run([*run, missing, f"--db={db}"], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert fast.returncode == slow.returncode == 2
    assert fast.stderr == slow.stderr and fast.stderr.startswith("newsreader: error: ")
    code = "import sys; import tui.entry; sys.argv = ['newsreader', sys.argv[1], '--db', sys.argv[2]]; " \
           "tui.entry.main()"
    imported = subprocess.run([sys.executable, "-c", code + "\n", missing, db], capture_output=True, text=True,
                              timeout=60, stdin=subprocess.DEVNULL, cwd=ROOT)
    assert imported.returncode == 2 and imported.stderr == fast.stderr


def test_the_fast_path_imports_no_click(tmp_path):
    code = ("import sys; import tui.entry\n"
            "sys.argv = ['newsreader', sys.argv[1], '--db', sys.argv[2]]\n"
            "try:\n    tui.entry.main()\nexcept SystemExit:\n    pass\n"
            "print('click' in sys.modules, 'tui.cli' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "nowhere"), str(tmp_path / "d.json")],
                            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, cwd=ROOT)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_a_reader_that_never_opens_gives_the_collector_back(tmp_path):
    assert gc.isenabled()
    with pytest.raises(OpenError, match="no such file or folder"):
        run_reader((tmp_path / "nowhere",), tmp_path / "db.json", False, None)
    assert gc.isenabled()


async def test_the_collector_is_off_until_the_first_frame_then_on(tmp_path):
    from tui.core.store import AnnotationStore

    store = AnnotationStore(tmp_path / "db.json")
    frozen = gc.get_freeze_count()
    collector.hold()
    try:
        app: NewsreaderApp = _app(store)
        assert not gc.isenabled()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert gc.isenabled()  # the first settle after the first frame
            assert gc.get_freeze_count() > frozen  # what was alive then, out of the collector's sight
            assert app.main_screen.focused_pane.view.passages  # the text is shown
    finally:
        collector.end_hold()
        gc.unfreeze()
        store.close()
    assert gc.isenabled()


def test_held_then_ended_without_a_frame_is_as_before():
    collector.hold()
    assert not gc.isenabled()
    collector.end_hold()
    assert gc.isenabled()
    collector.end_hold()  # a second time changes nothing
    assert gc.isenabled()
    gc.disable()
    try:
        collector.hold()  # someone else's disable is left alone
        collector.end_hold()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_paths_go_to_click(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    assert quick_open([str(locked)]) is None
