"""A console sharing its show, as the sharing, remote-control and garbage tests use it:
the reference event on a fake clock, any free port, a journal in the test's folder."""

from __future__ import annotations

import pytest

from emcee.settings import SHARE_PORT
from emcee.ui.i18n import switch_language
from emcee.ui.recorder import ShowRecorder
from tests.ui.console_kit import close_console, open_console


@pytest.fixture
def console(qtbot, tmp_path):
    window = open_console(
        qtbot,
        tmp_path,
        # any free port: tests may run side by side
        settings_first=lambda settings: SHARE_PORT.write(settings, 0),
        before_show=lambda window: window.set_recorder_factory(
            lambda controller: ShowRecorder(controller, folder=tmp_path / "data", fallbacks=[])
        ),
    )
    yield window
    close_console(window)
    switch_language("en")
