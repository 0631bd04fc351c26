"""The agenda editor: a tab beside the console's live agenda, usable while the show runs.

It takes the live agenda's place, so the timer, the status and the messages stay in view.
Layout: the items of the draft at the top (with the start, end and length each gets,
recomputed on every keystroke) and every problem under them, the selected item's fields,
its speakers and the programme's fields in tabs below, and at the bottom the bar that
applies the draft to the show.

When edits reach the show: only with "Apply to show" (or Ctrl+Enter in the editor). The
draft is otherwise the editor's alone, so a key pressed by accident while the show runs
changes nothing on stage; the bar says, in amber, how many changes wait, and the rows
that differ from the show carry a ●. Applying is one EDIT action of the show: journaled,
and undone by the console's Ctrl+Z like any other show action.

Two undo histories, by focus: while the focus is inside the editor, Ctrl+Z and
Ctrl+Shift+Z (Ctrl+Y) undo and redo *edits of the draft* (QUndoStack); anywhere else in
the console, Ctrl+Z is the show's undo. The console's key filter leaves keys typed in the
editor to the editor (only a clicker's PageUp/PageDown still drive the show from here),
and text fields here do not keep an undo of their own: one Ctrl+Z, one history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.edit import (
    Difference,
    UnreadableError,
    change_item,
    change_programme,
    change_speaker,
    change_speakers,
    differences,
    duplicate_item,
    history_rewritten,
    insert_item,
    move_item,
    moved,
    read_length,
    read_time,
    remove_item,
    split_evenly,
)
from emcee.core.agenda.model import (
    Agenda,
    Item,
    ItemKind,
    Shares,
    Speaker,
    TimerStyle,
    default_timer,
)
from emcee.core.agenda.problems import Problem
from emcee.core.agenda.schedule import PhaseKind
from emcee.core.engine.snapshot import ShowState, Snapshot, Status
from emcee.core.timefmt import format_duration, format_time_of_day
from emcee.ui.controller import ShowController
from emcee.ui.editor.document import EditorDocument
from emcee.ui.editor.models import (
    ItemColumn,
    ItemsModel,
    RowMarks,
    SpeakerColumn,
    SpeakersModel,
    speaker_turns,
)
from emcee.ui.i18n import current_language

LENGTH_KEYS = ("duration", "presentation", "discussion", "warning", "final_warning", "minimum")
TEXT_KEYS = ("title", "part", "presenter")
PROGRAMME_TEXT_KEYS = ("title", "subtitle", "venue", "organiser")
PROGRAMME_TIME_KEYS = ("start", "hard_end")
PROGRAMME_LENGTH_KEYS = ("warning", "final_warning")
DEFAULT_ITEM_LENGTH = 10 * 60

# The bar's colours: waiting changes, refused changes, applied. Semi-transparent, so they
# read on light and dark palettes alike.
BAR_STYLES = {
    "same": "",
    "pending": "QFrame#applyBar { background: rgba(255, 193, 7, 90); }",
    "blocked": "QFrame#applyBar { background: rgba(220, 60, 60, 70); }",
    "applied": "QFrame#applyBar { background: rgba(60, 180, 90, 70); }",
}


@dataclass
class Field:
    """One input and, under it, what is wrong with it (hidden while nothing is)."""

    key: str
    widget: QWidget
    message: QLabel
    container: QWidget


class AgendaEditor(QWidget):
    """Edits a draft agenda; applies it to the running show when asked."""

    leaveRequested = Signal()  # Escape: the focus goes back to the show's controls

    def __init__(
        self,
        document: EditorDocument,
        controller: ShowController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = controller
        self.row = -1  # the selected item
        self._source: QWidget | None = None  # the field whose edit is being applied
        self._editing = False  # an edit of this editor is being pushed
        self._force = False  # show the draft in every field, even one being typed in
        self._loading = False
        self._merge_session = 0
        self._input_errors: dict[tuple[str, str], str] = {}  # (scope, key) -> message
        self._live_key: tuple[object, ...] | None = None
        self._applied_note = ""
        self._differences_cache: tuple[tuple[object, ...], list[Difference]] | None = None
        self._conflicts_cache: tuple[tuple[object, ...], list[tuple[int | None, str]]] | None = None
        self._bound: ShowController | None = None  # the controller whose snapshots we follow

        self._build()
        self._build_actions()
        document.changed.connect(self._document_changed)
        self.bind(controller)
        self.retranslate()
        self.refresh(0)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.items_model = ItemsModel(self)
        self.items_model.moveRequested.connect(self.move_item_to)
        self.items = QTableView()
        self.items.setObjectName("editorItems")
        self.items.setModel(self.items_model)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDragDropOverwriteMode(False)
        self.items.setDropIndicatorShown(True)
        self.items.setAlternatingRowColors(True)
        self.items.setWordWrap(False)
        # Fixed sizes, not "resize to contents": with 500 rows that would measure every
        # cell on every keystroke.
        metrics = self.fontMetrics()
        _fixed_rows(self.items)
        _columns(
            self.items,
            {
                ItemColumn.MARK: metrics.horizontalAdvance("▲▶●") + 12,
                ItemColumn.START: metrics.horizontalAdvance("00:00:00") + 12,
                ItemColumn.END: metrics.horizontalAdvance("00:00:00") + 12,
                ItemColumn.LENGTH: metrics.horizontalAdvance("0h00m") + 12,
                ItemColumn.PRESENTER: metrics.horizontalAdvance("M") * 10,
            },
            stretch=ItemColumn.TITLE,
        )
        self.items.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.tool_add = QToolButton()
        self.tool_duplicate = QToolButton()
        self.tool_remove = QToolButton()
        self.tool_up = QToolButton()
        self.tool_down = QToolButton()
        self.tool_undo = QToolButton()
        self.tool_redo = QToolButton()
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.tool_add, self.tool_duplicate, self.tool_remove):
            tools.addWidget(button)
        tools.addSpacing(8)
        tools.addWidget(self.tool_up)
        tools.addWidget(self.tool_down)
        tools.addSpacing(8)
        tools.addWidget(self.tool_undo)
        tools.addWidget(self.tool_redo)
        tools.addStretch(1)
        self.summary = QLabel()
        tools.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.items, 1)
        left_layout.addWidget(self.problems)

        self.tabs = QTabWidget()
        self.item_page = self._build_item_tab()
        self.speakers_page = self._build_speakers_tab()
        self.tabs.addTab(self.item_page, "")
        self.tabs.addTab(self.speakers_page, "")
        self.tabs.addTab(self._build_programme_tab(), "")

        # The items above the fields: the editor sits in the console's agenda pane, which is
        # taller than it is wide.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.bar = QFrame()
        self.bar.setObjectName("applyBar")
        self.bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.bar_text = QLabel()
        self.bar_text.setWordWrap(True)
        self.bar_text.setTextFormat(Qt.TextFormat.PlainText)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert_to_show)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply_to_show)
        bar_layout = QHBoxLayout(self.bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        bar_layout.addWidget(self.bar_text, 1)
        bar_layout.addWidget(self.revert_button)
        bar_layout.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.bar)

    def _field(self, key: str, widget: QWidget) -> Field:
        message = QLabel()
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setStyleSheet("color: #c62828;")
        message.setVisible(False)
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(message)
        return Field(key, widget, message, container)

    def _line(self, key: str, handler: Callable[[str, QLineEdit], None]) -> Field:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.textEdited.connect(lambda text, e=edit: handler(text, e))
        edit.editingFinished.connect(self._end_merging)
        return self._field(key, edit)

    def _build_item_tab(self) -> QWidget:
        self.item_fields: dict[str, Field] = {}
        self.item_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.item_plan = QLabel()
        self.item_plan.setWordWrap(True)
        self.item_message = QLabel()
        self.item_message.setWordWrap(True)
        self.item_message.setStyleSheet("color: #c62828;")
        form.addRow(self.item_plan)
        form.addRow(self.item_message)

        def add(key: str, field: Field) -> None:
            label = QLabel()
            self.item_labels[key] = label
            self.item_fields[key] = field
            form.addRow(label, field.container)

        for key in TEXT_KEYS:
            add(key, self._line(key, partial(self._text_edited, key)))
        self.kind_box = QComboBox()
        self.kind_box.activated.connect(self._kind_chosen)
        add("kind", self._field("kind", self.kind_box))
        add("start", self._line("start", self._start_edited))
        for key in ("duration", "presentation", "discussion"):
            add(key, self._line(key, partial(self._length_edited, key)))
        self.shares_box = QComboBox()
        self.shares_box.activated.connect(self._shares_chosen)
        add("shares", self._field("shares", self.shares_box))
        self.protect_box = QCheckBox()
        self.protect_box.clicked.connect(self._protect_clicked)
        add("protect_discussion", self._field("protect_discussion", self.protect_box))
        self.timer_box = QComboBox()
        self.timer_box.activated.connect(self._timer_chosen)
        add("timer", self._field("timer", self.timer_box))
        for key in ("warning", "final_warning", "minimum"):
            add(key, self._line(key, partial(self._length_edited, key)))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setUndoRedoEnabled(False)  # the editor's undo covers notes too
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.notes_edit.textChanged.connect(self._notes_edited)
        add("notes", self._field("notes", self.notes_edit))

        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.item_scroll = scroll
        return scroll

    def _build_speakers_tab(self) -> QWidget:
        self.speakers_model = SpeakersModel(self)
        self.speakers_model.moveRequested.connect(self.move_speaker_to)
        self.speakers_model.speakerEdited.connect(self._speaker_edited)
        self.speakers = QTableView()
        self.speakers.setObjectName("editorSpeakers")
        self.speakers.setModel(self.speakers_model)
        self.speakers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speakers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.speakers.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.speakers.setDragDropOverwriteMode(False)
        self.speakers.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        metrics = self.fontMetrics()
        _fixed_rows(self.speakers)
        _columns(
            self.speakers,
            {
                SpeakerColumn.PRESENTER: metrics.horizontalAdvance("M") * 8,
                SpeakerColumn.LENGTH: metrics.horizontalAdvance("00m00s") + 16,
                SpeakerColumn.PLANNED: metrics.horizontalAdvance("00:00:00 · 00m00s") + 12,
                SpeakerColumn.NOTES: metrics.horizontalAdvance("M") * 8,
            },
            stretch=SpeakerColumn.TITLE,
        )
        self.speaker_add = QPushButton()
        self.speaker_remove = QPushButton()
        self.speaker_up = QPushButton()
        self.speaker_down = QPushButton()
        self.speaker_even = QPushButton()
        self.speaker_add.clicked.connect(self.add_speaker)
        self.speaker_remove.clicked.connect(self.remove_speaker)
        self.speaker_up.clicked.connect(lambda: self.move_speaker(-1))
        self.speaker_down.clicked.connect(lambda: self.move_speaker(+1))
        self.speaker_even.clicked.connect(self.split_evenly)
        buttons = QHBoxLayout()
        for button in (
            self.speaker_add,
            self.speaker_remove,
            self.speaker_up,
            self.speaker_down,
            self.speaker_even,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.speakers_message = QLabel()
        self.speakers_message.setWordWrap(True)
        self.speakers_message.setStyleSheet("color: #c62828;")
        self.speakers_hint = QLabel()
        self.speakers_hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.speakers_hint)
        layout.addWidget(self.speakers, 1)
        layout.addWidget(self.speakers_message)
        layout.addLayout(buttons)
        return page

    def _build_programme_tab(self) -> QWidget:
        self.programme_fields: dict[str, Field] = {}
        self.programme_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programme_message = QLabel()
        self.programme_message.setWordWrap(True)
        self.programme_message.setStyleSheet("color: #c62828;")
        form.addRow(self.programme_message)

        def add(key: str, field: Field) -> None:
            label = QLabel()
            self.programme_labels[key] = label
            self.programme_fields[key] = field
            form.addRow(label, field.container)

        for key in PROGRAMME_TEXT_KEYS:
            add(
                key,
                self._line(key, partial(self._programme_text_edited, key)),
            )
        add("date", self._line("date", self._programme_date_edited))
        for key in PROGRAMME_TIME_KEYS:
            add(
                key,
                self._line(key, partial(self._programme_time_edited, key)),
            )
        for key in PROGRAMME_LENGTH_KEYS:
            add(
                key,
                self._line(key, partial(self._programme_length_edited, key)),
            )
        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _shortcut(
        self,
        widget: QWidget,
        slot: Callable[[], object],
        keys: list[QKeySequence],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
    ) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        widget.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        stack = self.document.undo_stack
        # Undo and redo of the draft, while the focus is anywhere in the editor.
        self.act_undo = self._shortcut(self, stack.undo, [key("Ctrl+Z")], within)
        self.act_redo = self._shortcut(
            self, stack.redo, [key("Ctrl+Shift+Z"), key("Ctrl+Y")], within
        )
        self.act_apply = self._shortcut(
            self, self.apply_to_show, [key("Ctrl+Return"), key("Ctrl+Enter")], within
        )
        stack.canUndoChanged.connect(self._undo_state)
        stack.canRedoChanged.connect(self._undo_state)
        stack.undoTextChanged.connect(self._undo_state)
        stack.redoTextChanged.connect(self._undo_state)
        # Keys of the item list.
        self.act_add = self._shortcut(self.items, self.add_item, [key("Insert"), key("Ctrl+N")])
        self.act_duplicate = self._shortcut(self.items, self.duplicate_item, [key("Ctrl+D")])
        self.act_remove = self._shortcut(self.items, self.remove_item, [key("Delete")])
        self.act_up = self._shortcut(
            self.items, lambda: self.move_item(-1), [key("Ctrl+Up"), key("Alt+Up")]
        )
        self.act_down = self._shortcut(
            self.items, lambda: self.move_item(+1), [key("Ctrl+Down"), key("Alt+Down")]
        )
        for button, action in (
            (self.tool_add, self.act_add),
            (self.tool_duplicate, self.act_duplicate),
            (self.tool_remove, self.act_remove),
            (self.tool_up, self.act_up),
            (self.tool_down, self.act_down),
            (self.tool_undo, self.act_undo),
            (self.tool_redo, self.act_redo),
        ):
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Keys of the speaker list.
        self._shortcut(self.speakers, self.add_speaker, [key("Insert"), key("Ctrl+N")])
        self._shortcut(self.speakers, self.remove_speaker, [key("Delete")])
        self._shortcut(
            self.speakers, lambda: self.move_speaker(-1), [key("Ctrl+Up"), key("Alt+Up")]
        )
        self._shortcut(
            self.speakers, lambda: self.move_speaker(+1), [key("Ctrl+Down"), key("Alt+Down")]
        )

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.act_add, self.tr("Add"), self.tr("Add an item after the selected one (Insert)")),
            (self.act_duplicate, self.tr("Duplicate"), self.tr("Copy the selected item (Ctrl+D)")),
            (self.act_remove, self.tr("Remove"), self.tr("Remove the selected item (Delete)")),
            (self.act_up, self.tr("Up"), self.tr("Move the selected item up (Ctrl+↑, or drag it)")),
            (
                self.act_down,
                self.tr("Down"),
                self.tr("Move the selected item down (Ctrl+↓, or drag it)"),
            ),
            (
                self.act_apply,
                self.tr("Apply to show"),
                self.tr("Run the show on this version (Ctrl+Enter)"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)
        self._undo_state()
        self.items_model.headers = {
            ItemColumn.MARK: "",
            ItemColumn.START: self.tr("Start"),
            ItemColumn.END: self.tr("End"),
            ItemColumn.LENGTH: self.tr("Length"),
            ItemColumn.TITLE: self.tr("Title"),
            ItemColumn.PRESENTER: self.tr("Presenter"),
        }
        self.items_model.mark_tips = {
            "▲": self.tr("This row has a problem:"),
            "▶": self.tr("Live now"),
            "√": self.tr("Already run"),
            "●": self.tr("Differs from what the show runs (not applied yet)"),
        }
        self.items_model.fixed_tip = self.tr("Fixed start (bold), as written in the agenda")
        self.items_model.follows_tip = self.tr("Starts where the previous item ends")
        self.speakers_model.headers = {
            SpeakerColumn.PRESENTER: self.tr("Presenter"),
            SpeakerColumn.TITLE: self.tr("Title"),
            SpeakerColumn.LENGTH: self.tr("Length"),
            SpeakerColumn.PLANNED: self.tr("Planned"),
            SpeakerColumn.NOTES: self.tr("Notes"),
        }
        self.speakers_model.even_text = self.tr("even share")
        self.speakers_model.length_tip = self.tr(
            "Minutes for this speaker (e.g. 6 or 5m30s); empty: an even share of what is left"
        )
        self.items_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ItemColumn) - 1)
        self.speakers_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(SpeakerColumn) - 1
        )
        labels = {
            "title": self.tr("Title"),
            "part": self.tr("Part"),
            "presenter": self.tr("Presenter"),
            "kind": self.tr("Kind"),
            "start": self.tr("Start"),
            "duration": self.tr("Length"),
            "presentation": self.tr("Presentations"),
            "discussion": self.tr("Discussion"),
            "shares": self.tr("Speakers' shares"),
            "protect_discussion": self.tr("Discussion"),
            "timer": self.tr("Timer"),
            "warning": self.tr("Warning before the end"),
            "final_warning": self.tr("Final warning"),
            "minimum": self.tr("Shortest length"),
            "notes": self.tr("Notes"),
        }
        for key, label in self.item_labels.items():
            label.setText(labels[key])
        self.protect_box.setText(
            self.tr("Keeps its full length (a long presentation delays the item)")
        )
        placeholders = {
            "part": self.tr("e.g. 2부"),
            "presenter": self.tr("person, role or organisation"),
            "warning": self.tr("automatic"),
            "final_warning": self.tr("automatic"),
            "minimum": self.tr("half the length"),
        }
        for key, text in placeholders.items():
            widget = self.item_fields[key].widget
            assert isinstance(widget, QLineEdit)
            widget.setPlaceholderText(text)
        self.notes_edit.setPlaceholderText(
            self.tr("For the moderator; never on the presenter screen")
        )
        self._fill_choices()
        programme_labels = {
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "venue": self.tr("Venue"),
            "organiser": self.tr("Organiser"),
            "date": self.tr("Date"),
            "start": self.tr("Start"),
            "hard_end": self.tr("Must end by"),
            "warning": self.tr("Warning before the end"),
            "final_warning": self.tr("Final warning"),
        }
        for key, label in self.programme_labels.items():
            label.setText(programme_labels[key])
        for key, text in {
            "date": self.tr("YYYY-MM-DD"),
            "start": self.tr("the first item's start"),
            "hard_end": self.tr("no limit"),
            "warning": self.tr("automatic"),
            "final_warning": self.tr("automatic"),
        }.items():
            widget = self.programme_fields[key].widget
            assert isinstance(widget, QLineEdit)
            widget.setPlaceholderText(text)
        self.speaker_add.setText(self.tr("Add speaker"))
        self.speaker_remove.setText(self.tr("Remove"))
        self.speaker_up.setText(self.tr("Up"))
        self.speaker_down.setText(self.tr("Down"))
        self.speaker_even.setText(self.tr("Split evenly"))
        self.speaker_even.setToolTip(self.tr("Forget every speaker's own length: equal shares"))
        self.speakers_hint.setText(
            self.tr(
                "Speakers share the presentations (or the whole item). A length typed for a "
                "speaker is theirs; the others split the rest evenly. Drag rows or use "
                "Ctrl+↑/↓ to reorder."
            )
        )
        self.revert_button.setText(self.tr("Revert to the show's version"))
        self.revert_button.setToolTip(self.tr("Make the draft what the show runs now (undoable)"))
        self.apply_button.setText(self.tr("Apply to show"))
        self.apply_button.setToolTip(self.tr("Run the show on this version (Ctrl+Enter)"))
        self.refresh(-1)

    def _fill_choices(self) -> None:
        self.kind_names = {
            ItemKind.REGISTRATION: self.tr("Registration"),
            ItemKind.OPENING: self.tr("Opening"),
            ItemKind.REPORT: self.tr("Report"),
            ItemKind.TALK: self.tr("Talk"),
            ItemKind.SESSION: self.tr("Session (presentations + discussion)"),
            ItemKind.BREAK: self.tr("Break"),
            ItemKind.CLOSING: self.tr("Closing"),
            ItemKind.OTHER: self.tr("Other"),
        }
        self.timer_names = {
            TimerStyle.COUNTDOWN: self.tr("Count down the time left"),
            TimerStyle.COUNTUP: self.tr("Count up the time used"),
            TimerStyle.CLOCK: self.tr("Show the time of day"),
            TimerStyle.TO_END: self.tr("Count down to the scheduled end"),
        }
        self.shares_names = {
            Shares.EVEN: self.tr("Even: who runs over takes from those still to come"),
            Shares.FIXED: self.tr("Fixed: everyone keeps their planned share"),
        }
        self._loading = True
        self.kind_box.clear()
        for kind, name in self.kind_names.items():
            self.kind_box.addItem(name, kind)
        self.shares_box.clear()
        for shares, name in self.shares_names.items():
            self.shares_box.addItem(name, shares)
        self.timer_box.clear()
        self.timer_box.addItem("", None)  # the kind's default; its text names it
        for style, name in self.timer_names.items():
            self.timer_box.addItem(name, style)
        self._loading = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape that no field used (an open cell editor takes its own) leaves the editor.
        if event.key() == Qt.Key.Key_Escape:
            self._end_merging()
            self.leaveRequested.emit()
            return
        super().keyPressEvent(event)

    def _undo_state(self) -> None:
        stack = self.document.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.act_undo):
            return  # the window is being taken down
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.act_undo.setToolTip(
            self.tr("Undo: %1 (Ctrl+Z in the editor)").replace("%1", undo_text)
            if undo_text
            else self.tr("Undo an edit (Ctrl+Z in the editor)")
        )
        self.act_redo.setToolTip(
            self.tr("Redo: %1 (Ctrl+Shift+Z)").replace("%1", redo_text)
            if redo_text
            else self.tr("Redo an edit (Ctrl+Shift+Z)")
        )

    # --- the show --------------------------------------------------------------------------

    def bind(self, controller: ShowController) -> None:
        """Follow another show (a new agenda was opened)."""
        if self._bound is not None:
            self._bound.snapshotChanged.disconnect(self._on_snapshot)
        self.controller = controller
        self._bound = controller
        controller.snapshotChanged.connect(self._on_snapshot)
        self._live_key = None
        self._conflicts_cache = None
        self.refresh(-1)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        # Marks and conflicts depend on where the show is, not on the ticking seconds.
        key = self._show_key(snapshot)
        if key != self._live_key:
            self._live_key = key
            self.refresh(-1)

    def _show_key(self, snapshot: Snapshot) -> tuple[object, ...]:
        live = snapshot.current.segment.index if snapshot.current is not None else None
        statuses = tuple(view.status for view in snapshot.items)
        return (snapshot.state, live, id(self.controller.schedule), statuses)

    def owns(self, widget: QWidget | None) -> bool:
        """Whether ``widget`` is part of the editor (its keys are the editor's)."""
        return widget is not None and (widget is self or self.isAncestorOf(widget))

    def claims_shortcut(self, event: QKeyEvent, focus: QWidget | None) -> bool:
        """Whether a shortcut override, typed with ``focus`` in the editor, must skip the
        focused field: Ctrl+Z there is the editor's undo, not the text field's own.

        A shortcut override that nobody accepts goes to the shortcut system, where the
        editor's Undo and Redo actions wait; the field never sees the key.
        """
        if not self.owns(focus):
            return False
        pressed = QKeySequence(event.keyCombination())
        undo_keys = (
            QKeySequence(QKeySequence.StandardKey.Undo),
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        )
        return any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in undo_keys)

    def live_agenda(self) -> Agenda:
        return self.controller.schedule.agenda

    def conflicts(self) -> list[tuple[int | None, str]]:
        """Why the draft cannot replace what the show runs now: (row or None, message)."""
        show = self.controller.show
        draft = self.document.agenda
        lang = current_language()
        key = (draft, show.state, lang)  # the objects themselves: ids may be reused
        if self._conflicts_cache is not None and _same(self._conflicts_cache[0], key):
            return self._conflicts_cache[1]
        found: list[tuple[int | None, str]] = []
        state = show.state.show
        if state is ShowState.ENDED:
            found.append((None, Problem("edit_after_end").message(lang)))
        elif state is not ShowState.READY and draft != self.live_agenda():
            live_item = show.segments[show.state.current].item_index
            for number in history_rewritten(self.live_agenda(), draft, live_item):
                title = self.live_agenda().items[number - 1].title
                found.append(
                    (
                        number - 1,
                        self.tr(
                            "Item %1 '%2' has run or is live: during the show, nothing can be "
                            "added, removed or moved up to the live item."
                        )
                        .replace("%1", str(number))
                        .replace("%2", title),
                    )
                )
            if not found and self.document.check.ok:
                for problem in show.edit_problems(draft):
                    row = problem.item - 1 if problem.item is not None else None
                    found.append((row, problem.describe(lang)))
        self._conflicts_cache = (key, found)
        return found

    def differences(self) -> list[Difference]:
        """What the draft changes in the show's agenda (kept while neither changes)."""
        live, draft = self.live_agenda(), self.document.agenda
        key = (live, draft)
        if self._differences_cache is None or not _same(self._differences_cache[0], key):
            self._differences_cache = (key, differences(live, draft))
        return self._differences_cache[1]

    def apply_to_show(self) -> bool:
        """Run the show on the draft now, if it can; says why not otherwise."""
        draft = self.document.agenda
        if draft == self.live_agenda() or not self.document.check.ok or self.conflicts():
            self.refresh(-1)
            return False
        action = self.controller.edit(draft)
        if action is None:
            self.refresh(-1)
            return False
        now = self.controller.clock.now()
        self._applied_note = self.tr(
            "Applied to the show at %1. Ctrl+Z outside the editor takes it back."
        ).replace("%1", now.strftime("%H:%M"))
        self.refresh(-1)
        return True

    def revert_to_show(self) -> None:
        self.document.edit(self.live_agenda(), self.tr("Revert to the show's version"))

    # --- showing the draft -----------------------------------------------------------------

    def _document_changed(self, focus: int) -> None:
        # A change that did not come from typing here (undo, redo, revert, another file)
        # rewrites every field, including the one with the cursor and unfinished text.
        external = not self._editing
        if external:
            self._input_errors.clear()
        self._force = external
        try:
            self.refresh(focus)
        finally:
            self._force = False

    def refresh(self, focus: int = -1) -> None:
        """Show the draft as it is now; ``focus`` is the item to select (-1: keep)."""
        agenda = self.document.agenda
        check = self.document.check
        lang = current_language()
        count = len(agenda.items)
        row = focus if focus >= 0 else self.row
        row = min(row, count - 1) if count else -1

        marks = RowMarks()
        for problem in check.problems:
            if problem.item is not None and problem.item <= count:
                marks.problems.setdefault(problem.item - 1, []).append(problem.message(lang))
        conflicts = self.conflicts()
        for conflict_row, message in conflicts:
            if conflict_row is not None and conflict_row < count:
                marks.problems.setdefault(conflict_row, []).append(message)
        snapshot = self.controller.snapshot
        if snapshot.state is not ShowState.READY:
            for view in snapshot.items:
                if view.status is Status.LIVE:
                    marks.live = view.index
                elif view.status is Status.DONE:
                    marks.done.add(view.index)
        for difference in self.differences():
            if difference.what != "removed" and difference.number > 0:
                marks.pending.add(difference.number - 1)

        self.items_model.show(agenda, check, marks)
        if row != self.row or self.items.currentIndex().row() != row:
            self.row = row
            self._select_row(row)
        self._show_item()
        self._show_programme()
        self._show_problems(conflicts)
        self._show_bar(conflicts)
        self._show_summary()

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.items_model.index(row, ItemColumn.TITLE)
        selection = self.items.selectionModel()
        selection.blockSignals(True)
        self.items.setCurrentIndex(index)
        selection.blockSignals(False)
        self.items.scrollTo(index)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.row() != self.row:
            self.row = current.row()
            self._input_errors = {k: v for k, v in self._input_errors.items() if k[0] != "item"}
            self._end_merging()
            self._show_item()

    def _put_text(
        self, edit: QLineEdit, value: object, show: Callable[[object], str] = str
    ) -> None:
        """Show ``value`` in ``edit``, unless the person is typing there and what they typed
        already says it ("3" for 3m) or is not finished ("13:"): the cursor stays put."""
        text = show(value)
        if edit.text() == text or (edit is self._source and not self._force):
            return
        if edit.hasFocus() and not self._force:
            reader = FIELD_READERS.get(edit.objectName(), str)
            try:
                if reader(edit.text()) == value:
                    return
            except (UnreadableError, ValueError):
                return
        edit.setText(text)
        edit.setCursorPosition(0)  # a long title shows its beginning

    def _show_item(self) -> None:
        agenda = self.document.agenda
        check = self.document.check
        lang = current_language()
        has_item = 0 <= self.row < len(agenda.items)
        self.item_page.setEnabled(has_item)
        self.speakers_page.setEnabled(has_item)
        self.act_duplicate.setEnabled(has_item)
        self.act_remove.setEnabled(has_item and len(agenda.items) > 1)
        self.act_up.setEnabled(has_item and self.row > 0)
        self.act_down.setEnabled(has_item and self.row < len(agenda.items) - 1)
        if not has_item:
            return
        item = agenda.items[self.row]
        number = self.row + 1
        self._loading = True
        try:
            for key in TEXT_KEYS:
                edit = self.item_fields[key].widget
                assert isinstance(edit, QLineEdit)
                self._put_text(edit, getattr(item, key))
            start = self.item_fields["start"].widget
            assert isinstance(start, QLineEdit)
            self._put_text(start, item.start, _time_text)
            for key in LENGTH_KEYS:
                edit = self.item_fields[key].widget
                assert isinstance(edit, QLineEdit)
                value = getattr(item, key)
                self._put_text(edit, value, _length_text)
            self.kind_box.setCurrentIndex(self.kind_box.findData(item.kind))
            self.shares_box.setCurrentIndex(self.shares_box.findData(item.shares))
            self.protect_box.setChecked(item.protect_discussion)
            self.timer_box.setItemText(
                0,
                self.tr("As for the kind: %1").replace(
                    "%1", self.timer_names[default_timer(item.kind)]
                ),
            )
            self.timer_box.setCurrentIndex(
                0 if item.timer is None else self.timer_box.findData(item.timer)
            )
            notes = self.notes_edit
            if notes.toPlainText() != item.notes and (
                self._force or (notes is not self._source and not notes.hasFocus())
            ):
                notes.setPlainText(item.notes)
        finally:
            self._loading = False
        self._show_derived(item, check.times[self.row] if self.row < len(check.times) else None)

        # Each problem beside the field it is about; the rest above the fields.
        by_key: dict[str, list[str]] = {}
        general: list[str] = []
        speaker_problems: dict[int, list[str]] = {}
        speakers_general: list[str] = []
        for problem in check.problems:
            if problem.item != number:
                continue
            message = problem.message(lang)
            if problem.speaker is not None:
                speaker_problems.setdefault(problem.speaker - 1, []).append(message)
            elif problem.key == "speakers":
                speakers_general.append(message)
            elif problem.key in self.item_fields:
                by_key.setdefault(problem.key, []).append(message)
            else:
                general.append(message)
        for conflict_row, message in self.conflicts():
            if conflict_row == self.row:
                general.append(message)
        for (scope, key), message in self._input_errors.items():
            if scope == "item":
                by_key.setdefault(key, []).insert(0, message)
            elif scope == "speakers":
                speakers_general.insert(0, message)
        for key, field in self.item_fields.items():
            _show_message(field.message, by_key.get(key, []))
        _show_message(self.item_message, general)
        self.speakers_model.show(item.speakers, speaker_turns(check, self.row), speaker_problems)
        _show_message(self.speakers_message, speakers_general)
        # Fields that mean nothing for this item stay out of the way.
        has_phases_or_session = item.has_phases or item.kind is ItemKind.SESSION
        for key in ("presentation", "discussion", "protect_discussion"):
            self.item_fields[key].container.setVisible(has_phases_or_session)
            self.item_labels[key].setVisible(has_phases_or_session)
        self.item_fields["shares"].container.setVisible(len(item.speakers) > 1)
        self.item_labels["shares"].setVisible(len(item.speakers) > 1)
        item_flag = " ▲" if general or by_key else ""
        speakers_flag = " ▲" if speaker_problems or speakers_general else ""
        self.tabs.setTabText(0, self.tr("Item %1").replace("%1", str(number)) + item_flag)
        self.tabs.setTabText(
            1, self.tr("Speakers (%1)").replace("%1", str(len(item.speakers))) + speakers_flag
        )

    def _show_derived(self, item: Item, times: tuple[int, int] | None) -> None:
        """Placeholders and the plan line say what the empty fields come to."""
        start = self.item_fields["start"].widget
        duration = self.item_fields["duration"].widget
        assert isinstance(start, QLineEdit) and isinstance(duration, QLineEdit)
        if times is None:
            start.setPlaceholderText(self.tr("after the previous item"))
            duration.setPlaceholderText(self.tr("until the next start"))
            self.item_plan.setText(self.tr("Planned: cannot be worked out yet (see below)."))
            return
        begin, end = times
        start.setPlaceholderText(
            self.tr("%1 (after the previous item)").replace("%1", format_time_of_day(begin))
        )
        duration.setPlaceholderText(
            self.tr("%1 (worked out)").replace("%1", format_duration(end - begin))
        )
        parts = [
            self.tr("Planned %1–%2 (%3)")
            .replace("%1", format_time_of_day(begin))
            .replace("%2", format_time_of_day(end))
            .replace("%3", format_duration(end - begin))
        ]
        schedule = self.document.check.schedule
        if schedule is not None and self.row < len(schedule.items):
            names = {
                PhaseKind.PRESENTATION: self.tr("presentations"),
                PhaseKind.DISCUSSION: self.tr("discussion"),
            }
            for phase in schedule.items[self.row].phases:
                if phase.kind in names:
                    parts.append(
                        f"{names[phase.kind]} {format_time_of_day(phase.start)}–"
                        f"{format_time_of_day(phase.end)} ({format_duration(phase.duration)})"
                    )
            for key in ("presentation", "discussion"):
                edit = self.item_fields[key].widget
                assert isinstance(edit, QLineEdit)
                found = next(
                    (p for p in schedule.items[self.row].phases if p.kind.value == key), None
                )
                edit.setPlaceholderText(
                    self.tr("%1 (the rest)").replace("%1", format_duration(found.duration))
                    if found is not None
                    else self.tr("none")
                )
        self.item_plan.setText(" · ".join(parts))

    def _show_programme(self) -> None:
        programme = self.document.agenda.programme
        lang = current_language()
        self._loading = True
        try:
            for key in PROGRAMME_TEXT_KEYS:
                edit = self.programme_fields[key].widget
                assert isinstance(edit, QLineEdit)
                self._put_text(edit, getattr(programme, key))
            date = self.programme_fields["date"].widget
            assert isinstance(date, QLineEdit)
            self._put_text(date, programme.date, _date_text)
            for key in PROGRAMME_TIME_KEYS:
                edit = self.programme_fields[key].widget
                assert isinstance(edit, QLineEdit)
                value = getattr(programme, key)
                self._put_text(edit, value, _time_text)
            for key in PROGRAMME_LENGTH_KEYS:
                edit = self.programme_fields[key].widget
                assert isinstance(edit, QLineEdit)
                value = getattr(programme, key)
                self._put_text(edit, value, _length_text)
        finally:
            self._loading = False
        by_key: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in self.document.check.problems:
            if problem.item is not None:
                continue
            if problem.key in self.programme_fields:
                by_key.setdefault(problem.key, []).append(problem.message(lang))
            else:
                general.append(problem.message(lang))
        for (scope, key), message in self._input_errors.items():
            if scope == "programme":
                by_key.setdefault(key, []).insert(0, message)
        for key, field in self.programme_fields.items():
            _show_message(field.message, by_key.get(key, []))
        _show_message(self.programme_message, general)
        flag = " ▲" if by_key or general else ""
        self.tabs.setTabText(2, self.tr("Programme") + flag)

    def _show_problems(self, conflicts: list[tuple[int | None, str]]) -> None:
        lang = current_language()
        check = self.document.check
        self.problems.clear()
        entries: list[tuple[str, int | None, bool]] = []
        for problem in check.problems:
            entries.append((problem.describe(lang), problem.item, True))
        for row, message in conflicts:
            entries.append((message, row + 1 if row is not None else None, True))
        for note in check.notes:
            entries.append((note.describe(lang), note.item, False))
        for text, number, error in entries:
            entry = QListWidgetItem(("▲ " if error else "ⓘ ") + text)
            entry.setData(Qt.ItemDataRole.UserRole, number)
            if not error:
                entry.setForeground(self.palette().placeholderText())
            self.problems.addItem(entry)
        self.problems.setVisible(bool(entries))

    def _problem_chosen(self, entry: QListWidgetItem) -> None:
        number = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(number, int) and 0 < number <= len(self.document.agenda.items):
            self.row = number - 1
            self._select_row(self.row)
            self._show_item()
            self.tabs.setCurrentIndex(0)
            shown = [f for f in self.item_fields.values() if f.message.isVisibleTo(self)]
            if shown:
                self.item_scroll.ensureWidgetVisible(shown[0].container)
        elif number is None:
            self.tabs.setCurrentIndex(2)

    def _show_bar(self, conflicts: list[tuple[int | None, str]]) -> None:
        draft = self.document.agenda
        live = self.live_agenda()
        if draft == live:
            state = "applied" if self._applied_note else "same"
            text = self._applied_note or self.tr("The show runs this version of the agenda.")
            can_apply = False
        else:
            self._applied_note = ""
            found = self.differences()
            changes = self.tr("Not applied to the show yet (%1)").replace("%1", str(len(found)))
            if conflicts:  # first: no fixing of the draft makes these possible
                state = "blocked"
                text = (
                    changes
                    + ": "
                    + self.tr("the show cannot take them now.")
                    + " "
                    + conflicts[0][1]
                )
                can_apply = False
            elif not self.document.check.ok:
                state = "blocked"
                text = changes + ": " + self.tr("fix the problems first (▲).")
                can_apply = False
            else:
                state = "pending"
                text = changes + ": " + "; ".join(self.describe(d) for d in found[:4])
                if len(found) > 4:
                    text += " …"
                can_apply = True
            self.bar_text.setToolTip("\n".join(self.describe(d) for d in found))
        self.bar.setStyleSheet(BAR_STYLES[state])
        self.bar_text.setText(text)
        self.apply_button.setEnabled(can_apply)
        self.act_apply.setEnabled(can_apply)
        self.revert_button.setEnabled(draft != live)

    def describe(self, difference: Difference) -> str:
        """One difference between the show's agenda and the draft, in words."""
        title = _short(difference.title)
        number = str(difference.number)
        if difference.what == "programme":
            return self.tr("programme changed")
        if difference.what == "added":
            return self.tr("%1. '%2' added").replace("%1", number).replace("%2", title)
        if difference.what == "removed":
            return self.tr("'%2' removed").replace("%2", title)
        if difference.what == "moved":
            return self.tr("'%2' moved to %1").replace("%1", number).replace("%2", title)
        return self.tr("%1. '%2' changed").replace("%1", number).replace("%2", title)

    def _show_summary(self) -> None:
        agenda = self.document.agenda
        check = self.document.check
        known = [t for t in check.times if t is not None]
        if check.schedule is not None and known:
            start, end = known[0][0], known[-1][1]
            text = (
                self.tr("%1 items · %2–%3")
                .replace("%1", str(len(agenda.items)))
                .replace("%2", format_time_of_day(start))
                .replace("%3", format_time_of_day(end))
            )
        else:
            text = self.tr("%1 items").replace("%1", str(len(agenda.items)))
        if check.problems:
            text += " · " + self.tr("problems: %1").replace("%1", str(len(check.problems)))
        self.summary.setText(text)

    # --- edits of the selected item --------------------------------------------------------

    def _end_merging(self) -> None:
        self.document.end_merging()
        self._merge_session += 1

    def _edit(
        self,
        after: Agenda,
        text: str,
        source: QWidget | None = None,
        merge_key: str | None = None,
        focus: int = -1,
    ) -> None:
        merge = (merge_key, self.row, self._merge_session) if merge_key else None
        before_row = self.row
        self._source = source
        self._editing = True
        try:
            self.document.edit(
                after, text, merge, (before_row, focus if focus >= 0 else before_row)
            )
        finally:
            self._source = None
            self._editing = False

    def _text_edited(self, key: str, text: str, edit: QLineEdit) -> None:
        if self._loading or self.row < 0:
            return
        after = change_item(self.document.agenda, self.row, **{key: text})
        label = self.item_labels[key].text()
        self._edit(after, self.tr("Edit %1").replace("%1", label), edit, key)

    def _notes_edited(self) -> None:
        if self._loading or self.row < 0:
            return
        after = change_item(self.document.agenda, self.row, notes=self.notes_edit.toPlainText())
        self._edit(after, self.tr("Edit notes"), self.notes_edit, "notes")

    def _read_into(
        self,
        scope: str,
        key: str,
        text: str,
        reader: Callable[[str], int | None],
        bad: str,
    ) -> tuple[bool, int | None]:
        """What ``text`` says; on unreadable text, notes ``bad`` beside the field."""
        try:
            value = reader(text)
        except UnreadableError:
            self._input_errors[(scope, key)] = bad.replace("%1", text.strip())
            if scope == "programme":
                self._show_programme()
            else:
                self._show_item()
            return False, None
        self._input_errors.pop((scope, key), None)
        return True, value

    def _length_edited(self, key: str, text: str, edit: QLineEdit) -> None:
        if self._loading or self.row < 0:
            return
        ok, value = self._read_into("item", key, text, read_length, self._bad_length())
        if not ok:
            return
        after = change_item(self.document.agenda, self.row, **{key: value})
        if after == self.document.agenda:
            self._show_item()  # the error note went away
        label = self.item_labels[key].text()
        self._edit(after, self.tr("Edit %1").replace("%1", label), edit, key)

    def _start_edited(self, text: str, edit: QLineEdit) -> None:
        if self._loading or self.row < 0:
            return
        ok, value = self._read_into("item", "start", text, read_time, self._bad_time())
        if not ok:
            return
        after = change_item(self.document.agenda, self.row, start=value)
        if after == self.document.agenda:
            self._show_item()
        self._edit(after, self.tr("Edit start"), edit, "start")

    def _bad_length(self) -> str:
        return self.tr("'%1' is not a length: write minutes (35) or e.g. 4m30s.")

    def _bad_time(self) -> str:
        return self.tr("'%1' is not a time of day: write e.g. 13:05.")

    def _kind_chosen(self, index: int) -> None:
        if self._loading or self.row < 0:
            return
        kind = self.kind_box.itemData(index)
        after = change_item(self.document.agenda, self.row, kind=ItemKind(kind))
        self._edit(after, self.tr("Change kind"))

    def _shares_chosen(self, index: int) -> None:
        if self._loading or self.row < 0:
            return
        shares = Shares(self.shares_box.itemData(index))
        self._edit(
            change_item(self.document.agenda, self.row, shares=shares), self.tr("Change shares")
        )

    def _protect_clicked(self, checked: bool) -> None:
        if self._loading or self.row < 0:
            return
        after = change_item(self.document.agenda, self.row, protect_discussion=checked)
        self._edit(after, self.tr("Change discussion"))

    def _timer_chosen(self, index: int) -> None:
        if self._loading or self.row < 0:
            return
        data = self.timer_box.itemData(index)
        timer = TimerStyle(data) if data is not None else None
        self._edit(
            change_item(self.document.agenda, self.row, timer=timer), self.tr("Change timer")
        )

    # --- items -----------------------------------------------------------------------------

    def add_item(self) -> None:
        agenda = self.document.agenda
        row = self.row + 1 if self.row >= 0 else len(agenda.items)
        item = Item(self.tr("New item"), duration=DEFAULT_ITEM_LENGTH)
        self._edit(insert_item(agenda, row, item), self.tr("Add item"), focus=row)
        title = self.item_fields["title"].widget
        self.tabs.setCurrentIndex(0)
        title.setFocus()
        assert isinstance(title, QLineEdit)
        title.selectAll()

    def duplicate_item(self) -> None:
        if self.row < 0:
            return
        after = duplicate_item(self.document.agenda, self.row)
        self._edit(after, self.tr("Duplicate item"), focus=self.row + 1)

    def remove_item(self) -> None:
        agenda = self.document.agenda
        if self.row < 0 or len(agenda.items) <= 1:
            return  # an agenda has at least one item
        row = self.row
        self._edit(
            remove_item(agenda, row),
            self.tr("Remove item"),
            focus=min(row, len(agenda.items) - 2),
        )

    def move_item(self, step: int) -> None:
        target = self.row + step
        if self.row < 0 or not 0 <= target < len(self.document.agenda.items):
            return
        self.move_item_to(self.row, target)

    def move_item_to(self, source: int, target: int) -> None:
        self.row = source
        after = move_item(self.document.agenda, source, target)
        self._edit(after, self.tr("Move item"), focus=target)
        self.items.setFocus()

    # --- speakers --------------------------------------------------------------------------

    def _speaker_row(self) -> int:
        index = self.speakers.currentIndex()
        return index.row() if index.isValid() else -1

    def _select_speaker(self, row: int) -> None:
        if 0 <= row < self.speakers_model.rowCount():
            self.speakers.setCurrentIndex(self.speakers_model.index(row, SpeakerColumn.PRESENTER))

    def _speaker_edited(self, row: int, key: str, text: str) -> None:
        if self.row < 0:
            return
        agenda = self.document.agenda
        if key == "duration":
            ok, value = self._read_into(
                "speakers", "duration", text, read_length, self._bad_length()
            )
            if not ok:
                return
            self._show_item()
            after = change_speaker(agenda, self.row, row, duration=value)
        else:
            after = change_speaker(agenda, self.row, row, **{key: text})
        self._edit(after, self.tr("Edit speaker"))

    def add_speaker(self) -> None:
        if self.row < 0:
            return
        speakers = list(self.document.agenda.items[self.row].speakers)
        at = self._speaker_row() + 1 if self._speaker_row() >= 0 else len(speakers)
        speakers.insert(at, Speaker(self.tr("New speaker")))
        self._edit(
            change_speakers(self.document.agenda, self.row, speakers), self.tr("Add speaker")
        )
        self._select_speaker(at)
        self.speakers.setFocus()

    def remove_speaker(self) -> None:
        at = self._speaker_row()
        if self.row < 0 or at < 0:
            return
        speakers = list(self.document.agenda.items[self.row].speakers)
        del speakers[at]
        self._edit(
            change_speakers(self.document.agenda, self.row, speakers), self.tr("Remove speaker")
        )
        self._select_speaker(min(at, len(speakers) - 1))

    def move_speaker(self, step: int) -> None:
        at = self._speaker_row()
        if self.row >= 0 and at >= 0:
            self.move_speaker_to(at, at + step)

    def move_speaker_to(self, source: int, target: int) -> None:
        speakers = self.document.agenda.items[self.row].speakers
        if not 0 <= target < len(speakers) or source == target:
            return
        after = change_speakers(self.document.agenda, self.row, moved(speakers, source, target))
        self._edit(after, self.tr("Move speaker"))
        self._select_speaker(target)

    def split_evenly(self) -> None:
        if self.row >= 0:
            self._edit(split_evenly(self.document.agenda, self.row), self.tr("Split evenly"))

    # --- programme -------------------------------------------------------------------------

    def _programme_text_edited(self, key: str, text: str, edit: QLineEdit) -> None:
        if self._loading:
            return
        after = change_programme(self.document.agenda, **{key: text})
        label = self.programme_labels[key].text()
        self._edit(after, self.tr("Edit %1").replace("%1", label), edit, "programme-" + key)

    def _programme_date_edited(self, text: str, edit: QLineEdit) -> None:
        if self._loading:
            return
        text = text.strip()
        try:
            date = dt.date.fromisoformat(text) if text else None
        except ValueError:
            self._input_errors[("programme", "date")] = self.tr(
                "'%1' is not a date: write e.g. 2023-06-23."
            ).replace("%1", text)
            self._show_programme()
            return
        self._input_errors.pop(("programme", "date"), None)
        after = change_programme(self.document.agenda, date=date)
        if after == self.document.agenda:
            self._show_programme()
        self._edit(after, self.tr("Edit date"), edit, "programme-date")

    def _programme_time_edited(self, key: str, text: str, edit: QLineEdit) -> None:
        if self._loading:
            return
        ok, value = self._read_into("programme", key, text, read_time, self._bad_time())
        if not ok:
            return
        after = change_programme(self.document.agenda, **{key: value})
        if after == self.document.agenda:
            self._show_programme()
        label = self.programme_labels[key].text()
        self._edit(after, self.tr("Edit %1").replace("%1", label), edit, "programme-" + key)

    def _programme_length_edited(self, key: str, text: str, edit: QLineEdit) -> None:
        if self._loading:
            return
        ok, value = self._read_into("programme", key, text, read_length, self._bad_length())
        if not ok:
            return
        after = change_programme(self.document.agenda, **{key: value})
        if after == self.document.agenda:
            self._show_programme()
        label = self.programme_labels[key].text()
        self._edit(after, self.tr("Edit %1").replace("%1", label), edit, "programme-" + key)


