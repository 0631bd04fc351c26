"""UI tests never block on a modal dialog: an unexpected one fails the test at once."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", refuse)
    monkeypatch.setattr(QMessageBox, "warning", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture(autouse=True)
def private_autosave(monkeypatch, tmp_path):
    """The agenda editor autosaves into the test's own folder, never the user's."""
    monkeypatch.setattr(
        "emcee.ui.editor.files.default_path", lambda: tmp_path / "autosave" / "agenda-draft.json"
    )


@pytest.fixture(autouse=True)
def qt_garbage_collected_in_the_qt_thread():
    """A test's widgets left in reference cycles are collected here, in the Qt thread.
    Left to the collector, they may be freed by whichever thread allocates next (a
    server's, a client's): a QObject deleted outside its thread keeps its timers, and
    the next one to fire crashed the suite (SIGSEGV in QTimerInfoList::activateTimers)."""
    yield
    gc.collect()
