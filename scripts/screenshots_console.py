"""Regenerate docs/screenshots/console-*.png: the moderator's console at moments of the show.

    python scripts/screenshots_console.py

Offscreen, the reference event on a fake clock, so every picture is the same on every run:
before the start, a normal turn, a warning, an overtime (Korean), and the overtime in
English. Only console-ko.png is committed (README); look at the others locally.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from emcee import resources
from emcee.app import create_application
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language
from emcee.ui.presenter import attach_presenter

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1600, 960)


def console_at(
    lang: str, settings: QSettings, moment: Callable[[ShowController], None]
) -> ConsoleWindow:
    switch_language(lang)
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 58, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    console = ConsoleWindow(controller, settings=settings)
    console.cues.muted = True
    console.resize(*SIZE)
    console.show()
    console.set_presenter_factory(
        lambda c: attach_presenter(c, console, language=lang, settings=settings)
    )
    # As with a projector connected: one offscreen screen would start it hidden.
    if console.presenter is not None:
        console.presenter.set_shown(True)
        console.statusBar().clearMessage()  # "no projector": not so in the pictured set-up
    controller.begin()
    moment(controller)
    controller.tick()
    QApplication.processEvents()
    return console


def run_until(controller: ShowController, hours: int, minutes: int, seconds: int = 0) -> None:
    """Let time pass to a time of day, ticking once a second as the real timer does."""
    clock = controller.clock
    assert isinstance(clock, FakeClock)
    target = clock.now().replace(hour=hours, minute=minutes, second=seconds)
    while clock.now() < target:
        clock.advance(min(1.0, (target - clock.now()).total_seconds()))
        controller.tick()


def before_start(controller: ShowController) -> None:
    run_until(controller, 12, 58, 30)


def normal(controller: ShowController) -> None:
    """Part 2, the third speaker, one minute in; the opening ran 2 minutes long."""
    run_until(controller, 13, 0)
    controller.start()
    run_until(controller, 13, 30)
    controller.next()
    run_until(controller, 13, 37)
    controller.next()
    run_until(controller, 13, 42)
    controller.next()
    run_until(controller, 14, 12)
    controller.next()
    for _ in range(2):
        run_until(controller, *_after(controller, 4 * 60))
        controller.next()
    run_until(controller, *_after(controller, 60))


def warning(controller: ShowController) -> None:
    normal(controller)
    current = controller.snapshot.current
    assert current is not None
    run_until(controller, *_after(controller, current.remaining - 50))
    controller.set_message("마무리 부탁드립니다")


def overtime(controller: ShowController) -> None:
    normal(controller)
    current = controller.snapshot.current
    assert current is not None
    run_until(controller, *_after(controller, current.remaining + 83))


def _after(controller: ShowController, seconds: float) -> tuple[int, int, int]:
    moment = controller.clock.now() + dt.timedelta(seconds=seconds)
    return moment.hour, moment.minute, moment.second


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(OUT / ".screenshots.ini"), QSettings.Format.IniFormat)
    settings.clear()
    create_application("ko", settings)
    shots = [
        ("console-before-start-ko", "ko", before_start),
        ("console-ko", "ko", normal),
        ("console-warning-ko", "ko", warning),
        ("console-overtime-ko", "ko", overtime),
        ("console-overtime-en", "en", overtime),
    ]
    for name, lang, moment in shots:
        console = console_at(lang, settings, moment)
        path = OUT / f"{name}.png"
        console.grab().save(str(path))
        print(path.relative_to(ROOT))
        console.confirm = lambda title, text: True  # type: ignore[method-assign]
        console.close()
        console.deleteLater()
        QApplication.processEvents()
    (OUT / ".screenshots.ini").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
