"""The live agenda: every item, phase and turn of the show with planned and actual times,
the live row kept in view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from emcee.core.agenda.schedule import Schedule
from emcee.core.engine.snapshot import Snapshot
from emcee.ui.agenda_model import AgendaModel, Column, Node


class LiveAgenda(QTreeView):
    """The rows of the schedule being run, following each snapshot."""

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._live_segment: int | None = None
        self.agenda_model = self._rows(schedule)
        header = self.header()
        header.setStretchLastSection(False)
        # Columns are fitted to their texts when all of them change (fit_columns), and
        # widened when a text's length changes (widen_columns), not by ResizeToContents,
        # which measures every row on every second's change.
        for column in Column:
            mode = QHeaderView.ResizeMode.Interactive
            if column == Column.TITLE:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

    def show_schedule(self, schedule: Schedule) -> None:
        """Show the rows of another schedule (an agenda edit, or its undo)."""
        self.agenda_model = self._rows(schedule)
        self._live_segment = None

    def _rows(self, schedule: Schedule) -> AgendaModel:
        model = AgendaModel(schedule, self)
        self.setModel(model)
        self.expandAll()
        model.shapeChanged.connect(self.fit_columns)
        model.cellsReshaped.connect(self.widen_columns)
        self.agenda_model = model
        self.fit_columns()
        return model

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """The rows as of ``snapshot``; the live row scrolled into view when it changes."""
        self.agenda_model.update(snapshot)
        live = snapshot.current.segment.index if snapshot.current else None
        if live != self._live_segment:
            self._live_segment = live
            if live is not None:
                self.scrollTo(
                    self.agenda_model.index_of_segment(live),
                    QAbstractItemView.ScrollHint.EnsureVisible,
                )

    def selected_node(self) -> Node | None:
        return self.agenda_model.node(self.currentIndex())

    def fit_columns(self) -> None:
        """Fit every column to its texts (measures every row: not on every change)."""
        for column in Column:
            if column != Column.TITLE:
                self.resizeColumnToContents(column)

    def widen_columns(self, cells: list[QModelIndex]) -> None:
        """Widen the columns that the texts of ``cells`` no longer fit, measuring those
        cells alone (a column never narrows during the show)."""
        header = self.header()
        model = self.agenda_model
        for cell in cells:
            column = cell.column()
            if column == Column.TITLE:
                continue  # it stretches
            width = self.sizeHintForIndex(cell).width()
            node = model.node(cell)
            if column == Column.START and node is not None:  # the tree's column: indented
                levels = model.depth(node) + (1 if self.rootIsDecorated() else 0)
                width += self.indentation() * levels
            if width > header.sectionSize(column):
                header.resizeSection(column, width)
