"""The Help menu's pages: what each key does (the key map's table, in the language shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from emcee.ui.keymap import Scope, rows


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
        self.resize(640, 860)

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
