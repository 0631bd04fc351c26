"""The editor's Phases tab: the selected item's phases (``[[items.phases]]``), the tools
that add, remove and reorder them, and the selected phase's fields and people (a
designated discussion's discussants, a roll call's names, a presentation's speakers).

Like the other panes it shows what it is given and asks for edits (``edited``, its form's
and its speaker list's signals); the editor makes them, each one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.edit import (
    change_phase,
    change_phase_speakers,
    insert_phase,
    list_phases,
    listed_phases,
    move_phase,
    remove_phase,
)
from emcee.core.agenda.model import Agenda, Item, Phase, PhaseKind, gives_way
from emcee.core.agenda.phases import phase_title, sized_length
from emcee.core.agenda.problems import Problem
from emcee.core.agenda.schedule import PlannedItem, PlannedTurn
from emcee.core.texts import QT_TRANSLATE_NOOP
from emcee.core.timefmt import format_time_of_day
from emcee.ui.agenda_model import length_text
from emcee.ui.editor.form import FieldSpec, Form, Kind
from emcee.ui.editor.forms import field_labels
from emcee.ui.editor.models import SpeakerColumn
from emcee.ui.editor.panes import SpeakerList, SpeakersEdit
from emcee.ui.i18n import current_language

# The kinds a person adds (MAIN is an item without phases, never written).
KINDS = tuple(kind for kind in PhaseKind if kind is not PhaseKind.MAIN)
# A new phase's length unless its people's times make it up.
DEFAULT_PHASE_LENGTH = 10 * 60
SIZED_BY_PEOPLE = frozenset({PhaseKind.DESIGNATED, PhaseKind.ROLL_CALL})

PHASE_FIELDS = (
    # Named by the kinds' own words (emcee.core.agenda.phases), set by the pane.
    FieldSpec(
        "kind",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("AgendaEditor", "Kind"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change the phase's kind"),
        choices=tuple((kind, kind.value) for kind in KINDS),
    ),
    FieldSpec(
        "title",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("AgendaEditor", "Title"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit the phase's title"),
    ),
    FieldSpec(
        "duration",
        Kind.LENGTH,
        QT_TRANSLATE_NOOP("AgendaEditor", "Length"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit the phase's length"),
    ),
    FieldSpec(
        "gives_way",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("AgendaEditor", "Gives way"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change giving way"),
        unset=True,  # the kind's default, named by the pane
        choices=(
            (
                True,
                QT_TRANSLATE_NOOP(
                    "AgendaEditor", "Yes: an earlier phase running over takes its time"
                ),
            ),
            (False, QT_TRANSLATE_NOOP("AgendaEditor", "No: it keeps its length")),
        ),
    ),
    FieldSpec(
        "on_screen",
        Kind.FLAG,
        QT_TRANSLATE_NOOP("AgendaEditor", "Presenter screen"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change the names on screen"),
        check_text=QT_TRANSLATE_NOOP("AgendaEditor", "Shows the names called there too"),
    ),
    FieldSpec(
        "mc",
        Kind.NOTES,
        QT_TRANSLATE_NOOP("AgendaEditor", "MC's lines"),
        QT_TRANSLATE_NOOP("AgendaEditor", "사회자 멘트, said as the phase starts"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit the phase's MC lines"),
    ),
    FieldSpec(
        "notes",
        Kind.NOTES,
        QT_TRANSLATE_NOOP("AgendaEditor", "Notes"),
        QT_TRANSLATE_NOOP("AgendaEditor", "For the moderator; never on the presenter screen"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit the phase's notes"),
    ),
)

# An edit of the shown item's phases: the agenda after it, from the agenda and the item;
# and the phase to select after it.
PhasesEdit = Callable[[Agenda, int], Agenda]


class PhaseForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PHASE_FIELDS, parent=parent)

    def retranslate(self) -> None:
        super().retranslate()
        kinds = self.fields["kind"].widget
        assert isinstance(kinds, QComboBox)
        lang = current_language()
        for at, kind in enumerate(KINDS):
            kinds.setItemText(at, phase_title(Phase(kind), lang))


class PhasePane(QWidget):
    """The selected item's phases and, for the selected one, its fields and people."""

    # A PhasesEdit, its undo step's name, the phase to show after it, the input typed in
    # (or None) and the key that merges typing into one step (or None).
    edited = Signal(object, str, int, object, object)
    phaseChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.phase = 0  # the selected phase
        self.people_kind: PhaseKind | None = None  # the kind whose people the table shows
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list_button = QPushButton()  # the short form's two phases, listed
        self.list_button.setObjectName("listPhases")
        self.list_button.clicked.connect(self.list_them)
        self.list = QListWidget()
        self.list.setObjectName("editorPhases")
        self.list.currentRowChanged.connect(self._row_changed)
        self.kind = QComboBox()
        self.kind.setObjectName("newPhaseKind")
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(+1))
        self.form = PhaseForm()
        self.form.edited.connect(self._field_edited)
        self.people = SpeakerList()  # the selected phase's speakers, discussants or names
        self.people.edited.connect(self._people_edited)
        self.people.view.setObjectName("editorPhaseSpeakers")
        self.people.even_button.hide()  # its length column says "even share" already
        adding = QHBoxLayout()
        adding.addWidget(self.kind, 1)
        adding.addWidget(self.add_button)
        moving = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button):
            moving.addWidget(button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hint)
        column.addWidget(self.list_button)
        column.addWidget(self.list, 1)
        column.addLayout(adding)
        column.addLayout(moving)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.form)
        right.addWidget(self.people)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The phases' names are short; their people's table needs the width.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([self.fontMetrics().horizontalAdvance("M") * 14, 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.form.retranslate()
        self.people.retranslate()
        lang = current_language()
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(phase_title(Phase(kind), lang))
        self.kind.setCurrentIndex(KINDS.index(PhaseKind.DESIGNATED))
        self.list_button.setText(self.tr("Edit phases"))
        self.list_button.setToolTip(
            self.tr("List the item's phases, each with its own fields: the plan stays the same")
        )
        self.add_button.setText(self.tr("Add phase"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self._name_people()  # the people table's own retranslate says "speaker"

    # --- showing ---------------------------------------------------------------------------

    def current(self) -> int:
        return self.list.currentRow()

    def show_item(
        self,
        item: Item,
        planned: PlannedItem | None,
        problems: Sequence[Problem],
        *,
        force: bool,
        source: QWidget | None,
    ) -> bool:
        """The phases of ``item`` (``planned``: its plan, when known) and the selected one's
        fields and people; ``problems``: the item's problems with one of its phases, each
        shown beside what it is about. Whether any problem is shown."""
        self.phase = min(self.phase, len(item.phases) - 1) if item.phases else 0
        self.show_phases(item, planned, self.phase, {p.phase - 1 for p in problems if p.phase})
        if not item.phases:
            self.form.show_problems({}, [])
            self.people.show_speakers((), (), {}, [])
            return bool(problems)
        phase = item.phases[self.phase]
        self.show_phase(phase, force=force, source=source)
        lang, labels = current_language(), field_labels()
        by_key: dict[str, list[str]] = {}
        general: list[str] = []
        people: dict[int, list[str]] = {}
        people_general: list[str] = []
        for problem in problems:
            if problem.phase != self.phase + 1:
                continue
            message = problem.message(lang, labels)
            if problem.speaker is not None:
                people.setdefault(problem.speaker - 1, []).append(message)
            elif problem.key == "speakers":
                people_general.append(message)
            elif problem.key in self.form.fields:
                by_key.setdefault(problem.key, []).append(message)
            else:
                general.append(message)
        self.form.show_problems(by_key, general)
        turns: tuple[PlannedTurn, ...] = ()
        if planned is not None and self.phase < len(planned.phases):
            turns = tuple(t for t in planned.phases[self.phase].turns if t.speaker is not None)
        self.people.show_speakers(phase.speakers, turns, people, people_general)
        return bool(problems) or bool(self.people.messages()) or bool(self.form.input_errors)

    def show_phases(
        self,
        item: Item,
        planned: PlannedItem | None,
        selected: int,
        flagged: set[int],
    ) -> None:
        """The phases of ``item`` (``planned``: its plan, when known), phase ``selected``
        current; ``flagged``: the 0-based phases with a problem."""
        self.item = item
        listed = bool(item.phases)
        if listed:
            self.hint.setText(self.tr("Phases run one after the other, each with its own timer."))
        elif item.has_phases:
            self.hint.setText(
                self.tr(
                    "This item is written in the short form: presentations, then discussion. "
                    "Edit phases lists them so that each can be edited."
                )
            )
        else:
            self.hint.setText(self.tr("This item is one block of time. Add a phase to divide it."))
        self.list_button.setVisible(not listed and item.has_phases)
        times = {}
        if planned is not None and listed:
            times = {at: p for at, p in enumerate(planned.phases)}
        lang = current_language()
        self.list.blockSignals(True)
        self.list.clear()
        for at, phase in enumerate(item.phases):
            text = f"{at + 1}. {phase_title(phase, lang)}"
            if at in times:
                found = times[at]
                text += f" · {format_time_of_day(found.start)} ({length_text(found.duration)})"
            self.list.addItem(("▲ " if at in flagged else "") + text)
        if item.phases:
            self.list.setCurrentRow(min(max(selected, 0), len(item.phases) - 1))
        self.list.blockSignals(False)
        at = self.current()
        has_phase = 0 <= at < len(item.phases)
        self.form.setEnabled(has_phase)
        self.people.setEnabled(has_phase)
        self.remove_button.setEnabled(has_phase)
        self.up_button.setEnabled(has_phase and at > 0)
        self.down_button.setEnabled(has_phase and at < len(item.phases) - 1)

    def show_phase(self, phase: Phase, *, force: bool, source: QWidget | None) -> None:
        """The selected phase's fields; which of them mean something for its kind."""
        self.form.put(
            {key: getattr(phase, key) for key in self.form.fields}, force=force, source=source
        )
        self.form.show_field("on_screen", phase.kind is PhaseKind.ROLL_CALL)
        default = self.tr("yes") if gives_way(Phase(phase.kind)) else self.tr("no")
        self.form.set_unset_text("gives_way", self.tr("As for the kind: %1").replace("%1", default))
        sized = sized_length(phase)
        if phase.duration is None and sized is not None:
            placeholder = self.tr("%1 (the people's times)").replace("%1", length_text(sized))
        else:
            placeholder = self.tr("the rest of the item")
        self.form.set_placeholder("duration", placeholder)
        self.people_kind = phase.kind
        self._name_people()

    def _name_people(self) -> None:
        """The people table's hint, headings and add button, in the words of the shown
        phase's kind (a 지정토론 has discussants and their affiliations)."""
        kind = self.people_kind or PhaseKind.PRESENTATION  # none shown: the table is off
        hints = {
            PhaseKind.DESIGNATED: self.tr(
                "Discussants: name, affiliation and each one's own time."
            ),
            PhaseKind.ROLL_CALL: self.tr(
                "Names called, in order: name and title; the MC steps through them with Next."
            ),
        }
        people = {
            PhaseKind.DESIGNATED: (self.tr("Discussant"), self.tr("Affiliation")),
            PhaseKind.ROLL_CALL: (self.tr("Name"), self.tr("Position")),
        }
        adds = {
            PhaseKind.DESIGNATED: self.tr("Add discussant"),
            PhaseKind.ROLL_CALL: self.tr("Add name"),
        }
        self.people.hint.setText(
            hints.get(kind, self.tr("Speakers of this phase; a length typed for one is theirs."))
        )
        person, title = people.get(kind, (self.tr("Presenter"), self.tr("Title")))
        model = self.people.model
        model.headers[SpeakerColumn.PRESENTER] = person
        model.headers[SpeakerColumn.TITLE] = title
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SpeakerColumn) - 1)
        self.people.add_button.setText(adds.get(kind, self.tr("Add speaker")))

    # --- edits -----------------------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        if row >= 0 and row != self.phase:
            self.phase = row
            self.forget_input()
            self.phaseChosen.emit()

    def forget_input(self) -> None:
        """What was typed and could not be read is no longer shown (another phase, an undo)."""
        self.form.input_errors.clear()
        self.people.input_error = ""

    def restart(self) -> None:
        """Another item is shown: its first phase."""
        self.phase = 0
        self.forget_input()

    def _field_edited(self, key: str, value: object, source: QWidget | None) -> None:
        at = self.phase
        # Typing merges into one undo step per field; a choice is a step of its own.
        merge = f"phase-{at}-{key}" if source is not None else None
        self.edited.emit(
            lambda agenda, index: change_phase(agenda, index, at, **{key: value}),
            self.form.undo_text(key),
            at,
            source,
            merge,
        )

    def _people_edited(self, change: SpeakersEdit, text: str) -> None:
        at = self.phase

        def edit(agenda: Agenda, index: int) -> Agenda:
            speakers = change(agenda.items[index].phases[at].speakers)
            return change_phase_speakers(agenda, index, at, speakers)

        self.edited.emit(edit, text, at, None, None)

    def list_them(self) -> None:
        self.edited.emit(list_phases, self.tr("Edit phases"), 0, None, None)

    def add(self) -> None:
        if self.item is None:
            return
        kind = KINDS[self.kind.currentIndex()]
        length = None if kind in SIZED_BY_PEOPLE else DEFAULT_PHASE_LENGTH
        at = self.current() + 1 if self.item.phases else len(listed_phases(self.item))
        phase = Phase(kind, length)
        self.edited.emit(
            lambda agenda, index: insert_phase(agenda, index, at, phase),
            self.tr("Add phase"),
            at,
            None,
            None,
        )

    def remove(self) -> None:
        at = self.current()
        if self.item is None or not 0 <= at < len(self.item.phases):
            return
        self.edited.emit(
            lambda agenda, index: remove_phase(agenda, index, at),
            self.tr("Remove phase"),
            max(0, min(at, len(self.item.phases) - 2)),
            None,
            None,
        )

    def move_by(self, step: int) -> None:
        at = self.current()
        target = at + step
        if self.item is None or at < 0 or not 0 <= target < len(self.item.phases):
            return
        self.edited.emit(
            lambda agenda, index: move_phase(agenda, index, at, target),
            self.tr("Move phase"),
            target,
            None,
            None,
        )
