"""The agenda editor in the console, driven as an operator would, on a fake clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from emcee import resources
from emcee.core.agenda.draft import read_draft
from emcee.core.agenda.edit import change_item
from emcee.core.agenda.file import load
from emcee.core.agenda.model import Item, ItemKind, Speaker
from emcee.core.clock import FakeClock
from emcee.core.engine.actions import ActionKind
from emcee.core.engine.snapshot import ShowState
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.editor.editor import PROGRAMME_TAB, SPEAKERS_TAB
from emcee.ui.editor.models import ItemColumn, SpeakerColumn
from emcee.ui.i18n import switch_language
from tests.ui.keyboard import type_key, type_text

REFERENCE = load(resources.reference_agenda())[0]


def make_console(qtbot, tmp_path, clock=None):
    clock = clock or FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = ConsoleWindow(controller, settings=settings)
    window.cues.muted = True
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    controller.begin()
    return window


def close(window):
    window.confirm = lambda title, text: True
    window.files.may_discard = lambda: True
    window.close()
    window.deleteLater()


@pytest.fixture
def console(qtbot, tmp_path):
    switch_language("en")
    window = make_console(qtbot, tmp_path)
    window.agenda_tabs.act_edit.trigger()
    assert window.editor.isVisible()
    yield window
    close(window)


def editor(console):
    return console.editor


def agenda(console):
    return console.document.agenda


def select(console, row):
    ed = editor(console)
    ed.item_list.view.setCurrentIndex(ed.item_list.model.index(row, ItemColumn.TITLE))
    assert ed.row == row


def field(console, key):
    return editor(console).item_form.fields[key].widget


def message(console, key):
    label = editor(console).item_form.fields[key].message
    return label.text() if label.isVisibleTo(editor(console)) else ""


def type_into(qtbot, widget, text):
    widget.setFocus()
    assert widget.hasFocus()
    widget.selectAll()
    type_key(widget, Qt.Key.Key_Backspace)
    if text.isascii():
        type_text(widget, text)
    else:  # QTest types ASCII only; an input method hands over whole words like this
        widget.insert(text)


def key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    widget.setFocus()
    type_key(widget, key, modifier)


def cell(console, row, column):
    model = editor(console).item_list.model
    return model.data(model.index(row, column))


def advance(console, seconds):
    clock = console.controller.clock
    while seconds > 0:
        clock.advance(min(1.0, seconds))
        seconds -= 1.0
        console.controller.tick()


# --- keys --------------------------------------------------------------------------------------


def test_keys_in_the_editor_are_the_editors_not_the_shows(console, qtbot):
    items = editor(console).item_list.view
    for k in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_R, Qt.Key.Key_2, Qt.Key.Key_Return):
        key(qtbot, items, k)
    assert console.controller.snapshot.state is ShowState.READY
    assert console.controller.overlay.message == ""
    assert console.controller.show.history == []
    # A clicker's page keys still drive the show from the editor.
    console.controller.start()
    key(qtbot, items, Qt.Key.Key_PageDown)
    assert console.controller.snapshot.current.item.index == 1
    # Ctrl+O and Ctrl+Q are the application's, from the editor too.
    asked = []
    console.files.open_dialog = lambda: asked.append("open")
    key(qtbot, items, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["open"]
    # Escape goes back to the live agenda and the show's keys.
    key(qtbot, field(console, "title"), Qt.Key.Key_Escape)
    assert console.tree.hasFocus()
    assert not console.editor.isVisible()
    type_key(console.tree, Qt.Key.Key_Right)
    assert console.controller.snapshot.current.item.index == 2


# --- items -------------------------------------------------------------------------------------


def test_add_remove_duplicate_and_reorder_with_keys_and_undo(console, qtbot):
    ed = editor(console)
    count = len(REFERENCE.items)
    select(console, 1)
    key(qtbot, ed.item_list.view, Qt.Key.Key_Insert)
    assert [i.title for i in agenda(console).items[1:3]] == ["개회사", "New item"]
    assert ed.row == 2
    assert field(console, "title").hasFocus()  # ready to type the new item's title
    type_into(qtbot, field(console, "title"), "Video")
    assert agenda(console).items[2].title == "Video"
    key(qtbot, ed.item_list.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert agenda(console).items[3].title == "Video"
    assert ed.row == 3
    key(qtbot, ed.item_list.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in agenda(console).items[3:5]] == ["Video", "Video"]
    assert agenda(console).items[4].start is None  # the copy follows the original
    key(qtbot, ed.item_list.view, Qt.Key.Key_Delete)
    key(qtbot, ed.item_list.view, Qt.Key.Key_Delete)
    assert len(agenda(console).items) == count
    # Ctrl+Z in the editor takes the edits back one by one: the draft's undo, not the show's.
    for _ in range(5):
        key(qtbot, ed.item_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in agenda(console).items[1:3]] == ["개회사", "New item"]
    key(qtbot, ed.item_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agenda(console) == REFERENCE
    assert not console.document.modified
    key(
        qtbot,
        ed.item_list.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(agenda(console).items) == count + 1
    assert console.controller.show.history == []


def test_dragging_a_row_moves_the_item(console):
    model = editor(console).item_list.model
    data = model.mimeData([model.index(9, 0)])  # 폐회사 ...
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 5, 0, QModelIndex())
    assert agenda(console).items[5].title == "폐회사"  # ... in front of the first break
    data = model.mimeData([model.index(0, 0)])  # 등록 dropped onto 개회사's row
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2, 0))
    assert [i.title for i in agenda(console).items[:2]] == ["개회사", "등록"]
    # Moved out of time order: each fixed start now conflicts, and says so on its row.
    assert "▲" in cell(console, 1, ItemColumn.MARK)


# --- times as you type ---------------------------------------------------------------------------


def test_times_recompute_as_you_type(console, qtbot):
    select(console, 3)  # (1부) 13:40, 30 min; the next item starts at 14:10
    length = field(console, "duration")
    type_into(qtbot, length, "2")
    assert cell(console, 3, ItemColumn.END) == "13:42"
    type_text(length, "5")
    assert agenda(console).items[3].duration == 25 * 60
    assert cell(console, 3, ItemColumn.END) == "14:05"
    assert length.text() == "25"  # what was typed stays as typed while typing
    notes = [
        editor(console).item_list.problems.item(i).text()
        for i in range(editor(console).item_list.problems.count())
    ]
    assert any("5 min after the previous item ends (14:05)" in text for text in notes)
    # Leaving the start empty makes the item follow the previous one: 13:40 -> 14:05.
    select(console, 4)
    type_into(qtbot, field(console, "start"), "")
    select(console, 3)
    type_into(qtbot, length, "40")
    assert cell(console, 4, ItemColumn.START) == "14:20"
    assert "▲" in cell(console, 5, ItemColumn.MARK)
    problems = editor(console).item_list.problems
    texts = [problems.item(i).text() for i in range(problems.count())]
    assert any("starts at 14:45, but the previous item runs until 14:55" in t for t in texts)


def test_unreadable_input_is_named_beside_its_field_and_changes_nothing(console, qtbot):
    select(console, 1)
    # "5 min" reads (the console writes lengths so); "5 minutes" does not.
    type_into(qtbot, field(console, "duration"), "5 minutes")
    unreadable = "'5 minutes' is not a length: write minutes (35) or e.g. 4:30."
    assert message(console, "duration") == unreadable
    assert agenda(console) == REFERENCE
    type_into(qtbot, field(console, "start"), "13:3")
    assert "not a time of day" in message(console, "start")
    type_text(field(console, "start"), "0")
    assert message(console, "start") == ""
    assert agenda(console).items[1].start == 13 * 3600 + 30 * 60


def test_phases_forty_twenty_to_thirty_five_twenty_five(console, qtbot):
    select(console, 6)  # (3부) 40 + 20
    type_into(qtbot, field(console, "presentation"), "35")
    assert "do not fill the item (60m)" in message(console, "presentation")
    assert cell(console, 6, ItemColumn.END) == "?"
    assert "▲" in cell(console, 6, ItemColumn.MARK)
    assert not editor(console).bar.apply_button.isEnabled()
    type_into(qtbot, field(console, "discussion"), "25")
    assert message(console, "presentation") == ""
    item = agenda(console).items[6]
    assert (item.presentation, item.discussion) == (35 * 60, 25 * 60)
    assert "presentations 14:55–15:30 (35 min) · discussion 15:30–15:55 (25 min)" in (
        editor(console).item_form.plan.text()
    )


def test_problems_are_shown_in_the_users_language(console, qtbot):
    select(console, 6)
    type_into(qtbot, field(console, "presentation"), "35")
    switch_language("ko")
    qtbot.wait(1)
    try:
        assert "발표와 토론(55m)의 합이 항목 길이(60m)와 다릅니다" in message(
            console, "presentation"
        )
        assert editor(console).bar.apply_button.text() == "진행에 적용"
        assert console.files.act_save.text() == "진행표 저장"
        assert console.agenda_tabs.act_edit.text() == "진행표 편집"
    finally:
        switch_language("en")
        qtbot.wait(1)


# --- speakers ----------------------------------------------------------------------------------


def test_speaker_edits(console, qtbot):
    ed = editor(console)
    select(console, 4)  # (2부): five speakers share 20 minutes, 4 each
    ed.tabs.setCurrentIndex(SPEAKERS_TAB)
    model = ed.speaker_list.model
    assert model.data(model.index(0, SpeakerColumn.PLANNED)) == "14:10 · 4 min"
    assert model.setData(model.index(0, SpeakerColumn.LENGTH), "8")
    assert agenda(console).items[4].speakers[0].duration == 8 * 60
    assert model.data(model.index(1, SpeakerColumn.PLANNED)) == "14:18 · 3 min"  # 12 min among 4
    ed.speaker_list.view.setCurrentIndex(model.index(4, 0))
    ed.speaker_list.add_button.click()
    assert agenda(console).items[4].speakers[5] == Speaker("New speaker")
    model.setData(model.index(5, SpeakerColumn.PRESENTER), "세종시")
    key(qtbot, ed.speaker_list.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.presenter for s in agenda(console).items[4].speakers][4:] == ["세종시", "전북전주"]
    data = model.mimeData([model.index(4, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert agenda(console).items[4].speakers[0].presenter == "세종시"
    # Too much time for the speakers: said under the list, and on the tab.
    model.setData(model.index(2, SpeakerColumn.LENGTH), "15")
    assert "add up to 23m, more than the 20m they share" in ed.speaker_list.message.text()
    assert "▲" in ed.tabs.tabText(SPEAKERS_TAB)
    ed.speaker_list.even_button.click()
    assert all(s.duration is None for s in agenda(console).items[4].speakers)
    assert ed.speaker_list.message.text() == ""
    ed.speaker_list.view.setCurrentIndex(model.index(0, 0))
    key(qtbot, ed.speaker_list.view, Qt.Key.Key_Delete)
    assert len(agenda(console).items[4].speakers) == 5
    model.setData(model.index(0, SpeakerColumn.PRESENTER), "")
    assert "'Presenter' is empty" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_typing_is_one_undo_step_and_the_console_undo_stays_the_shows(console, qtbot):
    select(console, 9)
    title = field(console, "title")
    type_into(qtbot, title, "Closing remarks")
    assert agenda(console).items[9].title == "Closing remarks"
    type_key(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agenda(console) == REFERENCE  # the whole word, in one step, not a letter
    assert title.text() == "폐회사"  # the field shows it, though the cursor is in it
    type_key(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert agenda(console).items[9].title == "Closing remarks"
    # Outside the editor, Ctrl+Z is the show's undo, and leaves the draft alone.
    console.controller.start()
    key(qtbot, editor(console).item_list.view, Qt.Key.Key_Escape)  # back to the live agenda
    key(qtbot, console.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.snapshot.state is ShowState.READY
    assert agenda(console).items[9].title == "Closing remarks"


# --- the live show -----------------------------------------------------------------------------


def running_at_the_opening(console):
    controller = console.controller
    controller.start()
    advance(console, 60)
    controller.next()  # 개회사 live
    advance(console, 100)
    assert controller.snapshot.current.item.index == 1


def test_nothing_reaches_the_show_until_applied(console, qtbot):
    running_at_the_opening(console)
    select(console, 3)
    type_into(qtbot, field(console, "duration"), "25")
    ed = editor(console)
    assert console.controller.schedule.agenda == REFERENCE  # the show runs what it ran
    assert "●" in cell(console, 3, ItemColumn.MARK)
    assert "▶" in cell(console, 1, ItemColumn.MARK)
    assert (
        ed.bar.text.text() == "Not applied to the show yet (1): 4. '지자체 특구 사업 개괄' changed"
    )
    assert ed.bar.apply_button.isEnabled()


def test_an_applied_edit_keeps_the_live_turn_and_is_journaled_and_undoable(console, qtbot):
    running_at_the_opening(console)
    recorded = []
    console.controller.record = recorded.append
    select(console, 3)
    type_into(qtbot, field(console, "duration"), "25")
    editor(console).bar.apply_button.click()
    controller = console.controller
    current = controller.snapshot.current
    assert (current.item.index, current.elapsed) == (1, 100)
    assert controller.schedule.agenda == agenda(console)
    assert controller.show.history[-1].kind is ActionKind.EDIT
    assert [a.kind for a in recorded] == [ActionKind.EDIT]
    assert recorded[0].agenda == agenda(console)
    # The console's rows follow the new plan.
    assert console.tree.agenda_model.schedule is controller.schedule
    assert console.tree.agenda_model.data(console.tree.agenda_model.index(3, 1)) == "25 min"
    assert editor(console).bar.text.text().startswith("Applied to the show at 13:02")
    assert "●" not in cell(console, 3, ItemColumn.MARK)
    advance(console, 10)
    assert controller.snapshot.current.elapsed == 110
    # The show's undo (outside the editor) takes the edit back; the draft keeps it.
    key(qtbot, editor(console).item_list.view, Qt.Key.Key_Escape)  # back to the live agenda
    key(qtbot, console.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.schedule.agenda == REFERENCE
    assert console.tree.agenda_model.data(console.tree.agenda_model.index(3, 1)) == "30 min"
    assert agenda(console).items[3].duration == 25 * 60
    assert editor(console).bar.apply_button.isEnabled()


def test_the_rest_of_the_live_session_can_change(console, qtbot):
    controller = console.controller
    controller.jump(controller.show.item_segments[4].start + 1)  # (2부), speaker 2 live
    controller.start()
    advance(console, 60)
    select(console, 4)
    editor(console).speaker_list.model.setData(
        editor(console).speaker_list.model.index(4, SpeakerColumn.PRESENTER), "세종시"
    )
    assert editor(console).apply_to_show()
    current = controller.snapshot.current
    assert (current.turn_number, current.elapsed) == (2, 60)
    assert controller.schedule.agenda.items[4].speakers[4].presenter == "세종시"


def test_edits_of_the_past_are_refused_and_say_why(console, qtbot):
    running_at_the_opening(console)
    ed = editor(console)
    select(console, 0)
    key(qtbot, ed.item_list.view, Qt.Key.Key_Delete)  # the registration has run
    assert not ed.bar.apply_button.isEnabled()
    assert "item 1 '등록': this item has run or is live" in ed.bar.text.text()
    assert not ed.apply_to_show()
    assert console.controller.schedule.agenda == REFERENCE
    key(qtbot, ed.item_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Breaking up a session whose turns ran is refused by the engine, with its reason.
    controller = console.controller
    controller.jump(controller.show.item_segments[4].start + 2)
    advance(console, 5)
    after = change_item(agenda(console), 4, speakers=agenda(console).items[4].speakers[1:])
    console.document.edit(after, "drop a speaker who spoke")
    assert not ed.bar.apply_button.isEnabled()
    assert "this item is live: the turns up to the current one cannot change now" in (
        ed.bar.text.text()
    )
    # Renaming what ran is fine.
    console.document.edit(change_item(REFERENCE, 0, title="Registration"), "rename")
    assert ed.apply_to_show()
    assert controller.schedule.agenda.items[0].title == "Registration"


# --- files -------------------------------------------------------------------------------------


def click_button(text):
    def exec_(box):
        for button in box.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return 0
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")

    return exec_


def test_the_built_in_event_saves_under_a_new_name_then_to_its_file(
    console, qtbot, tmp_path, monkeypatch
):
    asked = []

    def choose(parent, caption, folder, filter_, *options):
        asked.append(folder)
        return str(tmp_path / "my-event"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    select(console, 9)
    type_into(qtbot, field(console, "title"), "Closing")
    assert console.agenda_tabs.editor_title() == "Edit agenda — not saved to a file *"
    console.files.act_save.trigger()
    target = tmp_path / "my-event.toml"
    assert asked and asked[0].endswith("사회보장 특별지원구역 성과공유회.toml")
    assert load(target)[0] == agenda(console)
    assert not console.document.modified
    assert console.agenda_tabs.editor_title() == "Edit agenda — my-event.toml"
    assert console.files.recent() == [str(target.resolve())]
    # From now on Save writes the file without asking.
    type_into(qtbot, field(console, "notes") if False else field(console, "presenter"), "Director")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("asked again"))
    console.files.act_save.trigger()
    assert load(target)[0].items[9].presenter == "Director"
    assert resources.reference_agenda().read_text(encoding="utf-8").count("Director") == 0


def test_saving_an_agenda_with_problems_asks_first(console, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.toml"), ""))
    select(console, 6)
    type_into(qtbot, field(console, "presentation"), "35")
    monkeypatch.setattr(QMessageBox, "exec", click_button("Cancel"))
    assert not console.files.save()
    assert not (tmp_path / "x.toml").exists()
    monkeypatch.setattr(QMessageBox, "exec", click_button("Save"))
    assert console.files.save()
    assert (tmp_path / "x.toml").exists()


def test_unsaved_changes_are_asked_about_on_quit_and_on_open(qtbot, tmp_path, monkeypatch):
    switch_language("en")
    window = make_console(qtbot, tmp_path)
    try:
        window.document.edit(change_item(REFERENCE, 1, title="Opening"), "rename")
        other = tmp_path / "other.toml"
        other.write_text(resources.reference_agenda().read_text(encoding="utf-8"), "utf-8")
        monkeypatch.setattr(QMessageBox, "exec", click_button("Cancel"))
        assert not window.close()
        assert window.isVisible()
        window.files.open_path(other)
        assert window.document.path is None  # still the draft
        monkeypatch.setattr(QMessageBox, "exec", click_button("Discard changes"))
        window.files.open_path(other)
        assert window.document.path == other
        assert window.document.agenda == REFERENCE
        assert not window.document.modified
        assert window.files.recent() == [str(other.resolve())]
        window.document.edit(change_item(REFERENCE, 1, title="Opening"), "rename")
        monkeypatch.setattr(QMessageBox, "exec", click_button("Save"))
        assert window.close()
        assert load(other)[0].items[1].title == "Opening"
    finally:
        close(window)


def test_autosave_and_recovery_after_a_crash(qtbot, tmp_path, monkeypatch):
    switch_language("en")
    window = make_console(qtbot, tmp_path)
    autosave = window.files.autosave
    window.document.edit(change_item(REFERENCE, 3, duration=25 * 60), "shorter")
    assert autosave.timer.isActive()  # written shortly after the change ...
    autosave.timer.timeout.emit()  # ... (the timer's moment, without waiting for it)
    autosave.flush()  # written on the autosave thread
    draft = read_draft(autosave.path)
    assert draft is not None and draft.agenda == window.document.agenda
    # A crash: the window goes without closing; a new one starts on the same data folder.
    window.hide()
    window.files.closing = lambda: True
    second = make_console(qtbot, tmp_path / "second")
    try:
        offers = []

        def recover(box):
            offers.append(box.text())
            return click_button("Recover")(box)

        monkeypatch.setattr(QMessageBox, "exec", recover)
        assert second.files.offer_recovery()
        assert offers and "사회보장 특별지원구역 성과공유회" in offers[0]
        assert second.document.agenda.items[3].duration == 25 * 60
        assert second.document.modified
        assert second.controller.schedule.agenda == REFERENCE  # the show is left alone
        assert second.editor.bar.apply_button.isEnabled()
        # Once saved, the draft is gone.
        target = tmp_path / "saved.toml"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
        assert second.files.save()
        assert not autosave.path.exists()
        monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("nothing to offer"))
        assert not second.files.offer_recovery()
    finally:
        close(second)
        close(window)


def test_import_opens_like_an_unsaved_file(console, monkeypatch, tmp_path):
    from emcee.ui.import_dialog import ImportDialog

    imported = change_item(REFERENCE, 0, title="등록 및 안내")
    monkeypatch.setattr(ImportDialog, "get_agenda", classmethod(lambda cls, parent, lang: imported))
    console.files.act_import.trigger()
    assert console.controller.schedule.agenda == imported
    assert console.document.agenda == imported
    assert console.document.path is None and console.document.modified
    assert editor(console).controller is console.controller
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a: asked.append(a) or (str(tmp_path / "imported.toml"), ""),
    )
    assert console.files.save()
    assert asked and load(tmp_path / "imported.toml")[0] == imported


def test_opening_a_recent_file(console, tmp_path):
    path = tmp_path / "event.toml"
    from emcee.core.agenda.writer import save

    save(change_item(REFERENCE, 9, title="끝"), path)
    console.files.open_path(path)
    assert console.controller.schedule.agenda.items[9].title == "끝"
    assert console.document.path == path
    assert editor(console).live_agenda() is console.controller.schedule.agenda
    assert cell(console, 9, ItemColumn.TITLE) == "끝"


def test_a_new_item_in_an_empty_spot_and_the_kinds(console, qtbot):
    ed = editor(console)
    select(console, 9)
    ed.item_list.act_add.trigger()
    assert agenda(console).items[10] == Item("New item", duration=600)
    assert cell(console, 10, ItemColumn.START) == "17:10"
    kind_box = ed.item_form.fields["kind"].widget
    kind_box.setCurrentIndex(kind_box.findText("Session (presentations + discussion)"))
    kind_box.activated.emit(kind_box.currentIndex())
    assert agenda(console).items[10].kind is ItemKind.SESSION
    assert ed.item_form.fields["presentation"].container.isVisibleTo(ed)
    assert isinstance(field(console, "presentation"), QLineEdit)
    assert Path(console.files.autosave.path).parent.name == "autosave"


def test_the_built_in_file_is_never_written(console, qtbot, monkeypatch):
    builtin = resources.reference_agenda()
    console.files.opened(builtin, REFERENCE)  # opened by browsing into the program's folder
    assert console.document.path is None
    warned = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(builtin), ""))
    select(console, 0)
    type_into(qtbot, field(console, "title"), "x")
    before = builtin.read_bytes()
    assert not console.files.save()
    assert warned == ["The built-in event cannot be changed: choose another name."]
    assert builtin.read_bytes() == before


def test_open_from_the_menu_asks_about_unsaved_changes_first(console, qtbot, tmp_path, monkeypatch):
    from emcee.core.agenda.writer import save

    path = tmp_path / "event.toml"
    save(change_item(REFERENCE, 9, title="끝"), path)
    console.open_file = lambda p: load(p)[1]
    console.document.edit(change_item(REFERENCE, 0, title="Registration"), "rename")
    asked = []

    def cancel(box):
        asked.append(box.windowTitle())
        return click_button("Cancel")(box)

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: pytest.fail("no dialog yet"))
    key(qtbot, editor(console).item_list.view, Qt.Key.Key_Escape)  # back to the live agenda
    key(qtbot, console.tree, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Unsaved changes"]
    monkeypatch.setattr(QMessageBox, "exec", click_button("Discard changes"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    key(qtbot, console.tree, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert console.document.path == path
    assert console.controller.schedule.agenda.items[9].title == "끝"
    assert not console.document.modified


def test_started_with_a_file_saves_to_it_and_applies_before_the_start(qtbot, tmp_path):
    from emcee.core.agenda.writer import save

    switch_language("en")
    path = tmp_path / "event.toml"
    save(REFERENCE, path)
    window = make_console(qtbot, tmp_path)
    try:
        window.files.started_with(str(path))
        assert window.document.path == path
        window.files.started_with(str(resources.reference_agenda()))
        assert window.document.path == path  # the built-in file is never the document's
        window.document.edit(change_item(REFERENCE, 3, duration=25 * 60), "shorter")
        assert window.editor.apply_to_show()  # before the start: nothing has run
        assert window.controller.schedule.agenda.items[3].duration == 25 * 60
        assert window.controller.snapshot.state is ShowState.READY
        assert window.files.save()
        assert load(path)[0].items[3].duration == 25 * 60
    finally:
        close(window)


def test_adding_an_item_during_the_show_rebuilds_the_live_rows(console, qtbot):
    running_at_the_opening(console)
    rows = console.tree.agenda_model.rowCount()
    select(console, 9)
    editor(console).item_list.act_add.trigger()
    type_into(qtbot, field(console, "title"), "기념 촬영")
    assert editor(console).apply_to_show()
    assert console.tree.agenda_model.rowCount() == rows + 1
    assert console.tree.agenda_model.data(console.tree.agenda_model.index(10, 2)) == "기념 촬영"
    assert console.controller.snapshot.current.item.index == 1
    advance(console, 3)  # the console keeps ticking on the new rows


def test_programme_fields_and_their_notes(console, qtbot):
    ed = editor(console)
    ed.tabs.setCurrentIndex(PROGRAMME_TAB)
    hard_end = ed.programme_form.fields["hard_end"].widget
    type_into(qtbot, hard_end, "17:00")
    assert agenda(console).programme.hard_end == 17 * 3600
    problems = [ed.item_list.problems.item(i).text() for i in range(ed.item_list.problems.count())]
    assert "ⓘ the planned end 17:10 is after hard_end 17:00." in problems
    type_into(qtbot, ed.programme_form.fields["title"].widget, "")
    # The field's label, as the form shows it, not the file's key.
    assert ed.programme_form.fields["title"].message.text() == "'Title' is empty."
    assert "▲" in ed.tabs.tabText(PROGRAMME_TAB)
    type_into(qtbot, ed.programme_form.fields["date"].widget, "2023-13-01")
    assert "is not a date" in ed.programme_form.fields["date"].message.text()


def test_an_autosave_that_fails_in_any_way_is_logged_and_the_next_change_is_saved(
    qtbot, tmp_path, monkeypatch, caplog
):
    from emcee.ui.editor import files

    window = make_console(qtbot, tmp_path)
    try:
        autosave = window.files.autosave
        real_write = files.write_draft
        calls = []

        def write(*args):
            calls.append(1)
            if len(calls) == 1:
                raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
            real_write(*args)

        monkeypatch.setattr(files, "write_draft", write)
        window.document.edit(change_item(REFERENCE, 3, duration=25 * 60), "shorter")
        autosave.timer.timeout.emit()
        autosave.flush()
        assert autosave.failed
        assert "autosave" in caplog.text and "surrogates not allowed" in caplog.text
        window.document.edit(change_item(REFERENCE, 3, duration=24 * 60), "shorter")
        assert autosave.timer.isActive()
        autosave.timer.timeout.emit()
        autosave.flush()
        assert not autosave.failed
        assert read_draft(autosave.path).agenda.items[3].duration == 24 * 60
    finally:
        close(window)


def test_every_kind_of_item_is_edited_in_the_same_form(console, qtbot):
    from emcee.ui.editor.forms import ITEM_FIELDS

    ed = editor(console)
    select(console, 3)  # (1부), a single-phase item
    form = ed.item_form
    kind_box = form.fields["kind"].widget
    for index, kind in enumerate(ItemKind):
        kind_box.setCurrentIndex(index)
        kind_box.activated.emit(index)
        assert agenda(console).items[3].kind is kind
        assert list(form.fields) == [spec.key for spec in ITEM_FIELDS]
        session = form.fields["presentation"].container.isVisibleTo(ed)
        assert session == (kind is ItemKind.SESSION)
    type_into(qtbot, field(console, "duration"), "25")  # the same field for every kind
    assert agenda(console).items[3].duration == 25 * 60
