"""A plain window listing the agenda: items, phases and speaker turns with their planned times."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow, QTreeWidget, QTreeWidgetItem

from emcee.core.schedule import PhaseKind, Schedule
from emcee.core.timefmt import format_minutes, format_time_of_day


class AgendaWindow(QMainWindow):
    def __init__(self, schedule: Schedule) -> None:
        super().__init__()
        programme = schedule.programme
        self.setWindowTitle(f"emcee — {programme.title}")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [self.tr("Start"), self.tr("Length"), self.tr("Title"), self.tr("Presenter / notes")]
        )
        phase_names = {
            PhaseKind.PRESENTATION: self.tr("Presentation"),
            PhaseKind.DISCUSSION: self.tr("Discussion"),
        }
        for planned in schedule.items:
            item = planned.item
            title = f"({item.part}) {item.title}" if item.part else item.title
            row = QTreeWidgetItem(
                [
                    format_time_of_day(planned.start),
                    format_minutes(planned.duration),
                    title,
                    item.presenter or item.notes,
                ]
            )
            self.tree.addTopLevelItem(row)
            for phase in planned.phases:
                parent = row
                if phase.kind is not PhaseKind.MAIN:
                    parent = QTreeWidgetItem(
                        row,
                        [
                            format_time_of_day(phase.start),
                            format_minutes(phase.duration),
                            phase_names[phase.kind],
                            "",
                        ],
                    )
                for turn in phase.turns:
                    if turn.speaker is not None:
                        QTreeWidgetItem(
                            parent,
                            [
                                format_time_of_day(turn.start),
                                format_minutes(turn.duration),
                                turn.speaker.title,
                                turn.speaker.presenter,
                            ],
                        )
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setCentralWidget(self.tree)
        self.resize(1280, 800)