def _time_text(value: object) -> str:
    return format_time_of_day(value) if isinstance(value, int) else ""


def _length_text(value: object) -> str:
    return format_duration(value) if isinstance(value, int) else ""


def _date_text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else ""


def _read_date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text.strip()) if text.strip() else None


# How the text of each field (by object name) reads as a value.
FIELD_READERS: dict[str, Callable[[str], object]] = {
    **dict.fromkeys(LENGTH_KEYS, read_length),
    "start": read_time,
    "hard_end": read_time,
    "date": _read_date,
}


def _fixed_rows(table: QTableView) -> None:
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 6)


def _columns(table: QTableView, widths: dict[int, int], stretch: int) -> None:
    header = table.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """The same objects (not equal ones): a cache key that holds what it stands for."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def _show_message(label: QLabel, messages: list[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


def _short(title: str, limit: int = 24) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class AgendaTabs(QTabWidget):
    """The console's agenda pane: the live agenda, and the editor in a tab beside it.

    The editor takes the live agenda's place, never the timer's: the timer, the status line
    and the messages keep their place and size while the agenda is edited (the editor's
    own rows show what is live and what has run).
    """

    def __init__(self, live: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaTabs")
        self.setDocumentMode(True)
        self.live = live
        self.editor: AgendaEditor | None = None
        self.document: EditorDocument | None = None
        self._make_editor: Callable[[], AgendaEditor] | None = None
        self.addTab(live, "")
        self.act_edit = QAction(self)
        self.act_edit.setCheckable(True)
        self.act_edit.setShortcut(QKeySequence("Ctrl+E"))
        self.act_edit.triggered.connect(self._toggle)
        self.currentChanged.connect(self._current_changed)
        self.retitle()

    def set_editor(self, document: EditorDocument, make: Callable[[], AgendaEditor]) -> None:
        """The editor's tab; ``make`` builds the editor the first time it is needed, so the
        console's first frame does not wait for it (a plain widget holds its place)."""
        self.document = document
        self._make_editor = make
        self.addTab(QWidget(), "")
        document.fileChanged.connect(self.retitle)
        self.retitle()

    def built_editor(self) -> AgendaEditor:
        """The editor, built now if it was not yet."""
        if self.editor is None:
            assert self._make_editor is not None, "set_editor first"
            editor = self._make_editor()
            self.editor = editor
            showing = self.currentIndex() == 1
            placeholder = self.widget(1)
            self.removeTab(1)
            if placeholder is not None:
                placeholder.deleteLater()
            self.insertTab(1, editor, "")
            editor.leaveRequested.connect(self.show_live)
            self.retitle()
            if showing:
                self.setCurrentIndex(1)
        return self.editor

    def reveal(self) -> None:
        """Show the editor, with the focus in its item list."""
        if self._make_editor is not None:
            editor = self.built_editor()
            self.setCurrentWidget(editor)
            editor.items.setFocus()

    def show_live(self) -> None:
        """Back to the live agenda, whose keys drive the show."""
        self.setCurrentWidget(self.live)
        self.live.setFocus()

    def editing(self) -> bool:
        return self.editor is not None and self.currentWidget() is self.editor

    def _toggle(self, checked: bool) -> None:
        if checked:
            self.reveal()
        else:
            self.show_live()

    def _current_changed(self, index: int) -> None:
        if index == 1 and self.editor is None and self._make_editor is not None:
            self.built_editor()  # its tab was clicked: the editor takes its place
        self.act_edit.setChecked(self.editing())

    def editor_title(self) -> str:
        return self.tabText(1) if self.document is not None else ""

    def retitle(self) -> None:
        self.setTabText(0, self.tr("Live agenda"))
        self.act_edit.setText(self.tr("Edit agenda"))
        self.act_edit.setStatusTip(self.tr("Edit the agenda beside the timer; the show goes on"))
        document = self.document
        if document is None:
            return
        name = document.path.name if document.path is not None else self.tr("not saved to a file")
        mark = " *" if document.modified else ""
        self.setTabText(1, self.tr("Edit agenda — %1").replace("%1", name) + mark)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retitle()
        super().changeEvent(event)
