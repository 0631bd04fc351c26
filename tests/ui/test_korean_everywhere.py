"""In Korean, every window and dialog speaks Korean: a label, button, tab, menu entry,
column header, placeholder or tooltip with letters but no Hangul fails the test, unless it
is a key name, a number or time, a file's path, or the agenda's own words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.core.report import build_report
from emcee.ui.console import ConsoleWindow
from emcee.ui.controller import ShowController
from emcee.ui.help import KeysHelp, LogHelp
from emcee.ui.i18n import file_dialog_options, switch_language
from emcee.ui.import_dialog import ImportDialog
from emcee.ui.keymap import KEYMAP, keys_text
from emcee.ui.presenter import attach_presenter
from emcee.ui.report_window import ReportWindow
from tests.ui.test_report_window import record_afternoon

HANGUL = re.compile("[\uac00-\ud7a3]")
WORD = re.compile("[A-Za-z]{2,}")
# Not words to translate: the product, the language menu's own name of English, units of
# files (CSV, JSON, PNG, TOML), and what Qt writes for sizes and keys.
NAMES = {"emcee", "English", "CSV", "JSON", "PNG", "TOML", "KiB", "MiB", "Esc", "Ctrl"}


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of everything a person reads in ``widget`` and its children."""
    found = [("title", widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:  # shown or not (a later tab)
        found.append(("tooltip", child.toolTip()))
        if isinstance(child, QLabel):
            found.append(("label", child.text()))
        if isinstance(child, QAbstractButton):
            found.append(("button", child.text()))
        if isinstance(child, QGroupBox):
            found.append(("group", child.title()))
        if isinstance(child, QLineEdit):
            found.append(("placeholder", child.placeholderText()))
        if isinstance(child, QTabWidget):
            found += [("tab", child.tabText(i)) for i in range(child.count())]
        if isinstance(child, QComboBox):
            found += [("choice", child.itemText(i)) for i in range(child.count())]
        if isinstance(child, QMenu):
            found.append(("menu", child.title()))
            found += [("menu entry", action.text()) for action in child.actions()]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                found.append(("header", str(header or "")))
    return found


def not_korean(widget: QWidget, content: set[str]) -> list[tuple[str, str]]:
    """What ``widget`` shows in letters but not in Korean, beyond what may be so."""
    keys = {keys_text(binding.name) for binding in KEYMAP if binding.keys}
    wrong = []
    for what, text in texts_of(widget):
        plain = text.replace("&", "").strip()
        for key in sorted(keys, key=len, reverse=True):
            plain = plain.replace(key, "")
        words = set(WORD.findall(plain)) - NAMES
        if not words or HANGUL.search(plain) or plain in content or plain.startswith("/"):
            continue
        if all(any(word in part for part in content) for word in words):
            continue  # the agenda's own words (a title, a presenter)
        wrong.append((what, text))
    return wrong


@pytest.fixture
def korean(qtbot, tmp_path):
    switch_language("ko")
    qtbot.wait(1)
    yield
    switch_language("en")


@pytest.fixture
def console(korean, qtbot, tmp_path):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = ConsoleWindow(controller, settings=settings)
    window.cues.muted = True
    window.set_presenter_factory(lambda c: attach_presenter(c, window, settings=settings))
    window.show()
    controller.begin()
    controller.start()
    controller.tick()
    yield window
    window.confirm = lambda title, text: True
    window.close()
    window.deleteLater()


def agenda_words(console) -> set[str]:
    agenda = console.controller.schedule.agenda
    words = {agenda.programme.title, agenda.programme.subtitle, agenda.programme.venue}
    for item in agenda.items:
        words |= {item.title, item.presenter, item.notes, item.part}
        for speaker in item.speakers:
            words |= {speaker.presenter, speaker.title, speaker.notes}
    return {word for word in words if word}


def test_the_console_and_its_editor_speak_korean(console, qtbot):
    content = agenda_words(console)
    assert not_korean(console, content) == []
    console.agenda_tabs.setCurrentIndex(1)  # the agenda editor
    qtbot.wait(1)
    assert not_korean(console.editor, content) == []


def test_every_window_and_dialog_speaks_korean(console, qtbot, tmp_path):
    content = agenda_words(console)
    report = build_report(record_afternoon(tmp_path / "shows"))
    windows = {
        "report": ReportWindow(report, folders=[tmp_path / "shows"], lang="ko"),
        "import": ImportDialog(console, lang="ko"),
        "keys": KeysHelp(console),
        "log": LogHelp(Path(tmp_path / "emcee.log"), console),
    }
    dialog = QFileDialog(console, "열기", str(tmp_path))
    dialog.setOptions(file_dialog_options())  # Qt's own dialog: the system's is not Korean
    windows["file dialog"] = dialog
    for name, window in windows.items():
        window.show()
        qtbot.wait(1)
        assert not_korean(window, content | {report.title}) == [], name
        window.close()


def test_the_questions_the_console_asks_speak_korean(console, qtbot, monkeypatch):
    asked: list[QMessageBox] = []

    def look(box):
        asked.append(box)
        box.show()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", look)
    controller = console.controller
    controller.jump(controller.show.layout.item_segments[4][-1])  # a break comes next
    console.run_command("next")  # far ahead of the plan: the break question
    assert asked
    for box in asked:
        assert not_korean(box, agenda_words(console)) == []
        assert HANGUL.search(box.text())
