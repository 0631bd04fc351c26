"""The console driven with keys on a fake clock, as an operator would drive it."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.engine.snapshot import Level, ShowState, Status
from emcee.settings import LANGUAGE
from emcee.ui.agenda_model import LIVE_BACKGROUND, Column
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language
from tests.ui.console_kit import advance, close_console, open_console
from tests.ui.keyboard import type_key, type_text


@pytest.fixture
def console(qtbot, tmp_path):
    window = open_console(qtbot, tmp_path)
    cues: list[str] = []
    window.cues.cueRequested.connect(cues.append)
    window.cues_heard = cues  # type: ignore[attr-defined]
    yield window
    close_console(window)


def press(qtbot, console, key, modifier=Qt.KeyboardModifier.NoModifier):
    type_key(console.tree, key, modifier)


def live_row_background(console):
    index = console.tree.agenda_model.index_of_segment(
        console.controller.snapshot.current.segment.index
    )
    return console.tree.agenda_model.data(index, Qt.ItemDataRole.BackgroundRole).color()


def test_space_starts_and_pauses(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING
    advance(console, 10)
    press(qtbot, console, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.PAUSED
    assert "PAUSED" in console.timer_panel.heading.text()
    advance(console, 1)  # a second Space within 300 ms would be a clicker's double press
    press(qtbot, console, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING


def test_warning_final_and_overtime_with_banner_row_colour_and_one_cue_each(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_PageDown)  # the opening remarks, 5 min: leads 1:15 / 0:30
    assert console.controller.snapshot.current.item.title == "개회사"
    assert not console.banner.isVisible()

    advance(console, 300 - 75)
    assert console.controller.snapshot.current.level is Level.WARNING
    assert console.banner.isVisible()
    assert console.banner.label.text() == "▲  복지행정지원관: 01:15 left"
    assert live_row_background(console) == LIVE_BACKGROUND[Level.WARNING]

    advance(console, 45)
    assert console.controller.snapshot.current.level is Level.FINAL
    assert console.timer_panel.level.text() == "▲▲ Final warning: 00:30 left"

    advance(console, 30 + 83)
    snapshot = console.controller.snapshot
    assert snapshot.current.level is Level.OVERTIME
    assert console.banner.label.text() == "+  복지행정지원관 over time +01:23"
    assert console.timer_panel.digits.text == "+01:23"
    assert live_row_background(console) == LIVE_BACKGROUND[Level.OVERTIME]
    assert console.cues_heard == ["warning", "final", "time-up", "overtime"]
    advance(console, 10)
    assert console.cues_heard == ["warning", "final", "time-up", "overtime"]


def test_banner_names_the_speaker_of_a_shared_block(console, qtbot):
    console.controller.jump(console.controller.show.item_segments[4].start + 2)
    console.controller.clock.set_time_of_day(14, 18)
    press(qtbot, console, Qt.Key.Key_Space)
    assert console.timer_panel.block.text() == "Presentation 3/5 · block left 20:00"
    # Speakers 1 and 2 took no time, so the three left share the 20 minutes: 6:40 each.
    assert console.controller.snapshot.current.allotted == 400
    advance(console, 400 + 83)
    assert console.banner.label.text() == "+  광주서구 presentation over time +01:23"


def test_next_previous_and_the_live_row(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_Right)
    advance(console, 1)  # repeats within 300 ms are ignored (test_console_keys.py)
    press(qtbot, console, Qt.Key.Key_Right)
    assert console.controller.snapshot.current.item.index == 2
    press(qtbot, console, Qt.Key.Key_Left)
    assert console.controller.snapshot.current.item.index == 1
    advance(console, 1)
    press(qtbot, console, Qt.Key.Key_PageUp)
    assert console.controller.snapshot.current.item.index == 0
    status = console.tree.agenda_model.index(0, Column.STATUS)
    assert console.tree.agenda_model.data(status) == "▶ live"


def test_enter_jumps_to_the_selected_row_after_confirming(console, qtbot, monkeypatch):
    press(qtbot, console, Qt.Key.Key_Space)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    part_three = console.tree.agenda_model.index(6, 0)
    console.tree.setCurrentIndex(part_three)
    press(qtbot, console, Qt.Key.Key_Return)
    assert asked and "(3부)" in asked[0]
    current = console.controller.snapshot.current
    assert (current.item.index, current.turn_number) == (6, 1)


def test_enter_on_a_speaker_passed_over_brings_them_back_after_the_live_turn(
    console, qtbot, monkeypatch
):
    controller = console.controller
    part3 = controller.show.item_segments[6].start
    controller.jump(part3)
    controller.start()
    press(qtbot, console, Qt.Key.Key_Right)  # the first speaker is not there
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    console.tree.setCurrentIndex(console.tree.agenda_model.index_of_segment(part3))
    press(qtbot, console, Qt.Key.Key_Return)
    assert len(asked) == 1 and "부산북구" in asked[0] and "after the current turn" in asked[0]
    snapshot = controller.snapshot
    assert snapshot.current.segment.index == part3 + 1  # the live speaker goes on
    assert snapshot.next_segment.index == part3
    row = console.tree.agenda_model.index_of_segment(part3)
    assert console.tree.agenda_model.data(row.siblingAtColumn(Column.STATUS)) == "› next"
    advance(console, 1)
    press(qtbot, console, Qt.Key.Key_Right)
    assert controller.snapshot.current.segment.index == part3
    advance(console, 1)
    press(qtbot, console, Qt.Key.Key_Right)
    assert controller.snapshot.current.segment.index == part3 + 2


def test_declining_the_jump_keeps_the_turn(console, qtbot, monkeypatch):
    press(qtbot, console, Qt.Key.Key_Space)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    console.tree.setCurrentIndex(console.tree.agenda_model.index(6, 0))
    press(qtbot, console, Qt.Key.Key_Return)
    assert console.controller.snapshot.current.item.index == 0


def test_plus_minus_a_minute_and_alt_for_thirty_seconds(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_PageDown)
    added = lambda: console.controller.snapshot.current.added  # noqa: E731
    # "+" typed with Shift on a US or Korean keyboard is still one minute.
    press(qtbot, console, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert added() == 60
    press(qtbot, console, Qt.Key.Key_Equal)
    assert added() == 120
    press(qtbot, console, Qt.Key.Key_Minus)
    assert added() == 60
    press(qtbot, console, Qt.Key.Key_Plus, Qt.KeyboardModifier.AltModifier)
    assert added() == 90
    press(qtbot, console, Qt.Key.Key_Minus, Qt.KeyboardModifier.AltModifier)
    press(qtbot, console, Qt.Key.Key_Underscore, Qt.KeyboardModifier.ShiftModifier)
    assert added() == 30
    keypad_shift = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, console, Qt.Key.Key_Plus, keypad_shift)
    assert added() == 60


def test_enter_in_the_message_box_sends_and_never_jumps(console, qtbot):
    console.controller.jump(console.controller.show.item_segments[4].start)
    console.controller.clock.set_time_of_day(14, 10)
    press(qtbot, console, Qt.Key.Key_Space)
    console.tree.setCurrentIndex(
        console.tree.agenda_model.index(0, 0)
    )  # a row far from the live one
    for pause in (False, True):
        if pause:
            press(qtbot, console, Qt.Key.Key_Space)
        press(qtbot, console, Qt.Key.Key_M)
        console.messages.text.setText("마무리 부탁드립니다")
        type_key(console.messages.text, Qt.Key.Key_Return)  # a dialog would fail here
        assert console.controller.overlay.message == "마무리 부탁드립니다"
        assert console.controller.snapshot.current.item.index == 4


def test_restart_and_undo(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_PageDown)
    advance(console, 100)
    press(qtbot, console, Qt.Key.Key_R)
    assert console.controller.snapshot.current.elapsed == 100  # R acts on a second press
    press(qtbot, console, Qt.Key.Key_R)
    assert console.controller.snapshot.current.elapsed == 0
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.snapshot.current.elapsed == 100
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.snapshot.current.item.index == 0  # the PageDown was undone


def test_a_stray_key_does_nothing(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    before = len(console.controller.show.history)
    for key in (Qt.Key.Key_Q, Qt.Key.Key_X, Qt.Key.Key_F1, Qt.Key.Key_Tab):
        press(qtbot, console, key)
    assert len(console.controller.show.history) == before


def test_messages_with_one_key_and_free_text(console, qtbot):
    press(qtbot, console, Qt.Key.Key_2)
    assert console.controller.overlay.message == "Please wrap up"
    assert "Please wrap up" in console.messages.on_screen.text()
    press(qtbot, console, Qt.Key.Key_0)
    assert console.controller.overlay.message == ""
    press(qtbot, console, Qt.Key.Key_M)
    assert console.messages.text.hasFocus()
    type_text(console.messages.text, "R 2 ")  # typing: R, 2 and Space are letters here
    console.messages.text.insert("발표 마무리")
    type_key(console.messages.text, Qt.Key.Key_Return)
    assert console.controller.overlay.message == "R 2 발표 마무리"
    assert console.controller.snapshot.state is ShowState.READY
    press(qtbot, console, Qt.Key.Key_B)
    assert console.controller.overlay.blackout
    assert "BLACKED OUT" in console.messages.on_screen.text()


def test_skip_is_undoable(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    console.tree.setCurrentIndex(console.tree.agenda_model.index(3, 0))
    console.menus.actions["skip"].trigger()
    assert console.controller.snapshot.items[3].status is Status.SKIPPED
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.snapshot.items[3].status is not Status.SKIPPED


def test_every_control_tooltip_and_menu_entry_names_its_keys(console):
    from emcee.ui.keymap import BINDINGS, keys_text

    named = 0
    for name, action in console.menus.actions.items():
        keys = keys_text(name)
        if BINDINGS[name].keys:
            assert action.toolTip().endswith(f"({keys})"), name
            assert action.text().endswith(f"\t{keys}"), name
            named += 1
        else:
            assert "\t" not in action.text(), name
    assert named >= 15
    assert console.menus.actions["next"].toolTip() == "Next turn, phase or item (→, PageDown)"


def test_korean_interface(console, qtbot):
    switch_language("ko")
    qtbot.wait(1)  # the language change reaches widgets through the event loop
    try:
        assert console.menus.menu_show.title() == "진행(&S)"
        press(qtbot, console, Qt.Key.Key_Space)
        assert console.status_panel.drift.text() == "지금 순서 정시"
        console.controller.clock.advance(10 * 60 + 30 * 60)
        console.controller.tick()
        assert console.status_panel.drift.text() == "지금 순서 10분 늦음"
    finally:
        switch_language("en")


def test_drift_and_expected_end(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 30 * 60)
    press(qtbot, console, Qt.Key.Key_PageDown)
    advance(console, 8 * 60)  # the opening remarks run 3 minutes long
    assert console.status_panel.drift.text() == "Current item 3 min behind"
    # The 14:45 break absorbs it: the programme still ends at 17:10, and says why.
    assert console.status_panel.end.text().startswith(
        "Expected end 17:10 (on time, 3 min absorbed by breaks)"
    )


def test_starting_far_from_the_plan_offers_a_rehearsal(console, qtbot, monkeypatch):
    console.controller.clock.jump_wall(-3 * 3600)  # a rehearsal in the morning: 10:00
    console.controller.tick()
    choices = []

    def choose_move(box):
        choices.append(box.text())
        box.buttons()[0].click()  # "Move the plan to now"

    monkeypatch.setattr(QMessageBox, "exec", choose_move)
    press(qtbot, console, Qt.Key.Key_Space)
    assert choices == ["The plan starts at 13:00; it is 10:00 now."]  # the same day
    snapshot = console.controller.snapshot
    assert snapshot.state is ShowState.RUNNING
    assert snapshot.drift == 0
    assert snapshot.items[1].planned_start == 10 * 3600 + 30 * 60


def test_an_error_in_a_slot_is_logged_and_the_show_goes_on(console, qtbot, tmp_path, monkeypatch):
    import sys

    from emcee.app import log_errors_and_go_on

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))  # platformdirs' log folder on Linux
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_errors_and_go_on(console)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    (log,) = tmp_path.rglob("emcee.log")
    assert "a bug in a slot" in log.read_text(encoding="utf-8")
    assert console.error_notice.isVisible()
    assert (
        "the show goes on" in console.error_notice.text()
        and str(log) in console.error_notice.text()
    )
    press(qtbot, console, Qt.Key.Key_Space)  # the operator acts: they have seen it
    assert not console.error_notice.isVisible()


def test_an_error_in_the_tick_is_said_once_and_the_timer_and_alerts_go_on(
    console, qtbot, tmp_path, monkeypatch
):
    import sys

    from emcee.app import log_errors_and_go_on

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_errors_and_go_on(console)
    switch_language("ko")
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_PageDown)  # the opening remarks, 5 min: warning at 1:15
    advance(console, 300 - 80)
    snapshot = console.controller.show.snapshot
    calls = []

    def broken():
        calls.append(1)
        if len(calls) <= 3:
            raise RuntimeError("a bug in the engine")
        return snapshot()

    monkeypatch.setattr(console.controller.show, "snapshot", broken)
    advance(console, 3)  # three ticks fail
    assert console.timer_panel.digits.text == "01:20"  # the last good face stays
    message = console.error_notice.text()
    assert "내부 오류" in message and "진행은 계속됩니다" in message
    console.error_notice.dismiss()
    advance(console, 7)
    assert not console.error_notice.isVisible()  # said once, not each tick
    assert console.timer_panel.digits.text == "01:10"
    assert console.cues_heard == ["warning"]
    (log,) = tmp_path.rglob("emcee.log")
    text = log.read_text(encoding="utf-8")
    assert text.count("Traceback") == 1  # the whole story once
    assert text.count("tick: RuntimeError: a bug in the engine") == 3  # a line each tick


def test_opened_on_another_day_the_status_shows_the_plan_not_a_delay(console, qtbot):
    console.controller.clock.advance(3 * 24 * 3600)  # three days after 2023-06-23
    console.controller.tick()
    assert console.status_panel.drift.text() == "Planned for 2023-06-23 13:00"
    assert console.controller.snapshot.proposal is None


def test_a_running_second_changes_only_the_live_cells_and_fits_no_columns(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 3)
    changed = []
    reshaped = []
    console.tree.agenda_model.dataChanged.connect(
        lambda first, last: changed.append((first.column(), last.column()))
    )
    console.tree.agenda_model.shapeChanged.connect(lambda: reshaped.append(True))
    advance(console, 1)  # 0:03 -> 0:04 of the live row's actual duration
    assert changed and all(first > Column.TITLE for first, _last in changed)
    assert reshaped == []
    console.tree.agenda_model.retranslate()  # every text anew: the columns fit them
    assert reshaped
    width = console.tree.header().sectionSize(Column.ACTUAL_LENGTH)
    assert width >= console.tree.sizeHintForColumn(Column.ACTUAL_LENGTH)


def test_a_second_works_out_only_the_rows_of_the_live_item(console, qtbot, monkeypatch):
    press(qtbot, console, Qt.Key.Key_Space)
    console.controller.jump(console.controller.show.item_segments[6].start + 2)
    advance(console, 2)
    worked_out = []
    values = console.tree.agenda_model._values
    monkeypatch.setattr(
        console.tree.agenda_model,
        "_values",
        lambda node, snapshot: worked_out.append(node) or values(node, snapshot),
    )
    advance(console, 1)
    # Part 3's rows (the item, its phases and turns) and nothing else.
    assert worked_out and {node.item for node in worked_out} == {6}


def test_an_action_widens_the_columns_its_texts_need_without_measuring_every_row(
    console, qtbot, monkeypatch
):
    fitted = []  # every row measured: what fit_columns does, and an action must not need
    console.tree.agenda_model.shapeChanged.connect(lambda: fitted.append(True))
    press(qtbot, console, Qt.Key.Key_Space)
    for _ in range(4):
        advance(console, 65)
        press(qtbot, console, Qt.Key.Key_Right)  # "done", actual starts and lengths appear
    header = console.tree.header()
    for column in Column:
        if column != Column.TITLE:  # the live row's bold start time fits too
            assert header.sectionSize(column) >= console.tree.sizeHintForColumn(column), column
    assert fitted == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_columns_fit_their_texts_as_the_delegate_measures_them(console, qtbot, lang):
    """fit_columns measures the model's texts itself (the delegate, asked for every
    cell, was slow): each column is as wide as Qt's own measure of its cells and
    heading, the live row in bold included, and not more than a pixel or two wider."""
    console.languageRequested(lang)
    press(qtbot, console, Qt.Key.Key_Space)
    for _ in range(3):
        advance(console, 65)
        press(qtbot, console, Qt.Key.Key_Right)
    console.tree.fit_columns()
    header = console.tree.header()
    for column in Column:
        if column != Column.TITLE:
            needed = max(console.tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert needed <= header.sectionSize(column) <= needed + 2, (column, needed)


def test_the_presenter_screen_takes_the_show_keys_too(console, qtbot, tmp_path):
    from emcee.ui.presenter import attach_presenter

    settings = QSettings(str(tmp_path / "presenter.ini"), QSettings.Format.IniFormat)
    console.set_presenter_factory(
        lambda controller: attach_presenter(controller, console, settings=settings)
    )
    console.presenter.set_shown(True)  # one screen: it starts hidden, F5 shows it
    first = console.presenter.window
    qtbot.waitExposed(first)
    type_key(first, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING
    # A new agenda gets a new presenter window; its keys count, the old one's are gone.
    agenda = load(resources.reference_agenda())[1]
    console.replace_controller(ShowController(agenda, console.controller.clock))
    second = console.presenter.window
    assert second is not first
    console.presenter.set_shown(True)
    qtbot.waitExposed(second)
    console.controller.clock.advance(1)  # not a double press of the first Space
    type_key(second, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING
    type_key(second, Qt.Key.Key_B)
    assert console.controller.overlay.blackout


def test_the_wall_clock_follows_its_own_seconds_between_snapshots(console):
    console.controller.wallClockChanged.emit(13 * 3600 + 5.0002)
    assert console.status_panel.clock.text() == "13:00:05"


def test_the_drift_chart_follows_the_show_without_pyqtgraph(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 45)
    assert len(console.chart.times) >= 2  # a point at the start and one 30 s on
    assert console.chart.drifts[-1] == pytest.approx(console.controller.snapshot.drift / 60)


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_running_second_repaints_its_lines_without_laying_the_console_out(console, qtbot):
    console.controller.jump(console.controller.show.item_segments[4].start + 2)
    console.controller.clock.set_time_of_day(14, 18)
    press(qtbot, console, Qt.Key.Key_Space)  # a shared block: its time left, each second
    while not console.timer_panel.level.text():  # the warning: the time left in words
        advance(console, 1)
    qtbot.wait(10)
    requests = LayoutRequests(console.timer_panel)
    before = console.timer_panel.level.text(), console.timer_panel.block.text()
    for _ in range(5):
        advance(console, 1)
        qtbot.wait(5)  # posted layout requests would arrive here
    after = console.timer_panel.level.text(), console.timer_panel.block.text()
    assert before[0].endswith(" left") and after[0].endswith(" left") and before[0] != after[0]
    assert before[1] != after[1]
    assert requests.count == 0


def test_a_live_line_too_wide_for_its_place_is_drawn_smaller_not_cut(console, qtbot):
    from emcee.ui.panels import LiveLine

    line = LiveLine(14, bold=False)
    qtbot.addWidget(line)
    line.setText("Presentation 3/5 · block left 20:00")
    line.resize(120, line.sizeHint().height())
    image = line.grab().toImage()
    inked = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).value() > 128
    ]
    assert inked and max(inked) < 120 and min(inked) < 10  # from the left edge to the right


class PaintedPixels(QObject):
    """Counts the pixels of each paint event's region on a widget."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.pixels: list[int] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.pixels.append(sum(r.width() * r.height() for r in event.region()))
        return False


