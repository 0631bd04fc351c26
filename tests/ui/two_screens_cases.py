"""Placement on two offscreen screens, s1 (1920x1080, the console's) and s2 (1280x720).

Qt reads the screens once at start-up, so test_presenter_screens.py runs this file in a
pytest of its own with the two-screen offscreen config. Offscreen screens cannot come and
go, so hot-plugging is simulated by calling the handlers of screenRemoved/screenAdded.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from emcee.core.clock import FakeClock
from emcee.settings import PRESENTER_PALETTE, PRESENTER_SCREEN
from emcee.ui.controller import ShowController
from emcee.ui.presenter import Placement, attach_presenter
from tests.ui.presenter_kit import reference


def qscreen(name: str) -> QScreen:
    """The screen called ``name``, looked up afresh: PySide6 may invalidate a QScreen wrapper
    kept across placements (seen in these tests, never with a fresh one)."""
    return next(screen for screen in QGuiApplication.screens() if screen.name() == name)


@pytest.fixture
def two_screens(qapp):
    if sorted(screen.name() for screen in QGuiApplication.screens()) != ["s1", "s2"]:
        pytest.skip("needs the two-screen offscreen config (run by test_presenter_screens.py)")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "emcee.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def console(qtbot, two_screens):
    console = QMainWindow()
    qtbot.addWidget(console)
    console.setWindowTitle("console")
    console.setGeometry(100, 100, 800, 600)
    console.show()
    qtbot.waitExposed(console)
    assert console.screen().name() == "s1"
    return console


@pytest.fixture
def controller(qapp):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 30, tzinfo=dt.UTC))
    controller = ShowController(reference(), clock)
    yield controller
    controller.stop()


def attach(controller, console, settings, qtbot):
    screens = attach_presenter(controller, console, language="ko", settings=settings)
    qtbot.addWidget(screens.window)
    return screens


def on_screen(window, name: str) -> bool:
    screen = qscreen(name)
    return (
        window.isVisible()
        and window.isFullScreen()
        and window.screen().name() == screen.name()
        and window.geometry() == screen.geometry()
    )


def test_opens_full_screen_on_the_screen_other_than_the_consoles(
    controller, console, settings, qtbot, two_screens
):
    screens = attach(controller, console, settings, qtbot)
    assert screens.placement == Placement("s2", True)
    qtbot.waitUntil(lambda: on_screen(screens.window, "s2"))
    assert screens.full_screen_action.isChecked()
    assert screens.show_action.isChecked()


def test_the_chosen_screen_is_remembered_by_name(controller, console, settings, qtbot, two_screens):
    screens = attach(controller, console, settings, qtbot)
    screens.choose("s1")
    assert PRESENTER_SCREEN.read(settings) == "s1"
    # On the console's own screen it is a normal window, full-screen only on request.
    assert screens.placement == Placement("s1", False)
    window = screens.window
    assert not window.isFullScreen()
    assert qscreen("s1").availableGeometry().contains(window.geometry())
    screens.set_full_screen(True)
    qtbot.waitUntil(lambda: on_screen(window, "s1"))
    window.close()

    again = attach(controller, console, settings, qtbot)
    assert again.placement == Placement("s1", False)
    again.choose(None)
    assert again.placement == Placement("s2", True)


def test_unplugged_projector_leaves_a_normal_window_and_replugging_brings_it_back(
    controller, console, settings, qtbot, two_screens
):
    screens = attach(controller, console, settings, qtbot)
    window = screens.window
    qtbot.waitUntil(lambda: on_screen(window, "s2"))
    for _cycle in range(3):
        screens._on_screen_removed(qscreen("s2"))
        qtbot.waitUntil(lambda: screens.placement == Placement("s1", False))
        assert not window.isFullScreen()
        assert qscreen("s1").availableGeometry().contains(window.geometry())
        assert [info.name for info in screens.screens()] == ["s1"]
        screens._on_screen_added(qscreen("s2"))
        qtbot.waitUntil(lambda: screens.placement == Placement("s2", True))
        qtbot.waitUntil(lambda: on_screen(window, "s2"))


def test_the_window_stays_when_every_screen_is_gone(
    controller, console, settings, qtbot, two_screens
):
    screens = attach(controller, console, settings, qtbot)
    for name in ("s2", "s1"):
        screens._on_screen_removed(qscreen(name))
    qtbot.wait(20)
    assert screens.screens() == []
    screens._on_screen_added(qscreen("s2"))
    qtbot.waitUntil(lambda: screens.placement == Placement("s2", True))


def test_f5_hides_and_shows(controller, console, settings, qtbot, two_screens):
    screens = attach(controller, console, settings, qtbot)
    shown = []
    screens.shownChanged.connect(shown.append)
    screens.show_action.trigger()
    assert not screens.window.isVisible()
    assert screens.placement is None
    screens.toggle_shown()
    assert screens.window.isVisible()
    assert screens.placement == Placement("s2", True)
    assert shown == [False, True]
    screens.window.close()  # closed from the window manager: only hidden
    assert not screens.shown
    assert not screens.show_action.isChecked()


def test_the_menu_lists_two_screens_and_resolution(
    controller, console, settings, qtbot, two_screens
):
    screens = attach(controller, console, settings, qtbot)
    menu = screens.build_menu(console)
    texts = [action.text() for action in menu.actions()]
    assert "s1 — 1920×1080 (console)" in texts
    assert "s2 — 1280×720" in texts
    next(a for a in menu.actions() if a.text().startswith("s1 ")).trigger()
    assert screens.placement == Placement("s1", False)
    next(a for a in menu.actions() if a.text().startswith("High contrast")).trigger()
    assert PRESENTER_PALETTE.read(settings) == "high-contrast"
    assert screens.feed.palette.name == "high-contrast"


def test_the_preview_takes_the_presenter_windows_shape(
    controller, console, settings, qtbot, two_screens
):
    screens = attach(controller, console, settings, qtbot)
    preview = screens.make_preview(console)
    qtbot.waitUntil(lambda: preview.screen_size == QSize(1280, 720))
    screens.choose("s1")
    qtbot.waitUntil(lambda: preview.screen_size == screens.window.size())
