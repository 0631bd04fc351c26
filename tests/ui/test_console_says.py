"""What the console says in words: each figure of the header names what it measures, and
the two agree or say why they differ."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from emcee.ui.i18n import switch_language
from emcee.ui.presenter import attach_presenter
from tests.ui.keyboard import type_key
from tests.ui.test_console import advance, console, press  # console: the fixture

__all__ = ["console"]


def test_the_header_names_each_figure_and_says_why_the_end_differs(console, qtbot):
    switch_language("ko")
    qtbot.wait(1)
    try:
        header = console.status_panel
        assert header.drift.text() == "정시 진행"  # before the start
        press(qtbot, console, Qt.Key.Key_Space)
        advance(console, 30 * 60)
        press(qtbot, console, Qt.Key.Key_PageDown)
        advance(console, 18 * 60)  # the 5-minute opening remarks run 13 minutes long
        assert header.drift.text() == "지금 순서 13분 늦음"
        # The two breaks can give back 5 minutes each: the end is 3 minutes late.
        assert header.end.text().startswith("예상 종료 17:13 (+3분, 10분은 휴식에서 흡수)")
    finally:
        switch_language("en")


def test_the_end_line_alone_speaks_once_the_show_has_ended(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 60)
    console.controller.end()
    assert console.status_panel.drift.isHidden()
    assert console.status_panel.end.text().startswith("Ended 13:01")


@pytest.fixture
def with_projector(console, tmp_path):
    settings = QSettings(str(tmp_path / "presenter.ini"), QSettings.Format.IniFormat)
    console.set_presenter_factory(lambda c: attach_presenter(c, console, settings=settings))
    console.presenter.set_shown(True)
    return console


def test_before_the_start_the_console_says_which_start_time_is_which(with_projector):
    console = with_projector
    heading = console.timer_panel.heading.text()
    assert heading == "Not started · registration 13:00 · the programme starts 13:30"
    # The projector's "Starts at 13:30" is the programme's start, as the console says.
    assert console.presenter_pane.title() == ("Presenter screen: the clock only · Starts at 13:30")


def test_the_console_says_in_words_what_the_projector_shows(with_projector, qtbot):
    console = with_projector
    pane = console.presenter_pane
    press(qtbot, console, Qt.Key.Key_Space)
    assert pane.title() == "Presenter screen: a countdown · Starts at 13:30"
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert pane.title() == "Presenter screen: the countdown"
    press(qtbot, console, Qt.Key.Key_Space)
    assert pane.title() == "Presenter screen: the countdown, paused"
    console.controller.set_message("1분 남았습니다")
    assert pane.title() == "Presenter screen: your message “1분 남았습니다”"
    console.controller.set_blackout(True)
    assert pane.title() == "Presenter screen: black (blackout)"
    console.controller.set_blackout(False)
    console.presenter.set_shown(False)
    assert pane.title() == "Presenter screen: off (F5 shows it)"


def test_the_first_countdown_the_room_sees_is_two_actions_from_the_first_window(
    with_projector, qtbot, monkeypatch
):
    """Space, then Return on the rehearsal question: the projector counts down (it
    took a third action, →, when registration showed the clock alone)."""
    console = with_projector
    console.controller.clock.jump_wall(-3 * 3600)  # a rehearsal at 10:00
    console.controller.tick()
    questions = []

    def press_return(box):
        questions.append(box.text())
        box.defaultButton().click()

    monkeypatch.setattr(QMessageBox, "exec", press_return)
    press(qtbot, console, Qt.Key.Key_Space)  # 1
    assert len(questions) == 1  # 2: Return
    picture = console.presenter.feed.picture
    assert picture.digits == "30:00" and picture.digits != picture.clock
    assert console.presenter_pane.title().startswith("Presenter screen: a countdown")


def test_the_rehearsal_question_names_the_plan_s_day_if_another(console, qtbot, monkeypatch):
    console.controller.clock.jump_wall(dt.timedelta(days=3).total_seconds() + 84 * 60)
    console.controller.tick()
    questions = []

    def cancel(box):
        questions.append(box.text())

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    press(qtbot, console, Qt.Key.Key_Space)
    assert questions == ["The plan starts on 2023-06-23 at 13:00; it is 2023-06-26 14:24 now."]


def test_after_moving_the_plan_the_editor_says_it_shows_the_plan(console, qtbot):
    editor = console.editor
    assert editor.plan_note.isHidden()
    console.controller.clock.jump_wall(-3 * 3600)  # a rehearsal at 10:00
    console.controller.start(shift=-3 * 3600)  # "Move the plan to now"
    assert not editor.plan_note.isHidden()
    assert editor.plan_note.text() == (
        "These are the planned times, as in the file. The show runs them moved by –180 min: "
        "it started at 10:00 instead of 13:00, and the live agenda shows the moved times."
    )


def test_a_sent_message_clears_the_input(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_M)
    console.messages.text.setText("마이크를 켜 주세요")
    type_key(console.messages.text, Qt.Key.Key_Return)
    assert console.controller.overlay.message == "마이크를 켜 주세요"
    assert console.messages.text.text() == ""


def test_blackout_gets_a_banner_until_it_is_lifted(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_B)
    notice = console.blackout_notice
    assert not notice.isHidden()
    words = "■ The presenter screen is black: the room sees nothing (B, . shows it)."
    assert notice.text() == words
    press(qtbot, console, Qt.Key.Key_Period)
    assert notice.isHidden()


def notes_show_whole(console) -> bool:
    """The notes fit their pane, or a scroll bar says that more follows."""
    notes = console.notes_box
    viewport = notes.scroll_area.viewport()
    needed = notes.text.heightForWidth(viewport.width())
    return needed <= viewport.height() or notes.scroll_area.verticalScrollBar().isVisible()


def test_the_moderator_s_notes_show_whole_on_a_laptop(console, qtbot):
    console.resize(1366, 740)
    controller = console.controller
    part2 = controller.show.item_segments[4]
    controller.jump(part2[-1])  # Part 2's discussion: "지자체 발표 종합 토론"
    controller.start()
    qtbot.wait(10)
    assert console.notes_box.text.text() == "지자체 발표 종합 토론"
    notes = console.notes_box
    lines = notes.scroll_area.viewport().height() // notes.text.fontMetrics().lineSpacing()
    assert lines >= 3
    assert notes_show_whole(console)
    long_note = "영상 축사로 대체될 수 있음. " * 20
    console.notes_box.text.setText(long_note)
    qtbot.wait(10)
    assert notes_show_whole(console)
    assert console.notes_box.scroll_area.verticalScrollBar().isVisible()
