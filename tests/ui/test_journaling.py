"""The console journals the show it runs: actions, alerts and the presenter screen, each
written before it is shown as done; disk trouble is a warning that stays, never a crash."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QSettings, Qt

from emcee import resources
from emcee.core.agenda.file import load, loads
from emcee.core.clock import FakeClock
from emcee.core.engine.snapshot import ShowState
from emcee.core.journal import Journal, past_shows, read_journal
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language
from emcee.ui.recorder import ShowRecorder
from tests.ui.keyboard import type_key

SHORT = """\
format = 1

[programme]
title = "짧은 행사"
start = "13:00"

[[items]]
kind = "opening"
title = "개회"
duration = "5m"

[[items]]
kind = "closing"
title = "폐회"
duration = "5m"
"""


def lines_of(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def console(qtbot, tmp_path):
    switch_language("en")
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = ConsoleWindow(controller, settings=settings)
    window.cues.muted = True
    window.data = tmp_path / "data"  # type: ignore[attr-defined]
    window.set_recorder_factory(
        lambda controller: ShowRecorder(controller, folder=window.data, fallbacks=[])
    )
    window.show()
    qtbot.waitExposed(window)
    controller.begin()
    yield window
    window.confirm = lambda title, text: True  # closing a running show asks first
    window.close()
    window.deleteLater()
    switch_language("en")


def advance(console, seconds):
    clock = console.controller.clock
    for _ in range(int(seconds)):
        clock.advance(1)
        console.controller.tick()


def test_the_journal_begins_with_the_show_and_records_everything_before_it_is_shown(console, qtbot):
    recorder = console.journal.recorder
    console.controller.set_message("곧 시작합니다")  # before the show: not part of its record
    assert recorder.journal is None
    assert not console.data.exists()

    order = []
    console.controller.actionPerformed.connect(
        lambda action: order.append(("shown", recorder.journal.entries_written))
    )
    type_key(console.tree, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING
    path = recorder.journal.path
    assert path.is_relative_to(console.data)
    assert order == [("shown", 2)]  # the header and the start were written first
    type_key(console.tree, Qt.Key.Key_PageDown)  # the opening remarks, 5 min
    advance(console, 300 - 75)  # the warning
    console.controller.set_message("1분 남았습니다")
    console.toggle_blackout()

    entries = lines_of(path)
    assert [(e["type"], e.get("kind") or e.get("tag")) for e in entries] == [
        ("show", None),
        ("action", "start"),
        ("action", "next"),
        ("alert", "warning"),
        ("note", "presenter"),
        ("note", "blackout"),
    ]
    assert entries[1]["state"] == "running"
    assert (entries[4]["text"], entries[5]["text"]) == ("1분 남았습니다", "on")
    # The agenda stored beside it is the one the show runs on.
    data = read_journal(path)
    stored = (path.parent / data.header.agenda_file).read_text(encoding="utf-8")
    assert loads(stored)[1] == console.controller.schedule


def test_opening_another_agenda_closes_the_journal_and_the_next_show_has_its_own(console, qtbot):
    console.controller.start()
    first = console.journal.recorder.journal
    old_controller = console.controller
    console.replace_controller(ShowController(loads(SHORT)[1], old_controller.clock))
    assert first._stream is None  # closed
    assert old_controller.record is None
    assert console.journal.recorder.journal is None  # until the new show starts
    console.controller.start()
    second = console.journal.recorder.journal
    assert second.path != first.path
    titles = sorted(show.title for show in past_shows([console.data]))
    assert titles == ["사회보장 특별지원구역 성과공유회", "짧은 행사"]


def test_journal_trouble_is_a_warning_that_stays_until_it_is_gone(console, qtbot):
    console.data.write_text("not a folder")  # so the show folder cannot be made
    console.controller.start()
    warning = console.journal_warning
    assert warning.isVisible()
    assert "cannot be written anywhere" in warning.text()
    assert "the path is not a folder" in warning.text()
    assert console.controller.snapshot.state is ShowState.RUNNING  # the show goes on

    switch_language("ko")
    qtbot.wait(1)  # the language change reaches widgets through the event loop
    assert "행사 기록을 어디에도 쓸 수 없습니다" in warning.text()
    advance(console, 5)
    assert warning.isVisible()  # still there

    console.data.unlink()  # the folder can be made now: everything is written there
    console.controller.next()
    assert not warning.isVisible()
    kinds = [e.get("kind") for e in lines_of(console.journal.recorder.journal.path)]
    assert kinds == [None, "start", "next"]


def test_a_journal_that_moved_goes_back_and_its_warning_goes(console, qtbot):
    spare = console.data.parent / "spare"
    console.set_recorder_factory(
        lambda controller: ShowRecorder(controller, folder=console.data, fallbacks=[spare])
    )
    console.data.write_text("not a folder")  # so the show folder cannot be made there
    console.controller.start()
    warning = console.journal_warning
    assert warning.isVisible() and str(spare) in warning.text()
    console.data.unlink()
    advance(console, 31)  # the data folder is tried again at the first entry after 30 s
    console.controller.next()
    assert not warning.isVisible()
    journal = console.journal.recorder.journal.path
    assert journal.parent.parent == console.data
    assert [e.get("kind") for e in lines_of(journal)] == [None, "start", "next"]


def test_an_unforeseen_error_while_recording_is_a_warning_not_a_crash(
    console, qtbot, monkeypatch, tmp_path
):
    from emcee import logs

    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "log")
    log = logs.open_log()

    def broken(self, action, state=None, origin=None):
        raise RuntimeError("nobody saw this coming")

    monkeypatch.setattr(Journal, "record_action", broken)
    type_key(console.tree, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING
    assert console.journal_warning.isVisible()
    assert "nobody saw this coming" in console.journal_warning.text()
    assert "RuntimeError: nobody saw this coming" in log.read_text(encoding="utf-8")  # to find


def test_the_report_opens_while_the_hall_fills_up(console, qtbot):
    console.controller.start()  # registration: nothing has finished yet
    advance(console, 60)
    console.journal.open_report()
    window = console.journal.report_window
    qtbot.addWidget(window)
    assert window.isVisible() and window.report is not None
    assert window.tabs.count() == 4
    assert window.charts["over-under.png"].no_data is not None


def test_the_report_shows_the_live_show_and_the_past_ones(console, qtbot):
    console.journal.open_report()  # before the show: the list of past shows only
    window = console.journal.report_window
    qtbot.addWidget(window)
    assert window.report is None
    console.controller.start()
    console.controller.next()
    advance(console, 120)
    console.journal.open_report()
    assert console.journal.report_window is window
    assert window.report is not None
    assert window.report.title == "사회보장 특별지원구역 성과공유회"
    rows = {row.number: row for row in window.report.rows}
    assert rows["2"].actual_duration == pytest.approx(120)  # live: up to now
    assert window.shows.count() == 1
    assert "not ended" in window.shows.item(0).text()
