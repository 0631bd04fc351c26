"""The agenda editor: a tab beside the console's live agenda, usable while the show runs.

It takes the live agenda's place, so the timer, the status and the messages stay in view.
Layout: the items of the draft at the top (with the start, end and length each gets,
recomputed on every keystroke) and every problem under them, the selected item's fields,
its speakers and the programme's fields in tabs below, and at the bottom the bar that
applies the draft to the show. The window only composes its parts: the item list and the
speaker list (``panes``), two forms built from tables of fields (``form``, ``fields``) and
the bar (``bar``); it turns what they ask for into edits of the draft.

When edits reach the show: only with "Apply to show" (or Ctrl+Enter in the editor). The
draft is otherwise the editor's alone, so a key pressed by accident while the show runs
changes nothing on stage; the bar says, in amber, how many changes wait, and the rows
that differ from the show carry a ●. Applying is one EDIT action of the show: journaled,
and undone by the console's Ctrl+Z like any other show action. What the show cannot take
(what has happened may not change) is the engine's rule (``Show.draft_problems``).

Two undo histories, by focus: while the focus is inside the editor, Ctrl+Z and
Ctrl+Shift+Z (Ctrl+Y) undo and redo *edits of the draft* (QUndoStack); anywhere else in
the console, Ctrl+Z is the show's undo. The console's key filter leaves keys typed in the
editor to the editor (only a clicker's PageUp/PageDown still drive the show from here),
and text fields here do not keep an undo of their own: one Ctrl+Z, one history.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QSplitter, QTabWidget, QVBoxLayout, QWidget

from emcee.core.agenda.edit import (
    change_item,
    change_programme,
    change_speakers,
    duplicate_item,
    insert_item,
    move_item,
    remove_item,
    speaker_count,
)
from emcee.core.agenda.model import Agenda, Item
from emcee.ui.controller import ShowController
from emcee.ui.editor.bar import ApplyBar, PlanNote
from emcee.ui.editor.document import EditorDocument
from emcee.ui.editor.forms import (
    ItemForm,
    ProgrammeForm,
    problem_entries,
    sort_problems,
)
from emcee.ui.editor.link import ShowLink
from emcee.ui.editor.models import row_marks, speaker_turns
from emcee.ui.editor.panes import ItemList, SpeakerList, SpeakersEdit, shortcut
from emcee.ui.editor.phase_pane import PhasePane, PhasesEdit
from emcee.ui.i18n import current_language
from emcee.ui.keymap import present, with_keys

DEFAULT_ITEM_LENGTH = 10 * 60
ITEM_TAB, PHASES_TAB, SPEAKERS_TAB, PROGRAMME_TAB = range(4)


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
        self._source: QWidget | None = None  # the input whose edit is being applied
        self._editing = False  # an edit of this editor is being pushed
        self._merge_session = 0
        self._applied_note = ""
        self.link = ShowLink(document, controller, self)
        self.link.moved.connect(lambda: self.refresh(-1))

        self._build()
        document.changed.connect(self._document_changed)
        self.retranslate()
        self.refresh(0)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.item_list = ItemList()
        self.item_form = ItemForm()
        self.phase_pane = PhasePane()
        self.speaker_list = SpeakerList()
        self.programme_form = ProgrammeForm()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.item_form, "")
        self.tabs.addTab(self.phase_pane, "")
        self.tabs.addTab(self.speaker_list, "")
        self.tabs.addTab(self.programme_form, "")
        # The items above the fields: the editor sits in the console's agenda pane, which is
        # taller than it is wide.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.item_list)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.bar = ApplyBar()
        self.bar.revert_button.clicked.connect(self.revert_to_show)
        self.bar.apply_button.clicked.connect(self.apply_to_show)
        self.plan_note = PlanNote()  # after "move the plan to now": which times these are
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plan_note)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.bar)

        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        stack = self.document.undo_stack
        # Undo and redo of the draft, while the focus is anywhere in the editor.
        self.act_undo = shortcut(self, "undo_edit", within)
        self.act_redo = shortcut(self, "redo_edit", within)
        self.act_apply = shortcut(self, "apply", within)
        self.act_undo.triggered.connect(stack.undo)
        self.act_redo.triggered.connect(stack.redo)
        self.act_apply.triggered.connect(self.apply_to_show)
        for signal in (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        ):
            signal.connect(self._undo_state)
        self.item_list.add_undo_tools(self.act_undo, self.act_redo)

        items = self.item_list
        items.act_add.triggered.connect(self.add_item)
        items.act_duplicate.triggered.connect(self.duplicate_item)
        items.act_remove.triggered.connect(self.remove_item)
        items.act_up.triggered.connect(lambda: self.move_item(-1))
        items.act_down.triggered.connect(lambda: self.move_item(+1))
        items.model.moveRequested.connect(self.move_item_to)
        items.rowChosen.connect(self._row_chosen)
        items.problemChosen.connect(self._problem_chosen)
        self.speaker_list.edited.connect(self._speakers_edited)
        self.speaker_list.inputChanged.connect(self._show_item)
        phases = self.phase_pane
        phases.edited.connect(self._phases_edited)
        phases.phaseChosen.connect(self._phase_chosen)
        phases.people.inputChanged.connect(self._show_item)
        for form in (self.item_form, self.programme_form, phases.form):
            form.typingFinished.connect(self._end_merging)
        self.item_form.edited.connect(self._item_edited)
        self.programme_form.edited.connect(self._programme_edited)

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        present(self.act_apply, "apply")
        self._undo_state()
        self.item_list.retranslate()
        self.speaker_list.retranslate()
        self.phase_pane.retranslate()
        self.item_form.retranslate()
        self.programme_form.retranslate()
        self.bar.retranslate()
        self.refresh(-1)

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
        present(self.act_undo, "undo_edit")
        present(self.act_redo, "redo_edit")
        # The tooltips name the edit they would undo or redo.
        if stack.undoText():
            undo = self.tr("Undo: %1").replace("%1", stack.undoText())
            self.act_undo.setToolTip(with_keys(undo, "undo_edit"))
        if stack.redoText():
            redo = self.tr("Redo: %1").replace("%1", stack.redoText())
            self.act_redo.setToolTip(with_keys(redo, "redo_edit"))

    # --- the show --------------------------------------------------------------------------

    def bind(self, controller: ShowController) -> None:
        """Follow another show (a new agenda was opened)."""
        self.controller = controller
        self.link.bind(controller)
        self.refresh(-1)

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
        return self.link.live_agenda()

    def apply_to_show(self) -> bool:
        """Run the show on the draft now, if it can; says why not otherwise."""
        applied = self.link.apply()
        if applied is not None:
            self._applied_note = self.tr(
                "Applied to the show at %1. Ctrl+Z outside the editor takes it back."
            ).replace("%1", applied.strftime("%H:%M"))
        self.refresh(-1)
        return applied is not None

    def revert_to_show(self) -> None:
        self.document.edit(self.live_agenda(), self.tr("Revert to the show's version"))

    # --- showing the draft -----------------------------------------------------------------

    def _document_changed(self, focus: int) -> None:
        # A change that did not come from typing here (undo, redo, revert, another file)
        # rewrites every field, including the one with the cursor and unfinished text.
        external = not self._editing
        if external:
            self.item_form.input_errors.clear()
            self.programme_form.input_errors.clear()
            self.speaker_list.input_error = ""
            self.phase_pane.forget_input()
        self.refresh(focus, force=external)

    def refresh(self, focus: int = -1, *, force: bool = False) -> None:
        """Show the draft as it is now; ``focus`` is the item to select (-1: keep).
        ``force``: every field shows the draft, even one being typed in."""
        agenda = self.document.agenda
        check = self.document.check
        lang = current_language()
        count = len(agenda.items)
        row = focus if focus >= 0 else self.row
        row = min(row, count - 1) if count else -1

        show = self.controller.show
        first = show.schedule.items[0].start if show.schedule.items else 0
        self.plan_note.show_shift(first, show.state.shift)
        conflicts = self.link.conflicts()
        marks = row_marks(
            count, check, conflicts, self.controller.snapshot, self.link.differences(), lang
        )
        self.item_list.show_items(agenda, check, marks)
        if row != self.row or self.item_list.view.currentIndex().row() != row:
            self.row = row
            self.item_list.select(row)
        self._show_item(force)
        self._show_programme(force)
        self.item_list.show_problems(problem_entries(check, conflicts, lang))
        same = agenda == self.live_agenda()
        if not same:
            self._applied_note = ""
        draft_ok = check.ok
        found = [] if same else self.link.differences()
        messages = [message for _row, message in conflicts]
        can_apply = self.bar.show_draft(same, found, messages, draft_ok, self._applied_note)
        self.act_apply.setEnabled(can_apply)

    def _row_chosen(self, row: int) -> None:
        if row != self.row:
            self.row = row
            self.item_form.input_errors.clear()
            self.phase_pane.restart()
            self._end_merging()
            self._show_item()

    def _show_item(self, force: bool = False) -> None:
        agenda = self.document.agenda
        check = self.document.check
        has_item = 0 <= self.row < len(agenda.items)
        self.item_form.setEnabled(has_item)
        self.phase_pane.setEnabled(has_item)
        self.speaker_list.setEnabled(has_item)
        self.item_list.enable_tools(self.row)
        if not has_item:
            return
        item = agenda.items[self.row]
        number = self.row + 1
        times = check.times[self.row] if self.row < len(check.times) else None
        schedule = check.schedule
        planned = schedule.items[self.row] if schedule and self.row < len(schedule.items) else None
        form = self.item_form
        form.show_item(item, times, planned, force=force, source=self._source)

        # Each problem beside the field it is about; the rest above the fields.
        found = sort_problems(check.problems, number, form.fields, current_language())
        found.general += [m for at, m in self.link.conflicts() if at == self.row]
        item_flag = " ▲" if form.show_problems(found.by_key, found.general) else ""
        speakers = self.speaker_list
        # An item that lists its phases shows their speakers here, edited with each phase.
        everyone = (*item.speakers, *(s for phase in item.phases for s in phase.speakers))
        turns = speaker_turns(check, self.row)
        speakers.show_speakers(everyone, turns, found.speakers, found.speakers_general)
        speakers.show_listed_phases(bool(item.phases))
        speakers_flag = " ▲" if found.speakers or speakers.messages() else ""
        shown = self.phase_pane.show_item(
            item, planned, found.phases, force=force, source=self._source
        )
        phases_flag = " ▲" if shown else ""
        self.tabs.setTabText(ITEM_TAB, self.tr("Item %1").replace("%1", str(number)) + item_flag)
        self.tabs.setTabText(
            PHASES_TAB,
            self.tr("Phases (%1)").replace("%1", str(len(item.phases))) + phases_flag,
        )
        self.tabs.setTabText(
            SPEAKERS_TAB,
            self.tr("Speakers (%1)").replace("%1", str(speaker_count(item))) + speakers_flag,
        )

    def _show_programme(self, force: bool = False) -> None:
        shown = self.programme_form.show_programme(
            self.document.agenda.programme,
            self.document.check.problems,
            force=force,
            source=self._source,
        )
        self.tabs.setTabText(PROGRAMME_TAB, self.tr("Programme") + (" ▲" if shown else ""))

    def _problem_chosen(self, number: object) -> None:
        if isinstance(number, int) and 0 < number <= len(self.document.agenda.items):
            self.row = number - 1
            self.item_list.select(self.row)
            self._show_item()
            self.tabs.setCurrentIndex(ITEM_TAB)
            self.item_form.reveal_first_problem()
        elif number is None:
            self.tabs.setCurrentIndex(PROGRAMME_TAB)

    # --- edits -----------------------------------------------------------------------------

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

    def _item_edited(self, key: str, value: object, source: QWidget | None) -> None:
        if self.row < 0:
            return
        after = change_item(self.document.agenda, self.row, **{key: value})
        # Typing merges into one undo step per field; a choice is a step of its own.
        merge_key = key if source is not None else None
        self._edit(after, self.item_form.undo_text(key), source, merge_key)

    def _programme_edited(self, key: str, value: object, source: QWidget | None) -> None:
        after = change_programme(self.document.agenda, **{key: value})
        self._edit(after, self.programme_form.undo_text(key), source, "programme-" + key)

    # --- items -----------------------------------------------------------------------------

    def add_item(self) -> None:
        agenda = self.document.agenda
        row = self.row + 1 if self.row >= 0 else len(agenda.items)
        item = Item(self.tr("New item"), duration=DEFAULT_ITEM_LENGTH)
        self._edit(insert_item(agenda, row, item), self.tr("Add item"), focus=row)
        title = self.item_form.fields["title"].widget
        self.tabs.setCurrentIndex(ITEM_TAB)
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
        self.item_list.view.setFocus()

    # --- phases ----------------------------------------------------------------------------

    def _phase_chosen(self) -> None:
        self._end_merging()
        self._show_item(force=True)

    def _phases_edited(
        self, change: PhasesEdit, text: str, phase: int, source: QWidget | None, merge: str | None
    ) -> None:
        if self.row >= 0:
            self.phase_pane.phase = phase
            self._edit(change(self.document.agenda, self.row), text, source, merge)

    def _speakers_edited(self, change: SpeakersEdit, text: str) -> None:
        if self.row >= 0:
            agenda = self.document.agenda
            speakers = change(agenda.items[self.row].speakers)
            self._edit(change_speakers(agenda, self.row, speakers), text)
