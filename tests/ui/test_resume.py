"""Starting after a crash: the unfinished show is offered, and resumed where it stands now."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QSpinBox

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.core.engine.snapshot import ShowState
from emcee.core.journal import find_unfinished, read_journal
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language
from emcee.ui.recorder import ShowRecorder
from emcee.ui.resume import ask_to_resume, open_show

REAL_EXEC = QMessageBox.exec  # before tests/ui/conftest.py refuses modal dialogs
REAL_DIALOG_EXEC = QDialog.exec
SCHEDULE = load(resources.reference_agenda())[1]


def no_agenda():
    raise AssertionError("the agenda was opened instead of resuming")


def crashed_show(folder, seconds_in=100.0):
    """A show recorded on a fake clock up to 100 s into the opening remarks (5 min), then
    left as a crash leaves it (nothing closed). Returns the controller that 'never
    stopped', its clock and the journal's path."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(SCHEDULE, clock)
    recorder = ShowRecorder(controller, folder=folder, fallbacks=[])
    controller.start()
    controller.next()
    clock.advance(seconds_in)
    controller.tick()
    controller.set_message("2분 남았습니다")  # the last entry, at 13:01:40
    assert recorder.journal is not None
    return controller, clock, recorder.journal.path


@pytest.fixture(autouse=True)
def english():
    switch_language("en")


def test_resuming_rebuilds_the_show_with_the_downtime_and_goes_on_with_its_journal(tmp_path):
    data = tmp_path / "data"
    never_stopped, clock, path = crashed_show(data)
    clock.advance(150)  # the app is down for two and a half minutes
    asked = []
    opening = open_show(
        no_agenda, clock, folders=[data], ask=lambda show: asked.append(show) or True
    )
    assert [show.path for show in asked] == [path]
    assert opening.resumed.path == path and opening.messages == []
    resumed = opening.controller.show.snapshot().current
    reference = never_stopped.show.snapshot().current
    assert resumed.segment.index == reference.segment.index
    assert resumed.item.title == "개회사"
    assert resumed.remaining == pytest.approx(reference.remaining, abs=1e-3)
    assert resumed.remaining == pytest.approx(300 - 100 - 150, abs=1e-3)
    assert opening.journal.path == path
    assert type(read_journal(path).last).__name__ == "ResumeEntry"


def test_the_first_poll_after_a_resume_plays_one_cue_for_all_it_missed(tmp_path, qtbot):
    data = tmp_path / "data"
    _, clock, path = crashed_show(data)
    clock.advance(400)  # 200 s over: warning, final, time-up and three overtime minutes
    opening = open_show(no_agenda, clock, resume=True, folders=[data])
    controller = opening.controller
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    console = ConsoleWindow(controller, settings=settings)
    qtbot.addWidget(console)
    console.cues.muted = True
    recorder = ShowRecorder(controller, opening.journal, folder=data, fallbacks=[])
    console.set_recorder_factory(ShowRecorder, current=recorder)
    cues, batches = [], []
    console.cues.cueRequested.connect(cues.append)
    controller.alertsRaised.connect(batches.append)
    controller.begin()
    assert [len(batch) for batch in batches] == [6]
    assert all(alert.late for alert in batches[0])
    assert cues == ["time-up"]  # the most urgent of the batch, once
    controller.tick()
    assert cues == ["time-up"]
    controller.next()
    kinds = [type(entry).__name__ for entry in read_journal(path).entries]
    after_resume = kinds[kinds.index("ResumeEntry") :]
    assert after_resume == ["ResumeEntry", *["AlertEntry"] * 6, "ActionEntry"]
    console.confirm = lambda title, text: True
    console.close()


def test_starting_a_new_show_sets_the_unfinished_one_aside(tmp_path):
    data = tmp_path / "data"
    _, clock, path = crashed_show(data)
    before = path.read_bytes()
    asked = []
    opening = open_show(lambda: SCHEDULE, clock, folders=[data], ask=asked.append)
    assert len(asked) == 1
    assert opening.journal is None and opening.resumed is None
    assert opening.controller.snapshot.state is ShowState.READY
    # Nothing written is changed; a note is added so it is not offered at every start.
    assert path.read_bytes().startswith(before)
    again = open_show(lambda: SCHEDULE, clock, folders=[data], ask=asked.append)
    assert len(asked) == 1 and again.resumed is None


