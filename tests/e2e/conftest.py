"""The end-to-end tests run on Linux: they use Xvfb and xrandr, PulseAudio, a Unix
control socket and SIGKILL. Elsewhere (the workflow's Windows and macOS runners) they are
skipped as a whole, with the reason."""

from __future__ import annotations

import sys

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if sys.platform.startswith("linux"):
        return
    skip = pytest.mark.skip(reason="end-to-end tests need Linux (X11, PulseAudio, signals)")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)
