"""A break that would last far from its plan asks first; the room never sees a two-hour
break, and a break started late keeps the restart time announced unless told otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_console import advance, console, press  # console: the fixture

__all__ = ["console"]

BREAK1 = 5  # the 14:45 break, restarting at 14:55


def before_the_first_break(console) -> None:
    """Part 2's discussion is live (the break comes next)."""
    controller = console.controller
    controller.start()
    controller.jump(controller.show.layout.item_segments[BREAK1 - 1][-1])


@pytest.fixture
def answers(monkeypatch):
    """Each question's text; the default button (Return) answers it."""
    asked: list[str] = []

    def press_return(box):
        asked.append(box.text())
        box.defaultButton().click()

    monkeypatch.setattr(QMessageBox, "exec", press_return)
    return asked


def test_a_break_two_hours_early_asks_and_runs_its_planned_length(console, qtbot, answers):
    before_the_first_break(console)
    advance(console, 60)  # 13:01
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert answers == [
        "The break would last 1:54:00, to the restart time 14:55; it is planned for 10 min."
    ]
    current = console.controller.snapshot.current
    assert current.item.index == BREAK1
    assert current.remaining == pytest.approx(600)
    assert current.target_time == pytest.approx(13 * 3600 + 11 * 60)
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: 14:55
    assert console.controller.snapshot.current.target_time == 14 * 3600 + 55 * 60


def test_a_break_started_late_asks_and_keeps_the_restart_time(console, qtbot, answers):
    before_the_first_break(console)
    advance(console, 1 * 3600 + 52 * 60, step=60)  # the discussion runs to 14:52
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert answers == [
        "The break would last only 05:00, to the restart time 14:57; it is planned for 10 min."
    ]
    assert console.controller.snapshot.current.remaining == pytest.approx(300, abs=1)


def test_a_break_on_time_asks_nothing(console, qtbot):
    before_the_first_break(console)
    advance(console, 1 * 3600 + 45 * 60, step=60)  # to 14:45
    press(qtbot, console, Qt.Key.Key_PageDown)  # no dialog (the test would fail)
    assert console.controller.snapshot.current.item.index == BREAK1