def test_an_ended_show_is_not_offered(tmp_path):
    data = tmp_path / "data"
    controller, clock, _ = crashed_show(data)
    controller.end()
    opening = open_show(lambda: SCHEDULE, clock, folders=[data], ask=lambda show: no_agenda())
    assert opening.controller.snapshot.state is ShowState.READY and opening.messages == []


def test_resume_with_nothing_to_resume_says_so(tmp_path, capsys):
    clock = FakeClock()
    opening = open_show(lambda: SCHEDULE, clock, resume=True, folders=[tmp_path])
    assert opening.controller.snapshot.state is ShowState.READY
    said = "There is no unfinished show to resume, so a new show is opened."
    assert opening.messages == [said]
    assert said in capsys.readouterr().err


def test_a_journal_that_cannot_be_resumed_is_explained_and_a_new_show_opens(tmp_path):
    data = tmp_path / "data"
    _, clock, path = crashed_show(data)
    for agenda in path.parent.glob("agenda-*.toml"):
        agenda.unlink()
    opening = open_show(lambda: SCHEDULE, clock, resume=True, folders=[data])
    assert opening.journal is None
    assert opening.controller.snapshot.state is ShowState.READY
    [message] = opening.messages
    assert message.startswith("The show “사회보장 특별지원구역 성과공유회” cannot be resumed")
    assert "is not beside the journal" in message


def test_a_torn_journal_is_resumed_with_a_notice(tmp_path):
    data = tmp_path / "data"
    _, clock, path = crashed_show(data)
    with path.open("ab") as stream:
        stream.write(b'{"seq": 9, "type": "act')  # the power went in the middle of a line
    opening = open_show(no_agenda, clock, resume=True, folders=[data])
    assert opening.controller.snapshot.current.item.title == "개회사"
    [message] = opening.messages
    assert message.startswith("The show was resumed. About its journal:")
    assert "is an incomplete entry" in message


def test_the_question_names_the_show_and_when_it_was_last_recorded(tmp_path, monkeypatch):
    data = tmp_path / "data"
    _, clock, path = crashed_show(data)
    unfinished = find_unfinished([data], clock)
    assert unfinished is not None and unfinished.path == path
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    seen = []

    def answer(button_text):
        box = QApplication.activeModalWidget()
        seen.append((box.text(), box.informativeText()))
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, lambda: answer("Resume the show"))
    assert ask_to_resume(unfinished) is True
    QTimer.singleShot(0, lambda: answer("Start a new show"))
    assert ask_to_resume(unfinished) is False
    text, details = seen[0]
    assert text == "The show “사회보장 특별지원구역 성과공유회” did not end."
    started = dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC).astimezone()
    assert started.strftime("%Y-%m-%d %H:%M:%S") in details
    last = (started + dt.timedelta(seconds=100)).strftime("%Y-%m-%d %H:%M:%S")
    assert f"last recorded at {last}" in details


def test_a_failure_while_looking_for_the_last_show_still_opens_the_agenda(
    tmp_path, monkeypatch, caplog
):
    def broken(folders=None, now=None):
        raise ValueError("a journal nobody foresaw")

    monkeypatch.setattr("emcee.ui.resume.find_unfinished", broken)
    opening = open_show(lambda: SCHEDULE, FakeClock(), folders=[tmp_path])
    assert opening.controller.snapshot.state is ShowState.READY
    assert "a journal nobody foresaw" in caplog.text  # in emcee's log (and on stderr)


def test_the_presenter_message_and_blackout_come_back_after_a_resume(tmp_path):
    data = tmp_path / "data"
    controller, clock, _ = crashed_show(data)
    controller.set_message("마무리 부탁드립니다")
    controller.set_blackout(True)
    controller.set_blackout(False)
    opening = open_show(lambda: SCHEDULE, clock, folders=[data], ask=lambda show: True)
    assert opening.controller.overlay.message == "마무리 부탁드립니다"
    assert not opening.controller.overlay.blackout


