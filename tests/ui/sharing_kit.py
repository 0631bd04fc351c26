"""A console sharing its show, as the sharing, remote-control and garbage tests use it:
the reference event on a fake clock, any free port, a journal in the test's folder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.settings import SHARE_PORT
from emcee.ui.console.window import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language
from emcee.ui.recorder import ShowRecorder


@pytest.fixture
def console(qtbot, tmp_path):
    switch_language("en")
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    SHARE_PORT.write(settings, 0)  # any free port: tests may run side by side
    window = ConsoleWindow(controller, settings=settings)
    window.cues.muted = True
    window.set_recorder_factory(
        lambda controller: ShowRecorder(controller, folder=tmp_path / "data", fallbacks=[])
    )
    window.show()
    qtbot.waitExposed(window)
    controller.begin()
    yield window
    window.confirm = lambda title, text: True
    window.close()
    window.deleteLater()
    switch_language("en")
