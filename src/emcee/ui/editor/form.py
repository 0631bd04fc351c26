"""A form built from a table of fields: each row names the value it edits, the kind of
input, its label and placeholder; the kind decides the widget, how typed text is read and
what is said when it cannot be. Under each input, what is wrong with it.

The form shows values and problems and reports edits (``edited``); it changes nothing
itself. The editor's item and programme tabs are two tables of the same form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.edit import UnreadableError, read_date, read_length, read_time
from emcee.core.texts import QT_TRANSLATE_NOOP
from emcee.core.timefmt import format_time_of_day
from emcee.ui.agenda_model import length_text

CONTEXT = "AgendaEditor"  # the translation context of the editor's words (its .ts file)


def translate(text: str) -> str:
    """``text``, marked with QT_TRANSLATE_NOOP("AgendaEditor", ...), in the language shown."""
    return QCoreApplication.translate(CONTEXT, text)


class Kind(Enum):
    TEXT = auto()  # a line of text, kept as typed
    TIME = auto()  # a time of day: "13:05"
    LENGTH = auto()  # a length: "35" (minutes), "4m30s"
    DATE = auto()  # "2023-06-23"
    NOTES = auto()  # several lines of text
    CHOICE = auto()  # one of ``choices``
    FLAG = auto()  # a check box


@dataclass(frozen=True)
class FieldSpec:
    """One row of a form. Texts are English, marked in CONTEXT; translated where shown."""

    key: str  # the attribute of the item or programme it edits
    kind: Kind
    label: str
    placeholder: str = ""
    undo: str = ""  # the name of its undo step; "" gives "Edit <label>"
    choices: tuple[tuple[object, str], ...] = ()  # CHOICE: (value, name)
    unset: bool = False  # CHOICE: a first entry for "not given" (None); the editor names it
    check_text: str = ""  # FLAG: the text beside the box


# How the text of each kind of field is read, shown, and refused.
READERS: dict[Kind, Callable[[str], object]] = {
    Kind.TIME: read_time,
    Kind.LENGTH: read_length,
    Kind.DATE: read_date,
}
UNREADABLE = {
    Kind.TIME: QT_TRANSLATE_NOOP("AgendaEditor", "'%1' is not a time of day: write e.g. 13:05."),
    Kind.LENGTH: QT_TRANSLATE_NOOP(
        "AgendaEditor", "'%1' is not a length: write minutes (35) or e.g. 4:30."
    ),
    Kind.DATE: QT_TRANSLATE_NOOP("AgendaEditor", "'%1' is not a date: write e.g. 2023-06-23."),
}


def unreadable(kind: Kind, text: str) -> str:
    """What is said beside a field of ``kind`` whose ``text`` cannot be read."""
    return translate(UNREADABLE[kind]).replace("%1", text.strip())


def shown_text(kind: Kind, value: object) -> str:
    """A value as its field shows it."""
    if kind is Kind.TIME:
        return format_time_of_day(value) if isinstance(value, int) else ""
    if kind is Kind.LENGTH:
        return length_text(value) if isinstance(value, int) else ""
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else ""
    return str(value)


@dataclass
class Field:
    """One input, its label and, under it, what is wrong with it (hidden while nothing is)."""

    spec: FieldSpec
    widget: QWidget
    label: QLabel
    message: QLabel
    container: QWidget


def show_messages(label: QLabel, messages: Sequence[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #c62828;")
    return label


class Form(QScrollArea):
    """The fields of one table, in a scrolling form with a line of problems above them."""

    # key, value, the input typed in (None for a choice or a check box)
    edited = Signal(str, object, object)
    typingFinished = Signal()  # the focus left a line: the next edit is a new undo step

    def __init__(
        self,
        specs: Sequence[FieldSpec],
        above: Sequence[QWidget] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.fields: dict[str, Field] = {}
        self.input_errors: dict[str, str] = {}  # key -> why what was typed cannot be read
        self._problems: tuple[Mapping[str, list[str]], list[str]] = ({}, [])
        self._loading = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for widget in above:
            form.addRow(widget)
        self.message = problem_label()  # what is wrong but not with one field
        form.addRow(self.message)
        for spec in specs:
            field = self._make(spec)
            self.fields[spec.key] = field
            form.addRow(field.label, field.container)
        page = QWidget()
        page.setLayout(form)
        self.setWidget(page)

    def _make(self, spec: FieldSpec) -> Field:
        widget: QWidget
        if spec.kind is Kind.CHOICE:
            choice = QComboBox()
            choice.activated.connect(lambda index, s=spec: self._chosen(s, index))
            widget = choice
        elif spec.kind is Kind.FLAG:
            check = QCheckBox()
            check.clicked.connect(lambda checked, s=spec: self._report(s.key, checked, None))
            widget = check
        elif spec.kind is Kind.NOTES:
            notes = QPlainTextEdit()
            notes.setTabChangesFocus(True)
            notes.setUndoRedoEnabled(False)  # the editor's undo covers notes too
            notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 12)
            notes.textChanged.connect(
                lambda s=spec, n=notes: self._report(s.key, n.toPlainText(), n)
            )
            widget = notes
        else:
            edit = QLineEdit()
            edit.textEdited.connect(lambda text, s=spec, e=edit: self._typed(s, text, e))
            edit.editingFinished.connect(self.typingFinished)
            widget = edit
        widget.setObjectName(spec.key)
        message = problem_label()
        message.setVisible(False)
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(message)
        return Field(spec, widget, QLabel(), message, container)

    # --- words ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._loading = True
        try:
            for field in self.fields.values():
                spec, widget = field.spec, field.widget
                field.label.setText(translate(spec.label))
                if isinstance(widget, QLineEdit | QPlainTextEdit) and spec.placeholder:
                    widget.setPlaceholderText(translate(spec.placeholder))
                elif isinstance(widget, QCheckBox):
                    widget.setText(translate(spec.check_text))
                elif isinstance(widget, QComboBox):
                    widget.clear()
                    if spec.unset:
                        widget.addItem("")  # named by the editor: it depends on the item
                    for _value, name in spec.choices:
                        widget.addItem(translate(name))
        finally:
            self._loading = False

    def label_text(self, key: str) -> str:
        return self.fields[key].label.text()

    def undo_text(self, key: str) -> str:
        """The name of the undo step of an edit of ``key``."""
        spec = self.fields[key].spec
        if spec.undo:
            return translate(spec.undo)
        edit = QCoreApplication.translate("AgendaEditor", "Edit %1")
        return edit.replace("%1", self.label_text(key))

    # --- showing -------------------------------------------------------------------------

    def put(self, values: Mapping[str, object], *, force: bool, source: QWidget | None) -> None:
        """Show ``values`` (by key). A field being typed in keeps what was typed when it
        already says the value ("3" for 3m) or is not finished ("13:"), unless ``force``;
        ``source``, the input whose edit is being applied, keeps it too."""
        self._loading = True
        try:
            for key, value in values.items():
                field = self.fields[key]
                widget, kind = field.widget, field.spec.kind
                if isinstance(widget, QLineEdit):
                    self._put_text(widget, kind, value, force=force, source=source)
                elif isinstance(widget, QPlainTextEdit):
                    keep = not force and (widget is source or widget.hasFocus())
                    if widget.toPlainText() != value and not keep:
                        widget.setPlainText(str(value))
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(self._choice_values(field.spec).index(value))
        finally:
            self._loading = False

    def _put_text(
        self, edit: QLineEdit, kind: Kind, value: object, *, force: bool, source: QWidget | None
    ) -> None:
        text = shown_text(kind, value)
        if edit.text() == text or (edit is source and not force):
            return
        if edit.hasFocus() and not force:
            reader = READERS.get(kind, str)
            try:
                if reader(edit.text()) == value:
                    return
            except UnreadableError:
                return
        edit.setText(text)
        edit.setCursorPosition(0)  # a long title shows its beginning

    def set_placeholder(self, key: str, text: str) -> None:
        widget = self.fields[key].widget
        assert isinstance(widget, QLineEdit)
        widget.setPlaceholderText(text)

    def set_unset_text(self, key: str, text: str) -> None:
        """The name of a choice's "not given" entry."""
        widget = self.fields[key].widget
        assert isinstance(widget, QComboBox)
        widget.setItemText(0, text)

    def show_field(self, key: str, visible: bool) -> None:
        field = self.fields[key]
        field.container.setVisible(visible)
        field.label.setVisible(visible)

    def show_problems(self, by_key: Mapping[str, list[str]], general: list[str]) -> bool:
        """Each problem beside its field, the rest above them; what was typed and cannot be
        read first. Whether any is shown."""
        self._problems = (by_key, general)
        shown = bool(general)
        for key, field in self.fields.items():
            messages = list(by_key.get(key, []))
            if key in self.input_errors:
                messages.insert(0, self.input_errors[key])
            show_messages(field.message, messages)
            shown = shown or bool(messages)
        show_messages(self.message, general)
        return shown

    def reveal_first_problem(self) -> None:
        shown = [f for f in self.fields.values() if f.message.isVisibleTo(self)]
        if shown:
            self.ensureWidgetVisible(shown[0].container)

    # --- edits ---------------------------------------------------------------------------

    def _choice_values(self, spec: FieldSpec) -> list[object]:
        return ([None] if spec.unset else []) + [value for value, _name in spec.choices]

    def _chosen(self, spec: FieldSpec, index: int) -> None:
        self._report(spec.key, self._choice_values(spec)[index], None)

    def _typed(self, spec: FieldSpec, text: str, edit: QLineEdit) -> None:
        reader = READERS.get(spec.kind)
        value: object = text
        if reader is not None:
            try:
                value = reader(text)
            except UnreadableError:
                self.input_errors[spec.key] = unreadable(spec.kind, text)
                self.show_problems(*self._problems)
                return
            if self.input_errors.pop(spec.key, None) is not None:
                self.show_problems(*self._problems)
        self._report(spec.key, value, edit)

    def _report(self, key: str, value: object, source: QWidget | None) -> None:
        if not self._loading:
            self.edited.emit(key, value, source)
