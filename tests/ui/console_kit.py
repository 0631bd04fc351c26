"""A console as the UI tests open it: a schedule on a fake clock, settings in the test's
folder, sounds muted, shown and begun; closed without the running show's question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import FakeClock
from emcee.ui.console.window import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language

EVENT_DAY = dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC)  # the reference event's


def open_console(
    qtbot,
    tmp_path: Path,
    schedule: Schedule | None = None,
    *,
    at: dt.datetime = EVENT_DAY,
    lang: str = "en",
    settings_first: Callable[[QSettings], None] | None = None,
    before_show: Callable[[ConsoleWindow], None] | None = None,
    size: tuple[int, int] | None = None,
) -> ConsoleWindow:
    """The console on ``schedule`` (the built-in event) at ``at``; ``settings_first``
    writes settings before the console reads them, ``before_show`` sets it up."""
    switch_language(lang)
    schedule = schedule or load(resources.reference_agenda())[1]
    controller = ShowController(schedule, FakeClock(at))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if settings_first is not None:
        settings_first(settings)
    window = ConsoleWindow(controller, settings=settings)
    window.cues.muted = True
    if before_show is not None:
        before_show(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    controller.begin()
    return window


def close_console(window: ConsoleWindow) -> None:
    window.confirm = lambda title, text: True  # closing a running show asks first
    window.close()
    window.deleteLater()


def advance(console: ConsoleWindow, seconds: float, step: float = 1.0) -> None:
    """Time passes; the controller ticks every ``step`` seconds, as its timer would."""
    clock = console.controller.clock
    assert isinstance(clock, FakeClock)
    while seconds > 1e-9:
        clock.advance(min(step, seconds))
        seconds -= step
        console.controller.tick()
