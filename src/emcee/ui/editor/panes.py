"""The editor's two lists: the items of the draft (with their tools, the summary and every
problem) and the speakers of the selected item. They show what they are given and ask
for edits with their actions and signals; the editor makes the edits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.edit import (
    Check,
    UnreadableError,
    edited_speaker,
    evened,
    moved,
    read_length,
)
from emcee.core.agenda.model import Agenda, Speaker
from emcee.core.agenda.schedule import PlannedTurn
from emcee.core.timefmt import format_time_of_day
from emcee.ui.editor.form import Kind, problem_label, show_messages, unreadable
from emcee.ui.editor.models import ItemColumn, ItemsModel, RowMarks, SpeakerColumn, SpeakersModel
from emcee.ui.keymap import present, sequences


def shortcut(
    widget: QWidget,
    name: str,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QAction:
    """An action of ``widget`` triggered by the keys of command ``name`` (emcee.ui.keymap)
    while it (or, by ``context``, one of its children) has the focus."""
    action = QAction(widget)
    action.setShortcuts(sequences(name))
    action.setShortcutContext(context)
    widget.addAction(action)
    return action


def _table(model: ItemsModel | SpeakersModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    table.setDragDropOverwriteMode(False)
    # Fixed sizes, not "resize to contents": with 500 rows that would measure every cell
    # on every keystroke.
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 6)
    return table


def _columns(table: QTableView, widths: dict[int, int], stretch: int) -> None:
    header = table.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ItemList(QWidget):
    """The draft's items, the tools that change them, a summary, and every problem."""

    rowChosen = Signal(int)
    problemChosen = Signal(object)  # the 1-based item the problem is about, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ItemsModel(self)
        self.view = _table(self.model, "editorItems")
        self.view.setDropIndicatorShown(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        metrics = self.fontMetrics()
        _columns(
            self.view,
            {
                ItemColumn.MARK: metrics.horizontalAdvance("▲▶●") + 12,
                ItemColumn.START: metrics.horizontalAdvance("00:00:00") + 12,
                ItemColumn.END: metrics.horizontalAdvance("00:00:00") + 12,
                ItemColumn.LENGTH: metrics.horizontalAdvance("0h00m") + 12,
                ItemColumn.PRESENTER: metrics.horizontalAdvance("M") * 10,
            },
            stretch=ItemColumn.TITLE,
        )
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        # Keys of the item list.
        self.act_add = shortcut(self.view, "add")
        self.act_duplicate = shortcut(self.view, "duplicate")
        self.act_remove = shortcut(self.view, "remove")
        self.act_up = shortcut(self.view, "up")
        self.act_down = shortcut(self.view, "down")
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        for group in (
            (self.act_add, self.act_duplicate, self.act_remove),
            (self.act_up, self.act_down),
        ):
            for action in group:
                self._tool(action)
            self.tools.addSpacing(8)
        self.summary = QLabel()
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)

    def _tool(self, action: QAction) -> None:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tools.addWidget(button)

    def add_undo_tools(self, undo: QAction, redo: QAction) -> None:
        """Buttons for the editor's undo and redo, after the item tools."""
        self._tool(undo)
        self._tool(redo)
        self.tools.addStretch(1)
        self.tools.addWidget(self.summary)

    def retranslate(self) -> None:
        for name in ("add", "duplicate", "remove", "up", "down"):
            present(getattr(self, f"act_{name}"), name)
        self.model.headers = {
            ItemColumn.MARK: "",
            ItemColumn.START: self.tr("Start"),
            ItemColumn.END: self.tr("End"),
            ItemColumn.LENGTH: self.tr("Length"),
            ItemColumn.TITLE: self.tr("Title"),
            ItemColumn.PRESENTER: self.tr("Presenter"),
        }
        self.model.mark_tips = {
            "▲": self.tr("This row has a problem:"),
            "▶": self.tr("Live now"),
            "√": self.tr("Already run"),
            "●": self.tr("Differs from what the show runs (not applied yet)"),
        }
        self.model.fixed_tip = self.tr("Fixed start (bold), as written in the agenda")
        self.model.follows_tip = self.tr("Starts where the previous item ends")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ItemColumn) - 1)

    def show_items(self, agenda: Agenda, check: Check, marks: RowMarks) -> None:
        """The draft's rows, and the summary of its times and problems."""
        self.model.show(agenda, check, marks)
        count = len(agenda.items)
        known = [t for t in check.times if t is not None]
        if check.schedule is not None and known:
            start, end = known[0][0], known[-1][1]
            text = (
                self.tr("%1 items · %2–%3")
                .replace("%1", str(count))
                .replace("%2", format_time_of_day(start))
                .replace("%3", format_time_of_day(end))
            )
        else:
            text = self.tr("%1 items").replace("%1", str(count))
        if check.problems:
            text += " · " + self.tr("problems: %1").replace("%1", str(len(check.problems)))
        self.summary.setText(text)

    def enable_tools(self, row: int) -> None:
        """The tools that need a selected item (and a place to move it) follow ``row``."""
        count = self.model.rowCount()
        has_item = 0 <= row < count
        self.act_duplicate.setEnabled(has_item)
        self.act_remove.setEnabled(has_item and count > 1)
        self.act_up.setEnabled(has_item and row > 0)
        self.act_down.setEnabled(has_item and row < count - 1)

    def select(self, row: int) -> None:
        """Select ``row`` without telling (the editor chose it)."""
        if row < 0:
            return
        index = self.model.index(row, ItemColumn.TITLE)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.view.setCurrentIndex(index)
        selection.blockSignals(False)
        self.view.scrollTo(index)

    def show_problems(self, entries: Sequence[tuple[str, int | None, bool]]) -> None:
        """(text, 1-based item or None, an error rather than a note) of each problem."""
        self.problems.clear()
        for text, number, error in entries:
            entry = QListWidgetItem(("▲ " if error else "ⓘ ") + text)
            entry.setData(Qt.ItemDataRole.UserRole, number)
            if not error:
                entry.setForeground(self.palette().placeholderText())
            self.problems.addItem(entry)
        self.problems.setVisible(bool(entries))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.rowChosen.emit(current.row())

    def _problem_chosen(self, entry: QListWidgetItem) -> None:
        self.problemChosen.emit(entry.data(Qt.ItemDataRole.UserRole))


