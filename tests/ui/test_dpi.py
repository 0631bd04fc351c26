"""High-DPI: the console at 100, 125, 150 and 200 % has the same layout, nothing clipped.

Each scale is a fresh process (Qt fixes the scale when it starts) on an offscreen screen
whose logical DPI is 96, 120, 144 or 192, as Windows reports them for those settings:
Qt scales by DPI / 96. The console, in Korean during a running show, reports where its
main parts are in device-independent pixels and which buttons are narrower than their
text needs, and saves a picture (EMCEE_DPI_SHOTS=DIR keeps them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.offscreen_screen import run_on_screen

SCALES = {100: 96, 125: 120, 150: 144, 200: 192}
TOLERANCE = 3  # px: text is measured at each scale's own pixel size, rounded differently

CONSOLE = """
import datetime as dt, json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication
from emcee import resources
from emcee.app import create_application
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController

out = Path(sys.argv[1])
settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
app = create_application("ko", settings)
clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
controller = ShowController(load(resources.reference_agenda())[1], clock)
console = ConsoleWindow(controller, settings=settings)
console.cues.muted = True
console.resize(1440, 900)
console.show()
controller.begin()
controller.start()
clock.advance(7 * 60 + 30)
controller.tick()
for _ in range(5):
    app.processEvents()
parts = {
    "status": console.status_panel,
    "timer": console.timer_panel,
    "agenda": console.agenda_tabs,
    "notes": console.notes_box,
    "chart": console.chart,
    "messages": console.messages,
    "toolbar": console.menus.toolbar,
    "menu": console.menuBar(),
}
geometry = {}
for name, widget in parts.items():
    corner = widget.mapTo(console, widget.rect().topLeft())
    geometry[name] = [corner.x(), corner.y(), widget.width(), widget.height()]
clipped = [
    button.text() for button in console.findChildren(QAbstractButton)
    if button.isVisible() and button.text() and button.width() < button.sizeHint().width()
]
picture = console.grab()
picture.save(str(out / "console.png"))
print(json.dumps({
    "ratio": console.devicePixelRatioF(),
    "geometry": geometry,
    "clipped": clipped,
    "picture": [picture.width(), picture.height()],
}))
console.confirm = lambda title, text: True
console.close()
"""


def run_console(percent: int, folder: Path) -> dict[str, object]:
    return run_on_screen(CONSOLE, folder, 3840, 2160, SCALES[percent])


@pytest.fixture(scope="module")
def consoles(tmp_path_factory) -> dict[int, dict[str, object]]:
    shots = os.environ.get("EMCEE_DPI_SHOTS")
    root = Path(shots) if shots else tmp_path_factory.mktemp("dpi")
    return {percent: run_console(percent, root / f"{percent}") for percent in SCALES}


def test_each_scale_is_the_one_asked_for(consoles):
    for percent, console in consoles.items():
        assert console["ratio"] == pytest.approx(percent / 100)
        # The picture has the device's pixels: the same console, finer.
        width, height = console["picture"]  # type: ignore[misc]
        assert width == pytest.approx(1440 * percent / 100, abs=2)
        assert height == pytest.approx(900 * percent / 100, abs=2)


def test_the_layout_is_the_same_at_every_scale(consoles):
    reference = consoles[100]["geometry"]
    for percent, console in consoles.items():
        for part, box in console["geometry"].items():  # type: ignore[attr-defined]
            expected = reference[part]  # type: ignore[index]
            off = max(abs(a - b) for a, b in zip(box, expected, strict=True))
            assert off <= TOLERANCE, f"{percent} %: {part} at {box}, at 100 %: {expected}"


def test_no_button_is_narrower_than_its_text(consoles):
    for percent, console in consoles.items():
        assert console["clipped"] == [], f"{percent} %"
