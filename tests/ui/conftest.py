"""UI tests never block on a modal dialog: an unexpected one fails the test at once."""

from __future__ import annotations

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