# An edit of the speakers shown: the speakers after it, from the speakers before it.
SpeakersEdit = Callable[[tuple[Speaker, ...]], tuple[Speaker, ...]]


class SpeakerList(QWidget):
    """A list of speakers (the selected item's, or its selected phase's: discussants, names
    called), edited in place, with buttons and keys. Each edit is asked for with
    ``edited``; the editor makes it on the list it shows."""

    edited = Signal(object, str)  # a SpeakersEdit, and the name of its undo step
    inputChanged = Signal()  # what was typed as a length became (un)readable

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input_error = ""  # why a length typed in a cell cannot be read
        self._hint = self._listed_hint = ""  # what the list is, set in the language shown
        self._general: list[str] = []
        self.model = SpeakersModel(self)
        self.view = _table(self.model, "editorSpeakers")
        self.triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setEditTriggers(self.triggers)
        metrics = self.fontMetrics()
        _columns(
            self.view,
            {
                SpeakerColumn.PRESENTER: metrics.horizontalAdvance("M") * 8,
                SpeakerColumn.LENGTH: metrics.horizontalAdvance("00m00s") + 16,
                SpeakerColumn.PLANNED: metrics.horizontalAdvance("00:00:00 · 00m00s") + 12,
                SpeakerColumn.NOTES: metrics.horizontalAdvance("M") * 8,
                SpeakerColumn.MC: metrics.horizontalAdvance("M") * 10,
            },
            stretch=SpeakerColumn.TITLE,
        )
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.even_button = QPushButton()
        # Keys of the speaker list, as the item list's.
        self.act_add = shortcut(self.view, "add")
        self.act_remove = shortcut(self.view, "remove")
        self.act_up = shortcut(self.view, "up")
        self.act_down = shortcut(self.view, "down")
        for button, action, slot in (
            (self.add_button, self.act_add, self.add),
            (self.remove_button, self.act_remove, self.remove),
            (self.up_button, self.act_up, lambda: self.move_by(-1)),
            (self.down_button, self.act_down, lambda: self.move_by(+1)),
        ):
            action.triggered.connect(slot)
            button.clicked.connect(action.trigger)
        self.even_button.clicked.connect(self.split_evenly)
        self.model.moveRequested.connect(self.move_to)
        self.model.speakerEdited.connect(self._cell_edited)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.even_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = problem_label()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.model.headers = {
            SpeakerColumn.PRESENTER: self.tr("Presenter"),
            SpeakerColumn.TITLE: self.tr("Title"),
            SpeakerColumn.LENGTH: self.tr("Length"),
            SpeakerColumn.PLANNED: self.tr("Planned"),
            SpeakerColumn.NOTES: self.tr("Notes"),
            SpeakerColumn.MC: self.tr("MC's lines"),
        }
        self.model.even_text = self.tr("even share")
        self.model.length_tip = self.tr(
            "Minutes for this speaker (e.g. 6 or 5m30s); empty: an even share of what is left"
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SpeakerColumn) - 1)
        self.add_button.setText(self.tr("Add speaker"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.even_button.setText(self.tr("Split evenly"))
        self.even_button.setToolTip(self.tr("Forget every speaker's own length: equal shares"))
        self._hint = self.tr(
            "Speakers share the presentations (or the whole item). A length typed for a "
            "speaker is theirs; the others split the rest evenly. Drag rows or use "
            "Ctrl+↑/↓ to reorder."
        )
        self._listed_hint = self.tr(
            "This item lists its phases: its speakers are edited with each phase."
        )
        self.hint.setText(self._hint)

    def show_listed_phases(self, listed: bool) -> None:
        """An item that lists its phases has its speakers in them, edited in the Phases tab:
        here they are only read."""
        self.model.editable = not listed
        none = QAbstractItemView.EditTrigger.NoEditTriggers
        self.view.setEditTriggers(none if listed else self.triggers)
        drag = QAbstractItemView.DragDropMode
        self.view.setDragDropMode(drag.NoDragDrop if listed else drag.InternalMove)
        for action in (self.act_add, self.act_remove, self.act_up, self.act_down):
            action.setEnabled(not listed)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not listed)
        self.even_button.setEnabled(not listed)
        self.hint.setText(self._listed_hint if listed else self._hint)

    def show_speakers(
        self,
        speakers: tuple[Speaker, ...],
        turns: tuple[PlannedTurn, ...],
        problems: dict[int, list[str]],
        general: list[str],
    ) -> None:
        self.model.show(speakers, turns, problems)
        self._general = general
        show_messages(self.message, self.messages())

    def messages(self) -> list[str]:
        """What is wrong with the speakers but not with one: what was typed first."""
        return ([self.input_error] if self.input_error else []) + self._general

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, SpeakerColumn.PRESENTER))

    # --- edits ---------------------------------------------------------------------------

    def _cell_edited(self, row: int, key: str, text: str) -> None:
        value: object = text
        if key == "duration":
            try:
                value = read_length(text)
            except UnreadableError:
                self.input_error = unreadable(Kind.LENGTH, text)
                self.inputChanged.emit()
                return
            self.input_error = ""
            self.inputChanged.emit()
        self.edited.emit(
            lambda speakers: edited_speaker(speakers, row, **{key: value}),
            self.tr("Edit speaker"),
        )

    def add(self) -> None:
        speakers = list(self.model.speakers)
        current = self.current_row()
        at = current + 1 if current >= 0 else len(speakers)
        speakers.insert(at, Speaker(self.tr("New speaker")))
        self._replace(speakers, self.tr("Add speaker"))
        self.select(at)
        self.view.setFocus()

    def remove(self) -> None:
        at = self.current_row()
        if at < 0:
            return
        speakers = list(self.model.speakers)
        del speakers[at]
        self._replace(speakers, self.tr("Remove speaker"))
        self.select(min(at, len(speakers) - 1))

    def move_by(self, step: int) -> None:
        at = self.current_row()
        if at >= 0:
            self.move_to(at, at + step)

    def move_to(self, source: int, target: int) -> None:
        speakers = self.model.speakers
        if not 0 <= target < len(speakers) or source == target:
            return
        self._replace(moved(speakers, source, target), self.tr("Move speaker"))
        self.select(target)

    def split_evenly(self) -> None:
        self.edited.emit(evened, self.tr("Split evenly"))

    def _replace(self, speakers: Sequence[Speaker], undo: str) -> None:
        self.edited.emit(lambda _before: tuple(speakers), undo)
