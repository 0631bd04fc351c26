"""The console keeps the laptop awake from Start to End, and says so (a fake system here;
test_awake_dbus.py holds through a real D-Bus)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.core.engine.snapshot import ShowState
from emcee.settings import RELEASE_AFTER_PAUSE_MIN
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language
from emcee.ui.power import AwakeError
from tests.ui.keyboard import type_key


class FakeInhibitor:
    method = "a fake"

    def __init__(self, refuse: str | None = None) -> None:
        self.refuse = refuse
        self.calls: list[str] = []

    def hold(self, reason: str) -> None:
        self.calls.append("hold")
        if self.refuse is not None:
            raise AwakeError(self.refuse)

    def release(self) -> None:
        self.calls.append("release")


def make_console(qtbot, tmp_path, minutes: float = 10, lang: str = "en"):
    switch_language(lang)
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    RELEASE_AFTER_PAUSE_MIN.write(settings, minutes)
    window = ConsoleWindow(controller, settings=settings)
    window.cues.muted = True
    window.awake.inhibitor = FakeInhibitor()
    window.show()
    qtbot.waitExposed(window)
    controller.begin()
    return window


@pytest.fixture
def console(qtbot, tmp_path):
    window = make_console(qtbot, tmp_path)
    yield window
    window.confirm = lambda title, text: True
    window.close()
    window.deleteLater()


def space(console):
    type_key(console.tree, Qt.Key.Key_Space)


def advance(console, seconds):
    console.controller.clock.advance(seconds)
    console.controller.tick()


def test_held_from_start_and_shown_on_the_console(console):
    inhibitor = console.awake.inhibitor
    assert inhibitor.calls == [] and not console.awake.isVisible()
    space(console)
    assert console.controller.snapshot.state is ShowState.RUNNING
    assert inhibitor.calls == ["hold"]
    assert console.awake.isVisible()
    assert "awake" in console.awake.text()
    advance(console, 60)
    assert inhibitor.calls == ["hold"]  # asked once, not at every second


def test_released_at_the_end(console):
    space(console)
    console.controller.end()
    assert console.awake.inhibitor.calls == ["hold", "release"]
    assert not console.awake.isVisible()


def test_a_pause_longer_than_the_setting_releases_without_a_tick(console, qtbot):
    space(console)
    advance(console, 1)
    space(console)  # pause
    advance(console, 9 * 60)
    assert console.awake.holding
    # Time passes with no snapshot at all: the keeper's own timer looks again.
    console.controller.clock.advance(61)
    console.awake._review.start(0)  # its moment is due now on the fake clock
    qtbot.waitUntil(lambda: not console.awake.holding, timeout=2000)
    assert console.awake.inhibitor.calls == ["hold", "release"]
    space(console)  # resume: held again
    assert console.awake.inhibitor.calls == ["hold", "release", "hold"]


def test_released_when_the_console_closes(qtbot, tmp_path):
    window = make_console(qtbot, tmp_path)
    space(window)
    window.confirm = lambda title, text: True
    window.close()
    assert window.awake.inhibitor.calls == ["hold", "release"]
    window.deleteLater()


def test_a_refusal_is_said_in_korean_and_stays_until_a_hold_works(qtbot, tmp_path):
    window = make_console(qtbot, tmp_path, lang="ko")
    window.awake.inhibitor = FakeInhibitor(refuse="org.freedesktop.DBus.Error.ServiceUnknown")
    space(window)
    assert window.awake.isVisible()
    assert "전원" in window.awake.text()  # turn off sleep in the power settings
    assert "ServiceUnknown" in window.awake.toolTip()
    advance(window, 5)
    assert window.awake.isVisible()
    window.confirm = lambda title, text: True
    window.close()
    window.deleteLater()
    switch_language("en")
