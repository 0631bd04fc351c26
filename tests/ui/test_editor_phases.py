"""The editor's Phases tab, driven as an organiser would: list a session's phases, add a
designated discussion (지정토론) with its discussants, save, read the file back, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from emcee.core.agenda.file import load
from emcee.core.agenda.model import PhaseKind, Speaker
from emcee.ui.editor.editor import PHASES_TAB, SPEAKERS_TAB
from emcee.ui.editor.models import SpeakerColumn
from emcee.ui.editor.phase_pane import KINDS
from emcee.ui.i18n import switch_language
from tests.ui.test_editor import agenda, close, editor, make_console, select, type_into

SESSION = 6  # (3부) presentations 40 min + discussion 20 min, 14:55–15:55


@pytest.fixture
def console(qtbot, tmp_path):
    switch_language("en")
    window = make_console(qtbot, tmp_path)
    window.agenda_tabs.act_edit.trigger()
    yield window
    close(window)


def pane(console):
    return editor(console).phase_pane


def phase_times(console, row):
    planned = console.document.check.schedule.items[row]
    return [(p.kind, p.start, p.end) for p in planned.phases]


def test_edit_phases_lists_the_short_form_with_the_same_plan(console, qtbot):
    select(console, SESSION)
    ed = editor(console)
    ed.tabs.setCurrentIndex(PHASES_TAB)
    before = phase_times(console, SESSION)
    assert pane(console).list_button.isVisible()
    pane(console).list_button.click()
    item = agenda(console).items[SESSION]
    assert [p.kind for p in item.phases] == [PhaseKind.PRESENTATION, PhaseKind.DISCUSSION]
    assert item.presentation is None and item.discussion is None
    assert phase_times(console, SESSION) == before
    assert not pane(console).list_button.isVisible()
    assert pane(console).list.count() == 2
    # The Speakers tab counts the speakers where they now are: in the presentation phase.
    speakers = len(item.phases[0].speakers)
    assert speakers > 0
    assert ed.tabs.tabText(SPEAKERS_TAB) == f"Speakers ({speakers})"
    # ... and shows them there, to read: they are edited with their phase.
    shown = ed.speaker_list.model
    assert shown.speakers == item.phases[0].speakers
    assert not shown.setData(shown.index(0, SpeakerColumn.PRESENTER), "someone else")
    assert not ed.speaker_list.add_button.isEnabled()
    assert agenda(console).items[SESSION].phases[0].speakers == shown.speakers
    # Several speakers in a phase share it as the item says: the choice stays in the form.
    assert ed.item_form.fields["shares"].container.isVisibleTo(ed.item_form)
    ed.document.undo_stack.undo()
    assert agenda(console).items[SESSION].phases == ()
    assert ed.tabs.tabText(SPEAKERS_TAB) == f"Speakers ({speakers})"


def test_a_designated_discussion_with_two_discussants_saves_and_reads_back(
    console, qtbot, tmp_path, monkeypatch
):
    select(console, SESSION)
    ed = editor(console)
    ed.tabs.setCurrentIndex(PHASES_TAB)
    phases = pane(console)
    phases.list_button.click()
    start = agenda(console)
    # After the presentations: a 지정토론, two discussants of 5 minutes each.
    phases.list.setCurrentRow(0)
    phases.kind.setCurrentIndex(KINDS.index(PhaseKind.DESIGNATED))
    phases.add_button.click()
    assert phases.current() == 1
    assert [p.kind for p in agenda(console).items[SESSION].phases] == [
        PhaseKind.PRESENTATION,
        PhaseKind.DESIGNATED,
        PhaseKind.DISCUSSION,
    ]
    model = phases.people.model
    # The people of a 지정토론 are discussants, in the table's words too.
    assert phases.people.add_button.text() == "Add discussant"
    heading = model.headerData(SpeakerColumn.PRESENTER, Qt.Orientation.Horizontal)
    assert heading == "Discussant"
    switch_language("ko")
    qtbot.wait(1)  # the language change reaches widgets through the event loop
    assert phases.people.add_button.text() == "토론자 추가"
    assert model.headerData(SpeakerColumn.TITLE, Qt.Orientation.Horizontal) == "소속"
    switch_language("en")
    qtbot.wait(1)
    for row, (name, affiliation) in enumerate((("홍길동", "00대 교수"), ("김철수", "00연구원"))):
        phases.people.add_button.click()
        model.setData(model.index(row, SpeakerColumn.PRESENTER), name)
        model.setData(model.index(row, SpeakerColumn.TITLE), affiliation)
        model.setData(model.index(row, SpeakerColumn.LENGTH), "5")
    model.setData(model.index(1, SpeakerColumn.MC), "이어서 김철수 연구원님입니다.")
    designated = agenda(console).items[SESSION].phases[1]
    assert designated.speakers == (
        Speaker("홍길동", "00대 교수", 300),
        Speaker("김철수", "00연구원", 300, mc="이어서 김철수 연구원님입니다."),
    )
    # 40 + 10 + 20 is more than the hour: the discussion gives up its length, takes the rest.
    phases.list.setCurrentRow(2)
    assert phases.phase == 2
    assert phases.people.add_button.text() == "Add speaker"
    assert model.headerData(SpeakerColumn.PRESENTER, Qt.Orientation.Horizontal) == "Presenter"
    assert phases.form.fields["duration"].widget.isEnabled()
    type_into(qtbot, phases.form.fields["duration"].widget, "")
    assert agenda(console).items[SESSION].phases[2].duration is None
    assert console.document.check.ok
    minute = 60
    assert phase_times(console, SESSION) == [
        (PhaseKind.PRESENTATION, 895 * minute, 935 * minute),
        (PhaseKind.DESIGNATED, 935 * minute, 945 * minute),
        (PhaseKind.DISCUSSION, 945 * minute, 955 * minute),
    ]
    assert ed.tabs.tabText(SPEAKERS_TAB).startswith(
        f"Speakers ({len(start.items[SESSION].phases[0].speakers) + 2})"
    )
    # Saved, read back: the same agenda and the same plan.
    target = tmp_path / "forum.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    assert console.files.save()
    written, schedule = load(target)
    assert written == agenda(console)
    assert schedule == console.document.check.schedule
    # Every step undoes and redoes exactly: the length, the five cell edits, ..., the phase.
    stack = ed.document.undo_stack
    after = agenda(console)
    while agenda(console) != start:
        stack.undo()
    assert agenda(console) == start
    while stack.canRedo():
        stack.redo()
    assert agenda(console) == after


def test_a_phases_problem_is_beside_its_field_in_korean(console, qtbot):
    switch_language("ko")
    try:
        select(console, SESSION)
        ed = editor(console)
        ed.tabs.setCurrentIndex(PHASES_TAB)
        phases = pane(console)
        phases.list_button.click()
        phases.add_button.click()  # a 지정토론 (the kind offered first): no time yet
        model = phases.people.model
        phases.people.add_button.click()
        model.setData(model.index(0, SpeakerColumn.PRESENTER), "")
        assert "▲" in ed.tabs.tabText(PHASES_TAB)
        assert "▲" in phases.list.item(1).text()
        tip = model.data(model.index(0, SpeakerColumn.PRESENTER), 3)  # the tooltip
        assert "발표자" in tip and "presenter" not in tip
        assert "지정토론" in phases.list.item(1).text()
    finally:
        switch_language("en")


def test_kind_gives_way_on_screen_and_mc_lines_of_a_phase(console, qtbot):
    select(console, SESSION)
    ed = editor(console)
    ed.tabs.setCurrentIndex(PHASES_TAB)
    phases = pane(console)
    phases.list_button.click()
    phases.kind.setCurrentIndex(KINDS.index(PhaseKind.ROLL_CALL))
    phases.add_button.click()
    form = phases.form
    assert form.fields["on_screen"].widget.isVisibleTo(phases)
    form.fields["on_screen"].widget.click()
    form.fields["mc"].widget.setPlainText("내빈을 소개하겠습니다.")
    kind = form.fields["kind"].widget
    kind.activated.emit(KINDS.index(PhaseKind.PHOTO))
    assert not form.fields["on_screen"].widget.isVisibleTo(phases)
    gives = form.fields["gives_way"].widget
    gives.activated.emit(2)  # No: keeps its length
    phase = agenda(console).items[SESSION].phases[1]
    assert (phase.kind, phase.on_screen, phase.mc, phase.gives_way) == (
        PhaseKind.PHOTO,
        True,
        "내빈을 소개하겠습니다.",
        False,
    )
    phases.up_button.click()
    assert agenda(console).items[SESSION].phases[0].kind is PhaseKind.PHOTO
    assert phases.current() == 0
    phases.remove_button.click()
    assert [p.kind for p in agenda(console).items[SESSION].phases] == [
        PhaseKind.PRESENTATION,
        PhaseKind.DISCUSSION,
    ]
