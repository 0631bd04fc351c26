"""Every window and dialog fits a 1366x768 laptop and a 1920x1080 screen at 150 %, every
button on the screen, and each closes with Esc or Ctrl+W; with one screen the presenter
window does not float over the console (its preview is in the console).

Each screen is a fresh process on an offscreen screen of that size (Qt fixes its screens
when it starts). EMCEE_SMALL_SHOTS=DIR keeps a picture of each window.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.offscreen_screen import run_on_screen

SCREENS = {
    "laptop-1366x768": (1366, 768, 96),
    "150-percent-1920x1080": (1920, 1080, 144),
}

WALK = """
import datetime as dt, json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication
from emcee import resources
from emcee.app import create_application
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.help import KeysHelp, LogHelp
from emcee.ui.import_dialog import ImportDialog
from emcee.ui.presenter import attach_presenter
from emcee.ui.report_window import ReportWindow

out = Path(sys.argv[1])
settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
app = create_application("ko", settings)
area = app.primaryScreen().availableGeometry()
clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
controller = ShowController(load(resources.reference_agenda())[1], clock)
console = ConsoleWindow(controller, settings=settings)
console.cues.muted = True
console.set_presenter_factory(lambda c: attach_presenter(c, console, settings=settings))
console.show_first_time()
controller.begin()
controller.start()
controller.tick()


def settle():
    for _ in range(5):
        app.processEvents()


def outside(window):
    # The window and each button shown in it, where they fall outside the screen.
    found = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        found.append(["window", [frame.x(), frame.y(), frame.width(), frame.height()]])
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        corner = button.mapToGlobal(QPoint(0, 0))
        box = QRect(corner, button.size())
        if not area.contains(box):
            found.append([button.text(), [box.x(), box.y(), box.width(), box.height()]])
    return found


def closes(window, key, modifier=Qt.KeyboardModifier.NoModifier):
    window.show()
    window.activateWindow()
    settle()
    QTest.keyClick(window, key, modifier)
    settle()
    return not window.isVisible()


windows = {
    "report": ReportWindow(folders=[out / "shows"]),
    "import": ImportDialog(console),
    "keys": KeysHelp(console),
    "log": LogHelp(out / "emcee.log", console),
}
settle()
answer = {"console": outside(console), "presenter_shown": console.presenter.shown}
answer["clipped"] = [
    button.text() for button in console.findChildren(QAbstractButton)
    if button.isVisible() and button.text() and button.width() < button.sizeHint().width()
]
console.grab().save(str(out / "console.png"))
for name, window in windows.items():
    window.show()
    settle()
    window.grab().save(str(out / f"{name}.png"))
    answer[name] = {
        "outside": outside(window),
        "esc": closes(window, Qt.Key.Key_Escape),
        "ctrl_w": closes(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    }
print(json.dumps(answer, ensure_ascii=False))
console.confirm = lambda title, text: True
console.close()
"""


def walk(name: str, folder: Path) -> dict[str, object]:
    width, height, dpi = SCREENS[name]
    return run_on_screen(WALK, folder, width, height, dpi)


@pytest.fixture(scope="module")
def walks(tmp_path_factory) -> dict[str, dict[str, object]]:
    shots = os.environ.get("EMCEE_SMALL_SHOTS")
    root = Path(shots) if shots else tmp_path_factory.mktemp("small")
    return {name: walk(name, root / name) for name in SCREENS}


@pytest.mark.parametrize("screen", SCREENS)
def test_every_window_and_its_buttons_fit_the_screen(walks, screen):
    found = walks[screen]
    assert found["console"] == []
    assert found["clipped"] == []  # no button narrower than its words
    for name in ("report", "import", "keys", "log"):
        assert found[name]["outside"] == [], f"{name} on {screen}"  # type: ignore[index]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_window_closes_with_esc_and_ctrl_w(walks, screen):
    for name in ("report", "import", "keys", "log"):
        window = walks[screen][name]
        assert window["esc"] and window["ctrl_w"], f"{name} on {screen}: {window}"  # type: ignore[index]


def test_with_one_screen_the_presenter_window_does_not_cover_the_console(walks):
    for screen in SCREENS:
        assert walks[screen]["presenter_shown"] is False
