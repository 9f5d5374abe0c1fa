"""Where the REFI-QDA reference files are: ../shared/refi-qda/ beside the repository (in CI
the repository is cloned beside a copy of shared/; a git worktree looks beside its main
checkout). They are not copied into the project."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _candidates() -> list[Path]:
    out = [ROOT.parent / "shared" / "refi-qda"]
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=ROOT,
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        common = ""
    if common:
        out.append(Path(common).parent.parent / "shared" / "refi-qda")
    return out


REFI = next((p for p in _candidates() if (p / "Project-mrt2019.xsd").is_file()), None)
needs_refi = pytest.mark.skipif(REFI is None, reason="../shared/refi-qda/ (REFI-QDA schema and samples) is not beside the repository")


def schema_path() -> Path:
    assert REFI is not None
    return REFI / "Project-mrt2019.xsd"


def assert_valid(qdpx: Path) -> None:
    """project.qde in the archive validates against the official schema."""
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(schema_path())))
    schema.assertValid(etree.fromstring(zipfile.ZipFile(qdpx).read("project.qde")))