def test_a_new_minute_before_the_start_repaints_the_digit_that_changed(console, qtbot):
    from emcee.ui import face

    digits = console.timer_panel.digits  # before the start: the time of day, 13:00
    console.controller.clock.advance(59.5)
    console.controller.tick()
    qtbot.wait(10)
    painted = PaintedPixels(digits)
    fonts_made = face._fitted_timer_font.cache_info().misses
    advance(console, 1)  # 13:01
    qtbot.waitUntil(lambda: bool(painted.pixels))
    assert digits.text == "13:01"
    whole = digits.width() * digits.height()
    assert 0 < sum(painted.pixels) < 0.3 * whole  # the last digit, not the view
    # Measured with the font it was drawn with: no new one, whose font engine, made after
    # Qt trimmed its font cache, would restart the cache's 10 s timer (wake-ups, idle).
    assert face._fitted_timer_font.cache_info().misses == fonts_made

    def on_screen():
        return console.screen().grabWindow(console.winId()).toImage()

    shown = on_screen()
    digits.repaint()
    assert on_screen() == shown  # exactly what a whole repaint draws


def test_the_console_says_how_long_the_laptop_slept(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)  # registration
    advance(console, 3)
    console.controller.clock.advance(192)  # asleep for 3:12, no tick meanwhile
    console.controller._on_timer()
    notice = console.away_notice
    assert notice.isVisible()
    assert "3:12" in notice.text() and "(13:00:03–13:03:15)" in notice.text()
    switch_language("ko")
    qtbot.wait(1)  # the language change reaches widgets through the event loop
    assert "3:12" in notice.text() and "절전" in notice.text()
    switch_language("en")
    qtbot.wait(1)
    press(qtbot, console, Qt.Key.Key_Right)  # the operator acts: they have seen it
    assert not notice.isVisible()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_settings_file_is_readable_by_the_user_only(qapp, tmp_path, monkeypatch):
    from emcee.app import create_application

    monkeypatch.setattr(os, "umask", os.umask)  # restored after the test
    os.umask(0o022)
    path = tmp_path / "config" / "emcee" / "emcee.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    create_application("en", settings)
    LANGUAGE.write(settings, "ko")
    settings.sync()
    assert path.stat().st_mode & 0o777 == 0o600
    assert (path.parent.stat().st_mode & 0o777, path.parent.parent.stat().st_mode & 0o777) == (
        0o700,
        0o700,
    )
    path.chmod(0o644)  # written by an older emcee
    create_application("en", settings)
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_help_menu_says_where_the_log_is_and_opens_its_folder(console, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    from emcee import logs
    from emcee.ui.help import LogHelp

    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "log")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    console.menus.actions["log"].trigger()
    dialog = console.findChild(LogHelp)
    assert dialog.isVisible() and dialog.place.text() == str(tmp_path / "log" / "emcee.log")
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "log")]


def test_the_show_keys_work_in_the_help_windows(console, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from emcee import logs
    from emcee.ui.help import KeysHelp, LogHelp

    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "log")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    console.menus.actions["keys"].trigger()
    keys_help = console.findChild(KeysHelp)
    qtbot.waitExposed(keys_help)
    type_key(keys_help, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING
    console.menus.actions["log"].trigger()
    log_help = console.findChild(LogHelp)
    qtbot.waitExposed(log_help)
    advance(console, 1)  # a second Space within 300 ms would be a clicker's double press
    type_key(log_help.open_button, Qt.Key.Key_Space)  # the show's, not the button's
    assert console.controller.snapshot.state is ShowState.PAUSED
