"""The live agenda: every item, phase and turn of the show with planned and actual times,
the live row kept in view."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from emcee.core.agenda.schedule import Schedule
from emcee.core.engine.snapshot import Snapshot, Status
from emcee.ui.agenda_model import AgendaModel, Column, Node, live_font


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
        """Fit every column but the title's to its widest text and its heading.

        Measured from the model's texts with the fonts' metrics, which is what the
        delegate measures too: resizeColumnToContents asks data() for every role of every
        cell, through Python, and took 10 ms of the start-up for the built-in event."""
        model = self.agenda_model
        plain, bold = QFontMetricsF(self.font()), QFontMetricsF(live_font())
        decorated = 1 if self.rootIsDecorated() else 0
        widest = dict.fromkeys(Column, 0.0)
        for node in model.nodes:
            values = model.values.get(id(node))
            if values is None:
                continue
            metrics = bold if values.status is Status.LIVE else plain
            for column, text in zip(Column, values.texts, strict=True):
                if text and column != Column.TITLE:
                    width = metrics.horizontalAdvance(text)
                    if column == Column.START:  # the tree's column: indented
                        width += self.indentation() * (model.depth(node) + decorated)
                    widest[column] = max(widest[column], width)
        header = self.header()
        padding = self._cell_padding()
        for column, width in widest.items():
            if column != Column.TITLE:
                fitted = math.ceil(width) + padding if width else 0
                header.resizeSection(column, max(fitted, header.sectionSizeHint(column)))

    def _cell_padding(self) -> int:
        """What the delegate adds around a cell's text (the style's margins)."""
        model = self.agenda_model
        for node in model.nodes:
            values = model.values.get(id(node))
            if values is None or not values.texts[Column.LENGTH]:
                continue
            live = values.status is Status.LIVE
            metrics = QFontMetricsF(live_font() if live else self.font())
            text_width = math.floor(metrics.horizontalAdvance(values.texts[Column.LENGTH]))
            cell = model.createIndex(node.row, Column.LENGTH, node)
            return self.sizeHintForIndex(cell).width() - text_width
        return 0

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
