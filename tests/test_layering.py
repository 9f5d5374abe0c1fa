"""The core never imports Textual: every tui.core module, imported in a fresh interpreter,
leaves `textual` out of sys.modules; the headless commands, run to success on real articles
and a real database, never load it either."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tui.core

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core."))


def test_core_modules_are_found():
    names = core_modules()
    assert "tui.core.workspace" in names and "tui.core.safe_text" in names
    assert any(name.startswith("tui.core.store.") for name in names)  # packages are walked


def test_no_core_module_imports_textual():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        print('textual loaded by', name); break\n"
        "else:\n"
        "    print('clean')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean", result.stdout


@pytest.fixture
def work(tmp_path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copyfile(SEEDS / "starter-annotations.json", tmp_path / "annotations.json")
    return tmp_path


@pytest.mark.parametrize("args", [
    ["clean", "seeds"],
    ["clean", "--json", "seeds"],
    ["stats", "seeds"],
    ["stats", "--csv"],
    ["export", "-o", "out.csv"],
    ["export", "--format", "jsonl", "-o", "out.jsonl"],
    ["export", "--format", "w3c", "-o", "out.w3c.jsonl", "seeds"],
])
def test_headless_commands_succeed_without_textual(work, args):
    code = (
        "import sys\n"
        "from tui.cli import cli\n"
        f"result = cli.main({args!r}, prog_name='newsreader', standalone_mode=False)\n"
        "sys.stderr.write(f'\\nEXIT={result!r} TEXTUAL={\"textual\" in sys.modules}\\n')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=work)
    last = result.stderr.strip().splitlines()[-1]
    assert last in ("EXIT=None TEXTUAL=False", "EXIT=0 TEXTUAL=False"), result.stderr[-2000:]
