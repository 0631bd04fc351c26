"""Windows and macOS: the real calls hold and release (run by the workflow's runners)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from emcee.ui.power import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    MacInhibitor,
    WindowsInhibitor,
)

REASON = "a live show is running"


@pytest.mark.skipif(sys.platform != "win32", reason="SetThreadExecutionState: Windows")
def test_windows_thread_execution_state():
    inhibitor = WindowsInhibitor()
    inhibitor.hold(REASON)
    held = ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED
    # The call answers with the state before it: asking the same again reads ours.
    assert inhibitor._set(held) == held
    inhibitor.release()
    assert inhibitor._set(ES_CONTINUOUS) == ES_CONTINUOUS


@pytest.mark.skipif(sys.platform != "darwin", reason="IOKit power assertion: macOS")
def test_macos_power_assertion():
    def assertions() -> str:
        return subprocess.run(
            ["pmset", "-g", "assertions"], capture_output=True, text=True, check=True
        ).stdout

    inhibitor = MacInhibitor()
    inhibitor.hold(REASON)
    assert f"emcee: {REASON}" in assertions()
    inhibitor.release()
    assert f"emcee: {REASON}" not in assertions()
