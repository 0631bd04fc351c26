"""The agenda being edited: the draft, its file, and the undo stack of every edit.

Each edit replaces the whole draft (agendas are frozen values), and its undo command
keeps the agenda before and after it: undo and redo are exact, whatever the edit was.
Typing in one field merges into one command, so Ctrl+Z takes back a word, not a letter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from emcee.core.agenda.edit import Check, check
from emcee.core.agenda.model import Agenda

MERGING = 1  # QUndoCommand.id() of commands that may merge with the next one


class AgendaCommand(QUndoCommand):
    """One edit: the draft before and after, and the item to show for each."""

    def __init__(
        self,
        document: EditorDocument,
        before: Agenda,
        after: Agenda,
        text: str,
        merge: object = None,
        focus: tuple[int, int] = (-1, -1),
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge = merge  # edits with the same key, one after the other, are one step
        self.focus_before, self.focus_after = focus

    def id(self) -> int:
        return MERGING if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, AgendaCommand) or other.merge != self.merge:
            return False
        self.after = other.after
        self.focus_after = other.focus_after
        # Typing something and deleting it again leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self.document._set(self.after, self.focus_after)

    def undo(self) -> None:
        self.document._set(self.before, self.focus_before)


class EditorDocument(QObject):
    """The draft agenda and where it is saved.

    ``saved`` is the agenda as it is in the file (None when there is no file yet, as after
    an import); the draft is modified exactly when it differs from it, so undoing back to
    what was saved counts as unmodified.
    """

    changed = Signal(int)  # the draft changed; the item to select (-1: keep the selection)
    fileChanged = Signal()  # path, saved state or modified flag changed

    def __init__(self, agenda: Agenda, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._agenda = agenda
        self.saved: Agenda | None = agenda
        self.path: Path | None = None
        self._check: Check | None = None
        self._was_modified = False

    @property
    def agenda(self) -> Agenda:
        return self._agenda

    @property
    def modified(self) -> bool:
        return self.saved is None or self._agenda != self.saved

    @property
    def check(self) -> Check:
        """The draft's plan and problems, computed once per draft."""
        if self._check is None:
            self._check = check(self._agenda)
        return self._check

    def edit(
        self, after: Agenda, text: str, merge: object = None, focus: tuple[int, int] = (-1, -1)
    ) -> None:
        """Make ``after`` the draft, undoably; ``focus`` is the item to show (before, after)."""
        if after == self._agenda:
            return
        self.undo_stack.push(AgendaCommand(self, self._agenda, after, text, merge, focus))

    def end_merging(self) -> None:
        """The next edit starts a new undo step even in the same field (focus left it)."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, AgendaCommand):
            top.merge = None

    def reset(self, agenda: Agenda, path: Path | None, saved: Agenda | None) -> None:
        """Edit another agenda: a fresh undo history."""
        self.undo_stack.clear()
        self.path = path
        self.saved = saved
        self._set(agenda, 0 if agenda.items else -1)
        self._file_changed()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.saved = self._agenda
        self._file_changed()

    def _set(self, agenda: Agenda, focus: int) -> None:
        self._agenda = agenda
        self._check = None
        self.changed.emit(focus)
        if self.modified != self._was_modified:
            self._file_changed()

    def _file_changed(self) -> None:
        self._was_modified = self.modified
        self.fileChanged.emit()