def test_a_resumed_shows_drift_chart_starts_with_what_its_journal_recorded(tmp_path, qtbot):
    data = tmp_path / "data"
    _, clock, _ = crashed_show(data)  # started at 13:00, the opening 30 minutes early
    clock.advance(150)
    opening = open_show(no_agenda, clock, folders=[data], ask=lambda show: True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    console = ConsoleWindow(opening.controller, settings=settings)
    qtbot.addWidget(console)
    console.set_recorder_factory(
        ShowRecorder, current=ShowRecorder(opening.controller, opening.journal)
    )
    chart = console.chart
    assert chart.times[0] == 13 * 3600  # the start, before the crash
    assert min(chart.drifts) < -25  # the opening began half an hour before its 13:30
    assert chart.end is not None
    console.confirm = lambda title, text: True  # closing a running show asks first


def crashed_on_boot(folder, boot="linux-boottime:aaaa"):
    """As crashed_show, on a clock of one boot; returns that clock and the journal's path."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC), 5000.0, boot)
    controller = ShowController(SCHEDULE, clock)
    recorder = ShowRecorder(controller, folder=folder, fallbacks=[])
    controller.start()
    controller.next()
    clock.advance(100)
    controller.set_message("2분 남았습니다")
    return clock, recorder.journal.path


def test_when_no_clock_can_tell_the_downtime_the_operator_says_it(tmp_path):
    data = tmp_path / "data"
    clock, path = crashed_on_boot(data)
    clock.reboot(seconds_off=60, timeline="linux-boottime:bbbb")
    clock.jump_wall(-3600)  # and the clock was set back an hour
    asked = []

    def say_three_minutes(show, downtime):
        asked.append((show.path, downtime.wall_gap, downtime.at_least))
        return 180.0

    opening = open_show(
        no_agenda, clock, resume=True, folders=[data], ask_minutes=say_three_minutes
    )
    assert asked == [(path, pytest.approx(60 - 3600), pytest.approx(20))]
    assert opening.downtime.source == "operator" and opening.downtime.seconds == 180
    assert opening.controller.snapshot.current.remaining == pytest.approx(300 - 100 - 180)
    assert read_journal(path).last.downtime_source == "operator"


def test_declining_to_say_the_downtime_opens_a_new_show(tmp_path):
    data = tmp_path / "data"
    clock, _ = crashed_on_boot(data)
    clock.reboot(seconds_off=60, timeline="linux-boottime:bbbb")
    clock.jump_wall(-3600)
    opening = open_show(
        lambda: SCHEDULE, clock, folders=[data], ask=lambda show: True, ask_minutes=lambda *a: None
    )
    assert opening.resumed is None
    assert opening.controller.snapshot.state is ShowState.READY
    assert find_unfinished([data], clock) is None  # set aside, not offered again


def test_a_resume_on_the_same_boot_counts_the_boot_clock(tmp_path):
    data = tmp_path / "data"
    clock, _ = crashed_on_boot(data)
    clock.advance(50)
    clock.jump_wall(3600)  # NTP corrected the clock by an hour while the app was down
    opening = open_show(no_agenda, clock.process(), resume=True, folders=[data])
    assert opening.downtime.source == "boot-clock"
    assert opening.controller.snapshot.current.remaining == pytest.approx(300 - 100 - 50)


def test_the_downtime_question(tmp_path, monkeypatch):
    from emcee.ui.resume import ask_downtime

    data = tmp_path / "data"
    clock, _ = crashed_on_boot(data)
    clock.reboot(seconds_off=60, timeline="linux-boottime:bbbb")
    clock.advance(400)  # the computer has been on for 7 minutes
    clock.jump_wall(-3600)
    unfinished = find_unfinished([data], clock)
    downtime = unfinished.downtime(clock)
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    seen = []

    def answer(minutes, accept):
        dialog = QApplication.activeModalWidget()
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        spin = dialog.findChild(QSpinBox)
        seen.append(spin.minimum())
        spin.setValue(minutes)
        wanted = "Resume the show" if accept else "Start a new show"
        [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == wanted]
        button.click()

    QTimer.singleShot(0, lambda: answer(12, True))
    assert ask_downtime(unfinished, downtime) == 12 * 60
    QTimer.singleShot(0, lambda: answer(12, False))
    assert ask_downtime(unfinished, downtime) is None
    text, least = seen[0], seen[1]
    assert "restarted" in text and "사회보장 특별지원구역 성과공유회" in text
    assert "on for 7 min" in text  # 420 s
    assert least == 7
