"""The report window: planned vs actual of a show, from its journal.

A summary, the charts (ui/report_charts.py), a table with every figure (skipped items and
turns greyed and marked), a list of past shows, and exports: CSV, JSON and a PNG of each
chart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.model import Phase, PhaseKind
from emcee.core.agenda.phases import phase_title
from emcee.core.engine.snapshot import Status
from emcee.core.journal import JournalError, PastShow, past_shows
from emcee.core.report import (
    REPORT_CSV,
    REPORT_JSON,
    TOLERANCE,
    Report,
    RowKind,
    build_report,
    clock_text,
    length_text,
    signed_minutes,
    summary_lines,
    write_csv,
    write_drift_csv,
    write_json,
)
from emcee.core.texts import Lang
from emcee.ui.fonts import ui_font
from emcee.ui.i18n import current_language, file_dialog_options
from emcee.ui.report_charts import (
    DRIFT_PNG,
    ITEM_OVER,
    OVER_UNDER_PNG,
    SKIPPED,
    TIMELINE_PNG,
    UNDER,
    OverUnderChart,
    TimelineChart,
    drift_chart,
    export_charts,
)
from emcee.ui.windows import close_with_keys, fit_screen


class ReportWindow(QMainWindow):
    """Past shows on the left; the chosen show's summary, charts, table and exports."""

    def __init__(
        self,
        report: Report | None = None,
        *,
        folders: Sequence[Path] | None = None,
        lang: Lang = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self.folders = list(folders) if folders is not None else None
        self.report: Report | None = None
        self.setWindowTitle(self.tr("emcee — show report"))

        self.shows = QListWidget()
        self.shows.currentItemChanged.connect(self._show_chosen)
        open_button = QPushButton(self.tr("Open journal…"))
        open_button.clicked.connect(self._ask_journal)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Past shows")))
        side_layout.addWidget(self.shows)
        side_layout.addWidget(open_button)

        self.title = QLabel()
        title_font = ui_font(14)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.table = QTreeWidget()
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Item / speaker"),
                self.tr("Planned start"),
                self.tr("Planned length"),
                self.tr("Allotted"),
                self.tr("Actual start"),
                self.tr("Actual end"),
                self.tr("Actual length"),
                self.tr("Difference"),
                self.tr("Over allotted"),
            ]
        )
        self.export_buttons = []
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Export CSV…"), self._ask_csv),
            (self.tr("Export JSON…"), self._ask_json),
            (self.tr("Export charts (PNG)…"), self._ask_charts),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.export_buttons.append(button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the report (Esc, Ctrl+W)"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)

        main = QWidget()
        layout = QVBoxLayout(main)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1100])
        self.setCentralWidget(splitter)
        fit_screen(self, 1400, 900)  # Export and Close stay on a 1366x768 laptop's screen
        close_with_keys(self)

        self.refresh_shows()
        if report is not None:
            self.set_report(report)
        else:
            self._set_exports_enabled(False)

    # --- choosing a show ---------------------------------------------------------------

    def refresh_shows(self) -> None:
        self.shows.blockSignals(True)
        self.shows.clear()
        for show in past_shows(self.folders):
            item = QListWidgetItem(self._show_text(show))
            item.setData(Qt.ItemDataRole.UserRole, str(show.path))
            item.setToolTip(str(show.path))
            self.shows.addItem(item)
        self.shows.blockSignals(False)

    def _show_text(self, show: PastShow) -> str:
        state = self.tr("ended") if show.ended else self.tr("not ended")
        when = show.started.strftime("%Y-%m-%d %H:%M")
        return f"{when}  {show.title}\n{state}"

    def _show_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_journal(Path(item.data(Qt.ItemDataRole.UserRole)))

    def open_journal(self, path: Path) -> bool:
        """Show the report of a journal; if it cannot be used, say why (no exception)."""
        try:
            report = build_report(path)
        except JournalError as error:
            self.report = None
            self.title.setText(str(path))
            self.summary.setText(error.describe(self.lang))
            self.tabs.clear()
            self.table.clear()
            self._set_exports_enabled(False)
            return False
        self.set_report(report)
        return True

    def _ask_journal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a show journal"),
            "",
            self.tr("Show journals (*.jsonl)"),
            "",
            file_dialog_options(),
        )
        if path:
            self.open_journal(Path(path))

    # --- showing a report ----------------------------------------------------------------

    def set_report(self, report: Report) -> None:
        self.report = report
        self.title.setText(f"{report.title} — {report.date.isoformat()}")
        lines = summary_lines(report, self.lang)
        lines += [notice.message(self.lang) for notice in report.notices]
        self.summary.setText("\n".join(lines))
        self.tabs.clear()
        self.charts: dict[str, QWidget] = {
            TIMELINE_PNG: TimelineChart(report),
            OVER_UNDER_PNG: OverUnderChart(report),
            DRIFT_PNG: drift_chart(report),
        }
        self.tabs.addTab(self.charts[TIMELINE_PNG], self.tr("Timeline"))
        self.tabs.addTab(self.charts[OVER_UNDER_PNG], self.tr("Over / under"))
        self.tabs.addTab(self.charts[DRIFT_PNG], self.tr("Drift"))
        self._fill_table(report)
        self.tabs.addTab(self.table, self.tr("Table"))
        self._set_exports_enabled(True)

    def _fill_table(self, report: Report) -> None:
        self.table.clear()
        parent: QTreeWidgetItem | None = None
        over_brush = QBrush(ITEM_OVER)
        under_brush = QBrush(UNDER)
        skipped_brush = QBrush(SKIPPED)
        for row in report.rows:
            if row.kind is RowKind.ITEM:
                title = f"({row.part}) {row.title}" if row.part else row.title
                if row.who:
                    title += f" — {row.who}"
                if row.chair:
                    title += " · " + self.tr("Chair %1").replace("%1", row.chair)
            elif row.phase is PhaseKind.DISCUSSION and not row.title:
                title = self.tr("Discussion")
            elif row.who or row.title:
                title = " · ".join(text for text in (row.who, row.title) if text)
            else:  # a phase with no title of its own: its kind's name
                title = phase_title(Phase(row.phase), current_language())

            def length(value: float | None) -> str:
                return "" if value is None else length_text(value)

            def moment(value: float | None) -> str:
                return "" if value is None else clock_text(value)

            def difference(value: float | None) -> str:
                return "" if value is None else signed_minutes(value)

            skipped = row.status is Status.SKIPPED
            cells = [
                row.number,
                title,
                clock_text(row.planned_start),
                length_text(row.planned_duration),
                length(row.allotted),
                self.tr("skipped") if skipped else moment(row.actual_start),
                moment(row.actual_end),
                length(row.actual_duration),
                difference(row.difference),
                difference(row.over_allotted),
            ]
            if row.kind is RowKind.ITEM or parent is None:
                entry = QTreeWidgetItem(cells)
                self.table.addTopLevelItem(entry)
                parent = entry
            else:
                entry = QTreeWidgetItem(parent, cells)
            if skipped:
                for column in range(len(cells)):
                    entry.setForeground(column, skipped_brush)
            for column, value in ((8, row.difference), (9, row.over_allotted)):
                if value is not None and value > TOLERANCE:
                    entry.setForeground(column, over_brush)
                elif value is not None and value < -TOLERANCE:
                    entry.setForeground(column, under_brush)
        self.table.expandAll()
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 420)

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in self.export_buttons:
            button.setEnabled(enabled)

    # --- exports -------------------------------------------------------------------------

    def export_csv(self, path: Path) -> list[Path]:
        """The table as CSV at ``path``, and the drift beside it."""
        assert self.report is not None
        drift = path.with_name(path.stem + "-drift" + path.suffix)
        write_csv(self.report, path, self.lang)
        write_drift_csv(self.report, drift, self.lang)
        return [path, drift]

    def export_json(self, path: Path) -> list[Path]:
        assert self.report is not None
        write_json(self.report, path)
        return [path]

    def export_charts(self, folder: Path) -> list[Path]:
        assert self.report is not None
        return export_charts(self.report, folder)

    def export_all(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        return [
            *self.export_csv(folder / REPORT_CSV),
            *self.export_json(folder / REPORT_JSON),
            *self.export_charts(folder),
        ]

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export CSV"),
            REPORT_CSV,
            self.tr("CSV (*.csv)"),
            "",
            file_dialog_options(),
        )
        if path:
            self._export(lambda: self.export_csv(Path(path)))

    def _ask_json(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export JSON"),
            REPORT_JSON,
            self.tr("JSON (*.json)"),
            "",
            file_dialog_options(),
        )
        if path:
            self._export(lambda: self.export_json(Path(path)))

    def _ask_charts(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Export charts to a folder"),
            "",
            QFileDialog.Option.ShowDirsOnly | file_dialog_options(),
        )
        if folder:
            self._export(lambda: self.export_charts(Path(folder)))

    def _export(self, export: Callable[[], list[Path]]) -> None:
        try:
            written = export()
        except OSError as error:
            reason = error.strerror or str(error)
            self.statusBar().showMessage(self.tr("Could not export: {0}").format(reason))
            return
        names = ", ".join(path.name for path in written)
        self.statusBar().showMessage(self.tr("Exported {0}").format(names), 10_000)
