"""Shared test set-up: Qt without a screen, and a deterministic hypothesis profile."""

from __future__ import annotations

import os

# Without a display Qt aborts the process; offscreen works everywhere. A test run under
# Xvfb can still choose xcb by setting QT_QPA_PLATFORM itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "emcee", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("emcee")


@pytest.fixture(autouse=True)
def no_log_left_open():
    """A test that opened emcee's log file (in its own folder) closes it after itself."""
    yield
    from emcee.logs import close_log

    close_log()
