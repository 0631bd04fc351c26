"""The import dialog: preview, adjustable column roles, rows not used, and the agenda on OK."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from emcee.core.runsheet import Role, import_text
from emcee.ui.import_dialog import NOT_USED_COLOUR, ImportDialog

FIXTURES = Path(__file__).parents[1] / "core" / "fixtures" / "runsheet"
PASTED = (FIXTURES / "press-release-table.txt").read_text(encoding="utf-8")


@pytest.fixture
def dialog(qtbot):
    dialog = ImportDialog(lang="en")
    qtbot.addWidget(dialog)
    return dialog


def roles(dialog) -> list[str]:
    return [dialog.role_box(c).currentText() for c in range(dialog.preview.columnCount())]


def test_nothing_to_import_at_first(dialog):
    assert not dialog.ok_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    assert "paste a table" in dialog.summary.text()


def test_pasted_press_release_previews_and_imports(dialog, qtbot):
    dialog.set_text(PASTED)
    assert roles(dialog) == ["Time", "Title", "Notes"]
    # The role row, then every line of the paste, numbered as pasted.
    assert dialog.preview.rowCount() == 1 + 15
    assert dialog.preview.verticalHeaderItem(6).text() == "6"
    assert dialog.preview.item(6, 1).text() == "○ 등록"
    assert (
        dialog.summary.text()
        == "Pasted run sheet · 10 item(s), 13:00–17:10. 1 row(s) could not be used: see the "
        "list above."
    )
    assert dialog.issues.count() == 1
    assert dialog.issues.item(0).text().startswith("rows 1-3: above the header row (row 5)")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.agenda() == import_text(PASTED, title="Pasted run sheet").agenda


def test_changing_a_role_parses_again(dialog):
    dialog.set_text(PASTED)
    notes_box = dialog.role_box(2)
    notes_box.setCurrentIndex(notes_box.findText("(not used)"))
    assert dialog.import_result.agenda.items[1].notes == ""
    # Giving the title's role to another column takes it from the first.
    title_box = dialog.role_box(2)
    title_box.setCurrentIndex(title_box.findText("Title"))
    assert roles(dialog) == ["Time", "(not used)", "Title"]
    result = dialog.import_result
    assert result.agenda.items[0].title == "복지행정지원관"
    assert result.rejected[1].code == "no_title"  # 등록 has no 비고
    dialog.set_role(1, Role.TITLE)
    assert roles(dialog) == ["Time", "Title", "(not used)"]
    assert dialog.ok_button.isEnabled()


def test_rows_not_used_are_marked_and_listed(dialog):
    dialog.set_text("시간\t내용\n13:00~13:30\t등록\n미정\t개회\n13:35~13:40\t폐회\n")
    item = dialog.preview.item(3, 0)
    assert item.background().color() == NOT_USED_COLOUR
    assert "'미정' is not a time" in item.toolTip()
    (issue,) = [
        dialog.issues.item(i)
        for i in range(dialog.issues.count())
        if "미정" in dialog.issues.item(i).text()
    ]
    dialog.issues.itemClicked.emit(issue)
    assert dialog.preview.selectionModel().isRowSelected(3)
    assert dialog.ok_button.isEnabled()  # the other rows still make an agenda


def test_problems_keep_ok_disabled(dialog):
    dialog.load_file(FIXTURES / "overlap.csv")
    assert not dialog.ok_button.isEnabled()
    texts = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any(text.startswith("row 4 '질의응답': starts at 13:50") for text in texts)
    assert dialog.summary.text() == "Cannot import yet: see the problems listed above."


def test_a_file_that_cannot_be_read(dialog):
    dialog.load_file(FIXTURES / "encrypted.xlsx")
    assert not dialog.ok_button.isEnabled()
    assert dialog.issues.count() == 1
    assert "password-protected" in dialog.issues.item(0).text()
    assert dialog.preview.rowCount() == 0


def test_korean_messages(qtbot):
    dialog = ImportDialog(lang="ko")
    qtbot.addWidget(dialog)
    dialog.load_file(FIXTURES / "mixed-encoding.csv")
    assert "한 파일에 인코딩이 섞여 있습니다" in dialog.issues.item(0).text()


def test_a_workbook_with_several_sheets(dialog, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "개요"
    workbook.active.append(["행사 개요"])
    sheet = workbook.create_sheet("진행순서")
    for row in (["시간", "내용"], ["09:30~09:35", "개회"], ["09:35~10:15", "기조강연"]):
        sheet.append(row)
    path = tmp_path / "run.xlsx"
    workbook.save(path)
    dialog.load_file(path)
    assert not dialog.sheet_box.isHidden()
    assert dialog.sheet_box.currentText() == "개요"
    assert not dialog.ok_button.isEnabled()
    dialog.sheet_box.activated.emit(1)
    assert dialog.table.sheet == "진행순서"
    assert dialog.ok_button.isEnabled()
    assert dialog.source_label.text() == "run.xlsx"


def test_typing_parses_once_typing_pauses(dialog):
    dialog.text_edit.setPlainText("시간\t내용\n13:00~13:30\t등록\n")
    assert dialog.import_result is None
    assert dialog.text_timer.isActive()
    dialog.text_timer.timeout.emit()  # what the timer does when typing pauses
    assert dialog.import_result is not None and dialog.import_result.ok


def test_paste_button_reads_the_clipboard(dialog):
    QGuiApplication.clipboard().setText("시간\t내용\n13:00~13:30\t등록\n")
    dialog.paste_button.click()
    assert dialog.import_result.ok
    assert dialog.text_edit.toPlainText().startswith("시간")


def test_cancel_returns_no_agenda(dialog):
    dialog.set_text(PASTED)
    dialog.buttons.rejected.emit()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.agenda() is None


def test_names_sharing_a_row_show_as_speakers_and_can_be_kept_one_presenter(dialog):
    from tests.core.test_runsheet_korean import POLICY_FORUM

    dialog.set_text(POLICY_FORUM)
    assert dialog.summary.text().startswith("지역 돌봄 정책 포럼 · 7 item(s), 14:00–16:00.")
    notes = [dialog.issues.item(n).text() for n in range(dialog.issues.count())]
    assert any("2 names (김민수, 이서연) became speakers" in note for note in notes)
    talks = dialog.import_result.agenda.items[2]
    assert [s.presenter for s in talks.speakers] == ["김민수", "이서연"]
    shots = os.environ.get("EMCEE_SHOTS")
    if shots:
        dialog.resize(1100, 760)
        dialog.grab().save(str(Path(shots) / "import-forum.png"))
    dialog.speakers_box.setChecked(False)  # undone in the preview: one presenter again
    talks = dialog.import_result.agenda.items[2]
    assert (talks.presenter, talks.speakers) == ("김민수, 이서연", ())
    notes = [dialog.issues.item(n).text() for n in range(dialog.issues.count())]
    assert not any("became speakers" in note for note in notes)
