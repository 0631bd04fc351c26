"""The Help menu's pages: what each key does (the key map's table, in the language shown),
and where emcee writes what went wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emcee.logs import log_path
from emcee.ui.keymap import Scope, rows
from emcee.ui.windows import close_with_keys, fit_screen


def show_help(parent: QWidget, watch: Callable[[QWidget], None], page: str) -> None:
    """Help > Keys (``keys``) or Error log (``log``) beside the show: one window of each,
    made when first asked for, and ``watch`` makes the show's keys work in it."""
    kind = KeysHelp if page == "keys" else LogHelp
    window = parent.findChild(kind)
    if window is None:
        window = KeysHelp(parent) if kind is KeysHelp else LogHelp(log_path(), parent)
        watch(window)
    window.show()
    window.raise_()


class KeysHelp(QDialog):
    """Every key of the console and the agenda editor, and what it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        layout = QVBoxLayout(self)
        self.tables: list[QTableWidget] = []
        for title, scopes in (
            (
                self.tr("The show (whatever has the focus, except while typing a message)"),
                (Scope.SHOW, Scope.APP),
            ),
            (self.tr("The agenda editor"), (Scope.EDITOR,)),
        ):
            layout.addWidget(QLabel(title))
            entries = rows(scopes)
            table = self._table(entries)
            layout.addWidget(table, len(entries))  # each table as tall as its rows want
            self.tables.append(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_screen(self, 640, 860)
        close_with_keys(self)

    def _table(self, entries: list[tuple[str, str]]) -> QTableWidget:
        table = QTableWidget(len(entries), 2)
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Does")])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, (keys, does) in enumerate(entries):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(does))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table


class LogHelp(QDialog):
    """Where the log of what went wrong is, and a button that opens its folder."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Error log"))
        text = QLabel(
            self.tr(
                "emcee writes what went wrong (and what it did about it) to this file. "
                "Send it along when you report a problem."
            )
        )
        text.setWordWrap(True)
        self.place = QLabel(str(path))
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.place)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        close_with_keys(self)

    def open_folder(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
