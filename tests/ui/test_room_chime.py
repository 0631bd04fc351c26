"""The room chime on a fake clock, with a fake player recording what would play where."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QSettings, Signal

from emcee.core.agenda.file import loads
from emcee.core.agenda.model import ChimeLevel
from emcee.core.agenda.writer import dumps
from emcee.ui import room_chime
from emcee.ui.console import ConsoleWindow
from emcee.ui.i18n import switch_language
from emcee.ui.room_chime import Screen, choose_output, matching_output
from tests.ui.console_kit import advance, close_console
from tests.ui.console_kit import open_console as start_console

AGENDA = """\
[programme]
title = "성과공유회"
start = "13:00"
{chime}
[[items]]
title = "주제발표"
duration = "5m"

[[items]]
title = "지정토론"
duration = "5m"
"""
OUTPUTS = ["Built-in Audio Analog Stereo", "Built-in Audio Digital Stereo (HDMI)"]


class FakePlayer(QObject):
    """Records each chime as (output, volume) instead of playing it."""

    failed = Signal()
    played = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.heard: list[tuple[str | None, float]] = []

    def outputs(self) -> list[str]:
        return list(OUTPUTS)

    def play(self, output: str | None, volume: float) -> None:
        self.heard.append((output, volume))


def make_console(qtbot, tmp_path, monkeypatch, chime: str) -> ConsoleWindow:
    monkeypatch.setattr(room_chime, "ChimePlayer", FakePlayer)
    return start_console(qtbot, tmp_path, loads(AGENDA.format(chime=chime))[1])


@pytest.fixture
def open_console(qtbot, tmp_path, monkeypatch):
    windows: list[ConsoleWindow] = []

    def opened(chime: str) -> ConsoleWindow:
        windows.append(make_console(qtbot, tmp_path, monkeypatch, chime))
        return windows[-1]

    yield opened
    for window in windows:
        close_console(window)


def heard(console):
    return console.room.player.heard


def test_a_turn_crossing_time_up_chimes_once_on_the_default_output(open_console):
    console = open_console("[programme.chime]\nvolume = 60")
    console.controller.start_with_plan(False)
    advance(console, 299)  # the warning (1:15) and the final warning (0:30) passed
    assert heard(console) == []
    advance(console, 2)
    assert heard(console) == [(None, 0.6)]
    advance(console, 130)  # two minutes of overtime: the moderator's knocks, not the room's
    assert heard(console) == [(None, 0.6)]


def test_pause_and_undo_never_chime_again_and_a_paused_turn_never_chimes(open_console):
    console = open_console("[programme.chime]")
    controller = console.controller
    controller.start_with_plan(False)
    advance(console, 290)
    controller.pause()
    advance(console, 60)  # paused past the planned end: nothing is crossed while paused
    assert heard(console) == []
    controller.resume()
    advance(console, 11)
    assert heard(console) == [(None, 0.8)]
    controller.next()  # the next item, then back with undo: the turn is over time again
    advance(console, 5)
    controller.undo()
    controller.pause()
    controller.undo()  # the pause undone: it runs on
    advance(console, 20)
    assert len(heard(console)) == 1


def test_levels_are_respected(open_console):
    console = open_console('[programme.chime]\nlevels = ["final", "time-up"]')
    console.controller.start_with_plan(False)
    levels: list[str] = []
    console.room.chimed.connect(lambda level, _output: levels.append(level))
    cues: list[str] = []
    console.cues.cueRequested.connect(cues.append)
    advance(console, 301)
    assert levels == ["final", "time-up"]
    assert cues == ["warning", "final", "time-up"]  # the moderator's: every level


def test_no_section_no_chime_and_a_muted_room_chime_is_silent(open_console):
    console = open_console("")
    console.controller.start_with_plan(False)
    advance(console, 301)
    assert heard(console) == []
    console = open_console("[programme.chime]")
    console.run_command("room_mute")
    assert console.menus.actions["room_mute"].isChecked()
    console.controller.start_with_plan(False)
    cues: list[str] = []
    console.cues.cueRequested.connect(cues.append)
    advance(console, 301)
    assert heard(console) == []
    assert cues[-1] == "time-up"  # the moderator's own cue is not muted by it


def test_a_chime_that_cannot_play_is_said_once_and_the_show_goes_on(open_console):
    console = open_console("[programme.chime]")
    console.controller.start_with_plan(False)
    advance(console, 301)
    console.room.player.failed.emit()
    notice = console.notices.room
    assert notice.isVisibleTo(console)
    assert notice.text() == (
        "▲ The room chime cannot play on the default output. Choose another output in "
        "Sound > Room chime output; the show goes on, and your own alert sounds are not "
        "affected."
    )
    changes: list[object] = []
    console.room.troubleChanged.connect(changes.append)
    console.room.player.failed.emit()  # failing again says nothing new
    assert changes == []
    before = console.controller.snapshot.current.elapsed
    advance(console, 3)
    assert console.controller.snapshot.current.elapsed == pytest.approx(before + 3)
    console.room.player.played.emit()  # it plays again: the notice goes
    assert not notice.isVisibleTo(console)


def test_sound_menu_lists_the_outputs_and_remembers_the_one_chosen(open_console, tmp_path):
    console = open_console("[programme.chime]")
    console.fill_room_outputs()
    actions = console.menus.menu_room_output.actions()
    assert [a.text() for a in actions] == [
        "Automatic: the presenter screen's (the default output)",
        *OUTPUTS,
    ]
    assert actions[0].isChecked()
    actions[1].trigger()  # chosen: the chime plays there once, so that one hears where
    assert heard(console) == [(OUTPUTS[0], 0.8)]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("sound/room_output") == OUTPUTS[0]
    console.controller.start_with_plan(False)
    advance(console, 301)
    assert heard(console)[-1] == (OUTPUTS[0], 0.8)


def test_the_output_follows_the_presenter_screen():
    hdmi = Screen("HDMI-1")
    assert matching_output(OUTPUTS, hdmi) == OUTPUTS[1]
    assert matching_output(OUTPUTS, Screen("eDP-1")) is None  # the laptop's own panel
    assert matching_output(OUTPUTS, Screen("VGA-1")) is None  # no sound on that cable
    assert matching_output(OUTPUTS, Screen("DP-2")) == OUTPUTS[1]
    assert matching_output(OUTPUTS, None) is None
    windows = ["Speakers (Realtek Audio)", "EPSON PJ (Intel(R) Display Audio)"]
    assert matching_output(windows, Screen(r"\\.\DISPLAY2", "EPSON PJ")) == windows[1]
    two = [*OUTPUTS, "HDA Intel HDMI 1"]
    assert matching_output(two, hdmi) is None  # two HDMI outputs: no guessing
    assert choose_output(OUTPUTS, hdmi, OUTPUTS[0]) == OUTPUTS[0]  # the operator's choice
    assert choose_output(OUTPUTS, hdmi, "USB headset (unplugged)") == OUTPUTS[1]


def test_the_editors_programme_form_edits_the_chime_and_the_show_follows(open_console, qtbot):
    console = open_console('[programme.chime]\nlevels = ["warning"]\nvolume = 60')
    console.agenda_tabs.act_edit.trigger()
    editor = console.editor
    editor.tabs.setCurrentIndex(2)
    form = editor.programme_form
    choice = form.fields["chime"].widget
    assert form.label_text("chime") == "Room chime (hall speakers)"
    assert choice.currentText() == "At the warning only"
    names = [choice.itemText(i) for i in range(choice.count())]
    choice.activated.emit(names.index("At the final warning and time up"))
    programme = console.document.agenda.programme
    assert programme.chime == (ChimeLevel.FINAL, ChimeLevel.TIME_UP)
    assert programme.chime_volume == 60  # the volume stays as the file has it
    assert '[programme.chime]\nlevels = ["final", "time-up"]\nvolume = 60' in dumps(
        console.document.agenda
    )
    assert editor.apply_to_show()
    assert console.room.levels == (ChimeLevel.FINAL, ChimeLevel.TIME_UP)
    choice.activated.emit(names.index("Off"))
    assert console.document.agenda.programme.chime == ()
    assert "chime" not in dumps(console.document.agenda)
    console.document.undo_stack.undo()  # edits of one field in a row: one undo step
    assert console.document.agenda.programme.chime == (ChimeLevel.WARNING,)
    assert choice.currentText() == "At the warning only"
    switch_language("ko")
    qtbot.waitUntil(lambda: form.label_text("chime") == "장내 차임 (행사장 스피커)")
    assert choice.currentText() == "종료 전 경고 때만"
    switch_language("en")
