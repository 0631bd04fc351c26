"""The app opening an agenda file: read once, and whatever goes wrong, a dialog and the
app goes on (with the built-in event at start-up, with the show it had on Ctrl+O)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from emcee import resources
from emcee.core.agenda import file as agenda_file
from emcee.ui.i18n import switch_language

REFERENCE = resources.reference_agenda().read_text(encoding="utf-8")


@pytest.fixture
def app_folders(qapp, tmp_path, monkeypatch):
    """The app's data, settings and logs in the test's own folder; its hooks undone after."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    switch_language("en")
    return tmp_path


@pytest.fixture
def dialogs(monkeypatch):
    shown: list[QMessageBox] = []

    def record(box):
        shown.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def opened(path):
    from emcee.app import open_console

    console = open_console(str(path))
    console.cues.muted = True
    return console


def close(console):
    console.confirm = lambda title, text: True
    console.close()
    console.deleteLater()


def test_the_file_the_app_opens_is_read_once(app_folders, dialogs, monkeypatch):
    path = app_folders / "event.toml"
    path.write_text(REFERENCE.replace("성과공유회", "성과 공유회"), encoding="utf-8")
    data = path.read_bytes()
    reads = []
    real = agenda_file.loads_bytes

    def counted(raw):
        reads.append(raw == data)
        return real(raw)

    monkeypatch.setattr(agenda_file, "loads_bytes", counted)
    console = opened(path)
    try:
        assert reads.count(True) == 1
        assert console.document.path == path  # Save writes it
        assert console.controller.schedule.programme.title.endswith("성과 공유회")
        assert dialogs == []
    finally:
        close(console)


def test_an_error_of_emcee_reading_the_file_is_a_dialog_and_the_built_in_event_opens(
    app_folders, dialogs, monkeypatch
):
    path = app_folders / "event.toml"
    path.write_text(REFERENCE, encoding="utf-8")
    real = agenda_file.load

    def broken(where):
        if str(where) == str(path):
            raise RecursionError("a bug nobody saw coming")
        return real(where)

    monkeypatch.setattr("emcee.app.load", broken)
    console = opened(path)
    try:
        [(text, why)] = dialogs
        assert text.startswith("emcee could not read this agenda:") and str(path) in text
        assert "RecursionError: a bug nobody saw coming" in why
        assert console.controller.schedule.programme.title == "사회보장 특별지원구역 성과공유회"
        assert console.document.path is None  # the built-in event has no file of its own
        # Ctrl+O on the same file: said again, and the show it had stays.
        controller = console.controller
        assert console.open_file(str(path)) is None
        assert len(dialogs) == 2 and console.controller is controller
    finally:
        close(console)


def test_a_number_of_thousands_of_digits_is_a_problem_with_its_line(app_folders, dialogs):
    path = app_folders / "event.toml"
    path.write_text(REFERENCE.replace("format = 1", "format = " + "9" * 5000), encoding="utf-8")
    console = opened(path)
    try:
        [(text, why)] = dialogs
        assert text.startswith("This agenda cannot be used:")
        assert why.startswith("line 6: a number of 5000 digits cannot be read.")
    finally:
        close(console)
