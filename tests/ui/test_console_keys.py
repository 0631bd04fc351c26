"""Keys too easy to press by accident: a clicker's double press, a stray R; the proposal's
Apply has a key; keys are written as people read them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from emcee.settings import KEY_REPEAT_IGNORED_MS
from emcee.ui.keymap import keys_text
from tests.ui.test_console import advance, console, press  # console: the fixture

__all__ = ["console"]


def later(console, seconds):
    console.controller.clock.advance(seconds)


def test_a_clicker_s_double_press_moves_one_turn_not_two(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 5)
    press(qtbot, console, Qt.Key.Key_PageDown)
    later(console, 0.12)  # the clicker's bounce
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert console.controller.snapshot.current.item.index == 1
    later(console, 0.4)  # a press meant as one
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert console.controller.snapshot.current.item.index == 2


def test_a_double_space_does_not_pause_and_resume(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 5)
    press(qtbot, console, Qt.Key.Key_Space)
    later(console, 0.2)
    press(qtbot, console, Qt.Key.Key_Space)
    assert console.controller.snapshot.state.value == "paused"


def test_the_repeat_guard_is_a_setting_and_zero_takes_every_press(console, qtbot):
    KEY_REPEAT_IGNORED_MS.write(console.settings, 0)
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_Right)
    press(qtbot, console, Qt.Key.Key_Right)
    assert console.controller.snapshot.current.item.index == 2


def test_r_restarts_the_turn_only_on_a_second_press_within_two_seconds(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 100)
    press(qtbot, console, Qt.Key.Key_R)
    assert console.controller.snapshot.current.elapsed == 100
    assert console.statusBar().currentMessage() == (
        "Press R again within 2 seconds to restart the turn."
    )
    advance(console, 2.5)  # too late: this press asks again
    press(qtbot, console, Qt.Key.Key_R)
    assert console.controller.snapshot.current.elapsed == 102.5
    later(console, 1)
    press(qtbot, console, Qt.Key.Key_R)
    assert console.controller.snapshot.current.elapsed == 0
    assert console.statusBar().currentMessage() == ""


def test_a_stray_r_between_other_keys_restarts_nothing(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 30)
    press(qtbot, console, Qt.Key.Key_R)
    press(qtbot, console, Qt.Key.Key_Equal)  # +1 min: the R is forgotten
    press(qtbot, console, Qt.Key.Key_R)
    assert console.controller.snapshot.current.elapsed == 30


def test_ending_the_show_asks_first(console, qtbot, monkeypatch):
    press(qtbot, console, Qt.Key.Key_Space)
    asked = []
    console.confirm = lambda title, text: asked.append(text) or False
    console.menus.actions["end"].trigger()
    assert asked == ["End the show now?"]
    assert console.controller.snapshot.state.value == "running"


def test_the_proposal_s_apply_has_a_key(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_A)  # no proposal: nothing to apply
    assert console.controller.last_action().value == "start"
    advance(console, 60 * 60, step=60)  # registration runs 30 minutes long
    assert console.controller.snapshot.proposal is not None
    assert "(A)" in console.proposal_panel.apply_button.toolTip()
    press(qtbot, console, Qt.Key.Key_A)
    assert console.controller.last_action().value == "rebalance"


def test_keys_with_a_modifier_and_plus_are_written_as_people_read_them():
    assert keys_text("plus30") == "Alt and +"
    assert keys_text("minus30") == "Alt and -"
    assert keys_text("redo_edit") == "Ctrl+Shift+Z, Ctrl+Y"
