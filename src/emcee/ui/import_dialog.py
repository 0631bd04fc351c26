"""A dialog that imports a run sheet (XLSX, CSV or pasted text) as an agenda.

It previews the table, shows the guessed role of each column in a row of combo boxes
above it (changing one parses the table again at once), marks and lists the rows it
could not use with the reason, and returns the Agenda on OK. The parsing is
emcee.core.runsheet's; this is only its view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.model import Agenda
from emcee.core.agenda.problems import AgendaError
from emcee.core.runsheet import (
    ColumnMapping,
    ImportProblem,
    ImportResult,
    Outcome,
    RawTable,
    Role,
    SourceKind,
    guess_columns,
    parse_table,
    read_bytes,
    read_pasted,
)
from emcee.core.runsheet.columns import LIKELY
from emcee.core.texts import Lang
from emcee.core.timefmt import format_time_of_day
from emcee.ui.i18n import current_language, file_dialog_options
from emcee.ui.windows import close_with_keys, fit_screen

# Semi-transparent, so that they read on light and dark palettes alike.
NOT_USED_COLOUR = QColor(220, 60, 60, 70)
CONTINUATION_COLOUR = QColor(60, 120, 220, 40)
GUESSED_COLOUR = QColor(230, 170, 30, 90)
ROLE_ROW = 0  # the preview's first row holds the role combo boxes
TEXT_DELAY_MS = 300  # parse pasted text once typing pauses


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = "ko" if (lang or current_language()) == "ko" else "en"
        self.setWindowTitle(self.tr("Import a run sheet"))
        self.table: RawTable | None = None
        self.mapping: ColumnMapping | None = None
        self.import_result: ImportResult | None = None
        self.source_title = ""
        self._data: bytes | None = None  # the file's bytes, to read another sheet
        self._agenda: Agenda | None = None
        self._role_boxes: list[QComboBox] = []

        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.clicked.connect(self.choose_file)
        self.paste_button = QPushButton(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Paste a table copied from Excel, Hangul or Word"))
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.source_label = QLabel()
        self.sheet_box = QComboBox()
        self.sheet_box.setToolTip(self.tr("The worksheet to import"))
        self.sheet_box.setVisible(False)
        self.sheet_box.activated.connect(self._sheet_chosen)
        source_row = QHBoxLayout()
        source_row.addWidget(self.open_button)
        source_row.addWidget(self.paste_button)
        source_row.addWidget(self.source_label, 1)
        source_row.addWidget(self.sheet_box)
        # Several names on a row ("홍길동, 김철수") share it as speakers; off: one presenter.
        self.speakers_box = QCheckBox(self.tr("Several names are speakers"))
        self.speakers_box.setToolTip(
            self.tr(
                "Several names in one row (홍길동, 김철수) become speakers sharing its time, "
                "and 지정토론: … a designated discussion; off: kept as one presenter"
            )
        )
        self.speakers_box.setChecked(True)
        self.speakers_box.toggled.connect(self._speakers_toggled)
        source_row.addWidget(self.speakers_box)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr(
                "Paste the run sheet here: a table copied from Excel, Hangul or Word, "
                "with columns such as 시간 (소요), 주요 내용, 비고."
            )
        )
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(TEXT_DELAY_MS)
        self.text_timer.timeout.connect(self.apply_text)
        self.text_edit.textChanged.connect(self.text_timer.start)

        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(False)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.issues = QListWidget()
        self.issues.setWordWrap(True)
        self.issues.itemActivated.connect(self._show_issue_row)
        self.issues.itemClicked.connect(self._show_issue_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.text_edit)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.issues)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(source_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_screen(self, 1100, 760)  # its buttons stay above a 1366x768 screen's edge
        close_with_keys(self)
        self._reset(self.tr("Open a file or paste a table to start."))

    # --- public API ----------------------------------------------------------------------

    def agenda(self) -> Agenda | None:
        """The imported agenda once the dialog was accepted, else None."""
        return self._agenda

    @classmethod
    def get_agenda(cls, parent: QWidget | None = None, lang: str | None = None) -> Agenda | None:
        dialog = cls(parent, lang)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.agenda()
        return None

    def load_file(self, path: str | Path) -> None:
        """Preview the run sheet in the file at ``path`` (XLSX or CSV)."""
        path = Path(path)
        self.source_title = path.stem
        self.source_label.setText(path.name)
        self.source_label.setToolTip(str(path))
        self._set_text_quietly("")
        try:
            self._data = path.read_bytes()
        except OSError as error:
            self._data = None
            self._show_error(
                AgendaError(
                    [ImportProblem("file_unreadable", {"detail": error.strerror or str(error)})]
                )
            )
            return
        self._read_data(sheet=None)

    def set_text(self, text: str) -> None:
        """Preview a table pasted as text (parsed at once, not after the typing delay)."""
        self._set_text_quietly(text)
        self.apply_text()

    def set_role(self, column: int, role: Role | None) -> None:
        """Give ``column`` a role (None: not used) and parse again, as the combo boxes do."""
        if self.table is None or self.mapping is None:
            return
        self.mapping = self.mapping.with_role(column, role)
        self._parse()

    def role_box(self, column: int) -> QComboBox:
        return self._role_boxes[column]

    # --- sources -------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a run sheet"),
            "",
            self.tr("Run sheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"),
            "",
            file_dialog_options(),
        )
        if path:
            self.load_file(path)

    def paste_clipboard(self) -> None:
        self.set_text(QGuiApplication.clipboard().text())

    def apply_text(self) -> None:
        self.text_timer.stop()
        text = self.text_edit.toPlainText()
        self._data = None
        self.sheet_box.setVisible(False)
        self.source_title = self.tr("Pasted run sheet")
        self.source_label.setText(self.tr("Pasted text"))
        self.source_label.setToolTip("")
        if not text.strip():
            self._reset(self.tr("Open a file or paste a table to start."))
            return
        try:
            table = read_pasted(text)
        except AgendaError as error:
            self._show_error(error)
            return
        self._use_table(table)

    def _set_text_quietly(self, text: str) -> None:
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)
        self.text_timer.stop()

    def _read_data(self, sheet: str | None) -> None:
        if self._data is None:
            return
        try:
            table = read_bytes(self._data, sheet)
        except AgendaError as error:
            self._show_error(error)
            return
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(list(table.sheets))
        self.sheet_box.setCurrentText(table.sheet)
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(table.source is SourceKind.XLSX and len(table.sheets) > 1)
        self._use_table(table)

    def _sheet_chosen(self, index: int) -> None:
        self._read_data(self.sheet_box.itemText(index))

    # --- parsing and showing -------------------------------------------------------------

    def _use_table(self, table: RawTable) -> None:
        self.table = table
        self.mapping = guess_columns(table)
        self._build_preview(table)
        self._parse()

    def _speakers_toggled(self) -> None:
        if self.table is not None and self.mapping is not None:
            self._parse()

    def _parse(self) -> None:
        assert self.table is not None and self.mapping is not None
        speakers = self.speakers_box.isChecked()
        self.import_result = parse_table(
            self.table, self.mapping, self.source_title, speakers=speakers
        )
        self._show_roles()
        self._show_outcomes()
        self._show_issues()
        self._show_summary()

    def _role_names(self) -> dict[Role | None, str]:
        return {
            None: self.tr("(not used)"),
            Role.TIME: self.tr("Time"),
            Role.END: self.tr("End"),
            Role.DURATION: self.tr("Length"),
            Role.TITLE: self.tr("Title"),
            Role.PART: self.tr("Part"),
            Role.KIND: self.tr("Kind"),
            Role.PRESENTER: self.tr("Presenter"),
            Role.NOTES: self.tr("Notes"),
            Role.MC: self.tr("MC's lines"),
        }

    def _build_preview(self, table: RawTable) -> None:
        preview = self.preview
        preview.clear()
        preview.setColumnCount(table.width)
        preview.setRowCount(1 + len(table.rows))
        preview.setHorizontalHeaderLabels([str(c + 1) for c in range(table.width)])
        preview.setVerticalHeaderLabels([self.tr("Role")] + [str(row.number) for row in table.rows])
        self._role_boxes = []
        for column in range(table.width):
            box = QComboBox()
            for role, name in self._role_names().items():
                box.addItem(name, role.value if role is not None else "")
            box.currentIndexChanged.connect(
                lambda _index, column=column, box=box: self._role_chosen(column, box)
            )
            preview.setCellWidget(ROLE_ROW, column, box)
            self._role_boxes.append(box)
        for index, row in enumerate(table.rows, start=1):
            for column, text in enumerate(row.cells):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                preview.setItem(index, column, item)
        preview.resizeColumnsToContents()
        for column in range(table.width):
            preview.setColumnWidth(column, min(max(preview.columnWidth(column), 110), 420))

    def _role_chosen(self, column: int, box: QComboBox) -> None:
        value = box.currentData()
        self.set_role(column, Role(value) if value else None)

    def _show_roles(self) -> None:
        assert self.mapping is not None
        for column, box in enumerate(self._role_boxes):
            role = self.mapping.role_of(column)
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(role.value if role is not None else ""))
            box.blockSignals(False)
            guessed = role is not None and self.mapping.confidence.get(role, 0.0) < LIKELY
            box.setToolTip(
                self.tr("Guessed from the cells: check it") if guessed else self.tr("Column role")
            )
            box.setStyleSheet(
                f"QComboBox {{ background: {GUESSED_COLOUR.name(QColor.NameFormat.HexArgb)} }}"
                if guessed
                else ""
            )

    def _show_outcomes(self) -> None:
        assert self.table is not None and self.import_result is not None
        reasons: dict[int, str] = {}
        for problem in self.import_result.rejected:
            for number in problem.rows:
                reasons[number] = problem.message(self.lang)
        bold = QFont()
        bold.setBold(True)
        for index, row in enumerate(self.table.rows, start=1):
            outcome = self.import_result.outcomes.get(row.number, Outcome.BLANK)
            colour = {
                Outcome.NOT_USED: NOT_USED_COLOUR,
                Outcome.CONTINUATION: CONTINUATION_COLOUR,
            }.get(outcome)
            for column in range(self.table.width):
                item = self.preview.item(index, column)
                if item is None:
                    continue
                item.setBackground(QBrush(colour) if colour is not None else QBrush())
                heading = outcome in (Outcome.HEADER, Outcome.PROGRAMME)
                item.setFont(bold if heading else QFont())
                tip = reasons.get(row.number) or row.cell(column)
                item.setToolTip(tip)

    def _show_issues(self) -> None:
        assert self.import_result is not None
        self.issues.clear()
        style = self.style()
        groups = (
            (self.import_result.problems, QStyle.StandardPixmap.SP_MessageBoxCritical),
            (self.import_result.rejected, QStyle.StandardPixmap.SP_MessageBoxWarning),
            (self.import_result.notes, QStyle.StandardPixmap.SP_MessageBoxInformation),
        )
        for problems, icon in groups:
            for problem in problems:
                item = QListWidgetItem(style.standardIcon(icon), problem.describe(self.lang))
                item.setData(Qt.ItemDataRole.UserRole, problem.row)
                self.issues.addItem(item)

    def _show_summary(self) -> None:
        result = self.import_result
        assert result is not None
        if result.ok and result.schedule is not None:
            schedule = result.schedule
            text = (
                self.tr("%n item(s), %1–%2.", "", len(schedule.items))
                .replace("%1", format_time_of_day(schedule.start))
                .replace("%2", format_time_of_day(schedule.end))
            )
            if result.agenda is not None:  # the title the sheet gave, else the file's
                text = result.agenda.programme.title + " · " + text
            if result.rejected:
                text += " " + self.tr(
                    "%n row(s) could not be used: see the list above.", "", len(result.rejected)
                )
        else:
            text = self.tr("Cannot import yet: see the problems listed above.")
        self.summary.setText(text)
        self.ok_button.setEnabled(result.ok)

    def _show_error(self, error: AgendaError) -> None:
        """A source that cannot be read at all: say why, show nothing to import."""
        self._reset(self.tr("This cannot be imported: see the reason above."))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for problem in error.problems:
            self.issues.addItem(QListWidgetItem(icon, problem.describe(self.lang)))

    def _reset(self, hint: str) -> None:
        """Nothing read, nothing to import: an empty preview and list, and ``hint``."""
        self.table = self.mapping = self.import_result = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self._role_boxes = []
        self.issues.clear()
        self.summary.setText(hint)
        self.ok_button.setEnabled(False)

    def _show_issue_row(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if self.table is None or number is None:
            return
        for index, row in enumerate(self.table.rows, start=1):
            if row.number == number:
                self.preview.selectRow(index)
                self.preview.scrollTo(self.preview.model().index(index, 0))
                return

    # --- closing -------------------------------------------------------------------------

    def accept(self) -> None:
        if self.import_result is None or not self.import_result.ok:
            return
        self._agenda = self.import_result.agenda
        super().accept()
